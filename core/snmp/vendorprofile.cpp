// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped vendor profiles, PON ifIndex layouts and fingerprinting. OIDs
// and settings come from docs/…/protocols.md Part 2 (§2.2–2.4, §2.7).
#include "vendorprofile.h"

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

template<typename Enum>
using NameTable = std::initializer_list<std::pair<Enum, QStringView>>;

constexpr NameTable<OidPurpose> kPurposeNames = {
    {OidPurpose::Serial, u"serial"},
    {OidPurpose::Name, u"name"},
    {OidPurpose::Description, u"description"},
    {OidPurpose::RunState, u"run_state"},
    {OidPurpose::LastDownCause, u"last_down_cause"},
    {OidPurpose::RxPower, u"rx_power"},
    {OidPurpose::TxPower, u"tx_power"},
    {OidPurpose::Voltage, u"voltage"},
    {OidPurpose::OltRxPower, u"olt_rx_power"},
    {OidPurpose::Distance, u"distance"},
};

constexpr NameTable<ProfileColumn::Kind> kKindNames = {
    {ProfileColumn::Kind::Inventory, u"inventory"},
    {ProfileColumn::Kind::Status, u"status"},
    {ProfileColumn::Kind::Optical, u"optical"},
};

const Oid kEnterprises = Oid::fromString(u"1.3.6.1.4.1");

ProfileColumn column(OidPurpose purpose, const QString &name, const QString &oid, ProfileColumn::Kind kind,
                     const Oid &instanceSuffix = {})
{
    return ProfileColumn{purpose, name, Oid::fromString(oid), kind, instanceSuffix};
}

VendorProfile huaweiMa5600()
{
    using Kind = ProfileColumn::Kind;
    VendorProfile p;
    p.id = u"huawei-ma5600"_s;
    p.brand = u"Huawei"_s;
    p.displayName = u"Huawei MA5600T / MA5608T / MA5800"_s;
    p.family = OltFamily::HuaweiMa5600;
    p.enterprise = Pen::Huawei;
    p.sysObjectIdPrefixes = {Oid::fromString(u"1.3.6.1.4.1.2011.2.248")};
    p.sysDescrModel
        = QRegularExpression(u"Huawei Integrated Access Software"_s, QRegularExpression::CaseInsensitiveOption);
    // The agent silently drops GETBULK pages and loses values when walks
    // overlap; optical walks take minutes on big OLTs (one OMCI query per ONT).
    p.maxRepetitions = 25;
    p.walkConcurrency = 1;
    p.timeoutMs = 20'000;
    p.retries = 2;
    p.statusInterval = std::chrono::seconds(300);
    p.opticalInterval = std::chrono::seconds(3600);

    const QString ont = u"1.3.6.1.4.1.2011.6.128.1.1.2."_s;
    p.columns = {
        column(OidPurpose::Serial, u"hwGponDeviceOntSn"_s, ont + u"43.1.3", Kind::Inventory),
        column(OidPurpose::Description, u"hwGponDeviceOntDespt"_s, ont + u"43.1.9", Kind::Inventory),
        column(OidPurpose::RunState, u"hwGponDeviceOntControlRunStatus"_s, ont + u"46.1.15", Kind::Status),
        column(OidPurpose::LastDownCause, u"hwGponDeviceOntControlLastDownCause"_s, ont + u"46.1.24", Kind::Status),
        column(OidPurpose::Distance, u"hwGponDeviceOntControlRanging"_s, ont + u"46.1.20", Kind::Status),
        column(OidPurpose::RxPower, u"hwGponOntOpticalDdmRxPower"_s, ont + u"51.1.4", Kind::Optical),
        column(OidPurpose::TxPower, u"hwGponOntOpticalDdmTxPower"_s, ont + u"51.1.3", Kind::Optical),
        // Read with Tx: some firmware are said to report Tx here (see onudecoder.h).
        column(OidPurpose::Voltage, u"hwGponOntOpticalDdmVoltage"_s, ont + u"51.1.5", Kind::Optical),
        column(OidPurpose::OltRxPower, u"hwGponOntOpticalDdmOltRxOntPower"_s, ont + u"51.1.6", Kind::Optical),
    };
    return p;
}

