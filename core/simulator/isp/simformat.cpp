// SPDX-License-Identifier: GPL-3.0-or-later
#include "simformat.h"

#include <QStringBuilder>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace Beholder::Sim::Format {

using namespace Qt::Literals::StringLiterals;

namespace {

void appendPadded(QString &out, qint64 value, int width)
{
    const QString digits = QString::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out.append(u'0');
    out.append(digits);
}

// Civil date and time of day from Unix seconds, without any time-zone database.
QString dateTime(qint64 seconds, QChar separator)
{
    using namespace std::chrono;
    const sys_seconds point{std::chrono::seconds(seconds)};
    const sys_days day = floor<days>(point);
    const year_month_day date(day);
    const qint64 ofDay = (point - day).count();
    QString out;
    out.reserve(20);
    appendPadded(out, int(date.year()), 4);
    out.append(u'-');
    appendPadded(out, unsigned(date.month()), 2);
    out.append(u'-');
    appendPadded(out, unsigned(date.day()), 2);
    out.append(separator);
    appendPadded(out, ofDay / 3600, 2);
    out.append(u':');
    appendPadded(out, (ofDay / 60) % 60, 2);
    out.append(u':');
    appendPadded(out, ofDay % 60, 2);
    return out;
}

} // namespace

QString localDateTime(UnixTime time, int utcOffsetSeconds)
{
    return dateTime(time + utcOffsetSeconds, u' ');
}

QString isoUtc(UnixTime time)
{
    QString out = dateTime(time, u'T');
    out.append(u'Z');
    return out;
}

QString decimal2(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return u"-"_s;
    return QString::number(*value, 'f', 2);
}

QString dbm(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return u"-"_s;
    return QString::number(*value, 'f', 2) % u" dBm"_s;
}

QString money(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    QString out;
    if (negative)
        out.append(u'-');
    out.append(QString::number(magnitude / 100));
    out.append(u'.');
    appendPadded(out, magnitude % 100, 2);
    return out;
}

QString huaweiDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    return QString::number(seconds / 86400) % u" day(s), "_s % QString::number((seconds / 3600) % 24) % u" hour(s), "_s
        % QString::number((seconds / 60) % 60) % u" minute(s), "_s % QString::number(seconds % 60) % u" second(s)"_s;
}

QString routerOsDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 parts[]
        = {seconds / 604800, (seconds / 86400) % 7, (seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60};
    static constexpr char16_t units[] = u"wdhms";
    QString out;
    for (int i = 0; i < 5; ++i) {
        if (parts[i] != 0) {
            out.append(QString::number(parts[i]));
            out.append(QChar(units[i]));
        }
    }
    return out.isEmpty() ? u"0s"_s : out;
}

quint64 stableHash(const QString &text, quint64 salt)
{
    quint64 hash = 14695981039346656037ULL ^ (salt * 0x9E3779B97F4A7C15ULL);
    for (const QChar ch : text) {
        hash ^= ch.unicode();
        hash *= 1099511628211ULL;
    }
    // A final avalanche (splitmix64), so that neighbouring names give unrelated numbers.
    hash ^= hash >> 30;
    hash *= 0xBF58476D1CE4E5B9ULL;
    hash ^= hash >> 27;
    hash *= 0x94D049BB133111EBULL;
    hash ^= hash >> 31;
    return hash;
}

qint64 stableInt(const QString &text, quint64 salt, qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const auto span = quint64(high - low) + 1;
    return low + qint64(stableHash(text, salt) % span);
}

} // namespace Beholder::Sim::Format
