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

qint64 CacheWriter::contentHash(const QVariantList &values)
{
    // Any change of any value changes the hash; the type tag keeps 1 and "1" apart.
    size_t hash = 0x9e3779b97f4a7c15ULL;
    for (const QVariant &value : values) {
        hash = qHash(value.isNull() ? -1 : value.typeId(), hash);
        hash = qHash(value.toString(), hash);
    }
    return qint64(hash);
}

bool CacheWriter::mirror(const Table &table, int rowCount, const RowValues &values, const RowKey &key,
                         const QVariantList &scopeValues, MirrorMode mode)
{
    MirrorCounts counts;
    const QString scopeClause = table.scope.isEmpty() ? QString() : u" AND (%1)"_s.arg(table.scope);
    const auto bindScope = [&scopeValues](QSqlQuery &q) {
        for (const QVariant &value : scopeValues)
            q.addBindValue(value);
    };

    // 1. What the cache holds now for this source, with each row's content hash.
    QHash<QString, qint64> existing;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT CAST(%1 AS TEXT), content_hash FROM %2 WHERE 1%3"_s.arg(table.keyExpression, table.name, scopeClause));
    bindScope(query);
    if (!query.exec())
        return fail(table.name, query);
    while (query.next())
        existing.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();

    // Filling an empty table: building its indexes once afterwards (a sort)
    // is cheaper than updating them row by row.
    QStringList deferredIndexes;
    if (existing.isEmpty()) {
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(table.name)) || !query.next())
            return fail(table.name, query);
        const bool tableIsEmpty = !query.value(0).toBool();
        query.finish();
        if (tableIsEmpty) {
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
    }

    // 2. Write only what is new or different; unchanged rows are only re-stamped (step 4).
    QStringList columns = table.columns;
    columns << u"content_hash"_s << u"fetched_at"_s;
    QStringList updates;
    for (const QString &column : std::as_const(columns)) {
        if (!table.conflictColumns.contains(column))
            updates << u"%1 = excluded.%1"_s.arg(column);
    }
    BatchInsert rows(
        m_db, table.name, columns,
        u"ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(table.conflictColumns.join(u", "_s), updates.join(u", "_s)));
    QSet<QString> seen;
    seen.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        // Every thousand rows: let the caller show progress or stop us.
        if ((row & 1023) == 1023 && m_onRows && !m_onRows(m_rowsSeen + row)) {
            m_canceled = true;
            m_lastError = u"canceled"_s;
            return false;
        }
        const QString rowKey = key(row);
        if (seen.contains(rowKey))
            continue; // the source listed it twice: the first one counts
        seen.insert(rowKey);
        QVariantList rowValues = values(row);
        const qint64 hash = contentHash(rowValues);
        const auto found = existing.constFind(rowKey);
        if (found == existing.cend()) {
            ++counts.added;
        } else if (mode == MirrorMode::InsertMissing) {
            ++counts.unchanged; // another source owns the row: do not touch it
            continue;
        } else if (*found != hash) {
            ++counts.changed;
        } else {
            ++counts.unchanged;
            // A mirror re-stamps unchanged rows in one statement (step 4); an
            // upsert has no such step, so it rewrites them to stamp them.
            if (mode == MirrorMode::Mirror)
                continue;
        }
        rowValues << hash << m_fetchedAt;
        if (!rows.add(rowValues))
            return fail(table.name, rows.lastError());
    }
    m_rowsSeen += rowCount;
    if (!rows.flush())
        return fail(table.name, rows.lastError());
    for (const QString &sql : std::as_const(deferredIndexes)) {
        if (!query.exec(sql))
            return fail(table.name, query);
    }

    if (mode == MirrorMode::Mirror) {
        // 3. Delete what the source no longer has (what a guard protects stays).
        QStringList missing;
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (!seen.contains(it.key()))
                missing << it.key();
        }
        const QString guardClause = table.deletionGuard.isEmpty() ? QString() : u" AND (%1)"_s.arg(table.deletionGuard);
        constexpr int perStatement = 500;
        for (qsizetype first = 0; first < missing.size(); first += perStatement) {
            const QStringList chunk = missing.mid(first, perStatement);
            QStringList marks;
            for (qsizetype i = 0; i < chunk.size(); ++i)
                marks << u"?"_s;
            QSqlQuery purge(m_db);
            purge.prepare(u"DELETE FROM %1 WHERE %2 IN (%3)%4%5"_s.arg(table.name, table.keyExpression,
                                                                       marks.join(u", "_s), scopeClause, guardClause));
            for (const QString &gone : chunk)
                purge.addBindValue(gone);
            bindScope(purge);
            if (!purge.exec())
                return fail(table.name, purge);
            counts.removed += purge.numRowsAffected();
        }

        // 4. Everything the source still has was fetched now.
        if (counts.unchanged > 0) {
            QSqlQuery stamp(m_db);
            stamp.prepare(u"UPDATE %1 SET fetched_at = ? WHERE fetched_at <> ?%2"_s.arg(table.name, scopeClause));
            stamp.addBindValue(m_fetchedAt);
            stamp.addBindValue(m_fetchedAt);
            bindScope(stamp);
            if (!stamp.exec())
                return fail(table.name, stamp);
        }
    }
    if (counts.removed > 0)
        qCDebug(lcCache) << table.name << ": removed" << counts.removed << "rows gone from the source";
    m_rowsWritten += counts.added + counts.changed;
    m_counts += counts;
    m_lastCounts = counts;
    return true;
}