VendorProfile zteC320()
{
    using Kind = ProfileColumn::Kind;
    VendorProfile p;
    p.id = u"zte-c320"_s;
    p.brand = u"ZTE"_s;
    p.displayName = u"ZTE ZXA10 C300 / C320"_s;
    p.family = OltFamily::ZteC300;
    p.enterprise = Pen::Zte;
    p.sysObjectIdPrefixes
        = {Oid::fromString(u"1.3.6.1.4.1.3902.1082.1001.320"), Oid::fromString(u"1.3.6.1.4.1.3902.1082.1001.300")};
    p.sysDescrModel = QRegularExpression(u"\\bZXA10 (C3\\d\\d)\\b"_s);
    // max-repetitions 0 hangs C300 V2.1.0; 20 is what fixed it in the field.
    p.maxRepetitions = 20;
    p.walkConcurrency = 2;
    p.timeoutMs = 10'000;
    p.retries = 2;
    p.statusInterval = std::chrono::seconds(300);
    p.opticalInterval = std::chrono::seconds(3600); // ZTE advises optical reads at most hourly

    const QString gpon = u"1.3.6.1.4.1.3902.1012.3."_s;
    const Oid firstOpticalInterface({1});
    p.columns = {
        column(OidPurpose::Serial, u"zxGponOntProvisionSn"_s, gpon + u"28.1.1.5", Kind::Inventory),
        column(OidPurpose::Name, u"zxGponOntName"_s, gpon + u"28.1.1.2", Kind::Inventory),
        column(OidPurpose::Description, u"zxGponOntDescription"_s, gpon + u"28.1.1.3", Kind::Inventory),
        column(OidPurpose::RunState, u"zxGponOntPhaseState"_s, gpon + u"28.2.1.4", Kind::Status),
        column(OidPurpose::Distance, u"zxGponRTDDistance"_s, gpon + u"11.4.1.2", Kind::Status),
        column(OidPurpose::RxPower, u"zxGponPonRxOpticalLevel"_s, gpon + u"50.12.1.1.10", Kind::Optical,
               firstOpticalInterface),
        column(OidPurpose::TxPower, u"zxGponPonTxOpticalLevel"_s, gpon + u"50.12.1.1.14", Kind::Optical,
               firstOpticalInterface),
        column(OidPurpose::OltRxPower, u"zxAnPonRxOpticalPower"_s, u"1.3.6.1.4.1.3902.1015.1010.11.2.1.2"_s,
               Kind::Optical),
    };
    return p;
}

VendorProfile zteC600()
{
    using Kind = ProfileColumn::Kind;
    VendorProfile p;
    p.id = u"zte-c600"_s;
    p.brand = u"ZTE"_s;
    p.displayName = u"ZTE ZXA10 C600 / C6xx"_s;
    p.family = OltFamily::ZteC600;
    p.enterprise = Pen::Zte;
    p.sysObjectIdPrefixes = {Oid::fromString(u"1.3.6.1.4.1.3902.1082.1001.600")};
    p.sysDescrModel = QRegularExpression(u"\\bZXA10 (C6\\d\\d)\\b"_s);
    // Branches of this tree differ per firmware (some answer No Such Object).
    p.needsProbe = true;
    p.maxRepetitions = 20;
    p.walkConcurrency = 1; // no field report on overlapping walks yet: stay gentle
    p.timeoutMs = 10'000;
    p.retries = 2;
    p.statusInterval = std::chrono::seconds(300);
    p.opticalInterval = std::chrono::seconds(3600);

    // MIB names for this tree are not published; the names say what the column holds.
    const QString v2 = u"1.3.6.1.4.1.3902.1082.500."_s;
    const Oid firstOpticalInterface({1});
    p.columns = {
        column(OidPurpose::Serial, u"zteC600OnuSn"_s, v2 + u"10.2.3.3.1.6", Kind::Inventory),
        // Second source for the serial (abills); the first usable column wins.
        column(OidPurpose::Serial, u"zteC600OnuInfoSn"_s, v2 + u"20.2.1.2.1.3", Kind::Inventory),
        column(OidPurpose::Name, u"zteC600OnuName"_s, v2 + u"10.2.3.3.1.2", Kind::Inventory),
        column(OidPurpose::Description, u"zteC600OnuDescription"_s, v2 + u"10.2.3.3.1.3", Kind::Inventory),
        column(OidPurpose::RunState, u"zteC600OnuOnlineStatus"_s, v2 + u"20.2.1.2.1.7", Kind::Status),
        column(OidPurpose::Distance, u"zteC600OnuDistance"_s, v2 + u"10.2.3.10.1.2", Kind::Status),
        column(OidPurpose::RxPower, u"zteC600OnuRxPower"_s, v2 + u"20.2.2.2.1.10", Kind::Optical,
               firstOpticalInterface),
        column(OidPurpose::OltRxPower, u"zxAnPonRxOpticalPower"_s, v2 + u"1.2.4.2.1.2", Kind::Optical),
    };
    return p;
}

