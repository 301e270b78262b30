// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachewriter.h"

#include "cache/batchinsert.h"
#include "logging/logging.h"
#include "util/textnormalize.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// MACs are stored in one canonical notation so that lookups need no LIKE.
QVariant mac(const QString &value)
{
    const QString formatted = Text::formatMac(value);
    return formatted.isEmpty() ? text(value.trimmed()) : QVariant(formatted);
}

} // namespace

CacheWriter::CacheWriter(QSqlDatabase db, UnixTime fetchedAt)
    : m_db(std::move(db))
    , m_fetchedAt(fetchedAt)
{ }

bool CacheWriter::begin()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool CacheWriter::commit()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    m_db.rollback();
    return false;
}

void CacheWriter::rollback()
{
    m_db.rollback();
}

bool CacheWriter::fail(const QString &what, const QSqlQuery &query)
{
    return fail(what, query.lastError().text());
}

bool CacheWriter::fail(const QString &what, const QString &error)
{
    m_lastError = u"%1: %2"_s.arg(what, error);
    qCWarning(lcCache) << "cache write failed:" << m_lastError;
    return false;
}

bool CacheWriter::mirror(const Table &table, int rowCount, const BindRow &bind, const RowKey &key,
                         const QVariantList &scopeValues)
{
    QSqlQuery query(m_db);
    const QString scopeClause = table.scope.isEmpty() ? QString() : u" AND (%1)"_s.arg(table.scope);

    // An empty table (first load) needs no bookkeeping of what to delete.
    bool trackKeys = true;
    if (table.scope.isEmpty()) {
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(table.name)) || !query.next())
            return fail(table.name, query);
        trackKeys = query.value(0).toBool();
        query.finish();
    }

    if (trackKeys) {
        if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS mirror_keys (k PRIMARY KEY) WITHOUT ROWID"_s)
            || !query.exec(u"DELETE FROM temp.mirror_keys"_s))
            return fail(table.name, query);
    }

    // Filling an empty table: building its indexes once afterwards (a sort)
    // is cheaper than updating them row by row.
    QStringList deferredIndexes;
    if (!trackKeys) {
        QSqlQuery indexes(m_db);
        indexes.prepare(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
        indexes.addBindValue(table.name);
        if (!indexes.exec())
            return fail(table.name, indexes);
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            deferredIndexes << indexes.value(1).toString();
        }
        for (const QString &name : std::as_const(names)) {
            if (!query.exec(u"DROP INDEX %1"_s.arg(name)))
                return fail(table.name, query);
        }
    }

    QStringList updates;
    for (const QString &column : table.columns) {
        if (!table.conflictColumns.contains(column))
            updates << u"%1 = excluded.%1"_s.arg(column);
    }
    BatchInsert rows(
        m_db, table.name, table.columns,
        u"ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(table.conflictColumns.join(u", "_s), updates.join(u", "_s)));
    BatchInsert keys(m_db, u"temp.mirror_keys"_s, {u"k"_s}, {}, u"INSERT OR IGNORE"_s);
    for (int row = 0; row < rowCount; ++row) {
        // Every thousand rows: let the caller show progress or stop us.
        if ((row & 1023) == 1023 && m_onRows && !m_onRows(m_rowsWritten + row)) {
            m_canceled = true;
            m_lastError = u"canceled"_s;
            return false;
        }
        bind(rows, row);
        if (!rows.endRow())
            return fail(table.name, rows.lastError());
        if (trackKeys && !keys.add({key(row)}))
            return fail(table.name, keys.lastError());
    }
    if (!rows.flush())
        return fail(table.name, rows.lastError());
    for (const QString &sql : std::as_const(deferredIndexes)) {
        if (!query.exec(sql))
            return fail(table.name, query);
    }
    if (trackKeys && !keys.flush())
        return fail(table.name, keys.lastError());
    m_rowsWritten += rowCount;

    if (trackKeys) {
        QSqlQuery purge(m_db);
        purge.prepare(u"DELETE FROM %1 WHERE %2 NOT IN (SELECT k FROM temp.mirror_keys)%3"_s.arg(
            table.name, table.keyExpression, scopeClause));
        for (const QVariant &value : scopeValues)
            purge.addBindValue(value);
        if (!purge.exec())
            return fail(table.name, purge);
        if (purge.numRowsAffected() > 0)
            qCDebug(lcCache) << table.name << ": removed" << purge.numRowsAffected() << "rows gone from the source";
    }
    return true;
}

