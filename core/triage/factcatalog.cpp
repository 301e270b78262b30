// SPDX-License-Identifier: GPL-3.0-or-later
// The documented facts (docs/diagnosis.md, "Facts") and their types.
#include "factcatalog.h"

#include <QHash>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

QList<FactSpec> buildCatalog()
{
    constexpr FactType B = FactType::Bool;
    constexpr FactType N = FactType::Number;
    constexpr FactType T = FactType::Text;
    QList<FactSpec> facts{
        {u"subscriber.found"_s, B},
        {u"service.technology"_s, T},
        {u"crm.known"_s, B},
        {u"crm.status"_s, T},
        {u"crm.status_raw"_s, T},
        {u"crm.debt_ars"_s, N},
        {u"crm.node"_s, T},
        {u"secret.known"_s, B},
        {u"secret.disabled"_s, B},
        {u"secret.router"_s, T},
        {u"crm.router_mismatch"_s, B},
        {u"onu.known"_s, B},
        {u"onu.status"_s, T},
        {u"onu.down_cause"_s, T},
        {u"onu.down_cause_class"_s, T},
        {u"onu.down_minutes"_s, N},
        {u"onu.rx_dbm"_s, N},
        {u"onu.olt_rx_dbm"_s, N},
        {u"onu.rx_drift_db"_s, N},
        {u"onu.power_fails_24h"_s, N},
        {u"onu.los_24h"_s, N},
        {u"sm.known"_s, B},
        {u"sm.online"_s, B},
        {u"sm.rssi_dbm"_s, N},
        {u"sm.snr_db"_s, N},
        {u"sm.down_minutes"_s, N},
        {u"ap.known"_s, B},
        {u"ap.online"_s, B},
        {u"session.checked"_s, B},
        {u"session.up"_s, B},
        {u"session.uptime_s"_s, N},
        {u"session.starts_1h"_s, N},
        {u"session.starts_24h"_s, N},
        {u"traffic.load_pct"_s, N},
        {u"traffic.down_mbps"_s, N},
        {u"traffic.up_mbps"_s, N},
        {u"outage.pon.label"_s, T},
        {u"outage.pon.total"_s, N},
        {u"outage.pon.down"_s, N},
        {u"outage.pon.clustered"_s, N},
        {u"outage.pon.ratio"_s, N},
        {u"outage.pon.los"_s, N},
        {u"outage.pon.power"_s, N},
        {u"outage.pon.since"_s, N},
        {u"outage.ap.label"_s, T},
        {u"outage.ap.total"_s, N},
        {u"outage.ap.down"_s, N},
        {u"outage.ap.clustered"_s, N},
        {u"outage.ap.ratio"_s, N},
        {u"outage.ap.since"_s, N},
        {u"outage.ap.self_down"_s, B},
        {u"outage.router.label"_s, T},
        {u"outage.router.total"_s, N},
        {u"outage.router.clustered"_s, N},
        {u"outage.router.ratio"_s, N},
        {u"outage.router.since"_s, N},
        {u"outage.router.unreachable"_s, B},
    };
    for (const QString &source : {u"router"_s, u"smartolt"_s, u"cnmaestro"_s}) {
        facts.append({u"source."_s + source, T});
        facts.append({u"source."_s + source + u".error"_s, T});
    }
    return facts;
}

} // namespace

const QList<FactSpec> &factCatalog()
{
    static const QList<FactSpec> catalog = buildCatalog();
    return catalog;
}

std::optional<FactType> factType(const QString &name)
{
    static const QHash<QString, FactType> types = [] {
        QHash<QString, FactType> byName;
        for (const FactSpec &spec : factCatalog())
            byName.insert(spec.name, spec.type);
        return byName;
    }();
    const auto it = types.constFind(name);
    if (it == types.cend())
        return std::nullopt;
    return it.value();
}

QString factTypeId(FactType type)
{
    switch (type) {
    case FactType::Bool:
        return u"bool"_s;
    case FactType::Number:
        return u"number"_s;
    case FactType::Text:
        return u"text"_s;
    }
    return {};
}

} // namespace Beholder::Triage
