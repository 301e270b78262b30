// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerostypes.h"

#include "routerosvalues.h"

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

QString pppoeInterfaceName(const QString &user)
{
    return u"<pppoe-"_s + user + u'>';
}

} // namespace Beholder::RouterOs
