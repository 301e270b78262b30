// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacheddiagnosis.h"

#include "logging/logging.h"
#include "outagecorrelation.h"
#include "routeros/routerosvalues.h"
#include "triage/thresholds.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Beholder::Diagnosis {

namespace {

// The search hit a diagnosis starts from: the user's CRM connection when there is one, else its secret.
SearchHit hitForUser(QSqlQuery &q, const QString &user)
{
    SearchHit hit;
    hit.pppoeUser = user;
    hit.kind = SearchDocKind::Secret;
    q.prepare(u"SELECT id, customer_id FROM connections WHERE pppoe_user = ? COLLATE NOCASE ORDER BY id LIMIT 1"_s);
    q.addBindValue(user);
    if (q.exec() && q.next()) {
        hit.kind = SearchDocKind::Connection;
        hit.connectionId = q.value(0).toLongLong();
        hit.customerId = q.value(1).toLongLong();
    }
    return hit;
}

std::optional<UnixTime> routerTime(const QString &text, const QTimeZone &zone)
{
    const std::optional<RouterOs::RouterDateTime> parsed = RouterOs::parseDateTime(text, zone);
    if (!parsed || parsed->never || !parsed->dateTime.isValid())
        return std::nullopt;
    return parsed->dateTime.toSecsSinceEpoch();
}

NeighbourhoodScope ponScope(QSqlQuery &q, const Onu &onu, const QString &oltName, const Triage::Thresholds &t)
{
    q.prepare(u"SELECT status, last_status_change, last_down_cause, fetched_at FROM onus "
              u"WHERE olt_id = ? AND board = ? AND port = ?"_s);
    q.addBindValue(onu.oltId);
    q.addBindValue(onu.board);
    q.addBindValue(onu.port);
    int total = 0;
    UnixTime fresh = 0;
    QList<NeighbourDown> downs;
    if (q.exec()) {
        while (q.next()) {
            const QString status = q.value(0).toString();
            if (status == u"disabled")
                continue;
            ++total;
            fresh = std::max(fresh, q.value(3).toLongLong());
            if (status == u"online")
                continue;
            NeighbourDown down;
            down.at = q.value(1).isNull() ? q.value(3).toLongLong() : q.value(1).toLongLong();
            down.cause = status == u"los" ? NeighbourDown::Cause::Los
                : status == u"power_fail" ? NeighbourDown::Cause::Power
                                          : classifyDownCause(q.value(2).toString());
            downs.append(down);
        }
    }
    NeighbourhoodScope scope = correlateDowns(u"pon"_s, ponPortLabel(oltName, onu.board, onu.port), total,
                                              std::move(downs), qint64(t.value(u"pon_outage_window_min"_s) * 60));
    scope.at = fresh;
    return scope;
}

NeighbourhoodScope apScope(QSqlQuery &q, const AccessPoint *ap, const QString &apMac, const Triage::Thresholds &t)
{
    q.prepare(u"SELECT online, status_seconds, fetched_at FROM wireless_subscribers WHERE ap_mac = ?"_s);
    q.addBindValue(apMac);
    int total = 0;
    UnixTime fresh = 0;
    QList<NeighbourDown> downs;
    if (q.exec()) {
        while (q.next()) {
            ++total;
            const UnixTime fetched = q.value(2).toLongLong();
            fresh = std::max(fresh, fetched);
            if (q.value(0).toBool())
                continue;
            downs.append({fetched - q.value(1).toLongLong(), NeighbourDown::Cause::Other});
        }
    }
    const QString label = ap && !ap->name.isEmpty() ? ap->name : apMac;
    NeighbourhoodScope scope
        = correlateDowns(u"ap"_s, label, total, std::move(downs), qint64(t.value(u"ap_outage_window_min"_s) * 60));
    scope.selfDown = ap && !ap->online;
    scope.at = fresh;
    return scope;
}

// Sessions a router dropped recently, from its secrets' last logout times. Only logouts of the last two
// hours matter for an outage now; the LIKE on the dates keeps the parsing to those.
NeighbourhoodScope routerScope(QSqlQuery &q, qint64 nodeId, const QString &routerName, const Triage::Thresholds &t,
                               UnixTime now, const QTimeZone &zone)
{
    int total = 0;
    UnixTime fresh = 0;
    q.prepare(u"SELECT count(*), max(fetched_at) FROM ppp_secrets WHERE node_id = ? AND disabled = 0"_s);
    q.addBindValue(nodeId);
    if (q.exec() && q.next()) {
        total = q.value(0).toInt();
        fresh = q.value(1).toLongLong();
    }
    const UnixTime horizon = now - 2 * 3600;
    QStringList patterns;
    for (const UnixTime day : {now, horizon}) {
        const QDate date = QDateTime::fromSecsSinceEpoch(day, zone).date();
        patterns << date.toString(u"yyyy-MM-dd"_s) + u'%';
        patterns << QLocale::c().toString(date, u"MMM/dd/yyyy"_s).toLower() + u'%';
    }
    patterns.removeDuplicates();
    QString sql = u"SELECT last_logged_out FROM ppp_secrets WHERE node_id = ? AND disabled = 0 AND ("_s;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        sql += (i ? u" OR "_s : QString()) + u"last_logged_out LIKE ?"_s;
    sql += u')';
    q.prepare(sql);
    q.addBindValue(nodeId);
    for (const QString &pattern : std::as_const(patterns))
        q.addBindValue(pattern);
    QList<NeighbourDown> downs;
    if (q.exec()) {
        while (q.next()) {
            const std::optional<UnixTime> at = routerTime(q.value(0).toString(), zone);
            if (at && *at >= horizon && *at <= now + 300)
                downs.append({*at, NeighbourDown::Cause::Other});
        }
    }
    NeighbourhoodScope scope = correlateDowns(u"router"_s, routerName, total, std::move(downs),
                                              qint64(t.value(u"router_outage_window_min"_s) * 60));
    scope.at = fresh;
    return scope;
}

} // namespace

