// SPDX-License-Identifier: GPL-3.0-or-later
#include "simdataset.h"

#include "util/textnormalize.h"

#include <QSet>

#include <algorithm>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename Hash, typename Key>
auto pointerIn(const Hash &hash, const Key &key, const auto &list) -> decltype(&list.at(0))
{
    const auto it = hash.constFind(key);
    return it == hash.cend() ? nullptr : &list.at(*it);
}

// Ids 1..n for the sorted distinct values, so that they do not depend on row order.
QHash<QString, qint64> sortedIds(QSet<QString> values)
{
    QList<QString> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    QHash<QString, qint64> ids;
    ids.reserve(sorted.size());
    for (qsizetype i = 0; i < sorted.size(); ++i)
        ids.insert(sorted.at(i), i + 1);
    return ids;
}

} // namespace

SimDataset::SimDataset(IspDataset data, UnixTime now, int utcOffsetSeconds)
    : m_data(std::move(data))
    , m_now(now)
    , m_utcOffsetSeconds(utcOffsetSeconds)
{
    const IspDataset &d = m_data;
    m_customerById.reserve(d.customers.size());
    QSet<QString> towns;
    for (qsizetype i = 0; i < d.customers.size(); ++i) {
        m_customerById.insert(d.customers.at(i).id, i);
        towns.insert(d.customers.at(i).town);
    }
    m_cityIds = sortedIds(std::move(towns));
    for (qsizetype i = 0; i < d.plans.size(); ++i)
        m_planById.insert(d.plans.at(i).id, i);
    for (qsizetype i = 0; i < d.nodes.size(); ++i)
        m_nodeById.insert(d.nodes.at(i).id, i);
    for (qsizetype i = 0; i < d.olts.size(); ++i)
        m_oltById.insert(d.olts.at(i).id, i);

    m_connectionByUser.reserve(d.connections.size());
    m_connectionsOfCustomer.reserve(d.customers.size());
    for (qsizetype i = 0; i < d.connections.size(); ++i) {
        const Connection &connection = d.connections.at(i);
        if (!connection.pppoeUser.isEmpty() && !m_connectionByUser.contains(connection.pppoeUser))
            m_connectionByUser.insert(connection.pppoeUser, i);
        m_connectionsOfCustomer[connection.customerId].append(i);
    }

    QSet<QString> onuModels;
    m_onuByExternalId.reserve(d.onus.size());
    m_onuBySerial.reserve(d.onus.size());
    m_onuByUser.reserve(d.onus.size());
    for (qsizetype i = 0; i < d.onus.size(); ++i) {
        const Onu &onu = d.onus.at(i);
        m_onuByExternalId.insert(onu.externalId, i);
        m_onuBySerial.insert(onu.serial, i);
        onuModels.insert(onu.model);
        // A bridged ONU has no PPPoE user of its own; integrators name it after the user.
        const QString &user = onu.pppoeUser.isEmpty() ? onu.name : onu.pppoeUser;
        if (!user.isEmpty() && !m_onuByUser.contains(user))
            m_onuByUser.insert(user, i);
    }
    m_onuTypeIds = sortedIds(std::move(onuModels));

    for (qsizetype i = 0; i < d.accessPoints.size(); ++i) {
        const AccessPoint &ap = d.accessPoints.at(i);
        m_apByMac.insert(Text::normalizeMac(ap.mac), i);
        m_deviceTypeByName.insert(ap.name, deviceType(ap.product));
    }
    m_smByMac.reserve(d.wirelessSubscribers.size());
    for (qsizetype i = 0; i < d.wirelessSubscribers.size(); ++i) {
        const WirelessSubscriber &sm = d.wirelessSubscribers.at(i);
        m_smByMac.insert(Text::normalizeMac(sm.mac), i);
        if (!sm.pppoeUser.isEmpty() && !m_smByUser.contains(sm.pppoeUser))
            m_smByUser.insert(sm.pppoeUser, i);
        m_deviceTypeByName.insert(sm.name, deviceType(sm.product));
    }
}

std::shared_ptr<const SimDataset> SimDataset::create(IspDataset data, UnixTime now, int utcOffsetSeconds)
{
    return std::make_shared<const SimDataset>(std::move(data), now, utcOffsetSeconds);
}

const Customer *SimDataset::customer(qint64 id) const
{
    return pointerIn(m_customerById, id, m_data.customers);
}

const Plan *SimDataset::plan(std::optional<qint64> id) const
{
    return id ? pointerIn(m_planById, *id, m_data.plans) : nullptr;
}

const Node *SimDataset::node(std::optional<qint64> id) const
{
    return id ? pointerIn(m_nodeById, *id, m_data.nodes) : nullptr;
}

const Olt *SimDataset::olt(qint64 id) const
{
    return pointerIn(m_oltById, id, m_data.olts);
}

const Onu *SimDataset::onu(const QString &externalId) const
{
    return pointerIn(m_onuByExternalId, externalId, m_data.onus);
}

const Onu *SimDataset::onuBySerial(const QString &serial) const
{
    return pointerIn(m_onuBySerial, serial, m_data.onus);
}

const AccessPoint *SimDataset::accessPoint(const QString &mac) const
{
    return pointerIn(m_apByMac, Text::normalizeMac(mac), m_data.accessPoints);
}

const WirelessSubscriber *SimDataset::subscriber(const QString &mac) const
{
    return pointerIn(m_smByMac, Text::normalizeMac(mac), m_data.wirelessSubscribers);
}

const Connection *SimDataset::connectionOfUser(const QString &pppoeUser) const
{
    return pointerIn(m_connectionByUser, pppoeUser, m_data.connections);
}

QList<const Connection *> SimDataset::connectionsOfCustomer(qint64 customerId) const
{
    QList<const Connection *> out;
    const auto it = m_connectionsOfCustomer.constFind(customerId);
    if (it == m_connectionsOfCustomer.cend())
        return out;
    out.reserve(it->size());
    for (const qsizetype index : *it)
        out.append(&m_data.connections.at(index));
    return out;
}

const Onu *SimDataset::onuOfUser(const QString &pppoeUser) const
{
    return pointerIn(m_onuByUser, pppoeUser, m_data.onus);
}

const WirelessSubscriber *SimDataset::subscriberOfUser(const QString &pppoeUser) const
{
    if (const WirelessSubscriber *found = pointerIn(m_smByUser, pppoeUser, m_data.wirelessSubscribers))
        return found;
    // SMs whose PPPoE user the integrator never recorded: the CRM's MAC still names the antenna.
    if (const Connection *connection = connectionOfUser(pppoeUser); connection && !connection->mac.isEmpty())
        return subscriber(connection->mac);
    return nullptr;
}

QString SimDataset::deviceType(const QString &product)
{
    return product.startsWith(u"ePMP", Qt::CaseInsensitive) ? u"epmp"_s : u"pmp"_s;
}

QString SimDataset::deviceTypeOfName(const QString &name) const
{
    return m_deviceTypeByName.value(name);
}

QString SimDataset::networkOfSubscriber(const WirelessSubscriber &sm) const
{
    const AccessPoint *ap = accessPoint(sm.apMac);
    return ap ? ap->network : QString();
}

qint64 SimDataset::cityId(const QString &town) const
{
    return m_cityIds.value(town, 0);
}

qint64 SimDataset::onuTypeId(const QString &model) const
{
    return m_onuTypeIds.value(model, 0);
}

} // namespace Beholder::Sim
