// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerfeed.h"

#include "simformat.h"
#include "util/textnormalize.h"

#include <QRegularExpression>

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

} // namespace

QList<RouterFeed> buildRouterFeeds(const SimDataset &dataset)
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

        if (secret.disabled)
            continue;
        const Customer *customer = connection ? dataset.customer(connection->customerId) : nullptr;
        if (customer && customer->status != CustomerStatus::Active)
            continue; // suspended or cancelled: the router refuses the login
        const LineState state = lineState(dataset, secret.name);
        if (!state.up)
            continue;
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
        feed.sessions.append(std::move(session));
    }
    for (qsizetype i = 0; i < feeds.size(); ++i)
        feeds[i].version = v6.at(i) ? u"6.49.17"_s : u"7.16.2"_s;
    return feeds;
}

} // namespace Beholder::Sim
