// SPDX-License-Identifier: GPL-3.0-or-later
// Verdict and severity ids (stable, for JSON and rule files) and their labels for people.
#include "verdict.h"

#include <QCoreApplication>

#include <array>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array verdicts{Verdict::Ok,           Verdict::Remote,   Verdict::Administrative,
                              Verdict::CustomerSide, Verdict::Dispatch, Verdict::MassOutage};
constexpr std::array severities{Severity::Info, Severity::Warning, Severity::Critical};

} // namespace

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return u"OK"_s;
    case Verdict::Remote:
        return u"REMOTE"_s;
    case Verdict::Administrative:
        return u"ADMINISTRATIVE"_s;
    case Verdict::CustomerSide:
        return u"CUSTOMER_SIDE"_s;
    case Verdict::Dispatch:
        return u"DISPATCH"_s;
    case Verdict::MassOutage:
        return u"MASS_OUTAGE"_s;
    }
    return {};
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    for (const Verdict verdict : verdicts) {
        if (verdictId(verdict) == id)
            return verdict;
    }
    return std::nullopt;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QCoreApplication::translate("Triage::Verdict", "OK");
    case Verdict::Remote:
        return QCoreApplication::translate("Triage::Verdict", "REMOTE");
    case Verdict::Administrative:
        return QCoreApplication::translate("Triage::Verdict", "ADMINISTRATIVE");
    case Verdict::CustomerSide:
        return QCoreApplication::translate("Triage::Verdict", "CUSTOMER SIDE");
    case Verdict::Dispatch:
        return QCoreApplication::translate("Triage::Verdict", "DISPATCH");
    case Verdict::MassOutage:
        return QCoreApplication::translate("Triage::Verdict", "MASS OUTAGE");
    }
    return {};
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (const Severity severity : severities) {
        if (severityId(severity) == id)
            return severity;
    }
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Triage::Severity", "info");
    case Severity::Warning:
        return QCoreApplication::translate("Triage::Severity", "warning");
    case Severity::Critical:
        return QCoreApplication::translate("Triage::Severity", "critical");
    }
    return {};
}

QList<Verdict> allVerdicts()
{
    return {verdicts.begin(), verdicts.end()};
}

QList<Severity> allSeverities()
{
    return {severities.begin(), severities.end()};
}

} // namespace Beholder::Triage
