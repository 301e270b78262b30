// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in rules: every rule fires on the facts it is about, with its reason filled in, and stays quiet
// just on the other side of its thresholds; the headline follows the verdict precedence; administrative blocks
// come first; rule files with mistakes are refused with a message that says which rule and what is wrong.
#include "testsupport.h"
#include "triage/factcatalog.h"
#include "triage/rulebook.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace Beholder::Triage;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Beholder::Triage::FactSheet)
Q_DECLARE_METATYPE(Beholder::Triage::Verdict)
Q_DECLARE_METATYPE(Beholder::Triage::Severity)

namespace {

using FactList = QList<std::pair<QString, QVariant>>;

// The evaluation time: 11:30 local time; outages "since 10:42" are the same morning.
qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 18), QTime(hour, minute), Qt::LocalTime).toSecsSinceEpoch();
}
const qint64 now = at(11, 30);

// `base` with `changes` applied; an invalid QVariant removes the fact.
FactSheet with(FactSheet base, const FactList &changes)
{
    for (const auto &[name, value] : changes) {
        if (value.isValid())
            base.set(name, value, u"test"_s, now);
        else
            base.remove(name);
    }
    return base;
}

const QVariant gone;

FactSheet common()
{
    return with({},
                {{u"subscriber.found"_s, true},
                 {u"crm.known"_s, true},
                 {u"crm.status"_s, u"active"_s},
                 {u"crm.status_raw"_s, u"enabled"_s},
                 {u"crm.debt_ars"_s, 0},
                 {u"crm.node"_s, u"VMA-CCR-01"_s},
                 {u"secret.known"_s, true},
                 {u"secret.disabled"_s, false},
                 {u"secret.router"_s, u"VMA-CCR-01"_s},
                 {u"crm.router_mismatch"_s, false},
                 {u"session.checked"_s, true},
                 {u"session.up"_s, true},
                 {u"session.uptime_s"_s, 86400},
                 {u"session.starts_1h"_s, 1},
                 {u"session.starts_24h"_s, 1},
                 {u"source.router"_s, u"ok"_s}});
}

// A healthy fibre line.
FactSheet fibre()
{
    return with(common(),
                {{u"service.technology"_s, u"fiber"_s},
                 {u"onu.known"_s, true},
                 {u"onu.status"_s, u"online"_s},
                 {u"onu.rx_dbm"_s, -20.5},
                 {u"onu.olt_rx_dbm"_s, -22.0},
                 {u"onu.power_fails_24h"_s, 0},
                 {u"onu.los_24h"_s, 0},
                 {u"source.smartolt"_s, u"ok"_s},
                 {u"source.cnmaestro"_s, u"not_configured"_s}});
}

// A fibre line whose ONU is not online (no optical levels, no session).
FactSheet fibreDown(const QString &status, const FactList &changes = {})
{
    FactSheet sheet = with(
        fibre(),
        {{u"onu.status"_s, status}, {u"onu.rx_dbm"_s, gone}, {u"onu.olt_rx_dbm"_s, gone}, {u"session.up"_s, false}});
    return with(sheet, changes);
}

// A healthy wireless line.
FactSheet wireless()
{
    return with(common(),
                {{u"service.technology"_s, u"wireless"_s},
                 {u"sm.known"_s, true},
                 {u"sm.online"_s, true},
                 {u"sm.rssi_dbm"_s, -60.0},
                 {u"sm.snr_db"_s, 32.0},
                 {u"ap.known"_s, true},
                 {u"ap.online"_s, true},
                 {u"source.smartolt"_s, u"not_configured"_s},
                 {u"source.cnmaestro"_s, u"ok"_s}});
}

FactSheet smOffline(const FactList &changes = {})
{
    FactSheet sheet = with(wireless(),
                           {{u"sm.online"_s, false},
                            {u"sm.rssi_dbm"_s, gone},
                            {u"sm.snr_db"_s, gone},
                            {u"sm.down_minutes"_s, 95},
                            {u"session.up"_s, false}});
    return with(sheet, changes);
}

FactList ponOutage(int total, int clustered, int los, int power, std::optional<qint64> since)
{
    FactList facts{{u"outage.pon.label"_s, u"OLT-CENTRO 0/1/3"_s},
                   {u"outage.pon.total"_s, total},
                   {u"outage.pon.down"_s, clustered},
                   {u"outage.pon.clustered"_s, clustered},
                   {u"outage.pon.ratio"_s, double(clustered) / total},
                   {u"outage.pon.los"_s, los},
                   {u"outage.pon.power"_s, power}};
    if (since)
        facts.append({u"outage.pon.since"_s, *since});
    return facts;
}

FactList apOutage(int total, int clustered)
{
    return {{u"outage.ap.label"_s, u"AP-NORTE-2"_s},
            {u"outage.ap.total"_s, total},
            {u"outage.ap.down"_s, clustered},
            {u"outage.ap.clustered"_s, clustered},
            {u"outage.ap.ratio"_s, double(clustered) / total},
            {u"outage.ap.since"_s, at(10, 42)},
            {u"outage.ap.self_down"_s, false}};
}

FactList routerOutage(int total, int clustered)
{
    return {{u"session.up"_s, false},
            {u"outage.router.label"_s, u"VMA-CCR-01"_s},
            {u"outage.router.total"_s, total},
            {u"outage.router.clustered"_s, clustered},
            {u"outage.router.ratio"_s, double(clustered) / total},
            {u"outage.router.since"_s, at(10, 42)},
            {u"outage.router.unreachable"_s, false}};
}

struct Firing
{
    const char *name;
    QString rule;
    FactSheet facts;
    Verdict headline;
    Verdict verdict;
    Severity severity;
    QString reason;
};

struct NearMiss
{
    const char *name;
    QString rule;
    FactSheet facts;
};

FactSheet withAge(FactSheet sheet, const QString &fact, qint64 secondsOld)
{
    sheet.set(fact, sheet.value(fact), u"cache"_s, now - secondsOld);
    return sheet;
}

