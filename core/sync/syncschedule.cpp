// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncschedule.h"

#include <QSettings>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

NightlySettings NightlySettings::load(const QString &settingsFile)
{
    NightlySettings settings;
    const QSettings file(settingsFile, QSettings::IniFormat);
    settings.enabled = file.value(u"sync/nightly_enabled"_s, true).toBool();
    const QTime at = QTime::fromString(file.value(u"sync/nightly_time"_s).toString(), u"HH:mm"_s);
    if (at.isValid())
        settings.at = at;
    return settings;
}

void NightlySettings::save(const QString &settingsFile) const
{
    QSettings file(settingsFile, QSettings::IniFormat);
    file.setValue(u"sync/nightly_enabled"_s, enabled);
    file.setValue(u"sync/nightly_time"_s, at.toString(u"HH:mm"_s));
}

namespace SyncSchedule {

QDateTime lastScheduledInstant(QTime at, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    QDateTime today(local.date(), at, Qt::LocalTime);
    return today <= local ? today : QDateTime(local.date().addDays(-1), at, Qt::LocalTime);
}

bool isDue(const NightlySettings &settings, const QDateTime &now, std::optional<UnixTime> lastRun)
{
    if (!settings.enabled || !settings.at.isValid())
        return false;
    const QDateTime instant = lastScheduledInstant(settings.at, now);
    return !lastRun || *lastRun < instant.toSecsSinceEpoch();
}

} // namespace SyncSchedule

SyncScheduler::SyncScheduler(QObject *parent, Clock clock)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::check);
}

void SyncScheduler::setSettings(const NightlySettings &settings)
{
    m_settings = settings;
}

void SyncScheduler::setLastRun(std::optional<UnixTime> lastRun)
{
    m_lastRun = lastRun;
}

void SyncScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    check();
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

bool SyncScheduler::isDue() const
{
    return SyncSchedule::isDue(m_settings, m_clock(), m_lastRun);
}

void SyncScheduler::check()
{
    if (!isDue())
        return;
    // Once per scheduled instant, even if the run it starts fails or is refused.
    const QDateTime instant = SyncSchedule::lastScheduledInstant(m_settings.at, m_clock());
    if (instant == m_lastAnnounced)
        return;
    m_lastAnnounced = instant;
    emit due();
}

} // namespace Beholder
