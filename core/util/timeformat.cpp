// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Beholder::TimeFormat {

namespace {
// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)
};
} // namespace

QString age(UnixTime then, UnixTime now)
{
    const qint64 seconds = now - then;
    if (seconds < 60)
        return Tr::tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Tr::tr("%n h ago", nullptr, int(hours));
    return Tr::tr("%n days ago", nullptr, int(hours / 24));
}

QString asOf(UnixTime then, UnixTime now)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(then).toLocalTime();
    const QDateTime today = QDateTime::fromSecsSinceEpoch(now).toLocalTime();
    const QString clock = when.date() == today.date() ? when.toString(QStringLiteral("HH:mm"))
                                                      : when.toString(QStringLiteral("d MMM HH:mm"));
    return Tr::tr("as of %1, %2").arg(clock, age(then, now));
}

UnixTime nowUtc()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Beholder::TimeFormat
