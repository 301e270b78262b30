// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerosvalues.h"

#include <array>
#include <limits>

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<QStringView, 12> monthNames
    = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};

// Windows-1252 for 0x80..0x9F; the five bytes it leaves undefined stay as Latin-1 does (C1 controls).
constexpr std::array<char16_t, 32> cp1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads the digits at `pos` (at most 18, so the value fits) and moves past them.
std::optional<qint64> readNumber(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos;
    qint64 value = 0;
    while (pos < text.size() && isDigit(text.at(pos))) {
        if (pos - start >= 18)
            return std::nullopt;
        value = value * 10 + (text.at(pos).unicode() - u'0');
        ++pos;
    }
    if (pos == start)
        return std::nullopt;
    return value;
}

// Exactly `digits` digits at `pos`.
std::optional<int> readFixed(QStringView text, qsizetype &pos, int digits)
{
    if (pos + digits > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = text.at(pos + i);
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    pos += digits;
    return value;
}

bool addScaled(qint64 &total, qint64 value, qint64 scale)
{
    if (value > std::numeric_limits<qint64>::max() / scale)
        return false;
    const qint64 part = value * scale;
    if (total > std::numeric_limits<qint64>::max() - part)
        return false;
    total += part;
    return true;
}

// "HH:MM:SS[.fff]" after the hours were read; adds it (in microseconds) to `total`.
bool readClock(QStringView text, qsizetype &pos, qint64 hours, qint64 &total)
{
    ++pos; // the ':' after the hours
    const std::optional<int> minutes = readFixed(text, pos, 2);
    if (!minutes || *minutes > 59 || pos >= text.size() || text.at(pos) != u':')
        return false;
    ++pos;
    const std::optional<int> seconds = readFixed(text, pos, 2);
    if (!seconds || *seconds > 59)
        return false;
    qint64 micros = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        qint64 scale = 100000;
        const qsizetype start = pos;
        while (pos < text.size() && isDigit(text.at(pos))) {
            micros += (text.at(pos).unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    return addScaled(total, hours, 3'600'000'000LL) && addScaled(total, *minutes, 60'000'000LL)
        && addScaled(total, *seconds, 1'000'000LL) && addScaled(total, micros, 1);
}

struct UnitScale
{
    qint64 micros;  // microseconds per unit
    qint64 divisor; // for units below a microsecond
};

std::optional<UnitScale> unitScale(QStringView unit)
{
    if (unit == u"w")
        return UnitScale{7 * 86'400'000'000LL, 1};
    if (unit == u"d")
        return UnitScale{86'400'000'000LL, 1};
    if (unit == u"h")
        return UnitScale{3'600'000'000LL, 1};
    if (unit == u"m")
        return UnitScale{60'000'000, 1};
    if (unit == u"s")
        return UnitScale{1'000'000, 1};
    if (unit == u"ms")
        return UnitScale{1000, 1};
    if (unit == u"us" || unit == u"\u00B5s")
        return UnitScale{1, 1};
    if (unit == u"ns")
        return UnitScale{1, 1000};
    return std::nullopt;
}

} // namespace

std::optional<bool> parseBool(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t.compare(u"yes", Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t.compare(u"no", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString formatBool(bool value, bool legacyYesNo)
{
    if (legacyYesNo)
        return value ? u"yes"_s : u"no"_s;
    return value ? u"true"_s : u"false"_s;
}

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<std::chrono::milliseconds> parseDuration(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 micros = 0;
    qsizetype pos = 0;
    bool sawUnit = false;
    while (pos < t.size()) {
        const std::optional<qint64> value = readNumber(t, pos);
        if (!value)
            return std::nullopt;
        if (pos == t.size()) {
            // A bare number is seconds, but only on its own ("5" yes, "1m5" no).
            if (sawUnit || !addScaled(micros, *value, 1'000'000))
                return std::nullopt;
            break;
        }
        if (t.at(pos) == u':') {
            if (!readClock(t, pos, *value, micros) || pos != t.size())
                return std::nullopt;
            break;
        }
        const qsizetype unitStart = pos;
        while (pos < t.size() && t.at(pos).isLetter())
            ++pos;
        const QStringView unit = t.sliced(unitStart, pos - unitStart);
        const std::optional<UnitScale> scale = unitScale(unit);
        if (!scale)
            return std::nullopt;
        if (!addScaled(micros, *value / scale->divisor, scale->micros))
            return std::nullopt;
        sawUnit = true;
    }
    return std::chrono::milliseconds(micros / 1000);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 rest = duration.count();
    if (rest <= 0)
        return u"0s"_s;
    QString out;
    const auto part = [&](qint64 size, QChar unit) {
        if (rest >= size) {
            out += QString::number(rest / size) + unit;
            rest %= size;
        }
    };
    part(7 * 86400, u'w');
    part(86400, u'd');
    part(3600, u'h');
    part(60, u'm');
    part(1, u's');
    return out;
}

std::optional<RouterDateTime> parseDateTime(QStringView text, const QTimeZone &routerZone)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"never", Qt::CaseInsensitive) == 0)
        return RouterDateTime{true, {}};
    const qsizetype space = t.indexOf(u' ');
    const QStringView datePart = space < 0 ? t : t.first(space);
    const QStringView timePart = space < 0 ? QStringView() : t.sliced(space + 1).trimmed();

    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype pos = 0;
    if (datePart.size() == 11 && datePart.at(3) == u'/' && datePart.at(6) == u'/') {
        // jan/02/2006
        const QStringView name = datePart.first(3);
        for (qsizetype i = 0; i < qsizetype(monthNames.size()); ++i) {
            if (name.compare(monthNames.at(i), Qt::CaseInsensitive) == 0)
                month = int(i) + 1;
        }
        pos = 4;
        const std::optional<int> d = readFixed(datePart, pos, 2);
        pos = 7;
        const std::optional<int> y = readFixed(datePart, pos, 4);
        if (month == 0 || !d || !y)
            return std::nullopt;
        day = *d;
        year = *y;
    } else if (datePart.size() == 10 && datePart.at(4) == u'-' && datePart.at(7) == u'-') {
        // 2023-06-26
        const std::optional<int> y = readFixed(datePart, pos, 4);
        pos = 5;
        const std::optional<int> m = readFixed(datePart, pos, 2);
        pos = 8;
        const std::optional<int> d = readFixed(datePart, pos, 2);
        if (!y || !m || !d)
            return std::nullopt;
        year = *y;
        month = *m;
        day = *d;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;

    QTime time(0, 0);
    if (!timePart.isEmpty()) {
        pos = 0;
        const std::optional<int> h = readFixed(timePart, pos, 2);
        const bool colon1 = pos < timePart.size() && timePart.at(pos) == u':';
        pos += 1;
        const std::optional<int> m = readFixed(timePart, pos, 2);
        const bool colon2 = pos < timePart.size() && timePart.at(pos) == u':';
        pos += 1;
        const std::optional<int> s = readFixed(timePart, pos, 2);
        if (!h || !m || !s || !colon1 || !colon2 || pos != timePart.size())
            return std::nullopt;
        time = QTime(*h, *m, *s);
        if (!time.isValid())
            return std::nullopt;
    }
    if (date == QDate(1970, 1, 1) && time == QTime(0, 0))
        return RouterDateTime{true, {}};
    return RouterDateTime{false, QDateTime(date, time, routerZone)};
}

QString formatDateTime(const QDateTime &dateTime, DateFormat format)
{
    const QDate date = dateTime.date();
    const QString time = dateTime.time().toString(u"HH:mm:ss"_s);
    const auto padded = [](int value, int width) { return QString::number(value).rightJustified(width, u'0'); };
    if (format == DateFormat::Legacy) {
        return monthNames.at(date.month() - 1).toString() + u'/' + padded(date.day(), 2) + u'/' + padded(date.year(), 4)
            + u' ' + time;
    }
    return padded(date.year(), 4) + u'-' + padded(date.month(), 2) + u'-' + padded(date.day(), 2) + u' ' + time;
}

QString neverDateTime(DateFormat format)
{
    return format == DateFormat::Legacy ? u"jan/01/1970 00:00:00"_s : u"1970-01-01 00:00:00"_s;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const quint8 c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        quint32 min = 0;
        quint32 code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false; // a continuation byte first, an overlong 0xC0/0xC1, or beyond U+10FFFF
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const quint8 cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (cc & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QString decodeText(QByteArrayView bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (quint8(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = quint8(c);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High.at(b - 0x80)) : QChar(char16_t(b));
    }
    return out;
}

QByteArray encodeText(QStringView text)
{
    return text.toUtf8();
}

} // namespace Beholder::RouterOs
