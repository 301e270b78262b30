// SPDX-License-Identifier: GPL-3.0-or-later
// What a diagnosis concludes: one headline verdict and every finding behind it. The verdicts are ordered by
// precedence (triage.md): a higher value wins the headline.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Beholder::Triage {

enum class Verdict {
    Ok = 0,
    Remote = 1,         // fix it from the desk: session, credentials, CPE, provisioning
    Administrative = 2, // billing or CRM: suspended, cancelled, not linked, CRM and router disagree
    CustomerSide = 3,   // the customer checks power or cabling before anything
    Dispatch = 4,       // send a technician
    MassOutage = 5,     // many neighbours down together: do not dispatch for this customer alone
};

enum class Severity {
    Info = 0,
    Warning = 1,
    Critical = 2,
};

struct Finding
{
    QString ruleId;                // "fibre.los"
    Verdict verdict = Verdict::Ok; // what this finding alone calls for
    Severity severity = Severity::Info;
    QString title;     // short: "ONU in LOS"
    QString reason;    // the rule's text with the values filled in
    QStringList facts; // the fact names the rule read (for "why" and the JSON)
};

struct Assessment
{
    Verdict headline = Verdict::Ok;
    QString headlineReason;  // one line for the banner: the deciding finding's reason
    QList<Finding> findings; // ordered for the operator: administrative blocks first, then by verdict and severity
    QString headlineRuleId;  // the deciding finding's rule ("" when nothing fired)
};

// Stable ids used in JSON and rule files: "MASS_OUTAGE", "DISPATCH", "CUSTOMER_SIDE", "ADMINISTRATIVE",
// "REMOTE", "OK".
QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);
// For people (translated): "MASS OUTAGE", "DISPATCH", "CUSTOMER SIDE", "ADMINISTRATIVE", "REMOTE", "OK".
QString verdictLabel(Verdict verdict);
// "info" | "warning" | "critical".
QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString &id);
// For people (translated): "info", "warning", "critical".
QString severityLabel(Severity severity);
// Every value, lowest first (for validation messages and pickers).
QList<Verdict> allVerdicts();
QList<Severity> allSeverities();

} // namespace Beholder::Triage

Q_DECLARE_METATYPE(Beholder::Triage::Assessment)
