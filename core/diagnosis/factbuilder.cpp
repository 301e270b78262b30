// SPDX-License-Identifier: GPL-3.0-or-later
#include "factbuilder.h"

#include "outagecorrelation.h"
#include "triage/thresholds.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Beholder::Diagnosis {

namespace {

const QString Cache = u"cache"_s;

std::optional<double> weaker(std::optional<double> a, std::optional<double> b)
{
    if (a && b)
        return std::min(*a, *b);
    return a ? a : b;
}

QString customerStatusId(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return u"active"_s;
    case CustomerStatus::Suspended:
        return u"suspended"_s;
    case CustomerStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

const SourceReport *sourceReport(const DiagnosisReport &report, const QString &id)
{
    for (const SourceReport &source : report.sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

void addOutage(Triage::FactSheet &facts, const NeighbourhoodScope &scope)
{
    const QString prefix = u"outage."_s + scope.scope + u'.';
    const QString source = scope.scope == u"router" ? u"derived"_s : Cache;
    facts.set(prefix + u"label"_s, scope.label, source, scope.at);
    facts.set(prefix + u"total"_s, scope.total, source, scope.at);
    facts.set(prefix + u"down"_s, scope.down, source, scope.at);
    facts.set(prefix + u"clustered"_s, scope.clustered, source, scope.at);
    facts.set(prefix + u"ratio"_s, scope.total > 0 ? double(scope.clustered) / scope.total : 0.0, source, scope.at);
    if (scope.scope == u"pon") {
        facts.set(prefix + u"los"_s, scope.los, source, scope.at);
        facts.set(prefix + u"power"_s, scope.powerFail, source, scope.at);
    }
    if (scope.since)
        facts.set(prefix + u"since"_s, *scope.since, source, scope.at);
    if (scope.scope == u"ap")
        facts.set(prefix + u"self_down"_s, scope.selfDown, source, scope.at);
}

} // namespace

int sessionStartsWithin(const DiagnosisReport &report, qint64 seconds, UnixTime now)
{
    QList<UnixTime> starts;
    for (const TimelineEvent &event : report.timeline) {
        if (event.kind == TimelineEvent::Kind::SessionStart && event.at >= now - seconds && event.at <= now + 60)
            starts.append(event.at);
    }
    if (report.session && report.session->up && report.session->uptimeSeconds >= 0) {
        const UnixTime start = report.session->at - report.session->uptimeSeconds;
        if (start >= now - seconds)
            starts.append(start);
    }
    std::sort(starts.begin(), starts.end());
    int count = 0;
    UnixTime previous = std::numeric_limits<UnixTime>::min() / 2;
    for (const UnixTime at : std::as_const(starts)) {
        if (at - previous > 5) // the log's entry and the uptime's start are the same event
            ++count;
        previous = at;
    }
    return count;
}

Triage::FactSheet buildFacts(const DiagnosisReport &report, const Triage::Thresholds &thresholds, UnixTime now)
{
    Q_UNUSED(thresholds)
    Triage::FactSheet facts;
    const SubscriberDetails &d = report.cached;
    const bool found = d.connection.has_value() || !d.secrets.isEmpty();
    facts.set(u"subscriber.found"_s, found, Cache);
    if (!found)
        return facts;

    // CRM
    facts.set(u"crm.known"_s, d.connection.has_value(), Cache, d.connection ? d.connection->fetchedAt : 0);
    if (d.customer) {
        const Customer &c = d.customer->value;
        facts.set(u"crm.status"_s, customerStatusId(c.status), Cache, d.customer->fetchedAt);
        facts.set(u"crm.status_raw"_s, c.statusRaw, Cache, d.customer->fetchedAt);
        facts.set(u"crm.debt_ars"_s, double(c.debtCents) / 100.0, Cache, d.customer->fetchedAt);
    }
    if (d.crmNode)
        facts.set(u"crm.node"_s, d.crmNode->value.name, Cache, d.crmNode->fetchedAt);

    // Technology: the CRM's word, else what the line runs on.
    QString technology;
    if (d.connection)
        technology = toString(d.connection->value.technology);
    else if (d.onu)
        technology = u"fiber"_s;
    else if (d.subscriber)
        technology = u"wireless"_s;
    facts.set(u"service.technology"_s, technology, Cache);

    // The router's secret (ADR-005: the technical truth).
    facts.set(u"secret.known"_s, !d.secrets.isEmpty(), Cache, d.secrets.isEmpty() ? 0 : d.secrets.first().fetchedAt);
    if (!d.secrets.isEmpty()) {
        const bool allDisabled = std::all_of(d.secrets.cbegin(), d.secrets.cend(),
                                             [](const SecretOnRouter &s) { return s.secret.disabled; });
        facts.set(u"secret.disabled"_s, allDisabled, Cache, d.secrets.first().fetchedAt);
        facts.set(u"secret.router"_s, d.secrets.first().nodeName, Cache, d.secrets.first().fetchedAt);
        if (d.connection && d.connection->value.nodeId)
            facts.set(u"crm.router_mismatch"_s, d.crmAndRouterDisagree(), Cache, d.secrets.first().fetchedAt);
    }

    // Fibre: the live ONU when SmartOLT answered; else the fresher of the cache's SmartOLT copy and what the
    // OLT itself said over SNMP (polled every few minutes, and the only ONU an ISP without SmartOLT has).
    const SourceReport *smartOlt = sourceReport(report, u"smartolt"_s);
    const bool liveOnu = report.liveOnu.has_value();
    const bool useSnmp = !liveOnu && d.snmpOnu && (!d.onu || d.snmpOnu->fetchedAt >= d.onu->fetchedAt);
    const std::optional<Onu> onu = liveOnu ? report.liveOnu
        : useSnmp                          ? std::optional(d.snmpOnu->value)
                                           : (d.onu ? std::optional(d.onu->value) : std::nullopt);
    const QString onuSource = liveOnu ? u"smartolt"_s : useSnmp ? u"snmp"_s : Cache;
    const UnixTime onuAt = liveOnu ? (smartOlt ? smartOlt->at : now)
        : useSnmp                  ? d.snmpOnu->fetchedAt
                                   : (d.onu ? d.onu->fetchedAt : 0);
    facts.set(u"onu.known"_s, onu.has_value(), onuSource, onuAt);
    if (onu) {
        facts.set(u"onu.status"_s, toString(onu->status), onuSource, onuAt);
        facts.set(u"onu.down_cause"_s, onu->lastDownCause, onuSource, onuAt);
        // The class of the current cause only matters while the ONU is down.
        if (onu->status != OnuStatus::Online) {
            QString cls = downCauseClass(onu->lastDownCause);
            if (onu->status == OnuStatus::Los)
                cls = u"los"_s;
            else if (onu->status == OnuStatus::PowerFail)
                cls = u"power"_s;
            facts.set(u"onu.down_cause_class"_s, cls, onuSource, onuAt);
            if (onu->lastStatusChange)
                facts.set(u"onu.down_minutes"_s, std::max<qint64>(0, (now - *onu->lastStatusChange) / 60), onuSource,
                          onuAt);
        } else {
            facts.set(u"onu.down_cause_class"_s, QString(), onuSource, onuAt);
        }
        if (onu->rxPowerDbm)
            facts.set(u"onu.rx_dbm"_s, *onu->rxPowerDbm, onuSource, onuAt);
        if (onu->oltRxPowerDbm)
            facts.set(u"onu.olt_rx_dbm"_s, *onu->oltRxPowerDbm, onuSource, onuAt);

        // Drift: now against the oldest optical sample of the last week.
        if (onu->rxPowerDbm) {
            for (const TimelineEvent &event : report.timeline) {
                if (event.kind == TimelineEvent::Kind::RxSample && event.value && event.at >= now - 7 * 86400
                    && event.at < onuAt) {
                    facts.set(u"onu.rx_drift_db"_s, std::round((*onu->rxPowerDbm - *event.value) * 10) / 10, onuSource,
                              onuAt);
                    break; // the timeline is oldest first
                }
            }
        }

        // Downs in the last 24 h: the OLT's history when SmartOLT gave it, else the cache's last change.
        QList<std::pair<UnixTime, QString>> downs;
        bool history = false;
        for (const TimelineEvent &event : report.timeline) {
            if (event.kind != TimelineEvent::Kind::OnuDown || event.at < now - 86400)
                continue;
            history = history || event.source != Cache;
            const bool seen = std::any_of(downs.cbegin(), downs.cend(),
                                          [&](const auto &down) { return std::llabs(down.first - event.at) <= 90; });
            if (!seen)
                downs.append({event.at, downCauseClass(event.text)});
        }
        const QString historySource = history ? u"smartolt"_s : Cache;
        facts.set(u"onu.power_fails_24h"_s,
                  int(std::count_if(downs.cbegin(), downs.cend(), [](const auto &x) { return x.second == u"power"; })),
                  historySource, onuAt);
        facts.set(u"onu.los_24h"_s,
                  int(std::count_if(downs.cbegin(), downs.cend(), [](const auto &x) { return x.second == u"los"; })),
                  historySource, onuAt);
    }

    // Wireless.
    const std::optional<WirelessSubscriber> sm = report.liveSubscriber
        ? report.liveSubscriber
        : (d.subscriber ? std::optional(d.subscriber->value) : std::nullopt);
    const SourceReport *cnMaestro = sourceReport(report, u"cnmaestro"_s);
    const bool liveSm = report.liveSubscriber.has_value();
    const QString smSource = liveSm ? u"cnmaestro"_s : Cache;
    const UnixTime smAt = liveSm ? (cnMaestro ? cnMaestro->at : now) : (d.subscriber ? d.subscriber->fetchedAt : 0);
    facts.set(u"sm.known"_s, sm.has_value(), smSource, smAt);
    if (sm) {
        facts.set(u"sm.online"_s, sm->online, smSource, smAt);
        if (const std::optional<double> rssi = weaker(sm->dlRssiDbm, sm->ulRssiDbm))
            facts.set(u"sm.rssi_dbm"_s, *rssi, smSource, smAt);
        if (const std::optional<double> snr = weaker(sm->dlSnrDb, sm->ulSnrDb))
            facts.set(u"sm.snr_db"_s, *snr, smSource, smAt);
        if (!sm->online && sm->statusSeconds)
            facts.set(u"sm.down_minutes"_s, *sm->statusSeconds / 60, smSource, smAt);
    }
    if (report.liveAccessPoint) {
        facts.set(u"ap.known"_s, true, u"cnmaestro"_s, smAt);
        facts.set(u"ap.online"_s, report.liveAccessPoint->online, u"cnmaestro"_s, smAt);
    } else if (d.accessPoint) {
        facts.set(u"ap.known"_s, true, Cache, d.accessPoint->fetchedAt);
        facts.set(u"ap.online"_s, d.accessPoint->value.online, Cache, d.accessPoint->fetchedAt);
    }

    // The session, live only (the cache keeps no sessions).
    if (report.session) {
        const LiveSession &s = *report.session;
        facts.set(u"session.checked"_s, true, u"router"_s, s.at);
        facts.set(u"session.up"_s, s.up, u"router"_s, s.at);
        if (s.up)
            facts.set(u"session.uptime_s"_s, s.uptimeSeconds, u"router"_s, s.at);
        facts.set(u"session.starts_1h"_s, sessionStartsWithin(report, 3600, now), u"router"_s, s.at);
        facts.set(u"session.starts_24h"_s, sessionStartsWithin(report, 86400, now), u"router"_s, s.at);
    }
    if (report.traffic) {
        const TrafficSnapshot &t = *report.traffic;
        facts.set(u"traffic.down_mbps"_s, t.downMbps, u"router"_s, t.at);
        facts.set(u"traffic.up_mbps"_s, t.upMbps, u"router"_s, t.at);
        double load = -1;
        if (t.planDownMbps > 0)
            load = std::max(load, t.downMbps / t.planDownMbps * 100.0);
        if (t.planUpMbps > 0)
            load = std::max(load, t.upMbps / t.planUpMbps * 100.0);
        if (load >= 0)
            facts.set(u"traffic.load_pct"_s, std::round(load * 10) / 10, u"router"_s, t.at);
    }

    for (const NeighbourhoodScope &scope : report.outage)
        addOutage(facts, scope);

    // The live sources themselves.
    for (const SourceReport &source : report.sources) {
        facts.set(u"source."_s + source.id, sourceStateId(source.state), source.id, source.at);
        if (!source.detail.isEmpty())
            facts.set(u"source."_s + source.id + u".error"_s, source.detail, source.id, source.at);
    }
    if (const SourceReport *router = sourceReport(report, u"router"_s);
        router && router->state == SourceState::Down && router->unreachable)
        facts.set(u"outage.router.unreachable"_s, true, u"router"_s, router->at);
    return facts;
}

} // namespace Beholder::Diagnosis
