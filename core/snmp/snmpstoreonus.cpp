// SPDX-License-Identifier: GPL-3.0-or-later
// SnmpStore, part 3: what the walks found. An OLT has up to 4,096 ONUs and a
// profile 50,000, so every save is one transaction of multi-row upserts
// (BatchInsert), never a statement per ONU, except deletes of vanished ONUs.
#include "cache/batchinsert.h"
#include "snmp/storesql.h"
#include "snmpstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

const QString onuColumns = u"id, olt_id, pon_if_index, onu_id, frame, slot, port, serial, description, state, "
                           u"last_down_cause, rx_dbm, tx_dbm, olt_rx_dbm, distance_m, discovered_at, status_at, "
                           u"optical_at"_s;

// One ONU of one OLT: its PON ifIndex and ONU id in one number.
quint64 onuKey(quint32 ponIfIndex, quint32 onuId)
{
    return (quint64(ponIfIndex) << 32) | onuId;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

bool hasOptical(const OnuReading &reading)
{
    return reading.rxDbm || reading.txDbm || reading.oltRxDbm;
}

SnmpOnu readOnu(const QSqlQuery &query)
{
    SnmpOnu onu;
    onu.id = query.value(0).toLongLong();
    onu.oltId = query.value(1).toLongLong();
    OnuReading &reading = onu.reading;
    reading.ponIfIndex = quint32(query.value(2).toLongLong());
    reading.onuId = quint32(query.value(3).toLongLong());
    reading.port = {query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt()};
    reading.serial = query.value(7).toString();
    reading.description = query.value(8).toString();
    reading.state = onuRunStateFromString(query.value(9).toString());
    reading.lastDownCause = query.value(10).toString();
    reading.rxDbm = optionalDouble(query.value(11));
    reading.txDbm = optionalDouble(query.value(12));
    reading.oltRxDbm = optionalDouble(query.value(13));
    if (!query.value(14).isNull())
        reading.distanceM = query.value(14).toInt();
    onu.discoveredAt = query.value(15).toLongLong();
    onu.statusAt = optionalInt(query.value(16));
    onu.opticalAt = optionalInt(query.value(17));
    const UnixTime latest = std::max({onu.discoveredAt, onu.statusAt.value_or(0), onu.opticalAt.value_or(0)});
    reading.collectedAt = QDateTime::fromSecsSinceEpoch(latest, QTimeZone::utc());
    return onu;
}

// What each walk writes: its columns, and what an existing row takes from them.
struct OnuWrite
{
    QStringList columns;
    QString upsert;
};

OnuWrite onuWriteFor(bool discovery, bool status)
{
    const QString conflict = u"ON CONFLICT (olt_id, pon_if_index, onu_id) DO UPDATE SET "_s;
    const QStringList key{u"olt_id"_s, u"pon_if_index"_s, u"onu_id"_s,       u"frame"_s,
                          u"slot"_s,   u"port"_s,         u"discovered_at"_s};
    // Ranging distance comes with the run state (the profiles read it as a status column).
    const QStringList statusColumns{u"state"_s, u"last_down_cause"_s, u"distance_m"_s, u"status_at"_s};
    const QStringList opticalColumns{u"rx_dbm"_s, u"tx_dbm"_s, u"olt_rx_dbm"_s, u"optical_at"_s};
    if (discovery) {
        // Inventory always; state and optical values only when the reading carried them (status_at or
        // optical_at bound), so a discovery without them keeps what polling wrote.
        QStringList updates{u"frame = excluded.frame"_s,
                            u"slot = excluded.slot"_s,
                            u"port = excluded.port"_s,
                            u"serial = excluded.serial"_s,
                            u"description = excluded.description"_s,
                            u"discovered_at = excluded.discovered_at"_s};
        for (const auto &[columns, stamp] :
             {std::pair(statusColumns, u"status_at"_s), std::pair(opticalColumns, u"optical_at"_s)}) {
            for (const QString &column : columns)
                updates << u"%1 = CASE WHEN excluded.%2 IS NULL THEN %1 ELSE excluded.%1 END"_s.arg(column, stamp);
        }
        return {key + QStringList{u"serial"_s, u"description"_s} + statusColumns + opticalColumns,
                conflict + updates.join(u", "_s)};
    }
    const QStringList &columns = status ? statusColumns : opticalColumns;
    QStringList updates;
    for (const QString &column : columns) {
        // An offline ONU has no ranging: its last known distance stays.
        updates << (column == u"distance_m" ? u"%1 = coalesce(excluded.%1, %1)"_s : u"%1 = excluded.%1"_s).arg(column);
    }
    return {key + columns, conflict + updates.join(u", "_s)};
}

} // namespace

