// SPDX-License-Identifier: GPL-3.0-or-later
// A rule's reason text with the values filled in: "ONU Rx {onu.rx_dbm:1} dBm is weaker than
// {$rx_critical_dbm} dBm". Placeholders are `{fact.name}` or `{$threshold}`, with an optional format:
//   {x:1}          a number with that many decimals (0-6); without a format a number shows up to 2 decimals
//   {x:time}       a unix time as the local clock ("10:42"; "3 Nov 10:42" when not today)
//   {x:duration}   minutes as "2 h 5 min"; {x:duration_s} the same from seconds ("45 s" under a minute)
//   {x:age}        how old the fact is (its `at` against the evaluation time): "3 h", "12 min"
//   {x:pct}        a ratio as a percentage: 0.93 -> "93 %"
// A part in [[double brackets]] is left out unless every value it quotes is known; outside them an unknown
// value shows as "?". `{{` and `}}` are literal braces.
#pragma once

#include "factsheet.h"
#include "thresholds.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Beholder::Triage {

class ReasonTemplate
{
public:
    struct Part;

    ReasonTemplate();

    // On error returns nullopt and sets `error` ("column 12: unknown format ':hours' ...").
    static std::optional<ReasonTemplate> parse(const QString &text, QString *error = nullptr);

    // The text with the values filled in. `now` (unix seconds) is what `:age` and `:time` measure against.
    // `quoted`, when given, receives the facts whose values the rendered text shows.
    QString render(const FactSheet &facts, const Thresholds &thresholds, qint64 now,
                   QStringList *quoted = nullptr) const;

    const QString &text() const { return m_text; }
    // Every fact and threshold a placeholder names, each once, in order of appearance.
    const QStringList &facts() const { return m_facts; }
    const QStringList &thresholds() const { return m_thresholds; }

    // The formatters, shared with tests and anyone who wants the same wording.
    static QString formatNumber(double value, int decimals = -1); // -1: up to 2 decimals, trailing zeros cut
    static QString formatDuration(double seconds);                // "45 s", "12 min", "2 h 5 min", "3 days 4 h"
    static QString formatAge(qint64 seconds);                     // "less than a minute", "12 min", "3 h", "2 days"
    static QString formatClock(qint64 unixTime, qint64 now);      // "10:42", or "3 Nov 10:42" on another day

private:
    std::shared_ptr<const std::vector<Part>> m_parts;
    QString m_text;
    QStringList m_facts;
    QStringList m_thresholds;
};

} // namespace Beholder::Triage
