// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerostypes.h"

#include "routerosvalues.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

namespace {

QString text(const Reply &row, QByteArrayView name)
{
    return decodeText(row.attribute(name));
}

qint64 integer(const Reply &row, QByteArrayView name, qint64 fallback = -1)
{
    return parseInteger(QString::fromLatin1(row.attribute(name))).value_or(fallback);
}

qint64 seconds(const Reply &row, QByteArrayView name)
{
    const std::optional<std::chrono::milliseconds> duration = parseDuration(QString::fromLatin1(row.attribute(name)));
    return duration ? duration->count() / 1000 : -1;
}

bool boolean(const Reply &row, QByteArrayView name)
{
    return parseBool(QString::fromLatin1(row.attribute(name))).value_or(false);
}

} // namespace

QList<QByteArray> pppSecretProperties()
{
    return {"name"_ba,      "service"_ba,  "profile"_ba, "remote-address"_ba,
            "caller-id"_ba, "disabled"_ba, "comment"_ba, "last-logged-out"_ba};
}

QList<QByteArray> pppActiveProperties()
{
    return {"name"_ba,   "service"_ba,    "caller-id"_ba, "address"_ba,
            "uptime"_ba, "session-id"_ba, "encoding"_ba,  "radius"_ba};
}

QList<QByteArray> systemResourceProperties()
{
    return {"board-name"_ba, "version"_ba,   "architecture-name"_ba, "platform"_ba,    "uptime"_ba,
            "cpu-load"_ba,   "cpu-count"_ba, "free-memory"_ba,       "total-memory"_ba};
}

QList<QByteArray> systemClockProperties()
{
    return {"time"_ba, "date"_ba, "gmt-offset"_ba, "time-zone-name"_ba};
}

QList<QByteArray> logProperties()
{
    return {"time"_ba, "topics"_ba, "message"_ba};
}

QList<QByteArray> trafficProperties()
{
    return {"name"_ba, "rx-bits-per-second"_ba, "tx-bits-per-second"_ba, "rx-packets-per-second"_ba,
            "tx-packets-per-second"_ba};
}

std::optional<PppSecret> toPppSecret(const Reply &row, qint64 nodeId)
{
    PppSecret secret;
    secret.nodeId = nodeId;
    secret.name = text(row, "name");
    if (secret.name.isEmpty())
        return std::nullopt;
    secret.profile = text(row, "profile");
    if (row.hasAttribute("service"))
        secret.service = text(row, "service");
    secret.remoteAddress = text(row, "remote-address");
    secret.callerId = text(row, "caller-id");
    secret.disabled = boolean(row, "disabled");
    secret.comment = text(row, "comment");
    // Kept verbatim (the entity's contract), except "never" in either version's form, which the demo data and
    // the cache write as empty.
    const QString loggedOut = text(row, "last-logged-out");
    const std::optional<RouterDateTime> parsed = parseDateTime(loggedOut);
    secret.lastLoggedOut = (parsed && parsed->never) ? QString() : loggedOut;
    return secret;
}

std::optional<PppActiveSession> toPppActiveSession(const Reply &row)
{
    PppActiveSession session;
    session.name = text(row, "name");
    if (session.name.isEmpty())
        return std::nullopt;
    session.service = text(row, "service");
    session.callerId = text(row, "caller-id");
    session.address = text(row, "address");
    session.uptimeSeconds = seconds(row, "uptime");
    session.sessionId = text(row, "session-id");
    session.encoding = text(row, "encoding");
    session.radius = boolean(row, "radius");
    return session;
}

SystemResource toSystemResource(const Reply &row)
{
    SystemResource resource;
    resource.boardName = text(row, "board-name");
    resource.version = text(row, "version");
    resource.architecture = text(row, "architecture-name");
    resource.platform = text(row, "platform");
    resource.uptimeSeconds = seconds(row, "uptime");
    resource.cpuLoad = int(integer(row, "cpu-load"));
    resource.cpuCount = int(integer(row, "cpu-count"));
    resource.freeMemory = integer(row, "free-memory");
    resource.totalMemory = integer(row, "total-memory");
    return resource;
}

std::optional<TrafficSample> toTrafficSample(const Reply &row)
{
    if (!row.hasAttribute("rx-bits-per-second") && !row.hasAttribute("tx-bits-per-second"))
        return std::nullopt;
    TrafficSample sample;
    sample.interfaceName = text(row, "name");
    sample.rxBitsPerSecond = integer(row, "rx-bits-per-second", 0);
    sample.txBitsPerSecond = integer(row, "tx-bits-per-second", 0);
    sample.rxPacketsPerSecond = integer(row, "rx-packets-per-second", 0);
    sample.txPacketsPerSecond = integer(row, "tx-packets-per-second", 0);
    return sample;
}

UnixTime RouterClock::now() const
{
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - utcOffsetSeconds;
}

RouterClock RouterClock::local()
{
    const QDateTime now = QDateTime::currentDateTime();
    RouterClock clock;
    clock.date = now.date();
    clock.time = QTime(now.time().hour(), now.time().minute(), now.time().second());
    clock.utcOffsetSeconds = now.offsetFromUtc();
    clock.offsetKnown = true;
    clock.zoneName = QString::fromUtf8(now.timeZone().id());
    return clock;
}

std::optional<RouterClock> toRouterClock(const Reply &row)
{
    RouterClock clock;
    const std::optional<RouterDateTime> date = parseDateTime(text(row, "date"));
    if (!date || date->never)
        return std::nullopt;
    clock.date = date->dateTime.date();
    clock.time = QTime::fromString(text(row, "time").trimmed(), u"HH:mm:ss"_s);
    if (!clock.isValid())
        return std::nullopt;
    if (const std::optional<int> offset = parseUtcOffset(text(row, "gmt-offset"))) {
        clock.utcOffsetSeconds = *offset;
        clock.offsetKnown = true;
    }
    clock.zoneName = text(row, "time-zone-name");
    return clock;
}