QString ponPortLabel(const QString &oltName, int board, int port)
{
    return u"%1 0/%2/%3"_s.arg(oltName.isEmpty() ? u"OLT"_s : oltName).arg(board).arg(port);
}

CachedDiagnosis loadCachedDiagnosis(QSqlDatabase db, const QString &pppoeUser, const Triage::Thresholds &thresholds,
                                    UnixTime now, const QTimeZone &routerZone)
{
    CachedDiagnosis result;
    const QString user = pppoeUser.trimmed();
    QSqlQuery q(db);
    const SearchHit hit = hitForUser(q, user);
    result.details = loadSubscriberDetails(db, hit);
    result.details.pppoeUser = user;
    if (result.details.connection)
        result.details.pppoeUser = result.details.connection->value.pppoeUser;
    const SubscriberDetails &d = result.details;
    result.found = d.connection.has_value() || !d.secrets.isEmpty();
    if (!result.found)
        return result;

    if (d.onu)
        result.outage.append(ponScope(q, d.onu->value, d.olt ? d.olt->value.name : QString(), thresholds));
    if (d.subscriber && !d.subscriber->value.apMac.isEmpty())
        result.outage.append(
            apScope(q, d.accessPoint ? &d.accessPoint->value : nullptr, d.subscriber->value.apMac, thresholds));
    if (!d.secrets.isEmpty()) {
        const SecretOnRouter &secret = d.secrets.constFirst();
        result.outage.append(routerScope(q, secret.secret.nodeId, secret.nodeName, thresholds, now, routerZone));
    }

    // History the cache holds: the ONU's last change, the secret's last logout.
    if (d.onu && d.onu->value.lastStatusChange) {
        const Onu &onu = d.onu->value;
        TimelineEvent event;
        event.at = *onu.lastStatusChange;
        event.kind = onu.status == OnuStatus::Online ? TimelineEvent::Kind::OnuUp : TimelineEvent::Kind::OnuDown;
        event.text = onu.status == OnuStatus::Online ? QString() : onu.lastDownCause;
        event.source = u"cache"_s;
        result.timeline.append(event);
    }
    for (const SecretOnRouter &secret : d.secrets) {
        if (const std::optional<UnixTime> at = routerTime(secret.secret.lastLoggedOut, routerZone)) {
            result.timeline.append({*at, TimelineEvent::Kind::SessionEnd, secret.nodeName, std::nullopt, u"cache"_s});
        }
    }
    if (d.onu) {
        q.prepare(u"SELECT at, rx_dbm FROM onu_signal_history WHERE external_id = ? AND at >= ? ORDER BY at"_s);
        q.addBindValue(d.onu->value.externalId);
        q.addBindValue(now - 30 * 86400);
        if (q.exec()) {
            while (q.next()) {
                if (!q.value(1).isNull())
                    result.timeline.append({q.value(0).toLongLong(), TimelineEvent::Kind::RxSample, QString(),
                                            q.value(1).toDouble(), u"cache"_s});
            }
        }
    }
    std::sort(result.timeline.begin(), result.timeline.end(),
              [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return result;
}

} // namespace Beholder::Diagnosis
