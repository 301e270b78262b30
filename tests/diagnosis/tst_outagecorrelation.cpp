// SPDX-License-Identifier: GPL-3.0-or-later
// The neighbourhood arithmetic behind MASS OUTAGE: the largest group of downs within one window, how many
// of them by LOS and by power, and how down causes are classified.
#include "diagnosis/outagecorrelation.h"

#include <QtTest>

using namespace Beholder;
using namespace Beholder::Diagnosis;
using namespace Qt::Literals::StringLiterals;

class TestOutageCorrelation : public QObject
{
    Q_OBJECT

private slots:
    void noDowns_noCluster()
    {
        const NeighbourhoodScope scope = correlateDowns(u"pon"_s, u"OLT 0/1/3"_s, 40, {}, 600);
        QCOMPARE(scope.total, 40);
        QCOMPARE(scope.down, 0);
        QCOMPARE(scope.clustered, 0);
        QVERIFY(!scope.since);
    }

    void aCutFeeder_clustersTheWholePort()
    {
        QList<NeighbourDown> downs;
        const UnixTime start = 1'700'000'000;
        for (int i = 0; i < 37; ++i)
            downs.append({start + i * 4, i < 35 ? NeighbourDown::Cause::Los : NeighbourDown::Cause::Power});
        downs.append({start - 86400 * 3, NeighbourDown::Cause::Other}); // an old, unrelated down
        const NeighbourhoodScope scope = correlateDowns(u"pon"_s, u"OLT-CENTRO 0/1/3"_s, 40, downs, 600);
        QCOMPARE(scope.down, 38);
        QCOMPARE(scope.clustered, 37);
        QCOMPARE(scope.los, 35);
        QCOMPARE(scope.powerFail, 2);
        QCOMPARE(*scope.since, start);
    }

    void theWindowIsInclusive_andOneSecondMoreSplits()
    {
        const UnixTime t = 1'700'000'000;
        QList<NeighbourDown> downs{{t, {}}, {t + 600, {}}, {t + 1201, {}}};
        QCOMPARE(correlateDowns(u"ap"_s, u"AP"_s, 5, downs, 600).clustered, 2);
        QCOMPARE(correlateDowns(u"ap"_s, u"AP"_s, 5, downs, 599).clustered, 1);
        QCOMPARE(correlateDowns(u"ap"_s, u"AP"_s, 5, downs, 1201).clustered, 3);
    }

    void equalGroups_theMostRecentWins()
    {
        const UnixTime t = 1'700'000'000;
        QList<NeighbourDown> downs{{t, {}}, {t + 10, {}}, {t + 5000, {}}, {t + 5010, {}}};
        const NeighbourhoodScope scope = correlateDowns(u"pon"_s, u"P"_s, 8, downs, 60);
        QCOMPARE(scope.clustered, 2);
        QCOMPARE(*scope.since, t + 5000);
    }

    void downCauses_areClassified_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LOS") << u"LOS"_s << u"los"_s;
        QTest::newRow("LOSi/LOBi") << u"LOSi/LOBi"_s << u"los"_s;
        QTest::newRow("LoS") << u"LoS"_s << u"los"_s;
        QTest::newRow("dying-gasp") << u"dying-gasp"_s << u"power"_s;
        QTest::newRow("DGi") << u"DGi"_s << u"power"_s;
        QTest::newRow("PwrFail") << u"PwrFail"_s << u"power"_s;
        QTest::newRow("power off") << u"power off"_s << u"power"_s;
        QTest::newRow("Power fail") << u"Power fail"_s << u"power"_s;
        QTest::newRow("LOFi") << u"LOFi"_s << u"degraded"_s;
        QTest::newRow("SFi") << u"SFi"_s << u"degraded"_s;
        QTest::newRow("SDi") << u"SDi"_s << u"degraded"_s;
        QTest::newRow("BIP") << u"BIP errors"_s << u"degraded"_s;
        QTest::newRow("other") << u"ring"_s << u"other"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("dash") << u"-"_s << QString();
    }

    void downCauses_areClassified()
    {
        QFETCH(QString, cause);
        QFETCH(QString, expected);
        QCOMPARE(downCauseClass(cause), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutageCorrelation)
#include "tst_outagecorrelation.moc"
