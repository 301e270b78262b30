// SPDX-License-Identifier: GPL-3.0-or-later
// CallBudget on a hand-driven clock: the burst, the pace, the per-endpoint
// limits, refusal with a reason, waits that count and refunds that give
// back, 429 hold-offs, and the promise that matters to a vendor: no rolling
// hour of actual sends ever holds more calls than the limit.
#include "net/callbudget.h"
#include "testsupport.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <deque>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

struct FakeClock
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1'000'000);
    CallBudget::Clock clock() const
    {
        return [now = now] { return *now; };
    }
    void advance(qint64 ms) const { *now += ms; }
};

BudgetLimits limits(int perHour, int burst = 0, QHash<QString, int> endpoints = {})
{
    BudgetLimits l;
    l.callsPerHour = perHour;
    l.burst = burst;
    l.endpointCallsPerHour = std::move(endpoints);
    return l;
}

// The most sends that fall in any window [t, t + 1 h).
int maxInAnyHour(const QList<qint64> &sends)
{
    int most = 0;
    std::deque<qint64> window;
    for (const qint64 t : sends) {
        window.push_back(t);
        while (window.front() <= t - HourMs)
            window.pop_front();
        most = std::max(most, int(window.size()));
    }
    return most;
}

} // namespace

class TestCallBudget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void unlimitedAlwaysGoes();
    void burstGoesAtOnceThenThePaceSetsIn();
    void noRollingHourExceedsTheLimit_data();
    void noRollingHourExceedsTheLimit();
    void endpointLimitIsTighterThanTheAccount();
    void refusedCallsCountNothing();
    void waitCountsTheCallAndRefundGivesItBack();
    void holdOffBlocksTheAccountAfterA429();
    void snapshotReportsRemainingAndChanges();
    void setLimitsKeepsWhatWasSpent();
    void forAccountSharesOneBudgetPerKey();
    void smartOltDefaultsFollowTheVendor();
    void jitteredStaysWithinTheSpread();
    void concurrentCallersNeverOverspend();
};

