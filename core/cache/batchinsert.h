// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk inserts with many rows per statement. With Qt SQL each exec() costs a
// few microseconds of binding and bookkeeping; a sync or an index rebuild
// writes hundreds of thousands of rows, so rows travel in groups.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Beholder {

class BatchInsert final
{
public:
    // `statementTail` follows the VALUES list, e.g. an ON CONFLICT clause.
    // `verb` is "INSERT", "INSERT OR IGNORE" or "INSERT OR REPLACE".
    BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &statementTail = {},
                const QString &verb = QStringLiteral("INSERT"));
    Q_DISABLE_COPY_MOVE(BatchInsert)

    // Queues one row (one value per column, in order); may write a batch.
    bool add(const QVariantList &row);
    // Convenience for rows built value by value.
    void bind(const QVariant &value) { m_pending.append(value); }
    bool endRow();
    // Writes what is queued. Call it before reading the table back or committing.
    bool flush();

    QString lastError() const { return m_lastError; }
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    QString statementFor(int rows) const;
    bool write(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_head;
    QStringList m_placeholders; // ":p0", ":p1", ... for a full batch
    QString m_tail;
    int m_columnCount;
    int m_rowsPerStatement;
    QSqlQuery m_fullBatch;
    bool m_fullBatchPrepared = false;
    QVariantList m_pending;
    int m_pendingRows = 0;
    QString m_lastError;
    qint64 m_rowsWritten = 0;
};

} // namespace Beholder
