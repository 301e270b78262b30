// SPDX-License-Identifier: GPL-3.0-or-later
// The reference tables the demo ISP is drawn from: Argentine names, businesses, towns of Córdoba with their
// area codes and streets, and the equipment a regional ISP there actually runs. Kept apart from the
// generator so that the tables can grow without touching the logic.
#pragma once

#include <QList>
#include <QString>

namespace Beholder::Demo {

struct DemoTown
{
    QString name;     // "Villa María"
    QString code;     // "VMA": node, tower and PPPoE suffixes
    QString slug;     // "VILLA-MARIA": OLT names
    QString areaCode; // "353", without the trunk 0
    double latitude = 0;
    double longitude = 0;
    int weight = 1; // share of the customers
};

struct WeightedText
{
    QString text;
    int weight = 1;
};

struct OltModel
{
    QString vendor; // "huawei" | "zte"
    QString model;  // "MA5800-X7"
    int firstBoard = 0;
    int boardCount = 1;
    int portsPerBoard = 16;
    int firstPort = 0;
    int firstOnuIndex = 0; // Huawei counts ONUs from 0, ZTE from 1
    int lastOnuIndex = 127;
    bool large = false; // a chassis for the busiest sites
};

struct OnuModel
{
    QString serialPrefix; // vendor id in the GPON serial: "HWTC", "ZTEG", "TPLG"
    QString model;        // SmartOLT ONU type: "HG8145V5"
    bool bridge = false;  // a bridge ONU: the PPPoE session comes from the customer's router
    int weight = 1;
};

struct DemoTables
{
    QList<QString> maleFirstNames;
    QList<QString> femaleFirstNames;
    QList<QString> maleCompoundLeads;   // "Juan" in "Juan Carlos"
    QList<QString> femaleCompoundLeads; // "María" in "María Laura"
    QList<WeightedText> surnames;       // skewed like the real registry: González, Rodríguez, Gómez...

    QList<QString> businessKinds;  // "Panadería"
    QList<QString> businessBrands; // "La Espiga"
    QList<QString> companyForms;   // " SRL": a company, with a 30- CUIT

    QList<DemoTown> towns; // the first one is the ISP's home town
    QList<QString> streets;
    QList<QString> neighbourhoods; // barrios, for the "Mza 12 Lote 4" addresses of the newer areas
    QList<WeightedText> emailDomains;

    QList<QString> routerModels; // MikroTik CCRs for the PPPoE nodes
    QList<OltModel> oltModels;
    QList<OnuModel> huaweiOnus;
    QList<OnuModel> zteOnus;
    QList<OnuModel> tplinkOnus;

    // Vendor OUIs (the first three bytes of a MAC), for plausible addresses.
    QList<quint32> huaweiOuis;
    QList<quint32> zteOuis;
    QList<quint32> tplinkOuis;
    QList<quint32> mikrotikOuis;
    QList<quint32> cambiumEpmpOuis;
    QList<quint32> cambiumPmpOuis;
};

// Built once, on first use; immutable afterwards, so it is safe to share between threads.
const DemoTables &demoTables();

} // namespace Beholder::Demo