StoreResult<OnuSaveCounts> SnmpStore::saveDiscovery(qint64 oltId, const QList<OnuReading> &readings,
                                                    const QList<OnuDataValue> &rawValues, UnixTime collectedAt)
{
    return saveOnus(OnuWalk::Discovery, oltId, readings, rawValues, collectedAt);
}

StoreResult<OnuSaveCounts> SnmpStore::saveStatus(qint64 oltId, const QList<OnuReading> &readings,
                                                 const QList<OnuDataValue> &rawValues, UnixTime collectedAt)
{
    return saveOnus(OnuWalk::Status, oltId, readings, rawValues, collectedAt);
}

StoreResult<OnuSaveCounts> SnmpStore::saveOptical(qint64 oltId, const QList<OnuReading> &readings,
                                                  const QList<OnuDataValue> &rawValues, UnixTime collectedAt)
{
    return saveOnus(OnuWalk::Optical, oltId, readings, rawValues, collectedAt);
}

StoreResult<OnuSaveCounts> SnmpStore::saveOnus(OnuWalk walk, qint64 oltId, const QList<OnuReading> &readings,
                                               const QList<OnuDataValue> &rawValues, UnixTime collectedAt)
{
    using Result = StoreResult<OnuSaveCounts>;
    const auto batchError = [](const BatchInsert &batch) {
        return Result::failure(StoreError::make(StoreError::Kind::Database, batch.lastError()));
    };
    if (StoreError error = checkExists(u"snmp_olts"_s, oltId, u"oltId"_s, noOlt(oltId)); error.isError())
        return Result::failure(error);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Result::failure(transaction.error());

    QSet<quint64> existing;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT pon_if_index, onu_id FROM snmp_onus WHERE olt_id = ?"_s);
    query.addBindValue(oltId);
    if (!query.exec())
        return Result::failure(databaseError(query));
    while (query.next())
        existing.insert(onuKey(quint32(query.value(0).toLongLong()), quint32(query.value(1).toLongLong())));
    query.finish();

    // 1. The ONUs themselves.
    const bool discovery = walk == OnuWalk::Discovery;
    const OnuWrite write = onuWriteFor(discovery, walk == OnuWalk::Status);
    BatchInsert onus(m_db, u"snmp_onus"_s, write.columns, write.upsert);
    OnuSaveCounts counts;
    QSet<quint64> saved;
    saved.reserve(readings.size());
    for (const OnuReading &reading : readings) {
        const quint64 key = onuKey(reading.ponIfIndex, reading.onuId);
        if (saved.contains(key))
            continue; // listed twice: the first one counts
        const bool known = existing.contains(key);
        if (!discovery && !known) {
            ++counts.unknown;
            continue;
        }
        saved.insert(key);
        ++(known ? counts.updated : counts.added);

        onus.bind(oltId);
        onus.bind(qint64(reading.ponIfIndex));
        onus.bind(qint64(reading.onuId));
        onus.bind(reading.port.frame);
        onus.bind(reading.port.slot);
        onus.bind(reading.port.port);
        onus.bind(collectedAt); // discovered_at: only a new row (never for polling) keeps it
        if (discovery) {
            onus.bind(textOrNull(reading.serial));
            onus.bind(textOrNull(reading.description));
        }
        const bool withStatus = walk == OnuWalk::Status || (discovery && reading.state != OnuRunState::Unknown);
        const bool withOptical = walk == OnuWalk::Optical || (discovery && hasOptical(reading));
        if (walk != OnuWalk::Optical) {
            onus.bind(toString(reading.state));
            onus.bind(textOrNull(reading.lastDownCause));
            onus.bind(nullable(reading.distanceM));
            onus.bind(withStatus ? QVariant(collectedAt) : QVariant());
        }
        if (walk != OnuWalk::Status) {
            onus.bind(nullable(reading.rxDbm));
            onus.bind(nullable(reading.txDbm));
            onus.bind(nullable(reading.oltRxDbm));
            onus.bind(withOptical ? QVariant(collectedAt) : QVariant());
        }
        if (!onus.endRow())
            return batchError(onus);
    }
    if (!onus.flush())
        return batchError(onus);

    // 2. Discovery: the ONUs the OLT no longer has go, and their raw values with them (ON DELETE CASCADE).
    if (discovery) {
        query.prepare(u"DELETE FROM snmp_onus WHERE olt_id = ? AND pon_if_index = ? AND onu_id = ?"_s);
        for (quint64 key : std::as_const(existing)) {
            if (saved.contains(key))
                continue;
            query.addBindValue(oltId);
            query.addBindValue(qint64(key >> 32));
            query.addBindValue(qint64(key & 0xffffffffu));
            if (!query.exec())
                return Result::failure(databaseError(query));
            ++counts.removed;
        }
    }

    // 3. The raw values of the ONUs just saved.
    BatchInsert data(m_db, u"snmp_onu_data"_s,
                     {u"olt_id"_s, u"pon_if_index"_s, u"onu_id"_s, u"oid_name"_s, u"value"_s, u"collected_at"_s},
                     u"ON CONFLICT (olt_id, pon_if_index, onu_id, oid_name) "
                     u"DO UPDATE SET value = excluded.value, collected_at = excluded.collected_at"_s);
    for (const OnuDataValue &value : rawValues) {
        if (!saved.contains(onuKey(value.ponIfIndex, value.onuId))) {
            ++counts.valuesSkipped;
            continue;
        }
        if (!data.add({oltId, qint64(value.ponIfIndex), qint64(value.onuId), value.oidName, value.value, collectedAt}))
            return batchError(data);
        ++counts.valuesWritten;
    }
    if (!data.flush())
        return batchError(data);

    if (StoreError error = transaction.commit(); error.isError())
        return Result::failure(error);
    return Result::success(counts);
}