// The enterprise number of a sysObjectID, 0 when it is not under enterprises.
quint32 enterpriseOf(const Oid &sysObjectId)
{
    if (sysObjectId.size() <= kEnterprises.size() || !sysObjectId.startsWith(kEnterprises))
        return 0;
    return sysObjectId.ids().at(kEnterprises.size());
}

bool hasPrefix(const VendorProfile &profile, const Oid &sysObjectId)
{
    for (const Oid &prefix : profile.sysObjectIdPrefixes)
        if (sysObjectId.startsWith(prefix))
            return true;
    return false;
}

// "C600" from "ZXA10 C600, ZTE ZXA10 Software Version: V1.2.2", or the
// model number in 3902.1082.1001.<model>.
QString zteModel(const VendorProfile &profile, const Oid &sysObjectId, const QString &sysDescr)
{
    const QRegularExpressionMatch match = profile.sysDescrModel.match(sysDescr);
    if (match.hasMatch())
        return match.captured(1);
    const Oid zteModels = Oid::fromString(u"1.3.6.1.4.1.3902.1082.1001");
    if (sysObjectId.size() > zteModels.size() && sysObjectId.startsWith(zteModels)) {
        const quint32 model = sysObjectId.ids().at(zteModels.size());
        if (model >= 100 && model <= 999)
            return u"C%1"_s.arg(model);
    }
    return {};
}

Fingerprint huaweiFingerprint(const Oid &sysObjectId, const QString &sysDescr)
{
    const VendorProfile *profile = profileById(u"huawei-ma5600");
    if (hasPrefix(*profile, sysObjectId) || profile->sysDescrModel.match(sysDescr).hasMatch())
        return {profile, profile->brand, u"MA5600T/MA5608T/MA5800"_s};
    return {nullptr, u"Huawei"_s, {}}; // a Huawei switch or router, not an MA5600 OLT
}

Fingerprint zteFingerprint(const Oid &sysObjectId, const QString &sysDescr)
{
    const VendorProfile *c600 = profileById(u"zte-c600");
    const VendorProfile *c320 = profileById(u"zte-c320");
    if (hasPrefix(*c600, sysObjectId) || c600->sysDescrModel.match(sysDescr).hasMatch())
        return {c600, c600->brand, zteModel(*c600, sysObjectId, sysDescr)};
    // C300/C320 by prefix or sysDescr, and any other ZTE: the older layout is the common one.
    return {c320, c320->brand, zteModel(*c320, sysObjectId, sysDescr)};
}

} // namespace

QString toString(OidPurpose purpose)
{
    for (const auto &[value, name] : kPurposeNames)
        if (value == purpose)
            return name.toString();
    return {};
}

std::optional<OidPurpose> oidPurposeFromString(QStringView name)
{
    for (const auto &[value, text] : kPurposeNames)
        if (name == text)
            return value;
    return std::nullopt;
}

QString toString(ProfileColumn::Kind kind)
{
    for (const auto &[value, name] : kKindNames)
        if (value == kind)
            return name.toString();
    return {};
}

std::optional<ProfileColumn::Kind> columnKindFromString(QStringView name)
{
    for (const auto &[value, text] : kKindNames)
        if (name == text)
            return value;
    return std::nullopt;
}

std::optional<quint32> encodePonIfIndex(OltFamily family, const PonPort &port)
{
    const auto fits = [](int value, int min, int max) { return value >= min && value <= max; };
    switch (family) {
    case OltFamily::HuaweiMa5600:
        if (!fits(port.frame, 0, 31) || !fits(port.slot, 0, 31) || !fits(port.port, 0, 31))
            return std::nullopt;
        return 0xFA000000u | quint32(port.frame) << 18 | quint32(port.slot) << 13 | quint32(port.port) << 8;
    case OltFamily::ZteC300:
        if (!fits(port.frame, 1, 16) || !fits(port.slot, 0, 255) || !fits(port.port, 0, 255))
            return std::nullopt;
        return 1u << 28 | quint32(port.frame - 1) << 24 | quint32(port.slot) << 16 | quint32(port.port) << 8;
    case OltFamily::ZteC600:
        if (!fits(port.frame, 0, 255) || !fits(port.slot, 0, 255) || !fits(port.port, 0, 255))
            return std::nullopt;
        return 1u << 28 | 1u << 24 | quint32(port.frame) << 16 | quint32(port.slot) << 8 | quint32(port.port);
    }
    return std::nullopt;
}

