// SPDX-License-Identifier: GPL-3.0-or-later
// The demo ISP's catalogue of diagnosis scenarios: for each case the rules must tell apart (a cut PON port, a
// single LOS, a dying gasp, weak optics, a suspended account, a flapping session...), one PPPoE user of the
// demo ISP whose line is in exactly that state and otherwise clean, with the verdict and the rule the
// diagnosis must give. Training, tests and benchmarks pick users from here. Some of the state is live only
// (a session that is down although the ONU is up, a flapping session, a saturated line): the simulator
// serves it from DemoLiveState.
#pragma once

#include "demo/demogenerator.h"
#include "model/entities.h"
#include "triage/verdict.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Beholder::Demo {

struct DemoScenario
{
    QString id;           // "single_los"
    QString title;        // "Loss of signal on one ONU"
    QString pppoeUser;    // the user to diagnose
    QString customerName; // the CRM customer's name; for a "not linked" line, the name the installer left
    Triage::Verdict expected = Triage::Verdict::Ok;
    QString expectedRule; // the rule that must fire: "fibre.los"
    QString description;  // what is wrong with the line and what the operator should conclude
};

// What the routers say live that the dataset does not hold: the simulator serves it.
struct DemoLiveState
{
    QSet<QString> sessionsDown;                    // PPPoE users whose session is down although the line is up
    QHash<QString, QList<UnixTime>> sessionStarts; // per user, for the router log, newest last
    QHash<QString, double> trafficLoad;            // per user, live download as a fraction of the plan (0.97)
};

struct DemoIsp
{
    IspDataset data;
    QList<DemoScenario> scenarios; // in catalogue order (scenarioIds()); some may be missing on tiny datasets
    DemoLiveState live;
};

// The dataset of generateIsp() (the same value: generateIsp(o) == generateDemoIsp(o).data), its scenarios and
// its live state. Deterministic per seed and customer count; which users are picked does not depend on `now`.
// Every scenario is present from 300 customers up; below that a scenario is left out when the dataset has no
// line that fits it (the ADR-005 "not linked" installs are the first to run out).
DemoIsp generateDemoIsp(const DemoOptions &options);

// The catalogue's ids, in order: fibre_cut_pon, ap_down, single_los, dying_gasp, weak_optics,
// overloaded_optics, suspended_account, not_linked, pppoe_down_onu_online, flapping_session, weak_wireless,
// saturated_line, healthy.
QStringList scenarioIds();
// The catalogue entry for `id` with its title, verdict, rule and description, without a user; an empty id
// when there is no such scenario.
DemoScenario scenarioTemplate(const QString &id);
// The scenario with this id, or nullptr.
const DemoScenario *findScenario(const QList<DemoScenario> &scenarios, const QString &id);
// The demo's PPPoE re-dial: the session before one that started at `start` ended 15 to 50 s earlier. The
// generator (a secret's last-logged-out) and the simulated router's log both use it, so they agree.
UnixTime sessionEndBefore(UnixTime start);
// The verdict's stable id as the rules and the JSON say it: "MASS_OUTAGE", "DISPATCH", "CUSTOMER_SIDE",
// "ADMINISTRATIVE", "REMOTE", "OK".
QString scenarioVerdictId(Triage::Verdict verdict);

} // namespace Beholder::Demo
