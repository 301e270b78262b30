// SPDX-License-Identifier: GPL-3.0-or-later
// The nightly schedule: due at its time, caught up after the app was closed
// or the computer slept, never twice for the same night.
#include "sync/syncschedule.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime);
}
UnixTime secs(const QDateTime &when)
{
    return when.toSecsSinceEpoch();
}
} // namespace

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void lastScheduledInstant_isTodayOnceItsTimeHasCome()
    {
        QCOMPARE(SyncSchedule::lastScheduledInstant(QTime(3, 0), at(20, 2, 59)), at(19, 3, 0));
        QCOMPARE(SyncSchedule::lastScheduledInstant(QTime(3, 0), at(20, 3, 0)), at(20, 3, 0));
        QCOMPARE(SyncSchedule::lastScheduledInstant(QTime(3, 0), at(20, 23, 0)), at(20, 3, 0));
    }

    void isDue_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("lastRun"); // 0: never
        QTest::addColumn<bool>("due");
        QTest::newRow("never synced") << at(20, 10, 0) << qint64(0) << true;
        QTest::newRow("synced after tonight's 03:00") << at(20, 10, 0) << secs(at(20, 3, 1)) << false;
        QTest::newRow("03:00 passed while closed: catch up") << at(20, 10, 0) << secs(at(19, 3, 0)) << true;
        QTest::newRow("before 03:00, last night done") << at(20, 2, 0) << secs(at(19, 3, 0)) << false;
        QTest::newRow("slept for three days") << at(23, 8, 0) << secs(at(20, 3, 0)) << true;
        QTest::newRow("manual sync at 08:00 after a missed night") << at(20, 9, 0) << secs(at(20, 8, 0)) << false;
    }

    void isDue()
    {
        QFETCH(QDateTime, now);
        QFETCH(qint64, lastRun);
        QFETCH(bool, due);
        const std::optional<UnixTime> last = lastRun ? std::optional<UnixTime>(lastRun) : std::nullopt;
        QCOMPARE(SyncSchedule::isDue({true, QTime(3, 0)}, now, last), due);
        QVERIFY(!SyncSchedule::isDue({false, QTime(3, 0)}, now, last));
    }

    void scheduler_announcesEachNightOnce()
    {
        QDateTime now = at(20, 2, 58);
        SyncScheduler scheduler(nullptr, [&now] { return now; });
        scheduler.setSettings({true, QTime(3, 0)});
        scheduler.setLastRun(secs(at(19, 3, 0)));
        QSignalSpy due(&scheduler, &SyncScheduler::due);
        scheduler.start(std::chrono::milliseconds(5));
        QTest::qWait(30);
        QCOMPARE(due.size(), 0);
        now = at(20, 3, 0);
        QTRY_COMPARE(due.size(), 1);
        QTest::qWait(30); // the run has not been recorded yet: still no second announcement
        QCOMPARE(due.size(), 1);
        scheduler.setLastRun(secs(at(20, 3, 0)));
        now = at(21, 3, 5);
        QTRY_COMPARE(due.size(), 2);
    }

    void settings_roundTripThroughTheProfileFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const NightlySettings defaults = NightlySettings::load(file);
        QVERIFY(defaults.enabled);
        QCOMPARE(defaults.at, QTime(3, 0));
        NightlySettings custom{false, QTime(4, 30)};
        custom.save(file);
        const NightlySettings loaded = NightlySettings::load(file);
        QCOMPARE(loaded.enabled, false);
        QCOMPARE(loaded.at, QTime(4, 30));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"