void TestCallBudget::unlimitedAlwaysGoes()
{
    FakeClock clock;
    CallBudget budget(BudgetLimits{}, clock.clock());
    for (int i = 0; i < 10'000; ++i)
        QCOMPARE(budget.acquire(u"customers_list"_s).verdict, BudgetDecision::Verdict::Go);
    QVERIFY(budget.snapshot().unlimited);
    QCOMPARE(budget.snapshot().granted, 10'000);
}

void TestCallBudget::burstGoesAtOnceThenThePaceSetsIn()
{
    FakeClock clock;
    CallBudget budget(limits(1000, 100), clock.clock());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(budget.acquire(u"get_onu_status"_s).verdict, BudgetDecision::Verdict::Go);
    QCOMPARE(budget.acquire(u"get_onu_status"_s).verdict, BudgetDecision::Verdict::Refused);

    // The refill: (1000 - 100) calls per (hour + MaxWaitMs).
    const qint64 perCall = (HourMs + CallBudget::MaxWaitMs + 899) / 900;
    const BudgetDecision wait = budget.acquire(u"get_onu_status"_s, 60'000);
    QCOMPARE(wait.verdict, BudgetDecision::Verdict::Wait);
    QVERIFY2(qAbs(wait.waitMs - perCall) <= 1, QByteArray::number(wait.waitMs).constData());
    // The next caller queues behind the first.
    const BudgetDecision next = budget.acquire(u"get_onu_status"_s, 60'000);
    QCOMPARE(next.verdict, BudgetDecision::Verdict::Wait);
    QVERIFY(qAbs(next.waitMs - 2 * perCall) <= 1);
    clock.advance(2 * perCall + 1);
    QCOMPARE(budget.acquire(u"get_onu_status"_s, 0).verdict, BudgetDecision::Verdict::Refused);
    clock.advance(perCall);
    QCOMPARE(budget.acquire(u"get_onu_status"_s, 0).verdict, BudgetDecision::Verdict::Go);
}

void TestCallBudget::noRollingHourExceedsTheLimit_data()
{
    QTest::addColumn<int>("perHour");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("endpointPerHour");
    QTest::addColumn<qint64>("maxWait");
    QTest::newRow("smartolt account") << 1000 << 100 << 0 << qint64(60'000);
    QTest::newRow("auto burst, longest wait") << 1000 << 0 << 0 << CallBudget::MaxWaitMs;
    QTest::newRow("no wait") << 500 << 0 << 0 << qint64(0);
    QTest::newRow("endpoint 3 per hour") << 1000 << 100 << 3 << CallBudget::MaxWaitMs;
    QTest::newRow("endpoint 300 per hour") << 1000 << 100 << 300 << qint64(60'000);
    QTest::newRow("tiny account") << 1 << 0 << 0 << CallBudget::MaxWaitMs;
}

void TestCallBudget::noRollingHourExceedsTheLimit()
{
    QFETCH(int, perHour);
    QFETCH(int, burst);
    QFETCH(int, endpointPerHour);
    QFETCH(qint64, maxWait);
    FakeClock clock;
    const QString endpoint = u"get_onu_full_status_info"_s;
    CallBudget budget(
        limits(perHour, burst,
               endpointPerHour > 0 ? QHash<QString, int>{{endpoint, endpointPerHour}} : QHash<QString, int>{}),
        clock.clock());
    // A greedy caller for four hours: asks again as soon as it may. Calls
    // granted with a wait are sent when the wait is over.
    QList<qint64> sends;
    const qint64 end = *clock.now + 4 * HourMs;
    while (*clock.now < end) {
        const BudgetDecision d = budget.acquire(endpoint, maxWait);
        if (d.verdict == BudgetDecision::Verdict::Refused) {
            clock.advance(std::max<qint64>(1, d.waitMs - maxWait));
            continue;
        }
        sends.append(*clock.now + d.waitMs);
        clock.advance(1);
    }
    std::sort(sends.begin(), sends.end());
    const int limit = endpointPerHour > 0 ? std::min(perHour, endpointPerHour) : perHour;
    // A one-call-per-hour account may see two at the window's edges (its
    // refill cannot be below one per hour); every real limit holds exactly.
    QVERIFY2(maxInAnyHour(sends) <= std::max(limit, 2), QByteArray::number(maxInAnyHour(sends)).constData());
    // ... and the budget is not absurdly conservative either.
    QVERIFY2(sends.size() >= qsizetype(limit) * 2, QByteArray::number(sends.size()).constData());
}

void TestCallBudget::endpointLimitIsTighterThanTheAccount()
{
    FakeClock clock;
    CallBudget budget(limits(1000, 100, {{u"get_all_onus_details"_s, 3}}), clock.clock());
    QCOMPARE(budget.acquire(u"get_all_onus_details"_s, 60'000).verdict, BudgetDecision::Verdict::Go);
    const BudgetDecision refused = budget.acquire(u"get_all_onus_details"_s, 60'000);
    QCOMPARE(refused.verdict, BudgetDecision::Verdict::Refused);
    QVERIFY(refused.waitMs > 25 * 60 * 1000); // 2 per 65 min after the first
    QVERIFY2(refused.reason.contains(u"get_all_onus_details is limited to 3 calls per hour"_s),
             qPrintable(refused.reason));
    QVERIFY(refused.reason.contains(u"next call possible at"_s));
    // Other endpoints still have the account's budget.
    QCOMPARE(budget.acquire(u"get_onus_statuses"_s).verdict, BudgetDecision::Verdict::Go);
}

void TestCallBudget::refusedCallsCountNothing()
{
    FakeClock clock;
    CallBudget budget(limits(10, 2), clock.clock());
    QCOMPARE(budget.acquire(u"a"_s).verdict, BudgetDecision::Verdict::Go);
    QCOMPARE(budget.acquire(u"a"_s).verdict, BudgetDecision::Verdict::Go);
    const BudgetDecision first = budget.acquire(u"a"_s);
    QCOMPARE(first.verdict, BudgetDecision::Verdict::Refused);
    QVERIFY(first.reason.contains(u"the account's budget of 10 calls per hour is spent"_s));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(budget.acquire(u"a"_s).waitMs, first.waitMs); // refusals do not dig deeper
    QCOMPARE(budget.snapshot().refused, 51);
    QCOMPARE(budget.snapshot().granted, 2);
}

void TestCallBudget::waitCountsTheCallAndRefundGivesItBack()
{
    FakeClock clock;
    CallBudget budget(limits(3600, 1), clock.clock());
    QCOMPARE(budget.acquire(u"a"_s).verdict, BudgetDecision::Verdict::Go);
    const BudgetDecision wait = budget.acquire(u"a"_s, 10'000);
    QCOMPARE(wait.verdict, BudgetDecision::Verdict::Wait);
    const qint64 nextAfterWait = budget.acquire(u"a"_s, 10'000).waitMs;
    QVERIFY(nextAfterWait > wait.waitMs);
    budget.refund(u"a"_s);
    budget.refund(u"a"_s);
    QCOMPARE(budget.acquire(u"a"_s, 10'000).waitMs, wait.waitMs);
}

void TestCallBudget::holdOffBlocksTheAccountAfterA429()
{
    FakeClock clock;
    CallBudget budget(limits(1000, 100), clock.clock());
    budget.holdOff(30'000);
    BudgetDecision d = budget.acquire(u"a"_s, 60'000);
    QCOMPARE(d.verdict, BudgetDecision::Verdict::Wait);
    QVERIFY2(qAbs(d.waitMs - 30'000) <= 1, QByteArray::number(d.waitMs).constData());
    clock.advance(30'000);
    // One at a time at the pace afterwards, not the whole burst again.
    QVERIFY(budget.acquire(u"a"_s, 0).verdict == BudgetDecision::Verdict::Refused);

    CallBudget unlimited(BudgetLimits{}, clock.clock());
    unlimited.holdOff(30'000); // nothing to hold: the HTTP client waits itself
    QCOMPARE(unlimited.acquire(u"a"_s).verdict, BudgetDecision::Verdict::Go);
}

void TestCallBudget::snapshotReportsRemainingAndChanges()
{
    FakeClock clock;
    CallBudget budget(limits(1000, 100, {{u"get_onu_signal"_s, 500}}), clock.clock());
    BudgetSnapshot s = budget.snapshot();
    QVERIFY(!s.unlimited);
    QCOMPARE(s.account.callsPerHour, 1000);
    QCOMPARE(s.account.remaining, 100);
    QCOMPARE(s.account.msUntilNext, 0);
    QCOMPARE(s.account.msUntilFull, 0);
    QCOMPARE(s.endpoints.size(), 1);
    QCOMPARE(s.endpoints.first().endpoint, u"get_onu_signal"_s);
    QCOMPARE(s.endpoints.first().remaining, 50);
    QVERIFY(s.takenAt.isValid());

    const quint64 before = s.revision;
    QCOMPARE(budget.acquire(u"get_onu_signal"_s).verdict, BudgetDecision::Verdict::Go);
    s = budget.snapshot();
    QVERIFY(s.revision != before);
    QCOMPARE(s.account.remaining, 99);
    QCOMPARE(s.endpoints.first().remaining, 49);
    QVERIFY(s.account.msUntilFull > 0);
    QCOMPARE(budget.snapshot().revision, s.revision); // reading changes nothing
}

void TestCallBudget::setLimitsKeepsWhatWasSpent()
{
    FakeClock clock;
    CallBudget budget(limits(1000, 100), clock.clock());
    for (int i = 0; i < 90; ++i)
        QVERIFY(budget.acquire(u"a"_s).verdict == BudgetDecision::Verdict::Go);
    budget.setLimits(limits(2000, 200));
    QCOMPARE(budget.snapshot().account.remaining, 10);
    budget.setLimits(limits(1000, 5));
    QCOMPARE(budget.snapshot().account.remaining, 5);
    QCOMPARE(budget.limits(), limits(1000, 5));
}

void TestCallBudget::forAccountSharesOneBudgetPerKey()
{
    const auto a = CallBudget::forAccount(u"tst_callbudget/smartolt"_s, limits(1000, 100));
    const auto b = CallBudget::forAccount(u"tst_callbudget/smartolt"_s, limits(1000, 100));
    const auto other = CallBudget::forAccount(u"tst_callbudget-other/smartolt"_s, limits(1000, 100));
    QVERIFY(a);
    QCOMPARE(a.get(), b.get());
    QVERIFY(a.get() != other.get());
    QVERIFY(a->acquire(u"x"_s).verdict == BudgetDecision::Verdict::Go);
    QCOMPARE(b->snapshot().account.remaining, 99);
    const auto updated = CallBudget::forAccount(u"tst_callbudget/smartolt"_s, limits(500, 50));
    QCOMPARE(updated.get(), a.get());
    QCOMPARE(a->limits().callsPerHour, 500);
}

void TestCallBudget::smartOltDefaultsFollowTheVendor()
{
    const BudgetLimits smartOlt = CallBudget::defaultLimits(SourceKind::SmartOlt);
    QCOMPARE(smartOlt.callsPerHour, 1000);
    QCOMPARE(smartOlt.endpointCallsPerHour.value(u"get_all_onus_details"_s), 3);
    QCOMPARE(smartOlt.endpointCallsPerHour.value(u"get_onu_full_status_info"_s), 300);
    QCOMPARE(smartOlt.endpointCallsPerHour.value(u"get_onu_signal"_s), 500);
    QCOMPARE(CallBudget::defaultLimits(SourceKind::SmartOlt, 600).callsPerHour, 600);
    QCOMPARE(CallBudget::defaultLimits(SourceKind::IspCube).callsPerHour, 0);
    QCOMPARE(CallBudget::defaultLimits(SourceKind::CnMaestro, 7200).callsPerHour, 7200);
}

void TestCallBudget::jitteredStaysWithinTheSpread()
{
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 v = CallBudget::jittered(360'000, 1.0 / 6.0); // 5-7 min
        QVERIFY(v >= 300'000 && v <= 420'000);
        lowest = std::min(lowest, v);
        highest = std::max(highest, v);
    }
    QVERIFY(highest - lowest > 60'000); // it does spread
    QCOMPARE(CallBudget::jittered(1000, 0.0), 1000);
}

void TestCallBudget::concurrentCallersNeverOverspend()
{
    FakeClock clock; // frozen: only the burst is available
    CallBudget budget(limits(1000, 100), clock.clock());
    std::atomic<int> granted{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&budget, &granted] {
            for (int i = 0; i < 1000; ++i) {
                if (budget.acquire(u"a"_s).verdict == BudgetDecision::Verdict::Go)
                    ++granted;
                (void)budget.snapshot();
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(20'000));
        delete thread;
    }
    QCOMPARE(granted.load(), 100);
    QCOMPARE(budget.snapshot().granted, 100);
}

QTEST_GUILESS_MAIN(TestCallBudget)
#include "tst_callbudget.moc"