QList<Firing> firingCases()
{
    using V = Verdict;
    using S = Severity;
    const QString noSession = u": check the credentials, the router or the customer's router (CPE)"_s;
    return {
        {"outage.pon: 37 of 40", u"outage.pon"_s,
         fibreDown(u"los"_s,
                   ponOutage(40, 37, 35, 2, at(10, 42))
                       + FactList{{u"onu.down_cause_class"_s, u"los"_s}, {u"onu.down_cause"_s, u"LOS"_s}}),
         V::MassOutage, V::MassOutage, S::Critical,
         u"37 of 40 ONUs on OLT-CENTRO 0/1/3 down since 10:42 (35 LOS, 2 power)"_s},
        {"outage.pon: at the thresholds (4, 50 %)", u"outage.pon"_s,
         fibreDown(u"offline"_s, ponOutage(8, 4, 4, 0, std::nullopt)), V::MassOutage, V::MassOutage, S::Critical,
         u"4 of 8 ONUs on OLT-CENTRO 0/1/3 down (4 LOS, 0 power)"_s},
        {"outage.pon: area power cut", u"outage.pon"_s,
         fibreDown(u"power_fail"_s, ponOutage(40, 37, 2, 35, at(10, 42))), V::MassOutage, V::MassOutage, S::Critical,
         u"37 of 40 ONUs on OLT-CENTRO 0/1/3 down since 10:42 (2 LOS, 35 power): mostly power failures, likely an "
         "area power cut"_s},
        {"outage.pon: own ONU state unknown", u"outage.pon"_s,
         with(fibreDown(u"los"_s, ponOutage(40, 37, 35, 2, at(10, 42))), {{u"onu.status"_s, gone}}), V::MassOutage,
         V::MassOutage, S::Critical, u"37 of 40 ONUs on OLT-CENTRO 0/1/3 down since 10:42 (35 LOS, 2 power)"_s},

        {"outage.ap: 8 of 12", u"outage.ap"_s, smOffline(apOutage(12, 8)), V::MassOutage, V::MassOutage, S::Critical,
         u"8 of 12 subscriber modules on AP-NORTE-2 down since 10:42"_s},
        {"outage.ap: at the thresholds (3, 50 %)", u"outage.ap"_s, smOffline(apOutage(6, 3)), V::MassOutage,
         V::MassOutage, S::Critical, u"3 of 6 subscriber modules on AP-NORTE-2 down since 10:42"_s},
        {"outage.ap: the AP itself is down", u"outage.ap"_s,
         smOffline(apOutage(12, 12) + FactList{{u"outage.ap.self_down"_s, true}, {u"ap.online"_s, false}}),
         V::MassOutage, V::MassOutage, S::Critical,
         u"The access point AP-NORTE-2 is down (12 of its 12 subscriber modules offline)"_s},

        {"outage.router: 60 of 200", u"outage.router"_s, with(fibre(), routerOutage(200, 60)), V::MassOutage,
         V::MassOutage, S::Critical, u"60 of 200 PPPoE sessions on VMA-CCR-01 dropped since 10:42"_s},
        {"outage.router: at the thresholds (5, 20 %)", u"outage.router"_s, with(fibre(), routerOutage(25, 5)),
         V::MassOutage, V::MassOutage, S::Critical, u"5 of 25 PPPoE sessions on VMA-CCR-01 dropped since 10:42"_s},
        {"outage.router: unreachable", u"outage.router"_s,
         with(fibre(),
              {{u"session.checked"_s, false},
               {u"session.up"_s, gone},
               {u"source.router"_s, u"down"_s},
               {u"source.router.error"_s, u"no answer after 6 s"_s},
               {u"outage.router.label"_s, u"VMA-CCR-01"_s},
               {u"outage.router.unreachable"_s, true}}),
         V::MassOutage, V::MassOutage, S::Critical,
         u"The router VMA-CCR-01 does not answer (no answer after 6 s): likely an outage of the whole node"_s},

        {"fibre.los: status los", u"fibre.los"_s,
         fibreDown(
             u"los"_s,
             {{u"onu.down_minutes"_s, 125}, {u"onu.down_cause"_s, u"LOS"_s}, {u"onu.down_cause_class"_s, u"los"_s}}),
         V::Dispatch, V::Dispatch, S::Critical,
         u"ONU in LOS for 2 h 5 min: the fibre is cut or disconnected (last down cause: LOS)"_s},
        {"fibre.los: offline after LOSi", u"fibre.los"_s,
         fibreDown(u"offline"_s, {{u"onu.down_cause"_s, u"LOSi"_s}, {u"onu.down_cause_class"_s, u"los"_s}}),
         V::Dispatch, V::Dispatch, S::Critical,
         u"ONU in LOS: the fibre is cut or disconnected (last down cause: LOSi)"_s},

        {"fibre.power_fail: 2 in 24 h", u"fibre.power_fail"_s,
         fibreDown(u"power_fail"_s,
                   {{u"onu.down_minutes"_s, 12},
                    {u"onu.down_cause"_s, u"dying-gasp"_s},
                    {u"onu.down_cause_class"_s, u"power"_s},
                    {u"onu.power_fails_24h"_s, 2}}),
         V::CustomerSide, V::CustomerSide, S::Critical,
         u"The ONU lost power (dying gasp) 12 min ago: ask the customer to check that it is plugged in and switched "
         "on"_s},
        {"fibre.power_fail: offline after a power cause, no history", u"fibre.power_fail"_s,
         fibreDown(u"offline"_s, {{u"onu.down_cause_class"_s, u"power"_s}, {u"onu.power_fails_24h"_s, gone}}),
         V::CustomerSide, V::CustomerSide, S::Critical,
         u"The ONU lost power (dying gasp): ask the customer to check that it is plugged in and switched on"_s},

        {"fibre.power_fail_repeated: 3 in 24 h", u"fibre.power_fail_repeated"_s,
         fibreDown(u"power_fail"_s, {{u"onu.power_fails_24h"_s, 3}}), V::Dispatch, V::Dispatch, S::Critical,
         u"3 power failures in 24 h (3 or more): the ONU's power supply or wiring needs a technician"_s},

        {"fibre.offline_degraded", u"fibre.offline_degraded"_s,
         fibreDown(u"offline"_s,
                   {{u"onu.down_cause_class"_s, u"degraded"_s},
                    {u"onu.down_cause"_s, u"LOFi"_s},
                    {u"onu.down_minutes"_s, 30}}),
         V::Dispatch, V::Dispatch, S::Critical,
         u"ONU offline after signal errors (LOFi) for 30 min: dirty or bent fibre"_s},

        {"fibre.offline_unknown: no cause", u"fibre.offline_unknown"_s,
         fibreDown(u"offline"_s, {{u"onu.down_minutes"_s, 3000}}), V::Dispatch, V::Dispatch, S::Warning,
         u"ONU offline for 2 days 2 h and the OLT gives no down cause: check it on site"_s},
        {"fibre.offline_unknown: unclassified cause", u"fibre.offline_unknown"_s,
         fibreDown(u"offline"_s, {{u"onu.down_cause_class"_s, u"other"_s}, {u"onu.down_cause"_s, u"Unknown(7)"_s}}),
         V::Dispatch, V::Dispatch, S::Warning,
         u"ONU offline after 'Unknown(7)', a down cause Beholder does not classify: check it on site"_s},

        {"fibre.disabled", u"fibre.disabled"_s, fibreDown(u"disabled"_s), V::Administrative, V::Administrative,
         S::Critical,
         u"The ONU is disabled at the OLT: nothing reaches it until it is enabled again (find out why it was "
         "disabled)"_s},

        {"fibre.rx_critical", u"fibre.rx_critical"_s, with(fibre(), {{u"onu.rx_dbm"_s, -27.4}}), V::Dispatch,
         V::Dispatch, S::Critical,
         u"ONU Rx -27.4 dBm is weaker than -27 dBm: below the optical budget (dirty connector, bad splice or "
         "damaged drop)"_s},
        {"fibre.rx_overload", u"fibre.rx_overload"_s, with(fibre(), {{u"onu.rx_dbm"_s, -7.5}}), V::Dispatch,
         V::Dispatch, S::Critical, u"ONU Rx -7.5 dBm is stronger than -8 dBm: overload, the ONU needs an attenuator"_s},

        {"fibre.olt_rx_low: only the OLT side", u"fibre.olt_rx_low"_s, with(fibre(), {{u"onu.olt_rx_dbm"_s, -29.1}}),
         V::Ok, V::Ok, S::Warning, u"OLT Rx -29.1 dBm is weaker than -28 dBm: the ONU's transmitter or the OLT port"_s},
        {"fibre.olt_rx_low: ONU Rx at the warning level is not past it", u"fibre.olt_rx_low"_s,
         with(fibre(), {{u"onu.olt_rx_dbm"_s, -29.1}, {u"onu.rx_dbm"_s, -24.0}}), V::Ok, V::Ok, S::Warning,
         u"OLT Rx -29.1 dBm is weaker than -28 dBm: the ONU's transmitter or the OLT port"_s},
        {"fibre.olt_rx_low: both sides", u"fibre.olt_rx_low"_s,
         with(fibre(), {{u"onu.olt_rx_dbm"_s, -29.1}, {u"onu.rx_dbm"_s, -25.0}}), V::Dispatch, V::Dispatch, S::Warning,
         u"Both directions are weak (ONU Rx -25.0 dBm, OLT Rx -29.1 dBm): the drop or the fibre path"_s},

        {"fibre.rx_weak", u"fibre.rx_weak"_s, with(fibre(), {{u"onu.rx_dbm"_s, -25.3}}), V::Ok, V::Ok, S::Warning,
         u"ONU Rx -25.3 dBm is weaker than -24 dBm: weak signal, still within the budget"_s},
        {"fibre.rx_weak: -27 is not below the budget yet", u"fibre.rx_weak"_s,
         with(fibre(), {{u"onu.rx_dbm"_s, -27.0}}), V::Ok, V::Ok, S::Warning,
         u"ONU Rx -27.0 dBm is weaker than -24 dBm: weak signal, still within the budget"_s},

        {"fibre.rx_drift", u"fibre.rx_drift"_s, with(fibre(), {{u"onu.rx_dbm"_s, -22.4}, {u"onu.rx_drift_db"_s, -3.6}}),
         V::Ok, V::Ok, S::Warning,
         u"ONU Rx changed by -3.6 dB in the last 7 days (now -22.4 dBm): a dirty connector or a bent fibre getting "
         "worse"_s},

        {"wireless.sm_offline", u"wireless.sm_offline"_s, smOffline(apOutage(12, 1)), V::CustomerSide, V::CustomerSide,
         S::Critical,
         u"The customer's antenna is offline for 1 h 35 min while its access point AP-NORTE-2 is up: ask the "
         "customer to check the antenna's power, cable and PoE"_s},
        {"wireless.sm_offline: no neighbourhood facts", u"wireless.sm_offline"_s, smOffline(), V::CustomerSide,
         V::CustomerSide, S::Critical,
         u"The customer's antenna is offline for 1 h 35 min while its access point is up: ask the customer to "
         "check the antenna's power, cable and PoE"_s},

        {"wireless.snr_critical", u"wireless.snr_critical"_s, with(wireless(), {{u"sm.snr_db"_s, 12.0}}), V::Dispatch,
         V::Dispatch, S::Critical, u"SNR 12.0 dB is below 15 dB: the antenna is misaligned or obstructed"_s},
        {"wireless.rssi_critical", u"wireless.rssi_critical"_s, with(wireless(), {{u"sm.rssi_dbm"_s, -82.5}}),
         V::Dispatch, V::Dispatch, S::Critical,
         u"RSSI -82.5 dBm is weaker than -80 dBm: the antenna needs aligning or a clear line of sight"_s},
        {"wireless.snr_weak", u"wireless.snr_weak"_s, with(wireless(), {{u"sm.snr_db"_s, 22.5}}), V::Ok, V::Ok,
         S::Warning, u"SNR 22.5 dB is below 25 dB: weak radio link, still working"_s},
        {"wireless.snr_weak: 15 is not critical yet", u"wireless.snr_weak"_s,
         with(wireless(), {{u"sm.snr_db"_s, 15.0}}), V::Ok, V::Ok, S::Warning,
         u"SNR 15.0 dB is below 25 dB: weak radio link, still working"_s},
        {"wireless.rssi_weak", u"wireless.rssi_weak"_s, with(wireless(), {{u"sm.rssi_dbm"_s, -77.0}}), V::Ok, V::Ok,
         S::Warning, u"RSSI -77.0 dBm is weaker than -75 dBm: low signal, still working"_s},
        {"wireless.rssi_weak: -80 is not critical yet", u"wireless.rssi_weak"_s,
         with(wireless(), {{u"sm.rssi_dbm"_s, -80.0}}), V::Ok, V::Ok, S::Warning,
         u"RSSI -80.0 dBm is weaker than -75 dBm: low signal, still working"_s},

        {"session.flapping_with_signal: ONU Rx", u"session.flapping_with_signal"_s,
         with(fibre(), {{u"session.starts_1h"_s, 6}, {u"onu.rx_dbm"_s, -25.5}}), V::Dispatch, V::Dispatch, S::Critical,
         u"6 session starts in the last hour with ONU Rx at -25.5 dBm: the optical link itself drops"_s},
        {"session.flapping_with_signal: OLT Rx", u"session.flapping_with_signal"_s,
         with(fibre(), {{u"session.starts_1h"_s, 7}, {u"onu.olt_rx_dbm"_s, -29.0}}), V::Dispatch, V::Dispatch,
         S::Critical, u"7 session starts in the last hour with OLT Rx at -29.0 dBm: the optical link itself drops"_s},
        {"session.flapping_with_signal: SNR", u"session.flapping_with_signal"_s,
         with(wireless(), {{u"session.starts_1h"_s, 5}, {u"sm.snr_db"_s, 20.0}}), V::Dispatch, V::Dispatch, S::Critical,
         u"5 session starts in the last hour with SNR at 20.0 dB: the radio link itself drops"_s},
        {"session.flapping_with_signal: RSSI", u"session.flapping_with_signal"_s,
         with(wireless(), {{u"session.starts_1h"_s, 5}, {u"sm.rssi_dbm"_s, -76.0}}), V::Dispatch, V::Dispatch,
         S::Critical, u"5 session starts in the last hour with RSSI at -76.0 dBm: the radio link itself drops"_s},

        {"session.down_onu_online: fibre", u"session.down_onu_online"_s, with(fibre(), {{u"session.up"_s, false}}),
         V::Remote, V::Remote, S::Critical,
         u"The ONU is online but there is no PPPoE session on VMA-CCR-01"_s + noSession},
        {"session.down_onu_online: wireless", u"session.down_onu_online"_s,
         with(wireless(), {{u"session.up"_s, false}}), V::Remote, V::Remote, S::Critical,
         u"The antenna is online but there is no PPPoE session on VMA-CCR-01"_s + noSession},

        {"session.flapping", u"session.flapping"_s, with(fibre(), {{u"session.starts_1h"_s, 5}}), V::Remote, V::Remote,
         S::Warning,
         u"5 session starts in the last hour (5 or more) with a good signal: check the customer's router (CPE), its "
         "power and its cabling"_s},
        {"session.flapping: no optical levels known", u"session.flapping"_s,
         with(fibre(), {{u"session.starts_1h"_s, 9}, {u"onu.rx_dbm"_s, gone}, {u"onu.olt_rx_dbm"_s, gone}}), V::Remote,
         V::Remote, S::Warning,
         u"9 session starts in the last hour (5 or more) with a good signal: check the customer's router (CPE), its "
         "power and its cabling"_s},

        {"admin.suspended: with a debt", u"admin.suspended"_s,
         with(fibre(),
              {{u"crm.status"_s, u"suspended"_s},
               {u"crm.status_raw"_s, u"blocked"_s},
               {u"crm.debt_ars"_s, 12500},
               {u"session.up"_s, false}}),
         V::Administrative, V::Administrative, S::Critical,
         u"The account is suspended in the CRM (blocked) with a debt of $ 12500: the service is cut for billing, not "
         "by a fault"_s},
        {"admin.suspended: no debt", u"admin.suspended"_s,
         with(fibre(), {{u"crm.status"_s, u"suspended"_s}, {u"crm.status_raw"_s, u"blocked"_s}}), V::Administrative,
         V::Administrative, S::Critical,
         u"The account is suspended in the CRM (blocked): the service is cut for billing, not by a fault"_s},
        {"admin.cancelled", u"admin.cancelled"_s,
         with(fibre(), {{u"crm.status"_s, u"cancelled"_s}, {u"crm.status_raw"_s, u"no_service"_s}}), V::Administrative,
         V::Administrative, S::Critical,
         u"The account is cancelled in the CRM (no_service): the service was ended, not broken"_s},
        {"admin.not_linked", u"admin.not_linked"_s,
         with(fibre(),
              {{u"crm.known"_s, false},
               {u"crm.status"_s, gone},
               {u"crm.status_raw"_s, gone},
               {u"crm.debt_ars"_s, gone},
               {u"crm.node"_s, gone}}),
         V::Administrative, V::Administrative, S::Warning,
         u"PPPoE user on VMA-CCR-01 but in no CRM connection: fix the CRM; the line is still diagnosed"_s},
        {"admin.crm_router_mismatch", u"admin.crm_router_mismatch"_s,
         with(fibre(), {{u"crm.router_mismatch"_s, true}, {u"crm.node"_s, u"VMA-CCR-02"_s}}), V::Administrative,
         V::Administrative, S::Warning,
         u"The CRM puts this line on VMA-CCR-02 but its secret is on VMA-CCR-01: fix the CRM or move the secret"_s},
        {"admin.secret_disabled", u"admin.secret_disabled"_s,
         with(fibre(), {{u"secret.disabled"_s, true}, {u"session.up"_s, false}}), V::Administrative, V::Administrative,
         S::Critical,
         u"The PPPoE secret is disabled on the router VMA-CCR-01: the line cannot connect until it is enabled"_s},

        {"traffic.saturated", u"traffic.saturated"_s,
         with(fibre(), {{u"traffic.load_pct"_s, 96.4}, {u"traffic.down_mbps"_s, 288.9}, {u"traffic.up_mbps"_s, 12.3}}),
         V::Ok, V::Ok, S::Info,
         u"The line is full, not broken: live traffic at 96 % of the plan (288.9 Mbps down, 12.3 Mbps up)"_s},
        {"traffic.saturated: at 90 %", u"traffic.saturated"_s, with(fibre(), {{u"traffic.load_pct"_s, 90}}), V::Ok,
         V::Ok, S::Info, u"The line is full, not broken: live traffic at 90 % of the plan"_s},

        {"source.router_down", u"source.router_down"_s,
         with(fibre(),
              {{u"source.router"_s, u"down"_s},
               {u"source.router.error"_s, u"connection refused"_s},
               {u"session.checked"_s, false},
               {u"session.up"_s, gone}}),
         V::Ok, V::Ok, S::Warning,
         u"The router VMA-CCR-01 did not answer (connection refused): the session state is unknown"_s},
        {"source.router_down: offline", u"source.router_down"_s,
         with(fibre(), {{u"source.router"_s, u"offline"_s}, {u"session.checked"_s, false}, {u"session.up"_s, gone}}),
         V::Ok, V::Ok, S::Warning, u"No network: the router was not asked and the session state is unknown"_s},
        {"source.smartolt_down", u"source.smartolt_down"_s,
         withAge(
             with(fibre(), {{u"source.smartolt"_s, u"down"_s}, {u"source.smartolt.error"_s, u"timeout after 6 s"_s}}),
             u"onu.status"_s, 3 * 3600 + 600),
         V::Ok, V::Ok, S::Warning,
         u"SmartOLT did not answer (timeout after 6 s): ONU facts are from the cache, 3 h old"_s},
        {"source.smartolt_down: no error", u"source.smartolt_down"_s,
         with(fibre(), {{u"source.smartolt"_s, u"down"_s}}), V::Ok, V::Ok, S::Warning,
         u"SmartOLT did not answer: ONU facts are from the cache, less than a minute old"_s},
        {"source.smartolt_down: offline", u"source.smartolt_down"_s,
         withAge(with(fibre(), {{u"source.smartolt"_s, u"offline"_s}}), u"onu.status"_s, 26 * 3600), V::Ok, V::Ok,
         S::Warning, u"No network: ONU facts are from the cache, 26 h old"_s},
        {"source.cnmaestro_down", u"source.cnmaestro_down"_s,
         withAge(with(wireless(), {{u"source.cnmaestro"_s, u"down"_s}, {u"source.cnmaestro.error"_s, u"HTTP 503"_s}}),
                 u"sm.online"_s, 25 * 60),
         V::Ok, V::Ok, S::Warning,
         u"cnMaestro did not answer (HTTP 503): antenna facts are from the cache, 25 min old"_s},

        {"subscriber.not_found", u"subscriber.not_found"_s,
         with({}, {{u"subscriber.found"_s, false}, {u"crm.known"_s, false}, {u"secret.known"_s, false}}), V::Ok, V::Ok,
         S::Warning, u"The PPPoE user is in no CRM connection and on no router: check how it is spelled"_s},

        {"healthy: fibre", u"healthy"_s, fibre(), V::Ok, V::Ok, S::Info,
         u"Everything answers and is within thresholds"_s},
        {"healthy: wireless", u"healthy"_s, wireless(), V::Ok, V::Ok, S::Info,
         u"Everything answers and is within thresholds"_s},
    };
}

