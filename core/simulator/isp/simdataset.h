// SPDX-License-Identifier: GPL-3.0-or-later
// The data one simulated ISP serves, with the lookups its renderers need to
// join across sources (the connection behind an ONU, the AP of an antenna).
// Built once, then only read: it is shared between the renderers and safe to
// read from any thread.
#pragma once

#include "model/entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Beholder::Sim {

class SimDataset final
{
public:
    SimDataset(IspDataset data, UnixTime now, int utcOffsetSeconds);
    Q_DISABLE_COPY_MOVE(SimDataset)

    static std::shared_ptr<const SimDataset> create(IspDataset data, UnixTime now, int utcOffsetSeconds);

    const IspDataset &data() const { return m_data; }
    UnixTime now() const { return m_now; }
    int utcOffsetSeconds() const { return m_utcOffsetSeconds; }

    // Lookups; nullptr when there is none.
    const Customer *customer(qint64 id) const;
    const Plan *plan(std::optional<qint64> id) const;
    const Node *node(std::optional<qint64> id) const;
    const Olt *olt(qint64 id) const;
    const Onu *onu(const QString &externalId) const;
    const Onu *onuBySerial(const QString &serial) const;
    const AccessPoint *accessPoint(const QString &mac) const; // any MAC notation
    const WirelessSubscriber *subscriber(const QString &mac) const;
    // The CRM connection of a PPPoE user (the first, if the CRM has it twice).
    const Connection *connectionOfUser(const QString &pppoeUser) const;
    QList<const Connection *> connectionsOfCustomer(qint64 customerId) const;
    // The fibre or wireless CPE a PPPoE user's line runs on: by the user the ONU or
    // SM is configured with, by the name integrators give bridged ONUs, or by the
    // CRM's MAC. nullptr when the line has neither (or the dataset does not say).
    const Onu *onuOfUser(const QString &pppoeUser) const;
    const WirelessSubscriber *subscriberOfUser(const QString &pppoeUser) const;
    // "pmp" or "epmp" for a cnMaestro product name ("ePMP 3000", "PMP 450b").
    static QString deviceType(const QString &product);
    // The cnMaestro device with this name (alarms name their source device), or nullptr.
    QString deviceTypeOfName(const QString &name) const;
    // The network of the AP an SM hangs from ("" when unknown).
    QString networkOfSubscriber(const WirelessSubscriber &sm) const;
    // Stable small ids for things the dataset names only: towns, ONU models, zones.
    qint64 cityId(const QString &town) const;
    qint64 onuTypeId(const QString &model) const;

private:
    IspDataset m_data;
    UnixTime m_now = 0;
    int m_utcOffsetSeconds = 0;

    QHash<qint64, qsizetype> m_customerById;
    QHash<qint64, qsizetype> m_planById;
    QHash<qint64, qsizetype> m_nodeById;
    QHash<qint64, qsizetype> m_oltById;
    QHash<QString, qsizetype> m_onuByExternalId;
    QHash<QString, qsizetype> m_onuBySerial;
    QHash<QString, qsizetype> m_onuByUser;
    QHash<QString, qsizetype> m_apByMac; // normalised MAC
    QHash<QString, qsizetype> m_smByMac; // normalised MAC
    QHash<QString, qsizetype> m_smByUser;
    QHash<QString, qsizetype> m_connectionByUser;
    QHash<qint64, QList<qsizetype>> m_connectionsOfCustomer;
    QHash<QString, QString> m_deviceTypeByName;
    QHash<QString, qint64> m_cityIds;
    QHash<QString, qint64> m_onuTypeIds;
};

} // namespace Beholder::Sim