bool CacheWriter::mirrorPlans(const QList<Plan> &plans)
{
    const Table table{
        u"plans"_s,
        {u"id"_s, u"name"_s, u"technology"_s, u"down_kbps"_s, u"up_kbps"_s, u"price_cents"_s, u"fetched_at"_s},
        {u"id"_s},
        u"id"_s,
        {}};
    return mirror(
        table, int(plans.size()),
        [&](BatchInsert &q, int i) {
            const Plan &p = plans[i];
            q.bind(p.id);
            q.bind(p.name);
            q.bind(toString(p.technology));
            q.bind(p.downKbps);
            q.bind(p.upKbps);
            q.bind(p.priceCents);
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(plans[i].id); });
}

bool CacheWriter::mirrorNodes(const QList<Node> &nodes)
{
    const Table table{
        u"nodes"_s,
        {u"id"_s, u"name"_s, u"code"_s, u"town"_s, u"host"_s, u"api_port"_s, u"api_tls"_s, u"model"_s, u"fetched_at"_s},
        {u"id"_s},
        u"id"_s,
        {}};
    return mirror(
        table, int(nodes.size()),
        [&](BatchInsert &q, int i) {
            const Node &n = nodes[i];
            q.bind(n.id);
            q.bind(n.name);
            q.bind(text(n.code));
            q.bind(text(n.town));
            q.bind(text(n.host));
            q.bind(n.apiPort);
            q.bind(n.apiTls ? 1 : 0);
            q.bind(text(n.model));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(nodes[i].id); });
}

bool CacheWriter::mirrorCustomers(const QList<Customer> &customers)
{
    const Table table{u"customers"_s,
                      {u"id"_s, u"code"_s, u"name"_s, u"doc_number"_s, u"phones"_s, u"email"_s, u"address"_s, u"town"_s,
                       u"latitude"_s, u"longitude"_s, u"status"_s, u"status_raw"_s, u"debt_cents"_s, u"start_date"_s,
                       u"fetched_at"_s},
                      {u"id"_s},
                      u"id"_s,
                      {}};
    return mirror(
        table, int(customers.size()),
        [&](BatchInsert &q, int i) {
            const Customer &c = customers[i];
            q.bind(c.id);
            q.bind(text(c.code));
            q.bind(c.name);
            q.bind(text(c.docNumber));
            q.bind(text(c.phones.join(u", "_s)));
            q.bind(text(c.email));
            q.bind(text(c.address));
            q.bind(text(c.town));
            q.bind(optional(c.latitude));
            q.bind(optional(c.longitude));
            q.bind(toString(c.status));
            q.bind(text(c.statusRaw));
            q.bind(c.debtCents);
            q.bind(text(c.startDate));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(customers[i].id); });
}

bool CacheWriter::mirrorConnections(const QList<Connection> &connections)
{
    const Table table{u"connections"_s,
                      {u"id"_s, u"customer_id"_s, u"pppoe_user"_s, u"node_id"_s, u"plan_id"_s, u"technology"_s,
                       u"address"_s, u"ip"_s, u"mac"_s, u"fetched_at"_s},
                      {u"id"_s},
                      u"id"_s,
                      {}};
    return mirror(
        table, int(connections.size()),
        [&](BatchInsert &q, int i) {
            const Connection &c = connections[i];
            q.bind(c.id);
            q.bind(c.customerId);
            q.bind(text(c.pppoeUser.trimmed()));
            q.bind(optional(c.nodeId));
            q.bind(optional(c.planId));
            q.bind(toString(c.technology));
            q.bind(text(c.address));
            q.bind(text(c.ip.trimmed()));
            q.bind(mac(c.mac));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(connections[i].id); });
}

bool CacheWriter::mirrorPppSecrets(const QList<PppSecret> &secrets, std::optional<qint64> onlyNode)
{
    const Table table{u"ppp_secrets"_s,
                      {u"node_id"_s, u"name"_s, u"profile"_s, u"service"_s, u"remote_address"_s, u"caller_id"_s,
                       u"disabled"_s, u"comment"_s, u"last_logged_out"_s, u"fetched_at"_s},
                      {u"node_id"_s, u"name"_s},
                      u"(node_id || char(31) || name)"_s,
                      onlyNode ? u"node_id = ?"_s : QString()};
    QVariantList scope;
    if (onlyNode)
        scope << *onlyNode;
    return mirror(
        table, int(secrets.size()),
        [&](BatchInsert &q, int i) {
            const PppSecret &s = secrets[i];
            q.bind(s.nodeId);
            q.bind(s.name);
            q.bind(text(s.profile));
            q.bind(text(s.service));
            q.bind(text(s.remoteAddress));
            q.bind(mac(s.callerId));
            q.bind(s.disabled ? 1 : 0);
            q.bind(text(s.comment));
            q.bind(text(s.lastLoggedOut));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(QString::number(secrets[i].nodeId) + QChar(31) + secrets[i].name); }, scope);
}