bool CacheWriter::mirrorPlans(const QList<Plan> &plans)
{
    const Table table{u"plans"_s, {u"id"_s, u"name"_s, u"technology"_s, u"down_kbps"_s, u"up_kbps"_s, u"price_cents"_s},
                      {u"id"_s},  u"id"_s,
                      {},         {}};
    return mirror(
        table, int(plans.size()),
        [&](int i) -> QVariantList {
            const Plan &p = plans[i];
            QVariantList v;
            v << p.id;
            v << p.name;
            v << toString(p.technology);
            v << p.downKbps;
            v << p.upKbps;
            v << p.priceCents;
            return v;
        },
        [&](int i) -> QString { return QString::number(plans[i].id); });
}

bool CacheWriter::mirrorNodes(const QList<Node> &nodes, MirrorMode mode)
{
    const Table table{u"nodes"_s,
                      {u"id"_s, u"name"_s, u"code"_s, u"town"_s, u"host"_s, u"api_port"_s, u"api_tls"_s, u"model"_s},
                      {u"id"_s},
                      u"id"_s,
                      {},
                      // A router that holds secrets stays even if the CRM stops listing it:
                      // its secrets come from the router itself (ADR-005).
                      u"id NOT IN (SELECT node_id FROM ppp_secrets)"_s};
    return mirror(
        table, int(nodes.size()),
        [&](int i) -> QVariantList {
            const Node &n = nodes[i];
            QVariantList v;
            v << n.id;
            v << n.name;
            v << text(n.code);
            v << text(n.town);
            v << text(n.host);
            v << n.apiPort;
            v << (n.apiTls ? 1 : 0);
            v << text(n.model);
            return v;
        },
        [&](int i) -> QString { return QString::number(nodes[i].id); }, {}, mode);
}

bool CacheWriter::mirrorCustomers(const QList<Customer> &customers)
{
    const Table table{u"customers"_s,
                      {
                          u"id"_s,
                          u"code"_s,
                          u"name"_s,
                          u"doc_number"_s,
                          u"phones"_s,
                          u"email"_s,
                          u"address"_s,
                          u"town"_s,
                          u"latitude"_s,
                          u"longitude"_s,
                          u"status"_s,
                          u"status_raw"_s,
                          u"debt_cents"_s,
                          u"start_date"_s,
                      },
                      {u"id"_s},
                      u"id"_s,
                      {},
                      {}};
    return mirror(
        table, int(customers.size()),
        [&](int i) -> QVariantList {
            const Customer &c = customers[i];
            QVariantList v;
            v << c.id;
            v << text(c.code);
            v << c.name;
            v << text(c.docNumber);
            v << text(c.phones.join(u", "_s));
            v << text(c.email);
            v << text(c.address);
            v << text(c.town);
            v << optional(c.latitude);
            v << optional(c.longitude);
            v << toString(c.status);
            v << text(c.statusRaw);
            v << c.debtCents;
            v << text(c.startDate);
            return v;
        },
        [&](int i) -> QString { return QString::number(customers[i].id); });
}

