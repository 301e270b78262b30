// SPDX-License-Identifier: GPL-3.0-or-later
// Writes entities into the cache. Each mirror*() call makes a table hold
// exactly the rows given (insert or update what came, delete what did not),
// so a source's sync replaces that source's data and nothing else. The
// caller brackets calls in begin()/commit(): a failure rolls everything back
// and the previous data stays intact.
#pragma once

#include "model/entities.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Beholder {

// What one mirror did, or several added up.
struct MirrorCounts
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;

    qint64 seen() const { return added + changed + unchanged; }
    MirrorCounts &operator+=(const MirrorCounts &other)
    {
        added += other.added;
        changed += other.changed;
        unchanged += other.unchanged;
        removed += other.removed;
        return *this;
    }
};

enum class MirrorMode {
    Mirror,        // the table (in scope) ends up holding exactly the rows given
    UpsertOnly,    // insert or update the rows given, delete nothing
    InsertMissing, // insert the rows the table lacks; leave existing rows (and others) alone
};

class CacheWriter final
{
public:
    // `fetchedAt` stamps every row written through this writer.
    CacheWriter(QSqlDatabase db, UnixTime fetchedAt);
    Q_DISABLE_COPY_MOVE(CacheWriter)

    bool begin();
    bool commit();
    void rollback();

    bool mirrorPlans(const QList<Plan> &plans);
    // Routers that hold secrets are never deleted by a CRM mirror.
    bool mirrorNodes(const QList<Node> &nodes, MirrorMode mode = MirrorMode::Mirror);
    bool mirrorCustomers(const QList<Customer> &customers);
    bool mirrorConnections(const QList<Connection> &connections);
    // With `onlyNode`, only that router's secrets are replaced (one router's sync).
    bool mirrorPppSecrets(const QList<PppSecret> &secrets, std::optional<qint64> onlyNode = std::nullopt);
    bool mirrorOlts(const QList<Olt> &olts);
    bool mirrorOnus(const QList<Onu> &onus);
    // Refreshes status, last status change and optical power of ONUs the cache
    // already has, from a partial listing (statuses and signals only); names,
    // positions and PPPoE users stay. Counts: changed, unchanged, and
    // `unknownOnus()` for ONUs the cache does not have yet.
    bool updateOnuStates(const QList<Onu> &states);
    // Days of optical power history kept (onu_signal_history).
    static constexpr qint64 SignalHistoryDays = 90;
    qint64 unknownOnus() const { return m_unknownOnus; }
    bool mirrorAccessPoints(const QList<AccessPoint> &accessPoints);
    bool mirrorWirelessSubscribers(const QList<WirelessSubscriber> &subscribers);
    // Alarms and tickets are replaced per source (cnMaestro's alarms do not erase SNMP ones).
    bool mirrorAlarms(const QString &source, const QList<Alarm> &alarms);
    bool mirrorTickets(const QString &source, const QList<Ticket> &tickets);

    // Every table of the dataset, parents before children. Does not begin or commit.
    bool writeDataset(const IspDataset &dataset);

    // Called about every thousand rows with the rows written so far; return
    // false to stop: the current mirror*() call then fails and canceled() is true.
    void setRowCallback(std::function<bool(qint64 rowsWritten)> onRows) { m_onRows = std::move(onRows); }
    bool canceled() const { return m_canceled; }

    QString lastError() const { return m_lastError; }
    // Rows inserted or updated since construction (unchanged rows are not rewritten).
    qint64 rowsWritten() const { return m_rowsWritten; }
    // Counts of every mirror since construction, and of the last one.
    MirrorCounts counts() const { return m_counts; }
    MirrorCounts lastCounts() const { return m_lastCounts; }

    // The hash stored in content_hash: equal values, equal hash.
    static qint64 contentHash(const QVariantList &values);

private:
    bool pruneSignalHistory();
    struct Table
    {
        QString name;
        QStringList columns;         // in value order, without content_hash and fetched_at
        QStringList conflictColumns; // the natural key
        QString keyExpression;       // SQL expression over the table that equals the row's key
        QString scope;               // optional WHERE clause limiting what this source owns
        QString deletionGuard;       // optional WHERE clause: rows it excludes are never deleted
    };
    using RowValues = std::function<QVariantList(int row)>;
    using RowKey = std::function<QString(int row)>;

    bool mirror(const Table &table, int rowCount, const RowValues &values, const RowKey &key,
                const QVariantList &scopeValues = {}, MirrorMode mode = MirrorMode::Mirror);
    bool fail(const QString &what, const QSqlQuery &query);
    bool fail(const QString &what, const QString &error);

    QSqlDatabase m_db;
    UnixTime m_fetchedAt;
    QString m_lastError;
    qint64 m_rowsWritten = 0;
    qint64 m_rowsSeen = 0;
    MirrorCounts m_counts;
    MirrorCounts m_lastCounts;
    std::function<bool(qint64)> m_onRows;
    bool m_canceled = false;
    qint64 m_unknownOnus = 0;
};

} // namespace Beholder
