// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerfeed.h"

#include "routeros/routerosvalues.h"
#include "simformat.h"
#include "util/textnormalize.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

// Whether the line behind a PPPoE user is up, and since when (seconds), as far as the dataset says.
struct LineState
{
    bool up = true;
    std::optional<qint64> upForSeconds;
};

LineState lineState(const SimDataset &dataset, const QString &user)
{
    LineState state;
    if (const Onu *onu = dataset.onuOfUser(user)) {
        state.up = onu->status == OnuStatus::Online;
        if (state.up && onu->lastStatusChange)
            state.upForSeconds = dataset.now() - *onu->lastStatusChange;
        return state;
    }
    if (const WirelessSubscriber *sm = dataset.subscriberOfUser(user)) {
        state.up = sm->online;
        if (state.up && sm->statusSeconds)
            state.upForSeconds = *sm->statusSeconds;
    }
    return state;
}

// A plan's rate from the PPP profile name when the CRM does not know the user: "FTTH-300M", "WISP-20M-SIM".
std::optional<TrafficLimit> limitFromProfile(const QString &profile)
{
    static const QRegularExpression pattern(uR"((\d+)M(-SIM)?)"_s);
    const QRegularExpressionMatch match = pattern.match(profile);
    if (!match.hasMatch())
        return std::nullopt;
    const int down = int(std::min<qint64>(match.captured(1).toLongLong() * 1000, 100'000'000));
    return TrafficLimit{down, match.capturedLength(2) > 0 ? down : down / 2};
}

// A locally administered MAC derived from the user, for lines whose CPE MAC nobody recorded.
QString derivedMac(const QString &user)
{
    const quint64 bits = Format::stableHash(user, 61);
    QString mac = u"02"_s;
    for (int octet = 1; octet < 6; ++octet)
        mac += u':' + QString::number((bits >> (8 * octet)) & 0xFF, 16).rightJustified(2, u'0').toUpper();
    return mac;
}

// An address from the router's own CGNAT pool for sessions without a fixed or CRM address.
QString poolAddress(qint64 nodeId, int index)
{
    const int host = index % 254 + 1;
    const int subnet = (index / 254) % 256;
    return u"100.%1.%2.%3"_s.arg(64 + (nodeId % 64)).arg(subnet).arg(host);
}

// A logout's counters, stable per user and session length: about 1.5 Mbit/s down and a tenth of it up.
QString loggedOutCounters(const QString &user, qint64 seconds)
{
    const qint64 down = seconds * Format::stableInt(user, 81, 60'000, 400'000);
    const qint64 up = down / Format::stableInt(user, 82, 6, 14);
    return QString::number(seconds) + u' ' + QString::number(up) + u' ' + QString::number(down) + u' '
        + QString::number(up / 180) + u' ' + QString::number(down / 1100);
}

} // namespace

QString pppLoggedInMessage(const QString &user, const QString &address, const QString &callerId)
{
    return user + u" logged in, "_s + address + (callerId.isEmpty() ? QString() : u" from "_s + callerId);
}

QString pppLoggedOutMessage(const QString &user, qint64 seconds)
{
    return user + u" logged out, "_s + loggedOutCounters(user, std::max<qint64>(seconds, 1));
}