bool CacheWriter::mirrorOlts(const QList<Olt> &olts)
{
    const Table table{u"olts"_s,
                      {u"id"_s, u"name"_s, u"vendor"_s, u"model"_s, u"host"_s, u"snmp_port"_s, u"fetched_at"_s},
                      {u"id"_s},
                      u"id"_s,
                      {}};
    return mirror(
        table, int(olts.size()),
        [&](BatchInsert &q, int i) {
            const Olt &o = olts[i];
            q.bind(o.id);
            q.bind(o.name);
            q.bind(text(o.vendor));
            q.bind(text(o.model));
            q.bind(text(o.host));
            q.bind(o.snmpPort);
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(olts[i].id); });
}

bool CacheWriter::mirrorOnus(const QList<Onu> &onus)
{
    const Table table{u"onus"_s,
                      {u"external_id"_s, u"serial"_s, u"olt_id"_s, u"board"_s, u"port"_s, u"onu_index"_s, u"name"_s,
                       u"pppoe_user"_s, u"model"_s, u"status"_s, u"last_status_change"_s, u"last_down_cause"_s,
                       u"rx_power_dbm"_s, u"olt_rx_power_dbm"_s, u"distance_m"_s, u"fetched_at"_s},
                      {u"external_id"_s},
                      u"external_id"_s,
                      {}};
    return mirror(
        table, int(onus.size()),
        [&](BatchInsert &q, int i) {
            const Onu &o = onus[i];
            q.bind(o.externalId);
            q.bind(text(o.serial));
            q.bind(o.oltId);
            q.bind(o.board);
            q.bind(o.port);
            q.bind(o.onuIndex);
            q.bind(text(o.name));
            q.bind(text(o.pppoeUser.trimmed()));
            q.bind(text(o.model));
            q.bind(toString(o.status));
            q.bind(optional(o.lastStatusChange));
            q.bind(text(o.lastDownCause));
            q.bind(optional(o.rxPowerDbm));
            q.bind(optional(o.oltRxPowerDbm));
            q.bind(optional(o.distanceM));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(onus[i].externalId); });
}

bool CacheWriter::mirrorAccessPoints(const QList<AccessPoint> &accessPoints)
{
    const Table table{u"access_points"_s,
                      {u"mac"_s, u"name"_s, u"ip"_s, u"tower"_s, u"network"_s, u"product"_s, u"online"_s,
                       u"connected_sms"_s, u"fetched_at"_s},
                      {u"mac"_s},
                      u"mac"_s,
                      {}};
    return mirror(
        table, int(accessPoints.size()),
        [&](BatchInsert &q, int i) {
            const AccessPoint &a = accessPoints[i];
            q.bind(mac(a.mac));
            q.bind(text(a.name));
            q.bind(text(a.ip));
            q.bind(text(a.tower));
            q.bind(text(a.network));
            q.bind(text(a.product));
            q.bind(a.online ? 1 : 0);
            q.bind(a.connectedSms);
            q.bind(m_fetchedAt);
        },
        [&](int i) { return mac(accessPoints[i].mac); });
}

bool CacheWriter::mirrorWirelessSubscribers(const QList<WirelessSubscriber> &subscribers)
{
    const Table table{u"wireless_subscribers"_s,
                      {u"mac"_s, u"name"_s, u"ip"_s, u"ap_mac"_s, u"tower"_s, u"product"_s, u"pppoe_user"_s,
                       u"online"_s, u"status_seconds"_s, u"dl_rssi_dbm"_s, u"ul_rssi_dbm"_s, u"dl_snr_db"_s,
                       u"ul_snr_db"_s, u"distance_km"_s, u"fetched_at"_s},
                      {u"mac"_s},
                      u"mac"_s,
                      {}};
    return mirror(
        table, int(subscribers.size()),
        [&](BatchInsert &q, int i) {
            const WirelessSubscriber &s = subscribers[i];
            q.bind(mac(s.mac));
            q.bind(text(s.name));
            q.bind(text(s.ip));
            q.bind(mac(s.apMac));
            q.bind(text(s.tower));
            q.bind(text(s.product));
            q.bind(text(s.pppoeUser.trimmed()));
            q.bind(s.online ? 1 : 0);
            q.bind(optional(s.statusSeconds));
            q.bind(optional(s.dlRssiDbm));
            q.bind(optional(s.ulRssiDbm));
            q.bind(optional(s.dlSnrDb));
            q.bind(optional(s.ulSnrDb));
            q.bind(optional(s.distanceKm));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return mac(subscribers[i].mac); });
}

