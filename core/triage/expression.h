// SPDX-License-Identifier: GPL-3.0-or-later
// The condition language of the rules (docs/diagnosis.md, "Rules"): facts (`onu.rx_dbm`), thresholds
// (`$rx_critical_dbm`), numbers, 'text', true/false, `== != < <= > >=`, `&& || !`, parentheses,
// `x in ['los', 'power']` and `known(onu.rx_dbm)`. Parsed once into a tree; evaluated over a FactSheet and
// the thresholds in three-valued logic: an absent fact is unknown, a comparison with an unknown side is
// unknown, `!unknown` is unknown, `false && unknown` is false and `true || unknown` is true. A condition
// fires only when it is true.
#pragma once

#include "factsheet.h"
#include "thresholds.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Beholder::Triage {

enum class Truth {
    False,
    True,
    Unknown,
};

class Expression
{
public:
    // Longest accepted condition, and deepest nesting of parentheses, `!` and `-`.
    static constexpr qsizetype maxLength = 4000;
    static constexpr int maxDepth = 64;

    struct Node;

    // An empty expression: evaluates to unknown (never fires).
    Expression();

    // Parses `text`. On a syntax or type error returns nullopt and sets `error` to a message that starts with
    // the 1-based column ("column 14: expected ')' to close the '(' at column 3") and `errorColumn` to that
    // column. Fact names are not checked against the catalogue here (RuleBook does that), thresholds are.
    static std::optional<Expression> parse(const QString &text, QString *error = nullptr,
                                           qsizetype *errorColumn = nullptr);

    Truth evaluate(const FactSheet &facts, const Thresholds &thresholds) const;
    bool fires(const FactSheet &facts, const Thresholds &thresholds) const
    {
        return evaluate(facts, thresholds) == Truth::True;
    }

    bool isNull() const { return !m_root; }
    const QString &text() const { return m_text; }
    // The fact names it reads and the thresholds it uses, each once, in order of appearance.
    const QStringList &facts() const { return m_facts; }
    const QStringList &thresholds() const { return m_thresholds; }
    // The tree, fully bracketed, for tests and "why": "(&& (== onu.status 'los') (! session.up))".
    QString dump() const;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
    QStringList m_facts;
    QStringList m_thresholds;
};

} // namespace Beholder::Triage
