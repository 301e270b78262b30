// SPDX-License-Identifier: GPL-3.0-or-later
// The nightly sync: at a time set per profile, while the app runs, and as a
// catch-up when the app was closed or the laptop slept through that time.
// A minute timer rather than one long single-shot timer, because timers do
// not count the time a computer spends asleep.
#pragma once

#include "model/entities.h"

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <optional>

namespace Beholder {

struct NightlySettings
{
    bool enabled = true;
    QTime at = QTime(3, 0);

    // From / to the profile's settings.ini (group "sync": nightly_enabled, nightly_time "HH:mm").
    static NightlySettings load(const QString &settingsFile);
    void save(const QString &settingsFile) const;
};

namespace SyncSchedule {

// The latest moment the nightly sync should have started, at or before `now` (local time).
QDateTime lastScheduledInstant(QTime at, const QDateTime &now);

// Due when no nightly attempt and no successful sync started since the last
// scheduled instant. `lastRun` is that start (SyncRunLog::lastNightlyOrSuccessfulStart).
bool isDue(const NightlySettings &settings, const QDateTime &now, std::optional<UnixTime> lastRun);

} // namespace SyncSchedule

class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    using Clock = std::function<QDateTime()>;

    explicit SyncScheduler(QObject *parent = nullptr, Clock clock = {});

    void setSettings(const NightlySettings &settings);
    // The caller tells when the last relevant run started (read off the GUI thread).
    void setLastRun(std::optional<UnixTime> lastRun);
    // Starts checking every `interval` (one minute by default); checks once now.
    void start(std::chrono::milliseconds interval = std::chrono::minutes(1));
    void stop();

    bool isDue() const;

signals:
    // The nightly sync should start now. Emitted once per scheduled instant.
    void due();

private:
    void check();

    Clock m_clock;
    QTimer m_timer;
    NightlySettings m_settings;
    std::optional<UnixTime> m_lastRun;
    QDateTime m_lastAnnounced;
};

} // namespace Beholder