StoreResult<QList<SnmpOnu>> SnmpStore::onusForOlt(qint64 oltId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM snmp_onus WHERE olt_id = ? ORDER BY pon_if_index, onu_id"_s.arg(onuColumns));
    query.addBindValue(oltId);
    if (!query.exec())
        return StoreResult<QList<SnmpOnu>>::failure(databaseError(query));
    QList<SnmpOnu> onus;
    while (query.next())
        onus << readOnu(query);
    return StoreResult<QList<SnmpOnu>>::success(onus);
}

StoreResult<SnmpOnu> SnmpStore::onuBySerial(const QString &serial) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_onus WHERE serial = ? COLLATE NOCASE "
                  u"ORDER BY discovered_at DESC, id DESC LIMIT 1"_s.arg(onuColumns));
    query.addBindValue(serial.trimmed());
    if (!query.exec())
        return StoreResult<SnmpOnu>::failure(databaseError(query));
    if (!query.next())
        return StoreResult<SnmpOnu>::failure(StoreError::make(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("Snmp::SnmpStore", "no ONU with serial %1 on any OLT").arg(serial.left(80))));
    return StoreResult<SnmpOnu>::success(readOnu(query));
}

StoreResult<OnuStateCounts> SnmpStore::onuCounts(qint64 oltId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT state, count(*) FROM snmp_onus WHERE olt_id = ? GROUP BY state"_s);
    query.addBindValue(oltId);
    if (!query.exec())
        return StoreResult<OnuStateCounts>::failure(databaseError(query));
    OnuStateCounts counts;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        counts.byState[onuRunStateFromString(query.value(0).toString())] += count;
        counts.total += count;
    }
    return StoreResult<OnuStateCounts>::success(counts);
}

StoreResult<QList<OnuDataValue>> SnmpStore::onuData(qint64 oltId, quint32 ponIfIndex, quint32 onuId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT oid_name, value, collected_at FROM snmp_onu_data "
                  u"WHERE olt_id = ? AND pon_if_index = ? AND onu_id = ? ORDER BY oid_name"_s);
    query.addBindValue(oltId);
    query.addBindValue(qint64(ponIfIndex));
    query.addBindValue(qint64(onuId));
    if (!query.exec())
        return StoreResult<QList<OnuDataValue>>::failure(databaseError(query));
    QList<OnuDataValue> values;
    while (query.next())
        values << OnuDataValue{ponIfIndex, onuId, query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toLongLong()};
    return StoreResult<QList<OnuDataValue>>::success(values);
}

} // namespace Beholder::Snmp