LogEntry toLogEntry(const Reply &row, const RouterClock &clock)
{
    LogEntry entry;
    entry.at = parseLogTime(text(row, "time"), clock).value_or(0);
    entry.topics = text(row, "topics");
    entry.message = text(row, "message");
    return entry;
}

std::optional<int> parseUtcOffset(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const int sign = t.front() == u'-' ? -1 : 1;
    const QStringView body = (t.front() == u'-' || t.front() == u'+') ? t.sliced(1) : t;
    if (body.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qsizetype colon = body.indexOf(u':');
    int hours = 0;
    int minutes = 0;
    if (colon >= 0) {
        hours = body.first(colon).toInt(&ok);
        if (!ok)
            return std::nullopt;
        minutes = body.sliced(colon + 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
    } else if (body.size() == 4 && (t.front() == u'-' || t.front() == u'+')) {
        hours = body.first(2).toInt(&ok);
        if (!ok)
            return std::nullopt;
        minutes = body.sliced(2).toInt(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        const int value = body.toInt(&ok);
        if (!ok)
            return std::nullopt;
        if (value > 14) // seconds, as some versions give it
            return value <= 14 * 3600 ? std::optional<int>(sign * value) : std::nullopt;
        hours = value;
    }
    if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

std::optional<UnixTime> parseLogTime(QStringView text, const RouterClock &clock)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || !clock.isValid())
        return std::nullopt;
    const qsizetype space = t.lastIndexOf(u' ');
    const QStringView datePart = space < 0 ? QStringView() : t.first(space).trimmed();
    const QTime time = QTime::fromString(space < 0 ? t.toString() : t.sliced(space + 1).toString(), u"HH:mm:ss"_s);
    if (!time.isValid())
        return std::nullopt;

    const auto toUnix = [&clock, &time](const QDate &date) {
        return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - clock.utcOffsetSeconds;
    };
    if (datePart.isEmpty())
        return toUnix(clock.date);

    int month = 0;
    int day = 0;
    static const QStringList monthNames = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                           u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    bool ok = false;
    if (datePart.size() == 6 && datePart.at(3) == u'/') { // nov/25
        month = int(monthNames.indexOf(datePart.first(3).toString().toLower())) + 1;
        day = datePart.sliced(4).toInt(&ok);
    } else if (datePart.size() == 5 && datePart.at(2) == u'-') { // 11-25
        month = datePart.first(2).toInt(&ok);
        if (ok)
            day = datePart.sliced(3).toInt(&ok);
    } else {
        // Complete dates: "nov/25/2025", "2026-11-25".
        const std::optional<RouterDateTime> full = parseDateTime(datePart);
        if (!full || full->never)
            return std::nullopt;
        return toUnix(full->dateTime.date());
    }
    if (!ok || month < 1 || month > 12)
        return std::nullopt;
    // No year: this year, unless that is in the future (December's entries read in January).
    const QDate thisYear(clock.date.year(), month, day);
    if (!thisYear.isValid() && !(month == 2 && day == 29))
        return std::nullopt;
    if (thisYear.isValid() && toUnix(thisYear) <= clock.now() + 86400)
        return toUnix(thisYear);
    const QDate lastYear(clock.date.year() - 1, month, day);
    if (!lastYear.isValid())
        return std::nullopt;
    return toUnix(lastYear);
}

bool hasTopics(const LogEntry &entry, QStringView filter)
{
    const QList<QStringView> have = QStringView(entry.topics).split(u',', Qt::SkipEmptyParts);
    for (const QStringView wanted : filter.split(u',', Qt::SkipEmptyParts)) {
        const QStringView topic = wanted.trimmed();
        if (topic.isEmpty())
            continue;
        const bool found = std::any_of(have.cbegin(), have.cend(), [topic](QStringView t) {
            return t.trimmed().compare(topic, Qt::CaseInsensitive) == 0;
        });
        if (!found)
            return false;
    }
    return true;
}

QList<UnixTime> pppSessionStarts(const QList<LogEntry> &entries, const QString &user)
{
    if (user.isEmpty())
        return {};
    const QString loggedIn = user + u" logged in"_s;
    const QString connected = pppoeInterfaceName(user) + u": connected"_s;
    QList<UnixTime> accountStarts;
    QList<UnixTime> interfaceStarts;
    for (const LogEntry &entry : entries) {
        if (entry.at <= 0)
            continue;
        const QString message = entry.message.trimmed();
        if (message.startsWith(loggedIn)) {
            // "mperez logged in" must not match "mperez2 logged in" (it does not: the user ends at the blank),
            // nor "mperez logged in..." with something glued to it.
            const qsizetype end = loggedIn.size();
            if (message.size() == end || message.at(end) == u',' || message.at(end) == u' ')
                accountStarts.append(entry.at);
        } else if (message == connected || message.startsWith(connected + u' ')) {
            interfaceStarts.append(entry.at);
        }
    }
    QList<UnixTime> starts = accountStarts;
    for (const UnixTime at : std::as_const(interfaceStarts)) {
        const bool sameSession = std::any_of(accountStarts.cbegin(), accountStarts.cend(),
                                             [at](UnixTime other) { return std::abs(other - at) <= 10; });
        if (!sameSession)
            starts.append(at);
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

QString pppoeInterfaceName(const QString &user)
{
    return u"<pppoe-"_s + user + u'>';
}

} // namespace Beholder::RouterOs
