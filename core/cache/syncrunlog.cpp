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
                                        UnixTime startedAt, qint64 syncId)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(INSERT INTO sync_runs (source, trigger, user_name, started_at, status, sync_id)
                      VALUES (?, ?, ?, ?, ?, ?))"_s);
    query.addBindValue(source);
    query.addBindValue(trigger);
    query.addBindValue(userName);
    query.addBindValue(startedAt);
    query.addBindValue(toString(SyncStatus::Running));
    query.addBindValue(syncId > 0 ? QVariant(syncId) : QVariant());
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
                      items_added = ?, items_changed = ?, items_removed = ?,
                      error = ?, duration_ms = (? - started_at) * 1000 WHERE id = ?)"_s);
    query.addBindValue(finishedAt);
    query.addBindValue(toString(outcome.status));
    query.addBindValue(outcome.itemsFetched);
    query.addBindValue(outcome.itemsWritten);
    query.addBindValue(outcome.itemsAdded);
    query.addBindValue(outcome.itemsChanged);
    query.addBindValue(outcome.itemsRemoved);
    query.addBindValue(outcome.error.isEmpty() ? QVariant() : QVariant(outcome.error));
    query.addBindValue(finishedAt);
    query.addBindValue(runId);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot record the end of sync run" << runId << query.lastError().text();
        return false;
    }
    return true;
}

qint64 SyncRunLog::nextSyncId()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT coalesce(max(sync_id), 0) + 1 FROM sync_runs"_s) || !query.next())
        return 1;
    return query.value(0).toLongLong();
}

int SyncRunLog::markInterrupted(UnixTime now)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(UPDATE sync_runs SET status = 'interrupted', finished_at = ?,
                      error = coalesce(error, 'the process ended during the sync') WHERE status = 'running')"_s);
    query.addBindValue(now);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot mark interrupted syncs:" << query.lastError().text();
        return 0;
    }
    if (query.numRowsAffected() > 0)
        qCInfo(lcCache) << query.numRowsAffected() << "sync runs were interrupted by the end of a process";
    return query.numRowsAffected();
}

std::optional<UnixTime> SyncRunLog::lastNightlyOrSuccessfulStart()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT max(started_at) FROM sync_runs WHERE trigger = 'nightly' OR status = 'success'"_s)
        || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace Beholder