bool CacheWriter::mirrorConnections(const QList<Connection> &connections)
{
    const Table table{u"connections"_s,
                      {u"id"_s, u"customer_id"_s, u"pppoe_user"_s, u"node_id"_s, u"plan_id"_s, u"technology"_s,
                       u"address"_s, u"ip"_s, u"mac"_s},
                      {u"id"_s},
                      u"id"_s,
                      {},
                      {}};
    return mirror(
        table, int(connections.size()),
        [&](int i) -> QVariantList {
            const Connection &c = connections[i];
            QVariantList v;
            v << c.id;
            v << c.customerId;
            v << text(c.pppoeUser.trimmed());
            v << optional(c.nodeId);
            v << optional(c.planId);
            v << toString(c.technology);
            v << text(c.address);
            v << text(c.ip.trimmed());
            v << mac(c.mac);
            return v;
        },
        [&](int i) -> QString { return QString::number(connections[i].id); });
}

bool CacheWriter::mirrorPppSecrets(const QList<PppSecret> &secrets, std::optional<qint64> onlyNode)
{
    const Table table{u"ppp_secrets"_s,
                      {u"node_id"_s, u"name"_s, u"profile"_s, u"service"_s, u"remote_address"_s, u"caller_id"_s,
                       u"disabled"_s, u"comment"_s, u"last_logged_out"_s},
                      {u"node_id"_s, u"name"_s},
                      u"(node_id || char(31) || name)"_s,
                      onlyNode ? u"node_id = ?"_s : QString(),
                      {}};
    QVariantList scope;
    if (onlyNode)
        scope << *onlyNode;
    return mirror(
        table, int(secrets.size()),
        [&](int i) -> QVariantList {
            const PppSecret &s = secrets[i];
            QVariantList v;
            v << s.nodeId;
            v << s.name;
            v << text(s.profile);
            v << text(s.service);
            v << text(s.remoteAddress);
            v << mac(s.callerId);
            v << (s.disabled ? 1 : 0);
            v << text(s.comment);
            v << text(s.lastLoggedOut);
            return v;
        },
        [&](int i) -> QString { return QString::number(secrets[i].nodeId) + QChar(31) + secrets[i].name; }, scope);
}

bool CacheWriter::mirrorOlts(const QList<Olt> &olts)
{
    const Table table{u"olts"_s, {u"id"_s, u"name"_s, u"vendor"_s, u"model"_s, u"host"_s, u"snmp_port"_s},
                      {u"id"_s}, u"id"_s,
                      {},        {}};
    return mirror(
        table, int(olts.size()),
        [&](int i) -> QVariantList {
            const Olt &o = olts[i];
            QVariantList v;
            v << o.id;
            v << o.name;
            v << text(o.vendor);
            v << text(o.model);
            v << text(o.host);
            v << o.snmpPort;
            return v;
        },
        [&](int i) -> QString { return QString::number(olts[i].id); });
}

bool CacheWriter::mirrorOnus(const QList<Onu> &onus)
{
    const Table table{u"onus"_s,
                      {u"external_id"_s, u"serial"_s, u"olt_id"_s, u"board"_s, u"port"_s, u"onu_index"_s, u"name"_s,
                       u"pppoe_user"_s, u"model"_s, u"status"_s, u"last_status_change"_s, u"last_down_cause"_s,
                       u"rx_power_dbm"_s, u"olt_rx_power_dbm"_s, u"distance_m"_s},
                      {u"external_id"_s},
                      u"external_id"_s,
                      {},
                      {}};
    const bool written = mirror(
        table, int(onus.size()),
        [&](int i) -> QVariantList {
            const Onu &o = onus[i];
            QVariantList v;
            v << o.externalId;
            v << text(o.serial);
            v << o.oltId;
            v << o.board;
            v << o.port;
            v << o.onuIndex;
            v << text(o.name);
            v << text(o.pppoeUser.trimmed());
            v << text(o.model);
            v << toString(o.status);
            v << optional(o.lastStatusChange);
            v << text(o.lastDownCause);
            v << optional(o.rxPowerDbm);
            v << optional(o.oltRxPowerDbm);
            v << optional(o.distanceM);
            return v;
        },
        [&](int i) -> QString { return onus[i].externalId; });
    return written && pruneSignalHistory();
}

