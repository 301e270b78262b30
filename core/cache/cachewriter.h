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

class BatchInsert;

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
    bool mirrorNodes(const QList<Node> &nodes);
    bool mirrorCustomers(const QList<Customer> &customers);
    bool mirrorConnections(const QList<Connection> &connections);
    // With `onlyNode`, only that router's secrets are replaced (one router's sync).
    bool mirrorPppSecrets(const QList<PppSecret> &secrets, std::optional<qint64> onlyNode = std::nullopt);
    bool mirrorOlts(const QList<Olt> &olts);
    bool mirrorOnus(const QList<Onu> &onus);
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
    // Rows inserted or updated since construction.
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    struct Table
    {
        QString name;
        QStringList columns;         // in bind order
        QStringList conflictColumns; // the natural key
        QString keyExpression;       // SQL expression over the table that equals the tracked key
        QString scope;               // optional WHERE clause limiting what may be deleted
    };
    using BindRow = std::function<void(BatchInsert &, int row)>;
    using RowKey = std::function<QVariant(int row)>;

    bool mirror(const Table &table, int rowCount, const BindRow &bind, const RowKey &key,
                const QVariantList &scopeValues = {});
    bool fail(const QString &what, const QSqlQuery &query);
    bool fail(const QString &what, const QString &error);

    QSqlDatabase m_db;
    UnixTime m_fetchedAt;
    QString m_lastError;
    qint64 m_rowsWritten = 0;
    std::function<bool(qint64)> m_onRows;
    bool m_canceled = false;
};

} // namespace Beholder
