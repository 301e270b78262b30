// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosisreport.h"

#include "util/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Beholder::Diagnosis {

namespace {

QString isoTime(UnixTime at)
{
    return at > 0 ? QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate) : QString();
}

QJsonValue timeOrNull(UnixTime at)
{
    return at > 0 ? QJsonValue(isoTime(at)) : QJsonValue(QJsonValue::Null);
}

QString timelineKindId(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::SessionStart:
        return u"session_start"_s;
    case TimelineEvent::Kind::SessionEnd:
        return u"session_end"_s;
    case TimelineEvent::Kind::OnuDown:
        return u"onu_down"_s;
    case TimelineEvent::Kind::OnuUp:
        return u"onu_up"_s;
    case TimelineEvent::Kind::RxSample:
        return u"rx_sample"_s;
    }
    return {};
}

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

// "-27.4 dBm (SmartOLT, 3 s ago)"
QString factLine(const Triage::FactSheet &facts, const QString &name, const QString &label, const QString &unit,
                 UnixTime now)
{
    const Triage::Fact *fact = facts.fact(name);
    if (!fact)
        return {};
    QString value = fact->value.typeId() == QMetaType::Double ? QString::number(fact->value.toDouble(), 'f', 1)
                                                              : fact->value.toString();
    if (fact->value.typeId() == QMetaType::Bool)
        value = fact->value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    QString line = u"  "_s + label + u": "_s + value + (unit.isEmpty() ? QString() : u' ' + unit);
    if (!fact->source.isEmpty()) {
        line += u" ("_s + fact->source;
        if (fact->at > 0)
            line += u", "_s + TimeFormat::age(fact->at, now);
        line += u')';
    }
    return line + u'\n';
}

} // namespace

QString sourceStateId(SourceState state)
{
    switch (state) {
    case SourceState::Pending:
        return u"pending"_s;
    case SourceState::Ok:
        return u"ok"_s;
    case SourceState::NoData:
        return u"no_data"_s;
    case SourceState::Down:
        return u"down"_s;
    case SourceState::NotConfigured:
        return u"not_configured"_s;
    case SourceState::Offline:
        return u"offline"_s;
    }
    return {};
}

QString plainTextSummary(const DiagnosisReport &report, UnixTime now)
{
    QString out;
    const SubscriberDetails &d = report.cached;
    out += Tr::tr("Diagnosis of %1").arg(report.pppoeUser);
    if (d.customer)
        out += u" — "_s + d.customer->value.name + u" ("_s + d.customer->value.code + u')';
    out += u'\n';
    if (report.error.isEmpty())
        out += Tr::tr("Verdict: %1 — %2\n")
                   .arg(Triage::verdictLabel(report.assessment.headline), report.assessment.headlineReason);
    else
        out += Tr::tr("No verdict: %1\n").arg(report.error);
    if (report.offline)
        out += Tr::tr("OFFLINE: facts from the cache only.\n");
    else if (!report.final)
        out += Tr::tr("(live checks still running)\n");
    if (!report.assessment.findings.isEmpty()) {
        out += Tr::tr("Findings:\n");
        for (const Triage::Finding &finding : report.assessment.findings)
            out += u"  ["_s + Triage::severityId(finding.severity) + u"] "_s + finding.reason + u'\n';
    }
    out += Tr::tr("Facts:\n");
    const Triage::FactSheet &f = report.facts;
    out += factLine(f, u"crm.status"_s, Tr::tr("Account"), {}, now);
    out += factLine(f, u"secret.router"_s, Tr::tr("Router"), {}, now);
    out += factLine(f, u"session.up"_s, Tr::tr("PPPoE session up"), {}, now);
    out += factLine(f, u"session.starts_24h"_s, Tr::tr("Session starts in 24 h"), {}, now);
    out += factLine(f, u"onu.status"_s, Tr::tr("ONU status"), {}, now);
    out += factLine(f, u"onu.rx_dbm"_s, Tr::tr("ONU Rx"), u"dBm"_s, now);
    out += factLine(f, u"onu.olt_rx_dbm"_s, Tr::tr("OLT Rx"), u"dBm"_s, now);
    out += factLine(f, u"sm.online"_s, Tr::tr("Antenna online"), {}, now);
    out += factLine(f, u"sm.rssi_dbm"_s, Tr::tr("Antenna RSSI"), u"dBm"_s, now);
    out += factLine(f, u"sm.snr_db"_s, Tr::tr("Antenna SNR"), u"dB"_s, now);
    out += factLine(f, u"traffic.load_pct"_s, Tr::tr("Traffic, % of plan"), u"%"_s, now);
    for (const NeighbourhoodScope &scope : report.outage) {
        if (scope.down > 0)
            out += Tr::tr("  Neighbours on %1: %2 of %3 down\n").arg(scope.label).arg(scope.down).arg(scope.total);
    }
    for (const SourceReport &source : report.sources) {
        if (source.state == SourceState::Down)
            out += Tr::tr("Source down: %1 — %2\n").arg(source.label, source.detail);
    }
    out += Tr::tr("Checked at %1 by Beholder\n")
               .arg(QDateTime::fromSecsSinceEpoch(now).toString(u"yyyy-MM-dd HH:mm"_s));
    return out;
}