bool CacheWriter::pruneSignalHistory()
{
    // The optical history (filled by triggers, migration v4) keeps 90 days: enough to see a drift.
    QSqlQuery prune(m_db);
    prune.prepare(u"DELETE FROM onu_signal_history WHERE at < ?"_s);
    prune.addBindValue(m_fetchedAt - SignalHistoryDays * 86400);
    if (!prune.exec())
        return fail(u"onus"_s, prune);
    return true;
}

bool CacheWriter::updateOnuStates(const QList<Onu> &states)
{
    MirrorCounts counts;
    QSqlQuery query(m_db);
    if (!query.exec(uR"(CREATE TEMP TABLE IF NOT EXISTS onu_states (external_id TEXT PRIMARY KEY, status TEXT,
                        last_status_change INTEGER, rx REAL, olt_rx REAL) WITHOUT ROWID)"_s)
        || !query.exec(u"DELETE FROM temp.onu_states"_s))
        return fail(u"onus"_s, query);
    BatchInsert rows(m_db, u"temp.onu_states"_s,
                     {u"external_id"_s, u"status"_s, u"last_status_change"_s, u"rx"_s, u"olt_rx"_s}, {},
                     u"INSERT OR REPLACE"_s);
    for (qsizetype i = 0; i < states.size(); ++i) {
        if ((i & 1023) == 1023 && m_onRows && !m_onRows(m_rowsSeen + i)) {
            m_canceled = true;
            m_lastError = u"canceled"_s;
            return false;
        }
        const Onu &o = states.at(i);
        if (!rows.add({o.externalId, toString(o.status), optional(o.lastStatusChange), optional(o.rxPowerDbm),
                       optional(o.oltRxPowerDbm)}))
            return fail(u"onus"_s, rows.lastError());
    }
    if (!rows.flush())
        return fail(u"onus"_s, rows.lastError());
    m_rowsSeen += states.size();

    // An ONU disabled by an admin reads "Offline" in the bulk lists: keep it disabled.
    if (!query.exec(uR"(UPDATE onus SET
            status = CASE WHEN onus.status = 'disabled' THEN 'disabled' ELSE s.status END,
            last_status_change = coalesce(s.last_status_change, onus.last_status_change),
            rx_power_dbm = s.rx, olt_rx_power_dbm = s.olt_rx, content_hash = NULL, fetched_at = %1
        FROM temp.onu_states s
        WHERE onus.external_id = s.external_id
          AND ((onus.status <> 'disabled' AND onus.status IS NOT s.status)
               OR onus.rx_power_dbm IS NOT s.rx OR onus.olt_rx_power_dbm IS NOT s.olt_rx
               OR onus.last_status_change IS NOT coalesce(s.last_status_change, onus.last_status_change)))"_s.arg(
            m_fetchedAt)))
        return fail(u"onus"_s, query);
    counts.changed = query.numRowsAffected();
    QSqlQuery stamp(m_db);
    stamp.prepare(u"UPDATE onus SET fetched_at = ? WHERE external_id IN (SELECT external_id FROM temp.onu_states)"_s);
    stamp.addBindValue(m_fetchedAt);
    if (!stamp.exec())
        return fail(u"onus"_s, stamp);
    const qint64 known = stamp.numRowsAffected();
    counts.unchanged = known - counts.changed;
    m_unknownOnus = states.size() - known;
    m_rowsWritten += counts.changed;
    m_counts += counts;
    m_lastCounts = counts;
    return pruneSignalHistory();
}

