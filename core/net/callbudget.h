// SPDX-License-Identifier: GPL-3.0-or-later
// How many calls a source account may still make, so that Beholder spends a
// vendor's hourly quota on purpose (SmartOLT: 1,000/h per account, some
// endpoints far less) instead of earning 429s. One budget per account, shared
// by every client of that account in the process (the sync and, later, the
// live diagnosis): a thread-safe registry hands out the same object.
//
// Not persisted across restarts: a restart is rare next to an hour, and the
// server's own 429 + Retry-After (which the budget learns from, holdOff())
// covers the gap; persisting would put a settings write on every call.
#pragma once

#include "sources/sourceconfig.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace Beholder {

struct BudgetLimits
{
    // Calls per rolling hour for the whole account; 0 = unlimited.
    int callsPerHour = 0;
    // Calls that may go at once before the pace sets in; 0 = a tenth of
    // callsPerHour (at least 1, at most half). The bucket then refills at
    // (callsPerHour - burst) per (hour + MaxWaitMs), so that no rolling hour
    // of actual sends ever sees more than callsPerHour calls, even when calls
    // counted now are sent up to MaxWaitMs later.
    int burst = 0;
    // Tighter limits of single endpoints ("get_onu_signal" -> 500), counted
    // on top of the account's.
    QHash<QString, int> endpointCallsPerHour;

    bool operator==(const BudgetLimits &other) const = default;
};

struct BudgetDecision
{
    enum class Verdict {
        Go,      // send now (the call is counted)
        Wait,    // send after waitMs (the call is counted; refund() it if it is never sent)
        Refused, // not affordable within the maximum wait; nothing counted
    };
    Verdict verdict = Verdict::Go;
    qint64 waitMs = 0; // Wait: before sending; Refused: until the next call is possible
    QString
        reason; // Refused: one line for the operator, e.g. "get_all_onus_details is limited to 3 calls per hour; ..."
};

struct BudgetSnapshot
{
    struct Bucket
    {
        QString endpoint; // empty for the account
        int callsPerHour = 0;
        int remaining = 0;      // calls that could go right now
        qint64 msUntilNext = 0; // until one more call is possible (0 = now)
        qint64 msUntilFull = 0; // until the burst is fully back
    };
    QDateTime takenAt; // UTC; add the ms values to it for wall-clock times
    bool unlimited = true;
    Bucket account;
    QList<Bucket> endpoints;
    qint64 granted = 0; // calls counted since the process started
    qint64 refused = 0;
    quint64 revision = 0; // changes whenever the budget does: poll and compare
};

class CallBudget final
{
    Q_DISABLE_COPY_MOVE(CallBudget)

public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    // The longest wait acquire() grants; longer waits are refused.
    static constexpr qint64 MaxWaitMs = 5 * 60 * 1000;

    // `clock` defaults to a steady clock; tests pass their own.
    explicit CallBudget(const BudgetLimits &limits, Clock clock = {});
    ~CallBudget();

    // The process-wide budget of one account, keyed by profile and source
    // ("demo/smartolt"). Created on first use; later calls with other limits
    // update them (the admin changed the settings).
    static std::shared_ptr<CallBudget> forAccount(const QString &key, const BudgetLimits &limits);
    // The vendor's documented limits (external-apis.md §1.2); `callsPerHour`
    // from the source's settings overrides the account figure when > 0.
    static BudgetLimits defaultLimits(SourceKind kind, int callsPerHour = 0);

    void setLimits(const BudgetLimits &limits);
    BudgetLimits limits() const;

    // Counts one call of `endpoint` if it can go within maxWaitMs (at most MaxWaitMs).
    BudgetDecision acquire(const QString &endpoint, qint64 maxWaitMs = 0);
    // Gives back a call that was counted but never sent (canceled while waiting).
    void refund(const QString &endpoint);
    // The server said 429: no call for `ms`, then one at a time at the pace.
    void holdOff(qint64 ms);

    BudgetSnapshot snapshot() const;

    // A scheduled interval with random spread (interval ± spread × interval),
    // so that clients of many accounts do not call in step.
    static qint64 jittered(qint64 intervalMs, double spread = 0.2);

private:
    // A token bucket. Tokens may go negative: calls granted with a wait are
    // a debt that later callers queue behind.
    struct Bucket
    {
        double capacity = 0;
        double perMs = 0;  // refill rate
        double tokens = 0; // at `stamp`
        qint64 stamp = 0;
        int callsPerHour = 0;

        void refill(qint64 now);
        qint64 msUntilToken() const; // after refill()
    };
    static Bucket makeBucket(int callsPerHour, int burst, qint64 now);
    static BudgetSnapshot::Bucket describe(const Bucket &bucket, const QString &endpoint);
    static QString refusal(const QString &endpoint, const Bucket &bucket, qint64 waitMs);
    void refillAll(qint64 now);

    mutable QMutex m_mutex;
    Clock m_clock;
    BudgetLimits m_limits;
    Bucket m_account;
    QHash<QString, Bucket> m_endpoints;
    qint64 m_granted = 0;
    qint64 m_refused = 0;
    quint64 m_revision = 0;
};

} // namespace Beholder
