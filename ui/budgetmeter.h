// SPDX-License-Identifier: GPL-3.0-or-later
// How much of a source account's hourly call budget is left, as the sync
// panel says it ("SmartOLT budget: 987 of 1,000 calls left this hour").
// CallBudget is a token bucket: it knows what may go now, not what went in
// the last hour. The meter keeps a few samples of the budget's running count
// of granted calls and takes the difference over the last hour; without a
// sample from an hour ago it counts every call since the process started,
// so the figure errs on the side of fewer calls left.
#pragma once

#include "net/callbudget.h"

#include <QList>
#include <QString>

#include <memory>

namespace Beholder {

class BudgetMeter final
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    // `clock` defaults to a steady clock; tests pass their own.
    explicit BudgetMeter(Clock clock = {});

    // Watches `budget` (null: none) from now on; another budget than before forgets the samples.
    void setBudget(std::shared_ptr<CallBudget> budget);
    bool hasBudget() const { return m_budget != nullptr; }

    // Reads the budget (cheap: a mutex and a few numbers) and records a sample.
    void sample();

    // The last sample's figures.
    bool unlimited() const { return m_snapshot.unlimited; }
    int callsPerHour() const { return m_snapshot.account.callsPerHour; }
    qint64 usedInLastHour() const;
    qint64 leftThisHour() const;
    const BudgetSnapshot &snapshot() const { return m_snapshot; }

    // "SmartOLT budget: 987 of 1,000 calls left this hour", plus the endpoint
    // that binds first when one has no call left ("get_all_onus_details: next call at 14:35").
    QString text(const QString &sourceName) const;

private:
    struct Sample
    {
        qint64 ms = 0;
        qint64 granted = 0;
    };

    Clock m_clock;
    std::shared_ptr<CallBudget> m_budget;
    BudgetSnapshot m_snapshot;
    QList<Sample> m_samples; // oldest first; the newest one at least an hour old is kept as the baseline
    qint64 m_nowMs = 0;
};

} // namespace Beholder
