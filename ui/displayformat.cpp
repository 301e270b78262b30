// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Beholder::DisplayFormat {

using namespace Qt::Literals::StringLiterals;

namespace {
// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
} // namespace

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return Tr::tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? Tr::tr("%n h", nullptr, int(hours)) : Tr::tr("%1 h %2 min").arg(hours).arg(rest);
    }
    const qint64 days = hours / 24;
    const qint64 rest = hours % 24;
    return rest == 0 ? Tr::tr("%n days", nullptr, int(days)) : Tr::tr("%n days %1 h", nullptr, int(days)).arg(rest);
}

QString clockTime(UnixTime at, UnixTime now)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at).toLocalTime();
    const QDateTime today = QDateTime::fromSecsSinceEpoch(now).toLocalTime();
    return when.date() == today.date() ? when.toString(u"HH:mm"_s) : when.toString(u"d MMM HH:mm"_s);
}

QString megabits(double mbps)
{
    return Tr::tr("%1 Mbps").arg(QLocale().toString(mbps, 'f', mbps < 10 ? 1 : 0));
}

QString speed(qint64 kbps)
{
    const QLocale locale;
    if (kbps >= 1000) {
        const bool whole = kbps % 1000 == 0;
        return Tr::tr("%1 Mbps").arg(locale.toString(double(kbps) / 1000.0, 'f', whole ? 0 : 1));
    }
    return Tr::tr("%1 kbps").arg(locale.toString(kbps));
}

QString planSpeeds(qint64 downKbps, qint64 upKbps)
{
    return Tr::tr("↓ %1   ↑ %2").arg(speed(downKbps), speed(upKbps));
}

QString decibels(double value, const QString &unit)
{
    return QLocale().toString(value, 'f', 1) + u' ' + unit;
}

QString meters(int meters)
{
    const QLocale locale;
    if (meters >= 1000)
        return Tr::tr("%1 km").arg(locale.toString(meters / 1000.0, 'f', 2));
    return Tr::tr("%1 m").arg(locale.toString(meters));
}

QString kilometers(double km)
{
    return Tr::tr("%1 km").arg(QLocale().toString(km, 'f', km < 10 ? 2 : 1));
}

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, u"$"_s);
}

QString isoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    return QLocale().toString(date, u"d MMM yyyy"_s);
}

QString technology(Technology technology)
{
    return technology == Technology::Wireless ? Tr::tr("Wireless") : Tr::tr("Fibre");
}

QString technology(const QString &word)
{
    if (word == u"wireless")
        return Tr::tr("Wireless");
    if (word == u"fiber")
        return Tr::tr("Fibre");
    return word;
}

QString onuPosition(const QString &oltName, const Onu &onu)
{
    const QString position = u"0/%1/%2:%3"_s.arg(onu.board).arg(onu.port).arg(onu.onuIndex);
    return oltName.isEmpty() ? position : oltName + u' ' + position;
}

QString vendor(const QString &word)
{
    if (word == u"zte")
        return u"ZTE"_s;
    if (word.isEmpty())
        return word;
    return word.at(0).toUpper() + word.mid(1);
}

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return u"ISPCube"_s;
    case SourceKind::SmartOlt:
        return u"SmartOLT"_s;
    case SourceKind::CnMaestro:
        return u"cnMaestro"_s;
    case SourceKind::RouterOs:
        return Tr::tr("Routers");
    }
    return {};
}

QString sourceName(const QString &word)
{
    if (word == u"demo")
        return Tr::tr("Demo data"); // written by the demo generator (beholder-cli demo init)
    const std::optional<SourceKind> kind = sourceKindFromString(word);
    return kind ? sourceName(*kind) : word;
}

QString mirrorCounts(const MirrorCounts &counts)
{
    const QLocale locale;
    return Tr::tr("+%1  ~%2  −%3")
        .arg(locale.toString(counts.added), locale.toString(counts.changed), locale.toString(counts.removed));
}

} // namespace Beholder::DisplayFormat