QList<NearMiss> nearMisses()
{
    return {
        {"outage.pon: 3 ONUs is below 4", u"outage.pon"_s, fibreDown(u"los"_s, ponOutage(6, 3, 3, 0, at(10, 42)))},
        {"outage.pon: 4 of 9 is below 50 %", u"outage.pon"_s, fibreDown(u"los"_s, ponOutage(9, 4, 4, 0, at(10, 42)))},
        {"outage.pon: the customer's ONU is online", u"outage.pon"_s,
         with(fibre(), ponOutage(40, 37, 35, 2, at(10, 42)))},
        {"outage.ap: 2 SMs is below 3", u"outage.ap"_s, smOffline(apOutage(4, 2))},
        {"outage.ap: 3 of 7 is below 50 %", u"outage.ap"_s, smOffline(apOutage(7, 3))},
        {"outage.ap: the customer's SM is online", u"outage.ap"_s, with(wireless(), apOutage(12, 8))},
        {"outage.router: 5 of 26 is below 20 %", u"outage.router"_s, with(fibre(), routerOutage(26, 5))},
        {"outage.router: 4 sessions is below 5", u"outage.router"_s, with(fibre(), routerOutage(20, 4))},
        {"outage.router: the customer's session is up", u"outage.router"_s,
         with(fibre(), routerOutage(200, 60) + FactList{{u"session.up"_s, true}})},
        {"fibre.los: a power cause", u"fibre.los"_s,
         fibreDown(u"offline"_s, {{u"onu.down_cause_class"_s, u"power"_s}})},
        {"fibre.los: online after a LOS", u"fibre.los"_s, with(fibre(), {{u"onu.down_cause_class"_s, u"los"_s}})},
        {"fibre.power_fail: 3 in 24 h repeats", u"fibre.power_fail"_s,
         fibreDown(u"power_fail"_s, {{u"onu.power_fails_24h"_s, 3}})},
        {"fibre.power_fail_repeated: 2 in 24 h", u"fibre.power_fail_repeated"_s,
         fibreDown(u"power_fail"_s, {{u"onu.power_fails_24h"_s, 2}})},
        {"fibre.power_fail_repeated: history unknown", u"fibre.power_fail_repeated"_s,
         fibreDown(u"power_fail"_s, {{u"onu.power_fails_24h"_s, gone}})},
        {"fibre.offline_degraded: online", u"fibre.offline_degraded"_s,
         with(fibre(), {{u"onu.down_cause_class"_s, u"degraded"_s}})},
        {"fibre.offline_unknown: a LOS cause", u"fibre.offline_unknown"_s,
         fibreDown(u"offline"_s, {{u"onu.down_cause_class"_s, u"los"_s}})},
        {"fibre.offline_unknown: status unknown", u"fibre.offline_unknown"_s,
         with(fibreDown(u"offline"_s), {{u"onu.status"_s, gone}})},
        {"fibre.disabled: online", u"fibre.disabled"_s, fibre()},
        {"fibre.rx_critical: -27 is the budget", u"fibre.rx_critical"_s, with(fibre(), {{u"onu.rx_dbm"_s, -27.0}})},
        {"fibre.rx_overload: -8 is the limit", u"fibre.rx_overload"_s, with(fibre(), {{u"onu.rx_dbm"_s, -8.0}})},
        {"fibre.olt_rx_low: -28 is the limit", u"fibre.olt_rx_low"_s, with(fibre(), {{u"onu.olt_rx_dbm"_s, -28.0}})},
        {"fibre.rx_weak: -24 is the limit", u"fibre.rx_weak"_s, with(fibre(), {{u"onu.rx_dbm"_s, -24.0}})},
        {"fibre.rx_drift: -2.9 dB is within", u"fibre.rx_drift"_s, with(fibre(), {{u"onu.rx_drift_db"_s, -2.9}})},
        {"fibre.rx_drift: stronger is no drift", u"fibre.rx_drift"_s, with(fibre(), {{u"onu.rx_drift_db"_s, 4.0}})},
        {"fibre.rx_weak: -27.01 is critical", u"fibre.rx_weak"_s, with(fibre(), {{u"onu.rx_dbm"_s, -27.01}})},
        {"fibre.rx_weak: ONU offline", u"fibre.rx_weak"_s, fibreDown(u"offline"_s, {{u"onu.rx_dbm"_s, -25.3}})},
        {"wireless.sm_offline: neighbours down too", u"wireless.sm_offline"_s, smOffline(apOutage(6, 3))},
        {"wireless.sm_offline: AP offline", u"wireless.sm_offline"_s, smOffline({{u"ap.online"_s, false}})},
        {"wireless.sm_offline: AP state unknown", u"wireless.sm_offline"_s, smOffline({{u"ap.online"_s, gone}})},
        {"wireless.snr_critical: 15 is the limit", u"wireless.snr_critical"_s,
         with(wireless(), {{u"sm.snr_db"_s, 15.0}})},
        {"wireless.rssi_critical: -80 is the limit", u"wireless.rssi_critical"_s,
         with(wireless(), {{u"sm.rssi_dbm"_s, -80.0}})},
        {"wireless.snr_weak: 25 is the limit", u"wireless.snr_weak"_s, with(wireless(), {{u"sm.snr_db"_s, 25.0}})},
        {"wireless.snr_weak: 14.9 is critical", u"wireless.snr_weak"_s, with(wireless(), {{u"sm.snr_db"_s, 14.9}})},
        {"wireless.rssi_weak: -75 is the limit", u"wireless.rssi_weak"_s,
         with(wireless(), {{u"sm.rssi_dbm"_s, -75.0}})},
        {"wireless.rssi_weak: -80.1 is critical", u"wireless.rssi_weak"_s,
         with(wireless(), {{u"sm.rssi_dbm"_s, -80.1}})},
        {"session.flapping_with_signal: 4 starts", u"session.flapping_with_signal"_s,
         with(fibre(), {{u"session.starts_1h"_s, 4}, {u"onu.rx_dbm"_s, -25.5}})},
        {"session.flapping_with_signal: good signal", u"session.flapping_with_signal"_s,
         with(fibre(), {{u"session.starts_1h"_s, 6}})},
        {"session.down_onu_online: suspended", u"session.down_onu_online"_s,
         with(fibre(), {{u"session.up"_s, false}, {u"crm.status"_s, u"suspended"_s}})},
        {"session.down_onu_online: router not asked", u"session.down_onu_online"_s,
         with(fibre(), {{u"session.up"_s, false}, {u"session.checked"_s, false}})},
        {"session.down_onu_online: ONU offline", u"session.down_onu_online"_s, fibreDown(u"offline"_s)},
        {"session.flapping: 4 starts", u"session.flapping"_s, with(fibre(), {{u"session.starts_1h"_s, 4}})},
        {"session.flapping: the signal agrees", u"session.flapping"_s,
         with(fibre(), {{u"session.starts_1h"_s, 5}, {u"onu.rx_dbm"_s, -25.0}})},
        {"admin.suspended: active", u"admin.suspended"_s, fibre()},
        {"admin.cancelled: suspended", u"admin.cancelled"_s, with(fibre(), {{u"crm.status"_s, u"suspended"_s}})},
        {"admin.not_linked: linked", u"admin.not_linked"_s, fibre()},
        {"admin.not_linked: CRM not asked", u"admin.not_linked"_s, with(fibre(), {{u"crm.known"_s, gone}})},
        {"admin.crm_router_mismatch: agree", u"admin.crm_router_mismatch"_s, fibre()},
        {"admin.secret_disabled: enabled", u"admin.secret_disabled"_s, fibre()},
        {"traffic.saturated: 89.9 %", u"traffic.saturated"_s, with(fibre(), {{u"traffic.load_pct"_s, 89.9}})},
        {"source.router_down: not configured", u"source.router_down"_s,
         with(fibre(), {{u"source.router"_s, u"not_configured"_s}})},
        {"source.smartolt_down: skipped", u"source.smartolt_down"_s,
         with(fibre(), {{u"source.smartolt"_s, u"skipped"_s}})},
        {"source.cnmaestro_down: ok", u"source.cnmaestro_down"_s, wireless()},
        {"subscriber.not_found: found", u"subscriber.not_found"_s, fibre()},
        {"healthy: a warning", u"healthy"_s, with(fibre(), {{u"onu.rx_dbm"_s, -25.0}})},
        {"healthy: no session", u"healthy"_s, with(fibre(), {{u"session.up"_s, false}})},
        {"healthy: nothing asked yet", u"healthy"_s, with({}, {{u"subscriber.found"_s, true}})},
    };
}