QJsonObject toJson(const DiagnosisReport &report, UnixTime now)
{
    QJsonObject root;
    root.insert(u"schema"_s, u"beholder-diagnosis/1"_s);
    root.insert(u"pppoe_user"_s, report.pppoeUser);
    // No verdict at all (unknown user, unreadable cache): null, never a misleading "OK".
    const bool judged = report.error.isEmpty();
    root.insert(u"verdict"_s, judged ? QJsonValue(Triage::verdictId(report.assessment.headline)) : QJsonValue());
    root.insert(u"verdict_label"_s,
                judged ? QJsonValue(Triage::verdictLabel(report.assessment.headline)) : QJsonValue());
    root.insert(u"reason"_s, report.assessment.headlineReason);
    root.insert(u"final"_s, report.final);
    root.insert(u"offline"_s, report.offline);
    root.insert(u"found"_s, report.facts.value(u"subscriber.found"_s).toBool());
    if (!report.error.isEmpty())
        root.insert(u"error"_s, report.error);
    root.insert(u"generated_at"_s, isoTime(now));
    root.insert(u"elapsed_ms"_s, report.elapsedMs);

    const SubscriberDetails &d = report.cached;
    if (d.customer) {
        const Customer &c = d.customer->value;
        root.insert(u"customer"_s,
                    QJsonObject{{u"id"_s, c.id},
                                {u"code"_s, c.code},
                                {u"name"_s, c.name},
                                {u"status"_s, toString(c.status)},
                                {u"address"_s, c.address},
                                {u"town"_s, c.town}});
    } else {
        root.insert(u"customer"_s, QJsonValue::Null);
    }

    QJsonArray findings;
    for (const Triage::Finding &finding : report.assessment.findings) {
        findings.append(QJsonObject{{u"rule"_s, finding.ruleId},
                                    {u"verdict"_s, Triage::verdictId(finding.verdict)},
                                    {u"severity"_s, Triage::severityId(finding.severity)},
                                    {u"title"_s, finding.title},
                                    {u"reason"_s, finding.reason},
                                    {u"facts"_s, QJsonArray::fromStringList(finding.facts)}});
    }
    root.insert(u"findings"_s, findings);

    QJsonObject facts;
    for (const QString &name : report.facts.names()) {
        const Triage::Fact *fact = report.facts.fact(name);
        QJsonObject entry{{u"value"_s, QJsonValue::fromVariant(fact->value)}, {u"source"_s, fact->source}};
        entry.insert(u"at"_s, timeOrNull(fact->at));
        if (fact->at > 0)
            entry.insert(u"age_s"_s, std::max<qint64>(0, now - fact->at));
        facts.insert(name, entry);
    }
    root.insert(u"facts"_s, facts);

    QJsonArray sources;
    for (const SourceReport &source : report.sources) {
        QJsonObject entry{{u"id"_s, source.id},
                          {u"label"_s, source.label},
                          {u"state"_s, sourceStateId(source.state)},
                          {u"detail"_s, source.detail},
                          {u"elapsed_ms"_s, source.elapsedMs}};
        entry.insert(u"at"_s, timeOrNull(source.at));
        sources.append(entry);
    }
    root.insert(u"sources"_s, sources);

    QJsonArray outage;
    for (const NeighbourhoodScope &scope : report.outage) {
        QJsonObject entry{{u"scope"_s, scope.scope},          {u"label"_s, scope.label},
                          {u"total"_s, scope.total},          {u"down"_s, scope.down},
                          {u"clustered"_s, scope.clustered},  {u"los"_s, scope.los},
                          {u"power_fail"_s, scope.powerFail}, {u"self_down"_s, scope.selfDown}};
        entry.insert(u"since"_s, scope.since ? timeOrNull(*scope.since) : QJsonValue(QJsonValue::Null));
        outage.append(entry);
    }
    root.insert(u"outage"_s, outage);

    QJsonArray timeline;
    for (const TimelineEvent &event : report.timeline) {
        QJsonObject entry{{u"at"_s, isoTime(event.at)},
                          {u"kind"_s, timelineKindId(event.kind)},
                          {u"text"_s, event.text},
                          {u"source"_s, event.source}};
        entry.insert(u"value"_s, event.value ? QJsonValue(*event.value) : QJsonValue(QJsonValue::Null));
        timeline.append(entry);
    }
    root.insert(u"timeline"_s, timeline);

    if (report.session) {
        const LiveSession &s = *report.session;
        root.insert(u"session"_s,
                    QJsonObject{{u"up"_s, s.up},
                                {u"router"_s, s.routerName},
                                {u"address"_s, s.address},
                                {u"caller_id"_s, s.callerId},
                                {u"uptime_s"_s, s.uptimeSeconds}});
    } else {
        root.insert(u"session"_s, QJsonValue::Null);
    }
    if (report.traffic) {
        const TrafficSnapshot &t = *report.traffic;
        root.insert(u"traffic"_s,
                    QJsonObject{{u"down_mbps"_s, t.downMbps},
                                {u"up_mbps"_s, t.upMbps},
                                {u"plan_down_mbps"_s, t.planDownMbps},
                                {u"plan_up_mbps"_s, t.planUpMbps}});
    } else {
        root.insert(u"traffic"_s, QJsonValue::Null);
    }
    return root;
}

} // namespace Beholder::Diagnosis