bool CacheWriter::mirrorAlarms(const QString &source, const QList<Alarm> &alarms)
{
    const Table table{u"alarms"_s,
                      {u"external_id"_s, u"source"_s, u"severity"_s, u"name"_s, u"message"_s, u"device_name"_s, u"ip"_s,
                       u"active"_s, u"raised_at"_s, u"fetched_at"_s},
                      {u"source"_s, u"external_id"_s},
                      u"external_id"_s,
                      u"source = ?"_s};
    return mirror(
        table, int(alarms.size()),
        [&](BatchInsert &q, int i) {
            const Alarm &a = alarms[i];
            q.bind(a.externalId);
            q.bind(source);
            q.bind(text(a.severity));
            q.bind(text(a.name));
            q.bind(text(a.message));
            q.bind(text(a.deviceName));
            q.bind(text(a.ip));
            q.bind(a.active ? 1 : 0);
            q.bind(optional(a.raisedAt));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(alarms[i].externalId); }, {source});
}

bool CacheWriter::mirrorTickets(const QString &source, const QList<Ticket> &tickets)
{
    const Table table{u"tickets"_s,
                      {u"external_id"_s, u"source"_s, u"customer_id"_s, u"connection_id"_s, u"subject"_s, u"category"_s,
                       u"status"_s, u"priority"_s, u"closed"_s, u"created_at"_s, u"fetched_at"_s},
                      {u"source"_s, u"external_id"_s},
                      u"external_id"_s,
                      u"source = ?"_s};
    return mirror(
        table, int(tickets.size()),
        [&](BatchInsert &q, int i) {
            const Ticket &t = tickets[i];
            q.bind(t.externalId);
            q.bind(source);
            q.bind(optional(t.customerId));
            q.bind(optional(t.connectionId));
            q.bind(text(t.subject));
            q.bind(text(t.category));
            q.bind(text(t.status));
            q.bind(text(t.priority));
            q.bind(t.closed ? 1 : 0);
            q.bind(optional(t.createdAt));
            q.bind(m_fetchedAt);
        },
        [&](int i) { return QVariant(tickets[i].externalId); }, {source});
}

bool CacheWriter::writeDataset(const IspDataset &dataset)
{
    if (!(mirrorPlans(dataset.plans) && mirrorNodes(dataset.nodes) && mirrorCustomers(dataset.customers)
          && mirrorConnections(dataset.connections) && mirrorPppSecrets(dataset.pppSecrets) && mirrorOlts(dataset.olts)
          && mirrorOnus(dataset.onus) && mirrorAccessPoints(dataset.accessPoints)
          && mirrorWirelessSubscribers(dataset.wirelessSubscribers)))
        return false;

    // Alarms and tickets are kept per source; a source the dataset no longer
    // has must be emptied too, so take the union with what the cache holds.
    const auto sourcesIn = [this](const QString &table, QSet<QString> sources) {
        QSqlQuery query(m_db);
        query.exec(u"SELECT DISTINCT source FROM %1"_s.arg(table));
        while (query.next())
            sources.insert(query.value(0).toString());
        return sources;
    };
    QHash<QString, QList<Alarm>> alarmsBySource;
    for (const Alarm &alarm : dataset.alarms)
        alarmsBySource[alarm.source].append(alarm);
    for (const QString &source :
         sourcesIn(u"alarms"_s, QSet<QString>(alarmsBySource.keyBegin(), alarmsBySource.keyEnd()))) {
        if (!mirrorAlarms(source, alarmsBySource.value(source)))
            return false;
    }
    QHash<QString, QList<Ticket>> ticketsBySource;
    for (const Ticket &ticket : dataset.tickets)
        ticketsBySource[ticket.source].append(ticket);
    for (const QString &source :
         sourcesIn(u"tickets"_s, QSet<QString>(ticketsBySource.keyBegin(), ticketsBySource.keyEnd()))) {
        if (!mirrorTickets(source, ticketsBySource.value(source)))
            return false;
    }
    return true;
}

} // namespace Beholder