const Finding *findingOf(const Assessment &assessment, const QString &rule)
{
    for (const Finding &finding : assessment.findings) {
        if (finding.ruleId == rule)
            return &finding;
    }
    return nullptr;
}

QStringList ruleIdsOf(const Assessment &assessment)
{
    QStringList ids;
    for (const Finding &finding : assessment.findings)
        ids.append(finding.ruleId);
    return ids;
}

QString describe(const Assessment &assessment)
{
    QStringList lines{verdictId(assessment.headline) + u": "_s + assessment.headlineReason};
    for (const Finding &finding : assessment.findings) {
        lines.append(u"  "_s + finding.ruleId + u" "_s + verdictId(finding.verdict) + u" "_s
                     + severityId(finding.severity) + u": "_s + finding.reason);
    }
    return lines.join(u'\n');
}

Assessment evaluate(const FactSheet &facts, const Thresholds &thresholds = Thresholds::defaults())
{
    return RuleBook::builtIn().evaluate(facts, thresholds, now);
}

// A minimal valid rule file with `rule` patched in.
QByteArray rulesFile(const QByteArray &rules)
{
    return R"({"format": "beholder-rules/1", "rules": [)" + rules + "]}";
}

const QByteArray goodRule
    = R"({"id": "x.y", "verdict": "OK", "severity": "info", "title": "T", "when": "session.up", "reason": "R"})";

