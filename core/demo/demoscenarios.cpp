// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario catalogue's fixed part: ids, titles, expected verdicts and rules, descriptions. Which user
// plays each scenario is decided by the generator (demogenerator.cpp), which plants the states.
#include "demoscenarios.h"

namespace Beholder::Demo {

using namespace Qt::Literals::StringLiterals;
using Triage::Verdict;

namespace {

const QList<DemoScenario> &catalogue()
{
    static const QList<DemoScenario> scenarios = {
        {u"fibre_cut_pon"_s,
         u"Fibre cut on a PON port"_s,
         {},
         {},
         Verdict::MassOutage,
         u"outage.pon"_s,
         u"Every ONU on the customer's PON port lost signal within the same three minutes, about 40 minutes ago: "
         "a feeder fibre is cut. Do not send a technician for this customer alone."_s},
        {u"ap_down"_s,
         u"Access point down"_s,
         {},
         {},
         Verdict::MassOutage,
         u"outage.ap"_s,
         u"The customer's access point is down and every subscriber module on it dropped with it, about 35 "
         "minutes ago. The tower needs attention, not the customer's antenna."_s},
        {u"single_los"_s,
         u"Loss of signal on one ONU"_s,
         {},
         {},
         Verdict::Dispatch,
         u"fibre.los"_s,
         u"The ONU went into LOS less than two hours ago while its neighbours on the port stayed up: the drop "
         "cable or the connector at the customer's end. Send a technician."_s},
        {u"dying_gasp"_s,
         u"Power failure at the customer's"_s,
         {},
         {},
         Verdict::CustomerSide,
         u"fibre.power_fail"_s,
         u"The ONU sent a dying gasp less than an hour ago, its only power failure in the last 24 hours: the "
         "customer's ONU lost power. Ask the customer to check the power supply first."_s},
        {u"weak_optics"_s,
         u"Optical signal below budget"_s,
         {},
         {},
         Verdict::Dispatch,
         u"fibre.rx_critical"_s,
         u"The ONU is online but receives about -28.7 dBm, below the -27 dBm budget: a dirty connector, a tight "
         "bend or a bad splice. Send a technician with a power meter."_s},
        {u"overloaded_optics"_s,
         u"Optical overload"_s,
         {},
         {},
         Verdict::Dispatch,
         u"fibre.rx_overload"_s,
         u"The ONU receives about -6.2 dBm, stronger than -8 dBm: the receiver is overloaded and needs an "
         "attenuator. Send a technician."_s},
        {u"suspended_account"_s,
         u"Suspended account"_s,
         {},
         {},
         Verdict::Administrative,
         u"admin.suspended"_s,
         u"The customer is suspended for debt in the CRM and the router has the secret disabled; the line "
         "itself is healthy. Billing, not a technician."_s},
        {u"not_linked"_s,
         u"Secret the CRM does not know"_s,
         {},
         {},
         Verdict::Administrative,
         u"admin.not_linked"_s,
         u"A router holds this PPP secret but no CRM connection names it (ADR-005): an install that never "
         "reached the CRM. The line is healthy; the ONU is found by its PPPoE user or name. Fix the CRM."_s},
        {u"pppoe_down_onu_online"_s,
         u"ONU online, no PPPoE session"_s,
         {},
         {},
         Verdict::Remote,
         u"session.down_onu_online"_s,
         u"The ONU is online with good optics and the secret is enabled, but the router has no PPPoE session "
         "for the user since about half an hour: credentials, the router or the customer's CPE. Fix it from the "
         "desk."_s},
        {u"flapping_session"_s,
         u"Flapping PPPoE session"_s,
         {},
         {},
         Verdict::Remote,
         u"session.flapping"_s,
         u"The optics are healthy but the PPPoE session started seven times in the last hour (the router's log "
         "says so) and the current one is a few minutes old: a CPE rebooting or a bad cable behind the ONU."_s},
        {u"weak_wireless"_s,
         u"Weak radio link"_s,
         {},
         {},
         Verdict::Dispatch,
         u"wireless.snr_critical"_s,
         u"The subscriber module is online but at about 11 dB SNR and -83 dBm, while its access point and "
         "neighbours are fine: the antenna is misaligned or obstructed. Send a technician to align it."_s},
        {u"saturated_line"_s,
         u"Line saturated by the customer's own use"_s,
         {},
         {},
         Verdict::Ok,
         u"traffic.saturated"_s,
         u"Everything is up and healthy; the live traffic runs at about 97% of the plan's download speed. The "
         "line is full, not broken."_s},
        {u"healthy"_s,
         u"Healthy fibre line"_s,
         {},
         {},
         Verdict::Ok,
         u"healthy"_s,
         u"Fibre, account active, ONU online with good optics, session up, traffic well below the plan: "
         "nothing to fix."_s},
    };
    return scenarios;
}

} // namespace

QStringList scenarioIds()
{
    QStringList ids;
    for (const DemoScenario &scenario : catalogue())
        ids.append(scenario.id);
    return ids;
}

DemoScenario scenarioTemplate(const QString &id)
{
    for (const DemoScenario &scenario : catalogue()) {
        if (scenario.id == id)
            return scenario;
    }
    return {};
}

const DemoScenario *findScenario(const QList<DemoScenario> &scenarios, const QString &id)
{
    for (const DemoScenario &scenario : scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

UnixTime sessionEndBefore(UnixTime start)
{
    const qint64 spread = ((start % 36) + 36) % 36;
    return start - 15 - spread;
}

QString scenarioVerdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::MassOutage:
        return u"MASS_OUTAGE"_s;
    case Verdict::Dispatch:
        return u"DISPATCH"_s;
    case Verdict::CustomerSide:
        return u"CUSTOMER_SIDE"_s;
    case Verdict::Administrative:
        return u"ADMINISTRATIVE"_s;
    case Verdict::Remote:
        return u"REMOTE"_s;
    case Verdict::Ok:
        break;
    }
    return u"OK"_s;
}

} // namespace Beholder::Demo
