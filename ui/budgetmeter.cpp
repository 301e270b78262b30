// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetmeter.h"

#include <QCoreApplication>
#include <QLocale>

#include <chrono>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600 * 1000;
// Samples closer together than this add nothing to an hour's count.
constexpr qint64 sampleSpacingMs = 30 * 1000;

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BudgetMeter)
};

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

BudgetMeter::BudgetMeter(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock(steadyMs))
{ }

void BudgetMeter::setBudget(std::shared_ptr<CallBudget> budget)
{
    if (budget == m_budget) {
        sample();
        return;
    }
    m_budget = std::move(budget);
    m_samples.clear();
    m_snapshot = {};
    if (m_budget)
        sample();
}

void BudgetMeter::sample()
{
    if (!m_budget)
        return;
    m_snapshot = m_budget->snapshot();
    m_nowMs = m_clock();
    const Sample sample{m_nowMs, m_snapshot.granted};
    // Keep one sample per spacing interval (the latest of it), so a panel open for hours keeps ~120 of them.
    if (m_samples.size() >= 2 && m_nowMs - m_samples.at(m_samples.size() - 2).ms < sampleSpacingMs)
        m_samples.last() = sample;
    else
        m_samples.append(sample);
    // Drop what is older than the newest sample that is an hour old: that one is the baseline.
    qsizetype baseline = -1;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        if (m_nowMs - m_samples.at(i).ms >= hourMs)
            baseline = i;
    }
    if (baseline > 0)
        m_samples.remove(0, baseline);
}

qint64 BudgetMeter::usedInLastHour() const
{
    if (m_samples.isEmpty())
        return 0;
    const Sample &oldest = m_samples.constFirst();
    // Without a sample an hour old, every call counted since the process started may be recent.
    const qint64 baseline = m_nowMs - oldest.ms >= hourMs ? oldest.granted : 0;
    return std::max<qint64>(0, m_snapshot.granted - baseline);
}

qint64 BudgetMeter::leftThisHour() const
{
    return std::max<qint64>(0, callsPerHour() - usedInLastHour());
}

QString BudgetMeter::text(const QString &sourceName) const
{
    if (!m_budget)
        return {};
    const QLocale locale;
    if (m_snapshot.unlimited)
        return Tr::tr("%1 budget: no hourly limit").arg(sourceName);
    QString text;
    if (callsPerHour() > 0)
        text = Tr::tr("%1 budget: %2 of %3 calls left this hour")
                   .arg(sourceName, locale.toString(leftThisHour()), locale.toString(callsPerHour()));
    else
        text = Tr::tr("%1 budget").arg(sourceName);
    // The limit that stops the next sync first: an endpoint (or the account) with no call left for a while.
    const auto when = [&](qint64 ms) { return m_snapshot.takenAt.addMSecs(ms).toLocalTime().toString(u"HH:mm"_s); };
    constexpr qint64 worthSayingMs = 60 * 1000;
    if (callsPerHour() > 0 && m_snapshot.account.remaining == 0 && m_snapshot.account.msUntilNext > worthSayingMs)
        text += Tr::tr("  ·  no call before %1").arg(when(m_snapshot.account.msUntilNext));
    for (const BudgetSnapshot::Bucket &endpoint : m_snapshot.endpoints) {
        if (endpoint.remaining == 0 && endpoint.msUntilNext > worthSayingMs)
            text += Tr::tr("  ·  %1 (%2 per hour): next call at %3")
                        .arg(endpoint.endpoint, locale.toString(endpoint.callsPerHour), when(endpoint.msUntilNext));
    }
    return text;
}

} // namespace Beholder