std::optional<PonPort> decodePonIfIndex(OltFamily family, quint32 ifIndex)
{
    switch (family) {
    case OltFamily::HuaweiMa5600:
        // Bits 23..31 carry the port type (0xFA000000 = GPON); bits 0..7 are zero.
        if ((ifIndex & 0xFF800000u) != 0xFA000000u || (ifIndex & 0xFFu) != 0)
            return std::nullopt;
        return PonPort{int((ifIndex >> 18) & 0x1F), int((ifIndex >> 13) & 0x1F), int((ifIndex >> 8) & 0x1F)};
    case OltFamily::ZteC300:
        if ((ifIndex >> 28) != 1 || (ifIndex & 0xFFu) != 0)
            return std::nullopt;
        return PonPort{int((ifIndex >> 24) & 0xF) + 1, int((ifIndex >> 16) & 0xFF), int((ifIndex >> 8) & 0xFF)};
    case OltFamily::ZteC600:
        if ((ifIndex >> 24) != 0x11)
            return std::nullopt;
        return PonPort{int((ifIndex >> 16) & 0xFF), int((ifIndex >> 8) & 0xFF), int(ifIndex & 0xFF)};
    }
    return std::nullopt;
}

QList<ProfileColumn> VendorProfile::columnsOf(ProfileColumn::Kind kind) const
{
    QList<ProfileColumn> out;
    for (const ProfileColumn &c : columns)
        if (c.kind == kind)
            out.append(c);
    return out;
}

std::chrono::seconds VendorProfile::intervalOf(ProfileColumn::Kind kind) const
{
    switch (kind) {
    case ProfileColumn::Kind::Inventory:
        return inventoryInterval;
    case ProfileColumn::Kind::Status:
        return statusInterval;
    case ProfileColumn::Kind::Optical:
        return opticalInterval;
    }
    return statusInterval;
}

void VendorProfile::applyTo(SnmpTarget &target) const
{
    target.maxRepetitions = maxRepetitions;
    target.walkConcurrency = walkConcurrency;
    target.timeoutMs = timeoutMs;
    target.retries = retries;
}

QList<Oid> columnOids(const QList<ProfileColumn> &columns)
{
    QList<Oid> oids;
    oids.reserve(columns.size());
    for (const ProfileColumn &c : columns)
        oids.append(c.column);
    return oids;
}

const QList<VendorProfile> &builtinProfiles()
{
    static const QList<VendorProfile> profiles = {huaweiMa5600(), zteC320(), zteC600()};
    return profiles;
}

const VendorProfile *profileById(QStringView id)
{
    for (const VendorProfile &p : builtinProfiles())
        if (p.id == id)
            return &p;
    return nullptr;
}

Fingerprint fingerprint(const Oid &sysObjectId, const QString &sysDescr)
{
    switch (enterpriseOf(sysObjectId)) {
    case Pen::Huawei:
        return huaweiFingerprint(sysObjectId, sysDescr);
    case Pen::Zte:
        return zteFingerprint(sysObjectId, sysDescr);
    case Pen::FiberHome:
        return {nullptr, u"FiberHome"_s, {}};
    case Pen::VSol: {
        const Oid v1600g = Oid::fromString(u"1.3.6.1.4.1.37950.1.1.6");
        const Oid v1600d = Oid::fromString(u"1.3.6.1.4.1.37950.1.1.5");
        const QString model = sysObjectId.startsWith(v1600g) ? u"V1600G"_s
            : sysObjectId.startsWith(v1600d)                 ? u"V1600D"_s
                                                             : QString();
        return {nullptr, u"V-SOL"_s, model};
    }
    case Pen::MikroTik:
        return {nullptr, u"MikroTik"_s, {}};
    case Pen::Cambium:
        return {nullptr, u"Cambium"_s, {}};
    default:
        break;
    }
    // No known enterprise: trust sysDescr only for the texts our OLT families print.
    for (const VendorProfile &p : builtinProfiles()) {
        if (p.sysDescrModel.match(sysDescr).hasMatch()) {
            return p.enterprise == Pen::Huawei ? huaweiFingerprint(sysObjectId, sysDescr)
                                               : zteFingerprint(sysObjectId, sysDescr);
        }
    }
    return {};
}

} // namespace Beholder::Snmp
