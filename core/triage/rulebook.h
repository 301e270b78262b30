// SPDX-License-Identifier: GPL-3.0-or-later
// The triage rules as data (core/triage/rules.json, docs/diagnosis.md "Rules") and their evaluation: every
// rule whose condition fires over the facts and thresholds becomes a Finding; the highest verdict is the
// headline (docs/diagnosis.md, "Verdict precedence").
#pragma once

#include "expression.h"
#include "factsheet.h"
#include "reasontemplate.h"
#include "thresholds.h"
#include "verdict.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Beholder::Triage {

// An alternative outcome of a rule: the first variant whose condition fires replaces the fields it sets.
struct RuleVariant
{
    Expression when;
    std::optional<Verdict> verdict;
    std::optional<Severity> severity;
    std::optional<QString> title;
    std::optional<ReasonTemplate> reason;
};

struct Rule
{
    QString id;
    Verdict verdict = Verdict::Ok;
    Severity severity = Severity::Info;
    QString title;
    Expression when;
    ReasonTemplate reason;
    QList<RuleVariant> variants;
    bool block = false;         // an administrative block: listed before every other finding
    bool onlyWhenClear = false; // fires only if no other finding has a verdict above OK or a warning

    // Every fact the rule reads: its condition's, its variants', its reasons'.
    QStringList facts() const;
};

class RuleBook
{
public:
    static constexpr const char *formatTag = "beholder-rules/1"; // the "format" of a rules file

    // The rules compiled into the program (:/beholder/triage/rules.json).
    static const RuleBook &builtIn();

    // Parses and checks a rules file: the format tag, every field of every rule (unknown verdict or
    // severity, a condition that does not parse or compares unlike types, a fact not in the catalogue, an
    // unknown threshold, a bad reason template, duplicate ids, unknown fields). The first problem refuses the
    // whole file: "rule 4 (fibre.los): 'when': column 12: expected ')' ...".
    static std::optional<RuleBook> fromJson(const QByteArray &json, QString *error = nullptr);

    // The findings of every rule that fires and the headline. `now` (unix seconds) is what reasons measure
    // ages and clock times against; the first form uses the current time.
    Assessment evaluate(const FactSheet &facts, const Thresholds &thresholds) const;
    Assessment evaluate(const FactSheet &facts, const Thresholds &thresholds, qint64 now) const;

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;
    QStringList ids() const;

private:
    QList<Rule> m_rules;
};

} // namespace Beholder::Triage
