// SPDX-License-Identifier: GPL-3.0-or-later
// The nightly sync of one open profile (SPEC §3): a SyncScheduler set from
// the profile's settings.ini ([sync] nightly_time), told when the last
// relevant run started (read off the GUI thread), that starts a nightly sync
// when it is due and nothing else is syncing. A profile that cannot sync
// (no sources, the demo without its simulator) is skipped with a log line.
#pragma once

#include "sync/syncschedule.h"

#include <QObject>

#include <chrono>

namespace Beholder {

class CacheDatabase;
class SyncSession;
class TaskRunner;

class NightlySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NightlySync)

public:
    // `reader` runs the short cache reads; it, `cache` and `sync` must outlive this object.
    NightlySync(const QString &settingsFile, SyncSession *sync, CacheDatabase *cache, TaskRunner &reader,
                SyncScheduler::Clock clock = {}, QObject *parent = nullptr);

    // Reads the settings and the last run, then checks every `interval` (and once at once).
    void start(std::chrono::milliseconds interval = std::chrono::minutes(1));
    // A sync ended: the last run may have changed.
    void refreshLastRun();

    const NightlySettings &settings() const { return m_settings; }
    // The settings are read and the scheduler runs.
    bool isActive() const { return m_active; }

private:
    void readLastRun(bool thenStart);
    void onDue();

    QString m_settingsFile;
    SyncSession *m_sync;
    CacheDatabase *m_cache;
    TaskRunner &m_reader;
    SyncScheduler m_scheduler;
    NightlySettings m_settings;
    std::chrono::milliseconds m_interval{0};
    bool m_active = false;
};

} // namespace Beholder
