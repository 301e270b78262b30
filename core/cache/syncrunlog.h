// SPDX-License-Identifier: GPL-3.0-or-later
// The sync_runs audit: one row per sync of one source, opened when the sync
// starts and closed with its outcome, so an interrupted run stays visible.
#pragma once

#include "model/entities.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beholder {

enum class SyncStatus {
    Running,
    Success,
    Failed,
    Cancelled,
    Interrupted,
};

QString toString(SyncStatus status);

struct SyncOutcome
{
    SyncStatus status = SyncStatus::Success;
    qint64 itemsFetched = 0;
    qint64 itemsWritten = 0;
    qint64 itemsAdded = 0;
    qint64 itemsChanged = 0;
    qint64 itemsRemoved = 0;
    QString error;
};

class SyncRunLog final
{
public:
    explicit SyncRunLog(QSqlDatabase db);

    // Returns the run id, or nothing if the row could not be written.
    // `syncId` groups the sources of one sync (0: none).
    std::optional<qint64> start(const QString &source, const QString &trigger, const QString &userName,
                                UnixTime startedAt, qint64 syncId = 0);
    bool finish(qint64 runId, const SyncOutcome &outcome, UnixTime finishedAt);

    // A fresh sync id: one more than any used so far.
    qint64 nextSyncId();

    // Runs still marked running belong to a process that died (a crash, a
    // kill, a power cut): record them as interrupted. Call it only when no
    // sync of this profile can be running (the sync lock is free).
    int markInterrupted(UnixTime now);

    // When the last nightly attempt or successful sync (of any trigger) started:
    // what the nightly schedule compares with.
    std::optional<UnixTime> lastNightlyOrSuccessfulStart();

private:
    QSqlDatabase m_db;
};

} // namespace Beholder