bool CacheWriter::mirrorAccessPoints(const QList<AccessPoint> &accessPoints)
{
    const Table table{
        u"access_points"_s,
        {u"mac"_s, u"name"_s, u"ip"_s, u"tower"_s, u"network"_s, u"product"_s, u"online"_s, u"connected_sms"_s},
        {u"mac"_s},
        u"mac"_s,
        {},
        {}};
    return mirror(
        table, int(accessPoints.size()),
        [&](int i) -> QVariantList {
            const AccessPoint &a = accessPoints[i];
            QVariantList v;
            v << mac(a.mac);
            v << text(a.name);
            v << text(a.ip);
            v << text(a.tower);
            v << text(a.network);
            v << text(a.product);
            v << (a.online ? 1 : 0);
            v << a.connectedSms;
            return v;
        },
        [&](int i) -> QString { return mac(accessPoints[i].mac).toString(); });
}

bool CacheWriter::mirrorWirelessSubscribers(const QList<WirelessSubscriber> &subscribers)
{
    const Table table{u"wireless_subscribers"_s,
                      {u"mac"_s, u"name"_s, u"ip"_s, u"ap_mac"_s, u"tower"_s, u"product"_s, u"pppoe_user"_s,
                       u"online"_s, u"status_seconds"_s, u"dl_rssi_dbm"_s, u"ul_rssi_dbm"_s, u"dl_snr_db"_s,
                       u"ul_snr_db"_s, u"distance_km"_s},
                      {u"mac"_s},
                      u"mac"_s,
                      {},
                      {}};
    return mirror(
        table, int(subscribers.size()),
        [&](int i) -> QVariantList {
            const WirelessSubscriber &s = subscribers[i];
            QVariantList v;
            v << mac(s.mac);
            v << text(s.name);
            v << text(s.ip);
            v << mac(s.apMac);
            v << text(s.tower);
            v << text(s.product);
            v << text(s.pppoeUser.trimmed());
            v << (s.online ? 1 : 0);
            v << optional(s.statusSeconds);
            v << optional(s.dlRssiDbm);
            v << optional(s.ulRssiDbm);
            v << optional(s.dlSnrDb);
            v << optional(s.ulSnrDb);
            v << optional(s.distanceKm);
            return v;
        },
        [&](int i) -> QString { return mac(subscribers[i].mac).toString(); });
}

bool CacheWriter::mirrorAlarms(const QString &source, const QList<Alarm> &alarms)
{
    const Table table{u"alarms"_s,
                      {u"external_id"_s, u"source"_s, u"severity"_s, u"name"_s, u"message"_s, u"device_name"_s, u"ip"_s,
                       u"active"_s, u"raised_at"_s},
                      {u"source"_s, u"external_id"_s},
                      u"external_id"_s,
                      u"source = ?"_s,
                      {}};
    return mirror(
        table, int(alarms.size()),
        [&](int i) -> QVariantList {
            const Alarm &a = alarms[i];
            QVariantList v;
            v << a.externalId;
            v << source;
            v << text(a.severity);
            v << text(a.name);
            v << text(a.message);
            v << text(a.deviceName);
            v << text(a.ip);
            v << (a.active ? 1 : 0);
            v << optional(a.raisedAt);
            return v;
        },
        [&](int i) -> QString { return alarms[i].externalId; }, {source});
}

bool CacheWriter::mirrorTickets(const QString &source, const QList<Ticket> &tickets)
{
    const Table table{u"tickets"_s,
                      {u"external_id"_s, u"source"_s, u"customer_id"_s, u"connection_id"_s, u"subject"_s, u"category"_s,
                       u"status"_s, u"priority"_s, u"closed"_s, u"created_at"_s},
                      {u"source"_s, u"external_id"_s},
                      u"external_id"_s,
                      u"source = ?"_s,
                      {}};
    return mirror(
        table, int(tickets.size()),
        [&](int i) -> QVariantList {
            const Ticket &t = tickets[i];
            QVariantList v;
            v << t.externalId;
            v << source;
            v << optional(t.customerId);
            v << optional(t.connectionId);
            v << text(t.subject);
            v << text(t.category);
            v << text(t.status);
            v << text(t.priority);
            v << (t.closed ? 1 : 0);
            v << optional(t.createdAt);
            return v;
        },
        [&](int i) -> QString { return tickets[i].externalId; }, {source});
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
