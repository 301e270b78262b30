// SPDX-License-Identifier: GPL-3.0-or-later
#include "nightlysync.h"

#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "cache/syncrunlog.h"
#include "syncsession.h"
#include "uilogging.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

NightlySync::NightlySync(const QString &settingsFile, SyncSession *sync, CacheDatabase *cache, TaskRunner &reader,
                         SyncScheduler::Clock clock, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
    , m_sync(sync)
    , m_cache(cache)
    , m_reader(reader)
    , m_scheduler(this, std::move(clock))
{
    connect(&m_scheduler, &SyncScheduler::due, this, &NightlySync::onDue);
}

void NightlySync::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_settings = NightlySettings::load(m_settingsFile); // a small INI file
    m_scheduler.setSettings(m_settings);
    if (!m_settings.enabled) {
        qCInfo(lcUi) << "nightly sync disabled in" << m_settingsFile;
        return;
    }
    // The scheduler starts only once it knows the last run: otherwise every start would look overdue.
    readLastRun(true);
}

void NightlySync::refreshLastRun()
{
    if (m_active)
        readLastRun(false);
}

void NightlySync::readLastRun(bool thenStart)
{
    CacheDatabase *cache = m_cache;
    m_reader.runThen(
        this, [cache] { return SyncRunLog(cache->connection()).lastNightlyOrSuccessfulStart(); },
        [this, thenStart](const TaskResult<std::optional<UnixTime>> &result) {
            if (!result.succeeded()) {
                qCWarning(lcUi).noquote() << "cannot read the last sync run:" << result.error;
                if (!thenStart)
                    return;
            }
            m_scheduler.setLastRun(result.succeeded() ? *result.value : std::nullopt);
            if (thenStart) {
                m_active = true;
                qCInfo(lcUi).noquote() << "nightly sync at" << m_settings.at.toString(u"HH:mm"_s) << "local time";
                m_scheduler.start(m_interval);
            }
        });
}

void NightlySync::onDue()
{
    // Skipped runs are not retried before the next scheduled time: a log line says why.
    if (m_sync->isBusy()) {
        qCInfo(lcUi) << "nightly sync due, but a sync is already running: skipped";
        return;
    }
    if (m_sync->needsDemo()) {
        qCInfo(lcUi) << "nightly sync due, but the demo's simulated ISP is not running: skipped";
        return;
    }
    m_sync->reloadSources();
    if (!m_sync->hasSources()) {
        qCInfo(lcUi) << "nightly sync due, but the profile has no sources: skipped";
        return;
    }
    qCInfo(lcUi) << "nightly sync due: starting";
    m_sync->start(SyncTrigger::Nightly); // missing secrets or a busy lock come back as notStarted()
}

} // namespace Beholder