QList<RouterFeed> buildRouterFeeds(const SimDataset &dataset, const Demo::DemoLiveState &live)
{
    const IspDataset &data = dataset.data();
    QList<RouterFeed> feeds;
    QHash<qint64, qsizetype> feedOfNode;
    feeds.reserve(data.nodes.size());
    for (const Node &node : data.nodes) {
        RouterFeed feed;
        feed.nodeId = node.id;
        feed.name = node.name;
        RouterOsResource &resource = feed.resource;
        if (!node.model.isEmpty())
            resource.boardName = node.model;
        resource.architecture = node.model.startsWith(u"CCR10") ? u"tile"_s : u"arm64"_s;
        resource.cpu = node.model.startsWith(u"CCR10") ? u"tilegx"_s : u"ARM64"_s;
        resource.cpuCount = node.model.startsWith(u"CCR1036") ? 36 : (node.model.startsWith(u"CCR2116") ? 16 : 4);
        resource.cpuLoad = int(Format::stableInt(node.name, 72, 3, 35));
        resource.totalMemory = qint64(4) << 30;
        resource.freeMemory = resource.totalMemory - Format::stableInt(node.name, 73, 300, 1500) * (qint64(1) << 20);
        resource.uptimeSeconds = Format::stableInt(node.name, 71, 3 * day, 160 * day);
        feedOfNode.insert(node.id, feeds.size());
        feeds.append(std::move(feed));
    }
    QList<bool> v6(feeds.size(), false);
    QList<QList<RouterOsLogEntry>> logs(feeds.size());

    for (const PppSecret &secret : data.pppSecrets) {
        const auto it = feedOfNode.constFind(secret.nodeId);
        if (it == feedOfNode.cend())
            continue; // a secret on a router the dataset does not have
        RouterFeed &feed = feeds[*it];
        // The demo writes v6 dates as "nov/24/2026 18:03:11": that router runs v6.
        if (!secret.lastLoggedOut.isEmpty() && secret.lastLoggedOut.at(0).isLetter())
            v6[*it] = true;
        feed.secrets.append(secret);

        const Connection *connection = dataset.connectionOfUser(secret.name);
        const Plan *plan = connection ? dataset.plan(connection->planId) : nullptr;
        if (plan && plan->downKbps > 0)
            feed.limits.insert(
                secret.name,
                {int(std::min<qint64>(plan->downKbps, 100'000'000)), int(std::min<qint64>(plan->upKbps, 100'000'000))});
        else if (const std::optional<TrafficLimit> limit = limitFromProfile(secret.profile))
            feed.limits.insert(secret.name, *limit);

        if (const auto load = live.trafficLoad.constFind(secret.name); load != live.trafficLoad.cend())
            feed.loads.insert(secret.name, *load);

        const auto loggedOut = [&] {
            // The last logout the secret shows, in the log too (with the login that began that session).
            const std::optional<RouterOs::RouterDateTime> at
                = RouterOs::parseDateTime(secret.lastLoggedOut, QTimeZone(dataset.utcOffsetSeconds()));
            if (!at || at->never)
                return;
            const UnixTime end = at->dateTime.toSecsSinceEpoch();
            const qint64 lasted = Format::stableInt(secret.name, 83, 3600, 3 * 86400);
            const QString address = !secret.remoteAddress.isEmpty() ? secret.remoteAddress
                : connection && !connection->ip.isEmpty()           ? connection->ip
                                                          : poolAddress(secret.nodeId, int(logs.at(*it).size()));
            const QString mac = connection ? Text::formatMac(connection->mac) : Text::formatMac(secret.callerId);
            logs[*it].append({end - lasted, u"pppoe,ppp,info,account"_s,
                              pppLoggedInMessage(secret.name, address, mac.isEmpty() ? derivedMac(secret.name) : mac)});
            logs[*it].append({end, u"pppoe,ppp,info,account"_s, pppLoggedOutMessage(secret.name, lasted)});
        };
        if (secret.disabled) {
            loggedOut();
            continue;
        }
        const Customer *customer = connection ? dataset.customer(connection->customerId) : nullptr;
        if (customer && customer->status != CustomerStatus::Active) {
            loggedOut();
            continue; // suspended or cancelled: the router refuses the login
        }
        const LineState state = lineState(dataset, secret.name);
        if (!state.up || live.sessionsDown.contains(secret.name)) {
            loggedOut(); // the line is down, or the session is although the line is up
            continue;
        }
        RouterOsActiveSession session;
        session.name = secret.name;
        QString mac = connection ? Text::formatMac(connection->mac) : QString();
        if (mac.isEmpty())
            mac = Text::formatMac(secret.callerId);
        session.callerId = mac.isEmpty() ? derivedMac(secret.name) : mac;
        session.address = !secret.remoteAddress.isEmpty() ? secret.remoteAddress
            : connection && !connection->ip.isEmpty()     ? connection->ip
                                                          : poolAddress(secret.nodeId, int(feed.sessions.size()));
        // A session is never older than the router's uptime nor than the line being up; it is
        // often younger (PPPoE re-dials after a CPE reboot).
        const qint64 routerUptime = feed.resource.uptimeSeconds;
        qint64 uptime = std::min(routerUptime, state.upForSeconds.value_or(routerUptime));
        if (Format::stableInt(secret.name, 74, 0, 3) == 0)
            uptime = std::min(uptime, Format::stableInt(secret.name, 75, 60, 5 * day));
        session.uptimeSeconds = std::max<qint64>(uptime - Format::stableInt(secret.name, 76, 0, 50), 1);
        session.sessionId = u"0x8"_s + QString::number(0x1000000 + feed.sessions.size(), 16).toUpper();

        // The log: the current session's login, or the whole series of a flapping one (each earlier session
        // ended just before the next began) with the current session the newest.
        QList<UnixTime> starts = live.sessionStarts.value(secret.name);
        if (!starts.isEmpty())
            session.uptimeSeconds = std::max<qint64>(dataset.now() - starts.constLast(), 1);
        else
            starts = {dataset.now() - session.uptimeSeconds};
        for (qsizetype k = 0; k < starts.size(); ++k) {
            if (k > 0) {
                const UnixTime end = Demo::sessionEndBefore(starts.at(k));
                logs[*it].append(
                    {end, u"pppoe,ppp,info,account"_s, pppLoggedOutMessage(secret.name, end - starts.at(k - 1))});
            }
            logs[*it].append({starts.at(k), u"pppoe,ppp,info,account"_s,
                              pppLoggedInMessage(secret.name, session.address, session.callerId)});
        }
        feed.sessions.append(std::move(session));
    }
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        RouterFeed &feed = feeds[i];
        feed.version = v6.at(i) ? u"6.49.17"_s : u"7.16.2"_s;
        // Nothing from before the router booted; then the newest lines its memory holds, oldest first.
        QList<RouterOsLogEntry> &log = logs[i];
        const UnixTime boot = dataset.now() - feed.resource.uptimeSeconds;
        log.removeIf(
            [boot, &dataset](const RouterOsLogEntry &entry) { return entry.at < boot || entry.at > dataset.now(); });
        std::stable_sort(log.begin(), log.end(),
                         [](const RouterOsLogEntry &a, const RouterOsLogEntry &b) { return a.at < b.at; });
        if (log.size() > routerLogLines)
            log.remove(0, log.size() - routerLogLines);
        feed.log = std::move(log);
    }
    return feeds;
}

} // namespace Beholder::Sim
