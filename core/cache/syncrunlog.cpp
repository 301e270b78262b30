// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrunlog.h"

#include "logging/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QString toString(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Running:
        return u"running"_s;
    case SyncStatus::Success:
        return u"success"_s;
    case SyncStatus::Failed:
        return u"failed"_s;
    case SyncStatus::Cancelled:
        return u"cancelled"_s;
    case SyncStatus::Interrupted:
        return u"interrupted"_s;
    }
    return u"failed"_s;
}

SyncRunLog::SyncRunLog(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<qint64> SyncRunLog::start(const QString &source, const QString &trigger, const QString &userName,
                                        UnixTime startedAt)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_runs (source, trigger, user_name, started_at, status) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(source);
    query.addBindValue(trigger);
    query.addBindValue(userName);
    query.addBindValue(startedAt);
    query.addBindValue(toString(SyncStatus::Running));
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot record the start of a sync of" << source << query.lastError().text();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool SyncRunLog::finish(qint64 runId, const SyncOutcome &outcome, UnixTime finishedAt)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(UPDATE sync_runs SET finished_at = ?, status = ?, items_fetched = ?, items_written = ?,
                      error = ?, duration_ms = (? - started_at) * 1000 WHERE id = ?)"_s);
    query.addBindValue(finishedAt);
    query.addBindValue(toString(outcome.status));
    query.addBindValue(outcome.itemsFetched);
    query.addBindValue(outcome.itemsWritten);
    query.addBindValue(outcome.error.isEmpty() ? QVariant() : QVariant(outcome.error));
    query.addBindValue(finishedAt);
    query.addBindValue(runId);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot record the end of sync run" << runId << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Beholder