// Rule files with one mistake each, and the start of the message that must refuse them.
struct Invalid
{
    const char *name;
    QByteArray json;
    QString error;
};

QList<Invalid> invalidRuleFiles()
{
    QList<Invalid> rows;
    const auto rule = [](const QByteArray &fields) {
        return rulesFile(R"({"id": "x.y", "verdict": "OK", "severity": "info", "title": "T", )" + fields + "}");
    };
    rows.append(Invalid{"not JSON", QByteArray("{\"format\": "), u"not valid JSON: "_s});
    rows.append(Invalid{"not an object", QByteArray("[]"), u"a rules file is a JSON object"_s});
    rows.append(Invalid{"wrong format", QByteArray(R"({"format": "beholder-rules/9", "rules": []})"),
                        u"\"format\" must be \"beholder-rules/1\", not \"beholder-rules/9\""_s});
    rows.append(Invalid{"rules not a list", QByteArray(R"({"format": "beholder-rules/1", "rules": {}})"),
                        u"\"rules\" must be a list of rules"_s});
    rows.append(Invalid{"no rules", rulesFile(""), u"the rules file has no rules"_s});
    rows.append(Invalid{"unknown top field", QByteArray(R"({"format": "beholder-rules/1", "rule": []})"),
                        u"unknown field 'rule' at the top of the rules file"_s});
    rows.append(Invalid{"rule not an object", rulesFile("42"), u"rule 1: must be an object"_s});
    rows.append(Invalid{"missing id", rulesFile(R"({"verdict": "OK"})"), u"rule 1: 'id' is missing"_s});
    rows.append(Invalid{"bad id", rulesFile(R"({"id": "Fibre LOS", "verdict": "OK", "severity": "info",
                                    "title": "T", "when": "session.up", "reason": "R"})"),
                        u"rule 1 (Fibre LOS): the id 'Fibre LOS' must be lower-case words joined by dots"_s});
    rows.append(Invalid{"unknown verdict",
                        rulesFile(R"({"id": "x.y", "verdict": "DISPATCHED", "severity": "info", "title": "T",
                            "when": "session.up", "reason": "R"})"),
                        u"rule 1 (x.y): unknown verdict 'DISPATCHED' (one of MASS_OUTAGE, DISPATCH, CUSTOMER_SIDE, "
                        "ADMINISTRATIVE, REMOTE, OK)"_s});
    rows.append(
        Invalid{"unknown severity",
                rulesFile(R"({"id": "x.y", "verdict": "OK", "severity": "fatal", "title": "T", "when": "session.up",
                            "reason": "R"})"),
                u"rule 1 (x.y): unknown severity 'fatal' (one of info, warning, critical)"_s});
    rows.append(
        Invalid{"missing title",
                rulesFile(R"({"id": "x.y", "verdict": "OK", "severity": "info", "when": "session.up", "reason": "R"})"),
                u"rule 1 (x.y): 'title' is missing"_s});
    rows.append(Invalid{"missing when", rule(R"("reason": "R")"), u"rule 1 (x.y): 'when' is missing"_s});
    rows.append(Invalid{"when not text", rule(R"("when": 3, "reason": "R")"),
                        u"rule 1 (x.y): 'when' must be a non-empty string"_s});
    rows.append(Invalid{"bad condition", rule(R"("when": "(session.up && !session.checked", "reason": "R")"),
                        u"rule 1 (x.y): 'when': column 32: expected ')' to close the '(' at "
                        "column 1, found the end"_s});
    rows.append(Invalid{"condition of the wrong type", rule(R"("when": "onu.status < 3", "reason": "R")"),
                        u"rule 1 (x.y): 'when': column 12: '<' compares numbers, not "
                        "text"_s});
    rows.append(Invalid{"unknown fact", rule(R"("when": "onu.rx_dmb < -27", "reason": "R")"),
                        u"rule 1 (x.y): 'when' reads unknown fact 'onu.rx_dmb'"_s});
    rows.append(Invalid{"unknown threshold", rule(R"("when": "onu.rx_dbm < $rx_critical", "reason": "R")"),
                        u"rule 1 (x.y): 'when': column 14: unknown threshold '$rx_critical'"_s});
    rows.append(Invalid{"missing reason", rule(R"("when": "session.up")"), u"rule 1 (x.y): 'reason' is missing"_s});
    rows.append(Invalid{"bad reason format", rule(R"("when": "session.up", "reason": "up {session.uptime_s:hours}")"),
                        u"rule 1 (x.y): 'reason': column 22: unknown format ':hours' (use 0-6, "
                        "time, duration, duration_s, age or pct)"_s});
    rows.append(Invalid{"reason quotes an unknown fact",
                        rule(R"("when": "session.up", "reason": "on {session.router}")"),
                        u"rule 1 (x.y): 'reason' quotes unknown fact 'session.router'"_s});
    rows.append(Invalid{"reason formats text as a number", rule(R"("when": "session.up", "reason": "{onu.status:1}")"),
                        u"rule 1 (x.y): 'reason': column 13: ':1' needs a number, and 'onu.status' is text"_s});
    rows.append(Invalid{"reason unclosed brace", rule(R"("when": "session.up", "reason": "up {session.uptime_s")"),
                        u"rule 1 (x.y): 'reason': column 4: '{' is not closed"_s});
    rows.append(Invalid{"reason unclosed optional",
                        rule(R"("when": "session.up", "reason": "up[[ for {session.uptime_s}")"),
                        u"rule 1 (x.y): 'reason': column 3: '[[' is not closed with ']]'"_s});
    rows.append(Invalid{"unknown field", rule(R"("when": "session.up", "reason": "R", "reasn": "R")"),
                        u"rule 1 (x.y): unknown field 'reasn'"_s});
    rows.append(Invalid{"block not a bool", rule(R"("when": "session.up", "reason": "R", "block": "yes")"),
                        u"rule 1 (x.y): 'block' must be true or false"_s});
    rows.append(Invalid{"variants not a list", rule(R"("when": "session.up", "reason": "R", "variants": {})"),
                        u"rule 1 (x.y): 'variants' must be a list"_s});
    rows.append(Invalid{"variant changes nothing",
                        rule(R"("when": "session.up", "reason": "R", "variants": [{"when": "session.checked"}])"),
                        u"rule 1 (x.y): variant 1: changes nothing: give it a verdict, severity, title or reason"_s});
    rows.append(Invalid{
        "variant with a bad verdict",
        rule(R"("when": "session.up", "reason": "R", "variants": [{"when": "session.checked", "verdict": "NOC"}])"),
        u"rule 1 (x.y): variant 1: unknown verdict 'NOC'"_s});
    rows.append(Invalid{
        "variant with a bad condition",
        rule(R"("when": "session.up", "reason": "R", "variants": [{"when": "session.checked ==", "reason": "S"}])"),
        u"rule 1 (x.y): variant 1: 'when': column 19: the condition ends where a value was expected"_s});
    rows.append(
        Invalid{"duplicate id", rulesFile(goodRule + "," + goodRule), u"duplicate rule id 'x.y' (rules 1 and 2)"_s});
    rows.append(Invalid{"second rule is the bad one",
                        rulesFile(goodRule + R"(, {"id": "z", "verdict": "OK", "severity": "info", "title": "T",
                                        "when": "known(", "reason": "R"})"),
                        u"rule 2 (z): 'when': column 7: known() takes a fact name, not the end"_s});
    return rows;
}

} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void builtIn_parses()
    {
        QFile file(u":/beholder/triage/rules.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<RuleBook> book = RuleBook::fromJson(file.readAll(), &error);
        QVERIFY2(book, qPrintable(error));
        QCOMPARE(book->ids(), RuleBook::builtIn().ids());

        const QStringList required{u"outage.pon"_s,
                                   u"outage.ap"_s,
                                   u"outage.router"_s,
                                   u"fibre.los"_s,
                                   u"fibre.power_fail"_s,
                                   u"fibre.power_fail_repeated"_s,
                                   u"fibre.offline_degraded"_s,
                                   u"fibre.offline_unknown"_s,
                                   u"fibre.disabled"_s,
                                   u"fibre.rx_weak"_s,
                                   u"fibre.rx_critical"_s,
                                   u"fibre.rx_overload"_s,
                                   u"fibre.olt_rx_low"_s,
                                   u"fibre.rx_drift"_s,
                                   u"session.down_onu_online"_s,
                                   u"session.flapping"_s,
                                   u"session.flapping_with_signal"_s,
                                   u"admin.suspended"_s,
                                   u"admin.cancelled"_s,
                                   u"admin.not_linked"_s,
                                   u"admin.crm_router_mismatch"_s,
                                   u"admin.secret_disabled"_s,
                                   u"wireless.sm_offline"_s,
                                   u"wireless.snr_weak"_s,
                                   u"wireless.rssi_weak"_s,
                                   u"wireless.snr_critical"_s,
                                   u"wireless.rssi_critical"_s,
                                   u"traffic.saturated"_s,
                                   u"source.router_down"_s,
                                   u"source.smartolt_down"_s,
                                   u"source.cnmaestro_down"_s,
                                   u"healthy"_s};
        for (const QString &id : required)
            QVERIFY2(RuleBook::builtIn().rule(id), qPrintable(id));
        QVERIFY(!RuleBook::builtIn().rule(u"fibre.nope"_s));

        // Every fact a rule reads is a documented one.
        for (const Rule &rule : RuleBook::builtIn().rules()) {
            for (const QString &fact : rule.facts())
                QVERIFY2(factType(fact), qPrintable(rule.id + u": "_s + fact));
        }
    }

    void everyRule_hasAFiringCaseAndANearMiss()
    {
        QSet<QString> firing;
        for (const Firing &c : firingCases())
            firing.insert(c.rule);
        QSet<QString> missing;
        for (const NearMiss &c : nearMisses())
            missing.insert(c.rule);
        const QStringList ids = RuleBook::builtIn().ids();
        const QSet<QString> all(ids.cbegin(), ids.cend());
        QCOMPARE(firing, all);
        QCOMPARE(missing, all);
    }

    void everyRule_isDocumented()
    {
        QFile doc(u"" BEHOLDER_SOURCE_DIR "/docs/diagnosis.md"_s);
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype rules = text.indexOf(u"\n## Rules"_s);
        QVERIFY(rules > 0);
        for (const QString &id : RuleBook::builtIn().ids())
            QVERIFY2(text.indexOf(u"| `"_s + id + u"` |"_s, rules) > 0, qPrintable(id));
    }

    void fires_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<FactSheet>("facts");
        QTest::addColumn<Verdict>("headline");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("reason");
        for (const Firing &c : firingCases())
            QTest::newRow(c.name) << c.rule << c.facts << c.headline << c.verdict << c.severity << c.reason;
    }

    void fires()
    {
        QFETCH(QString, rule);
        QFETCH(FactSheet, facts);
        QFETCH(Verdict, headline);
        QFETCH(Verdict, verdict);
        QFETCH(Severity, severity);
        QFETCH(QString, reason);
        const Assessment assessment = evaluate(facts);
        const Finding *finding = findingOf(assessment, rule);
        QVERIFY2(finding, qPrintable(describe(assessment)));
        QCOMPARE(finding->reason, reason);
        QCOMPARE(verdictId(finding->verdict), verdictId(verdict));
        QCOMPARE(severityId(finding->severity), severityId(severity));
        QCOMPARE(verdictId(assessment.headline), verdictId(headline));
        QVERIFY(!finding->title.isEmpty());
        QVERIFY(!finding->facts.isEmpty());
        for (const QString &fact : finding->facts)
            QVERIFY2(RuleBook::builtIn().rule(rule)->facts().contains(fact), qPrintable(fact));
    }

    void doesNotFire_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<FactSheet>("facts");
        for (const NearMiss &c : nearMisses())
            QTest::newRow(c.name) << c.rule << c.facts;
    }

    void doesNotFire()
    {
        QFETCH(QString, rule);
        QFETCH(FactSheet, facts);
        const Assessment assessment = evaluate(facts);
        QVERIFY2(!findingOf(assessment, rule), qPrintable(describe(assessment)));
    }

    void massOutage_beatsDispatch_bothListed()
    {
        const Assessment a
            = evaluate(fibreDown(u"los"_s,
                                 ponOutage(40, 37, 35, 2, at(10, 42))
                                     + FactList{{u"onu.down_cause_class"_s, u"los"_s}, {u"onu.down_minutes"_s, 48}}));
        QCOMPARE(verdictId(a.headline), u"MASS_OUTAGE"_s);
        QCOMPARE(a.headlineRuleId, u"outage.pon"_s);
        QCOMPARE(a.headlineReason, u"37 of 40 ONUs on OLT-CENTRO 0/1/3 down since 10:42 (35 LOS, 2 power)"_s);
        QCOMPARE(ruleIdsOf(a), (QStringList{u"outage.pon"_s, u"fibre.los"_s}));
        QCOMPARE(verdictId(a.findings.at(1).verdict), u"DISPATCH"_s);
        QCOMPARE(a.findings.at(1).reason, u"ONU in LOS for 48 min: the fibre is cut or disconnected"_s);
    }

    void suspended_isListedFirst_evenWhenDispatchIsTheHeadline()
    {
        const Assessment a = evaluate(fibreDown(u"los"_s,
                                                {{u"onu.down_cause_class"_s, u"los"_s},
                                                 {u"crm.status"_s, u"suspended"_s},
                                                 {u"crm.status_raw"_s, u"blocked"_s},
                                                 {u"crm.router_mismatch"_s, true},
                                                 {u"crm.node"_s, u"VMA-CCR-02"_s}}));
        QCOMPARE(verdictId(a.headline), u"DISPATCH"_s);
        QCOMPARE(a.headlineRuleId, u"fibre.los"_s);
        QCOMPARE(a.headlineReason, u"ONU in LOS: the fibre is cut or disconnected"_s);
        QCOMPARE(ruleIdsOf(a), (QStringList{u"admin.suspended"_s, u"fibre.los"_s, u"admin.crm_router_mismatch"_s}));
    }

    void findings_areOrderedByVerdictThenSeverityThenRuleOrder()
    {
        const Assessment a = evaluate(with(fibre(),
                                           {{u"crm.known"_s, false},
                                            {u"crm.status"_s, gone},
                                            {u"secret.disabled"_s, true},
                                            {u"session.up"_s, false},
                                            {u"source.smartolt"_s, u"down"_s},
                                            {u"onu.olt_rx_dbm"_s, -29.0}}));
        QCOMPARE(ruleIdsOf(a),
                 (QStringList{u"admin.secret_disabled"_s, u"admin.not_linked"_s, u"session.down_onu_online"_s,
                              u"fibre.olt_rx_low"_s, u"source.smartolt_down"_s}));
        QCOMPARE(verdictId(a.headline), u"ADMINISTRATIVE"_s);
        QCOMPARE(a.headlineRuleId, u"admin.secret_disabled"_s); // critical beats the not-linked warning
    }

    void headline_isTheMostSevereFindingOfTheWinningVerdict()
    {
        // An offline ONU without a cause (DISPATCH warning) whose last Rx was below the budget (DISPATCH
        // critical): the critical one explains the headline although its rule comes later.
        const Assessment a = evaluate(fibreDown(u"offline"_s, {{u"onu.rx_dbm"_s, -29.5}}));
        QCOMPARE(verdictId(a.headline), u"DISPATCH"_s);
        QCOMPARE(a.headlineRuleId, u"fibre.rx_critical"_s);
        QCOMPARE(ruleIdsOf(a), (QStringList{u"fibre.rx_critical"_s, u"fibre.offline_unknown"_s}));
    }

    void ties_goToTheRuleOrder()
    {
        // Two DISPATCH criticals: the line is in LOS and the cached Rx is below the budget. fibre.los comes first
        // in rules.json, so it explains the headline.
        const Assessment a = evaluate(fibreDown(u"los"_s, {{u"onu.rx_dbm"_s, -29.5}}));
        QCOMPARE(a.headlineRuleId, u"fibre.los"_s);
        QCOMPARE(ruleIdsOf(a), (QStringList{u"fibre.los"_s, u"fibre.rx_critical"_s}));
    }

    void healthy_isTheOnlyFindingOfAHealthyLine()
    {
        const Assessment a = evaluate(fibre());
        QCOMPARE(verdictId(a.headline), u"OK"_s);
        QCOMPARE(ruleIdsOf(a), QStringList{u"healthy"_s});
        QCOMPARE(a.headlineReason, u"Everything answers and is within thresholds"_s);
        QCOMPARE(a.findings.first().severity, Severity::Info);
        QCOMPARE(a.findings.first().facts,
                 (QStringList{u"subscriber.found"_s, u"session.up"_s, u"onu.status"_s, u"sm.online"_s}));
    }

    void healthy_survivesAnInfoFinding_whichExplainsTheHeadline()
    {
        const Assessment a = evaluate(with(fibre(), {{u"traffic.load_pct"_s, 97}}));
        QCOMPARE(ruleIdsOf(a), (QStringList{u"traffic.saturated"_s, u"healthy"_s}));
        QCOMPARE(a.headlineRuleId, u"traffic.saturated"_s);
        QCOMPARE(a.headlineReason, u"The line is full, not broken: live traffic at 97 % of the plan"_s);
    }

    void nothingKnown_isOkWithoutFindings()
    {
        const Assessment a = evaluate(FactSheet());
        QCOMPARE(verdictId(a.headline), u"OK"_s);
        QVERIFY(a.findings.isEmpty());
        QVERIFY(a.headlineRuleId.isEmpty());
        QCOMPARE(a.headlineReason, u"No rule applies to what is known so far"_s);
    }

    void finding_listsTheFactsItRead()
    {
        const Assessment a = evaluate(fibreDown(
            u"los"_s,
            {{u"onu.down_cause_class"_s, u"los"_s}, {u"onu.down_cause"_s, u"LOS"_s}, {u"onu.down_minutes"_s, 5}}));
        const Finding *los = findingOf(a, u"fibre.los"_s);
        QVERIFY(los);
        QCOMPARE(los->facts,
                 (QStringList{u"onu.status"_s, u"onu.down_cause_class"_s, u"onu.down_minutes"_s, u"onu.down_cause"_s}));
        QCOMPARE(los->title, u"ONU in LOS"_s);
    }

    void thresholds_comeFromTheProfile()
    {
        Thresholds strict;
        QVERIFY(strict.set(u"rx_critical_dbm"_s, -26));
        QVERIFY(strict.set(u"flap_starts_1h"_s, 3));
        const FactSheet facts = with(fibre(), {{u"onu.rx_dbm"_s, -26.5}, {u"session.starts_1h"_s, 3}});
        const Assessment byDefault = evaluate(facts);
        QCOMPARE(ruleIdsOf(byDefault), QStringList{u"fibre.rx_weak"_s});
        const Assessment a = evaluate(facts, strict);
        QCOMPARE(ruleIdsOf(a), (QStringList{u"fibre.rx_critical"_s, u"session.flapping_with_signal"_s}));
        QCOMPARE(findingOf(a, u"fibre.rx_critical"_s)->reason,
                 u"ONU Rx -26.5 dBm is weaker than -26 dBm: below the optical budget (dirty connector, bad splice or "
                 "damaged drop)"_s);
    }

    void variants_canChangeTheTitle()
    {
        const Assessment a = evaluate(fibreDown(u"power_fail"_s, ponOutage(40, 37, 2, 35, at(10, 42))));
        QCOMPARE(findingOf(a, u"outage.pon"_s)->title, u"Area power cut"_s);
        const Assessment b = evaluate(fibreDown(u"los"_s, ponOutage(40, 37, 35, 2, at(10, 42))));
        QCOMPARE(findingOf(b, u"outage.pon"_s)->title, u"PON port outage"_s);
    }

    void invalidRules_areRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        for (const Invalid &row : invalidRuleFiles())
            QTest::newRow(row.name) << row.json << row.error;
    }

    void invalidRules_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        const std::optional<RuleBook> book = RuleBook::fromJson(json, &message);
        QVERIFY(!book);
        QVERIFY2(message.startsWith(error), qPrintable(message));
        QVERIFY(!RuleBook::fromJson(json)); // without an error pointer too
    }

    void aValidCustomFile_loadsAndEvaluates()
    {
        QString error;
        const std::optional<RuleBook> book = RuleBook::fromJson(rulesFile(R"(
            {"id": "custom.down", "verdict": "REMOTE", "severity": "warning", "title": "Down",
             "when": "!session.up", "reason": "down[[ for {session.uptime_s:duration_s}]]",
             "variants": [{"when": "onu.status == 'los'", "verdict": "DISPATCH", "severity": "critical",
                           "reason": "LOS since {outage.pon.since:time}", "note": "a comment"}]}
        )"),
                                                                &error);
        QVERIFY2(book, qPrintable(error));
        QCOMPARE(book->rules().size(), 1);
        const Rule &rule = book->rules().first();
        QCOMPARE(rule.facts(),
                 (QStringList{u"session.up"_s, u"onu.status"_s, u"session.uptime_s"_s, u"outage.pon.since"_s}));
        Assessment a = book->evaluate(with({}, {{u"session.up"_s, false}}), Thresholds::defaults(), now);
        QCOMPARE(verdictId(a.headline), u"REMOTE"_s);
        QCOMPARE(a.headlineReason, u"down"_s);
        a = book->evaluate(with({}, {{u"session.up"_s, false}, {u"onu.status"_s, u"los"_s}}), Thresholds::defaults(),
                           now);
        QCOMPARE(verdictId(a.headline), u"DISPATCH"_s);
        QCOMPARE(severityId(a.findings.first().severity), u"critical"_s);
        QCOMPARE(a.headlineReason, u"LOS since ?"_s);
        a = book->evaluate(with({}, {{u"session.up"_s, true}}), Thresholds::defaults(), now);
        QVERIFY(a.findings.isEmpty());
    }

    void reasonTemplate_rendering_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FactSheet>("facts");
        QTest::addColumn<QString>("expected");
        const FactSheet facts = with({},
                                     {{u"onu.rx_dbm"_s, -27.449},
                                      {u"onu.down_minutes"_s, 125},
                                      {u"session.uptime_s"_s, 45},
                                      {u"outage.pon.since"_s, at(10, 42)},
                                      {u"outage.pon.ratio"_s, 0.93},
                                      {u"onu.status"_s, u"los"_s},
                                      {u"session.up"_s, true},
                                      {u"traffic.load_pct"_s, 3.0}});
        QTest::newRow("plain number, 2 decimals at most") << u"{onu.rx_dbm}"_s << facts << u"-27.45"_s;
        QTest::newRow("whole number") << u"{onu.down_minutes}"_s << facts << u"125"_s;
        QTest::newRow("trailing zeros") << u"{traffic.load_pct}"_s << facts << u"3"_s;
        QTest::newRow("decimals") << u"{onu.rx_dbm:1} {onu.rx_dbm:0} {onu.rx_dbm:3}"_s << facts
                                  << u"-27.4 -27 -27.449"_s;
        QTest::newRow("threshold") << u"{$rx_critical_dbm} / {$pon_outage_ratio:2}"_s << facts << u"-27 / 0.50"_s;
        QTest::newRow("time") << u"since {outage.pon.since:time}"_s << facts << u"since 10:42"_s;
        QTest::newRow("duration") << u"{onu.down_minutes:duration}"_s << facts << u"2 h 5 min"_s;
        QTest::newRow("duration in seconds") << u"{session.uptime_s:duration_s}"_s << facts << u"45 s"_s;
        QTest::newRow("percent") << u"{outage.pon.ratio:pct}"_s << facts << u"93 %"_s;
        QTest::newRow("text") << u"status {onu.status}"_s << facts << u"status los"_s;
        QTest::newRow("bool") << u"up: {session.up}"_s << facts << u"up: yes"_s;
        QTest::newRow("age") << u"{onu.status:age} old"_s << facts << u"less than a minute old"_s;
        QTest::newRow("unknown value") << u"Rx {onu.olt_rx_dbm:1} dBm"_s << facts << u"Rx ? dBm"_s;
        QTest::newRow("optional part kept")
            << u"LOS[[ for {onu.down_minutes:duration}]]."_s << facts << u"LOS for 2 h 5 min."_s;
        QTest::newRow("optional part dropped")
            << u"LOS[[ for {onu.down_minutes:duration}, {sm.snr_db} dB]]."_s << facts << u"LOS."_s;
        QTest::newRow("literal braces") << u"{{x}} and }} and [single] brackets"_s << facts
                                        << u"{x} and } and [single] brackets"_s;
        QTest::newRow("empty") << QString() << facts << QString();
    }

    void reasonTemplate_rendering()
    {
        QFETCH(QString, text);
        QFETCH(FactSheet, facts);
        QFETCH(QString, expected);
        QString error;
        const std::optional<ReasonTemplate> t = ReasonTemplate::parse(text, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->render(facts, Thresholds::defaults(), now), expected);
    }

    void reasonTemplate_errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("stray }") << u"a } b"_s << u"column 3: '}' without a matching '{'"_s;
        QTest::newRow("empty placeholder") << u"a {} b"_s << u"column 3: '{}' names no fact or threshold"_s;
        QTest::newRow("bad name") << u"{onu status}"_s << u"column 1: '{onu status}' is not a fact or threshold name"_s;
        QTest::newRow("unknown threshold") << u"{$nope}"_s << u"column 2: unknown threshold '$nope'"_s;
        QTest::newRow("age of a threshold") << u"{$rx_critical_dbm:age}"_s << u"column 19: ':age' is for facts"_s;
        QTest::newRow("nested optional") << u"[[a [[b]] c]]"_s << u"column 5: '[[' inside '[[ ]]'"_s;
        QTest::newRow("stray ]]") << u"a ]]"_s << u"column 3: ']]' without a matching '[['"_s;
        QTest::newRow("7 decimals") << u"{onu.rx_dbm:7}"_s << u"column 13: unknown format ':7'"_s;
    }

    void reasonTemplate_errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!ReasonTemplate::parse(text, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }

    void reasonTemplate_garbage_neverCrashes()
    {
        const QString alphabet = u"ab.$_:{}[]01 \\'time duration age pct\u0000\u00e9"_s;
        QStringList seeds;
        for (const Rule &rule : RuleBook::builtIn().rules())
            seeds.append(rule.reason.text());
        QRandomGenerator random(1490);
        const FactSheet facts = fibreDown(u"los"_s, ponOutage(40, 37, 35, 2, at(10, 42)));
        for (int i = 0; i < 10000; ++i) {
            QString text = seeds.at(int(random.bounded(int(seeds.size()))));
            for (int k = 0; k < 3; ++k) {
                const int where = int(random.bounded(int(text.size()) + 1));
                if (random.bounded(2) == 0)
                    text.insert(where, alphabet.at(int(random.bounded(int(alphabet.size())))));
                else
                    text.remove(where, 1);
            }
            QString error;
            if (const std::optional<ReasonTemplate> t = ReasonTemplate::parse(text, &error))
                t->render(facts, Thresholds::defaults(), now);
            else
                QVERIFY2(error.startsWith(u"column "_s), qPrintable(text + u" -> "_s + error));
        }
    }

    void formatters()
    {
        QCOMPARE(ReasonTemplate::formatDuration(0), u"0 s"_s);
        QCOMPARE(ReasonTemplate::formatDuration(59.9), u"59 s"_s);
        QCOMPARE(ReasonTemplate::formatDuration(60), u"1 min"_s);
        QCOMPARE(ReasonTemplate::formatDuration(3600), u"1 h"_s);
        QCOMPARE(ReasonTemplate::formatDuration(7500), u"2 h 5 min"_s);
        QCOMPARE(ReasonTemplate::formatDuration(47 * 3600 + 59 * 60), u"47 h 59 min"_s);
        QCOMPARE(ReasonTemplate::formatDuration(48 * 3600), u"2 days"_s);
        QCOMPARE(ReasonTemplate::formatDuration(76 * 3600 + 100), u"3 days 4 h"_s);
        QCOMPARE(ReasonTemplate::formatDuration(-5), u"0 s"_s);
        QCOMPARE(ReasonTemplate::formatAge(59), u"less than a minute"_s);
        QCOMPARE(ReasonTemplate::formatAge(12 * 60 + 30), u"12 min"_s);
        QCOMPARE(ReasonTemplate::formatAge(3 * 3600 + 3599), u"3 h"_s);
        QCOMPARE(ReasonTemplate::formatAge(50 * 3600), u"2 days"_s);
        QCOMPARE(ReasonTemplate::formatNumber(-0.004), u"0"_s);
        QCOMPARE(ReasonTemplate::formatNumber(-0.04, 1), u"0.0"_s);
        QCOMPARE(ReasonTemplate::formatNumber(2.5), u"2.5"_s);
        QCOMPARE(ReasonTemplate::formatNumber(-10), u"-10"_s);
        QCOMPARE(ReasonTemplate::formatNumber(1234567), u"1234567"_s);
        QCOMPARE(ReasonTemplate::formatClock(at(10, 42), now), u"10:42"_s);
        QCOMPARE(ReasonTemplate::formatClock(at(10, 42) - 86400, now), u"17 Nov 10:42"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rulebook.moc"
