// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchinsert.h"

#include <QSqlError>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
// SQLite allows 32,766 parameters per statement since 3.32 (999 before);
// stay under the old limit so that any SQLite Qt ships with works.
constexpr int maxParameters = 990;
constexpr int maxRowsPerStatement = 64;
} // namespace

BatchInsert::BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                         const QString &statementTail, const QString &verb)
    : m_db(std::move(db))
    , m_head(u"%1 INTO %2 (%3) VALUES "_s.arg(verb, table, columns.join(u", "_s)))
    , m_tail(statementTail)
    , m_columnCount(int(columns.size()))
    , m_rowsPerStatement(std::clamp(maxParameters / std::max(1, int(columns.size())), 1, maxRowsPerStatement))
    , m_fullBatch(m_db)
{
    // Named placeholders, bound by name: Qt 6.4 formats a name for every value
    // bound by position (QSqlResultPrivate::fieldSerial), which costs more
    // than SQLite's work on the value; a name built once is only a hash lookup.
    const int parameters = m_rowsPerStatement * m_columnCount;
    m_placeholders.reserve(parameters);
    for (int i = 0; i < parameters; ++i)
        m_placeholders << u":p%1"_s.arg(i);
    m_pending.reserve(parameters);
}

QString BatchInsert::statementFor(int rows) const
{
    QStringList groups;
    groups.reserve(rows);
    for (int row = 0; row < rows; ++row)
        groups << u"("_s + m_placeholders.mid(row * m_columnCount, m_columnCount).join(u", "_s) + u")"_s;
    QString sql = m_head + groups.join(u", "_s);
    if (!m_tail.isEmpty())
        sql += u' ' + m_tail;
    return sql;
}

bool BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columnCount);
    m_pending.append(row);
    return endRow();
}

bool BatchInsert::endRow()
{
    Q_ASSERT(m_pending.size() == (m_pendingRows + 1) * m_columnCount);
    ++m_pendingRows;
    if (m_pendingRows < m_rowsPerStatement)
        return true;
    if (!m_fullBatchPrepared) {
        if (!m_fullBatch.prepare(statementFor(m_rowsPerStatement))) {
            m_lastError = m_fullBatch.lastError().text();
            return false;
        }
        m_fullBatchPrepared = true;
    }
    return write(m_fullBatch, m_rowsPerStatement);
}

bool BatchInsert::flush()
{
    if (m_pendingRows == 0)
        return true;
    QSqlQuery remainder(m_db);
    if (!remainder.prepare(statementFor(m_pendingRows))) {
        m_lastError = remainder.lastError().text();
        return false;
    }
    return write(remainder, m_pendingRows);
}

bool BatchInsert::write(QSqlQuery &query, int rows)
{
    for (int i = 0; i < m_pending.size(); ++i)
        query.bindValue(m_placeholders.at(i), m_pending.at(i));
    const bool ok = query.exec();
    if (!ok)
        m_lastError = query.lastError().text();
    else
        m_rowsWritten += rows;
    query.finish();
    m_pending.clear();
    m_pendingRows = 0;
    return ok;
}

} // namespace Beholder
