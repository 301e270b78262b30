// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic series: the window it keeps, the share of the plan, and the saturation rule on both sides of
// each threshold (saturation_pct, saturation_seconds), gaps, dips, upload-bound lines and unknown plans.
#include "live/trafficseries.h"
#include "testsupport.h"

#include <QtTest>

using namespace Beholder;

namespace {

constexpr qint64 t0 = 1'795'000'000'000; // ms

// One point per second from `fromSecond` for `seconds` seconds (both ends included) at these speeds.
void feed(TrafficSeries &series, int fromSecond, int seconds, double down, double up = 1.0)
{
    for (int s = fromSecond; s <= fromSecond + seconds; ++s)
        series.add({t0 + qint64(s) * 1000, down, up});
}

} // namespace

class TestTrafficSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void percentOfPlan_isTheBusierDirection()
    {
        TrafficSeries series;
        QVERIFY(!series.percentOfPlan({t0, 50.0, 5.0}).has_value()); // no plan: no share
        series.setPlan(100'000, 20'000);
        QCOMPARE(qRound(*series.percentOfPlan({t0, 50.0, 5.0})), 50);
        QCOMPARE(qRound(*series.percentOfPlan({t0, 10.0, 19.0})), 95); // upload-bound
        series.setPlan(100'000, 0);                                    // only the download known
        QCOMPARE(qRound(*series.percentOfPlan({t0, 30.0, 500.0})), 30);
    }

    void window_keepsTheLastMinutes()
    {
        TrafficSeries series(90.0, 30, 60);
        feed(series, 0, 120, 1.0);
        QCOMPARE(series.points().constFirst().atMs, t0 + 60'000);
        QCOMPARE(series.points().constLast().atMs, t0 + 120'000);
        QCOMPARE(series.points().size(), 61);
        series.add({t0, 99.0, 99.0}); // older than the newest: ignored
        QCOMPARE(series.points().size(), 61);
        QCOMPARE(series.peakMbps(), 1.0);
        QCOMPARE(TrafficSeries().windowSeconds(), 300);
    }

    void saturation_percentBoundary_data()
    {
        QTest::addColumn<double>("downMbps");
        QTest::addColumn<bool>("saturated");
        QTest::newRow("89.9 % is not") << 89.9 << false;
        QTest::newRow("exactly 90 % is") << 90.0 << true;
        QTest::newRow("97 % is") << 97.0 << true;
    }

    void saturation_percentBoundary()
    {
        QFETCH(double, downMbps);
        QFETCH(bool, saturated);
        TrafficSeries series(90.0, 30);
        series.setPlan(100'000, 20'000);
        feed(series, 0, 40, downMbps);
        QCOMPARE(series.isSaturated(), saturated);
        QCOMPARE(series.saturatedSpans().size(), saturated ? 1 : 0);
    }

    void saturation_durationBoundary_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("saturated");
        QTest::newRow("29 s at the limit is not") << 29 << false;
        QTest::newRow("exactly 30 s is") << 30 << true;
        QTest::newRow("31 s is") << 31 << true;
    }

    void saturation_durationBoundary()
    {
        QFETCH(int, seconds);
        QFETCH(bool, saturated);
        TrafficSeries series(90.0, 30);
        series.setPlan(100'000, 20'000);
        feed(series, 0, 9, 20.0);        // an ordinary start
        feed(series, 10, seconds, 95.0); // then at the limit for `seconds`
        QCOMPARE(series.atLimitForMs(), qint64(seconds) * 1000);
        QCOMPARE(series.isSaturated(), saturated);
    }

    void saturation_endsWithADipAndRestartsCounting()
    {
        TrafficSeries series(90.0, 30);
        series.setPlan(100'000, 20'000);
        feed(series, 0, 40, 95.0);
        QVERIFY(series.isSaturated());
        feed(series, 41, 0, 50.0); // one second below
        QVERIFY(!series.isSaturated());
        QCOMPARE(series.atLimitForMs(), 0);
        feed(series, 42, 20, 95.0);
        QVERIFY(!series.isSaturated()); // 20 s since the dip: not yet
        // The first stretch stays shaded; the current one does not count yet.
        const QList<TrafficSeries::Span> spans = series.saturatedSpans();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.constFirst().fromMs, t0);
        QCOMPARE(spans.constFirst().toMs, t0 + 40'000);
    }

    void saturation_aLongSilenceBreaksTheStretch()
    {
        TrafficSeries series(90.0, 30);
        series.setPlan(100'000, 20'000);
        feed(series, 0, 20, 95.0);
        feed(series, 20 + 6, 15, 95.0); // 6 s without samples (the router did not answer), then 15 s more
        QVERIFY(!series.isSaturated());
        QCOMPARE(series.atLimitForMs(), 15'000);

        TrafficSeries tolerant(90.0, 30);
        tolerant.setPlan(100'000, 20'000);
        feed(tolerant, 0, 20, 95.0);
        feed(tolerant, 20 + 3, 15, 95.0); // a 3 s hiccup does not
        QVERIFY(tolerant.isSaturated());
    }

    void saturation_uploadBoundLineCounts()
    {
        TrafficSeries series(90.0, 30);
        series.setPlan(100'000, 20'000);
        feed(series, 0, 35, 5.0, 19.5); // download idle, upload at 97.5 %
        QVERIFY(series.isSaturated());
    }

    void saturation_needsAKnownPlan()
    {
        TrafficSeries series(90.0, 30);
        feed(series, 0, 60, 950.0, 950.0);
        QVERIFY(!series.isSaturated());
        QVERIFY(series.saturatedSpans().isEmpty());
        QVERIFY(!series.planKnown());
    }

    void thresholds_comeFromTheCaller()
    {
        TrafficSeries series(80.0, 5);
        series.setPlan(10'000, 2'000);
        feed(series, 0, 5, 8.0);
        QVERIFY(series.isSaturated());
        series.setThresholds(85.0, 5);
        QVERIFY(!series.isSaturated());
        series.setThresholds(80.0, 6);
        QVERIFY(!series.isSaturated());
        QCOMPARE(series.saturationPct(), 80.0);
        QCOMPARE(series.saturationSeconds(), 6);
    }
};

QTEST_GUILESS_MAIN(TestTrafficSeries)
#include "tst_trafficseries.moc"
