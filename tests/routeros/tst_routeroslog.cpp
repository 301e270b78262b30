// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a router's log without a socket: the clock row, every time format RouterOS prints in /log/print
// (time only for today, "nov/25 ..." before 7.10, ISO after, with and without the year), topic filters, and
// PPP session starts from the messages both major versions write.
#include "routeros/routerostypes.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Beholder;
using namespace Beholder::RouterOs;
using namespace Qt::Literals::StringLiterals;

namespace {

// A router in Córdoba whose clock reads 2026-11-25 10:42:03 (-03:00).
RouterClock cordobaClock()
{
    RouterClock clock;
    clock.date = QDate(2026, 11, 25);
    clock.time = QTime(10, 42, 3);
    clock.utcOffsetSeconds = -3 * 3600;
    clock.offsetKnown = true;
    clock.zoneName = u"America/Argentina/Cordoba"_s;
    return clock;
}

UnixTime cordoba(int year, int month, int day, int h, int m, int s)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s), QTimeZone(-3 * 3600)).toSecsSinceEpoch();
}

Reply row(const QList<std::pair<QByteArray, QByteArray>> &attributes)
{
    QList<Attribute> list;
    for (const auto &[name, value] : attributes)
        list.append({name, value});
    return Reply::make(ReplyType::Re, list);
}

LogEntry entry(UnixTime at, const QString &message, const QString &topics = u"pppoe,ppp,info,account"_s)
{
    return LogEntry{at, topics, message};
}

} // namespace

class RouterOsLogTest final : public QObject
{
    Q_OBJECT

private slots:
    void clockRowsOfBothVersions();
    void clockWithoutADateIsNothing();
    void utcOffsets_data();
    void utcOffsets();
    void logTimes_data();
    void logTimes();
    void logTimesWithoutYearNeverLieInTheFuture();
    void logEntryFromARow();
    void topicFilters();
    void sessionStartsFromV7Messages();
    void sessionStartsFromV6Messages();
    void sessionStartsCountOneSessionOnce();
    void sessionStartsIgnoreOtherUsersAndNoise();
};

void RouterOsLogTest::clockRowsOfBothVersions()
{
    const std::optional<RouterClock> v7 = toRouterClock(row({{"time", "10:42:03"},
                                                             {"date", "2026-11-25"},
                                                             {"time-zone-name", "America/Argentina/Cordoba"},
                                                             {"gmt-offset", "-03:00"}}));
    QVERIFY(v7);
    QCOMPARE(v7->date, QDate(2026, 11, 25));
    QCOMPARE(v7->time, QTime(10, 42, 3));
    QCOMPARE(v7->utcOffsetSeconds, -10800);
    QVERIFY(v7->offsetKnown);
    QCOMPARE(v7->zoneName, u"America/Argentina/Cordoba"_s);
    QCOMPARE(v7->now(), cordoba(2026, 11, 25, 10, 42, 3));

    const std::optional<RouterClock> v6
        = toRouterClock(row({{"time", "10:42:03"}, {"date", "nov/25/2026"}, {"gmt-offset", "-03:00"}}));
    QVERIFY(v6);
    QCOMPARE(v6->now(), v7->now());

    // A router that does not say its offset is read as UTC, and says so.
    const std::optional<RouterClock> bare = toRouterClock(row({{"time", "10:42:03"}, {"date", "2026-11-25"}}));
    QVERIFY(bare);
    QVERIFY(!bare->offsetKnown);
    QCOMPARE(bare->now(), QDateTime(QDate(2026, 11, 25), QTime(10, 42, 3), QTimeZone::utc()).toSecsSinceEpoch());
}

void RouterOsLogTest::clockWithoutADateIsNothing()
{
    QVERIFY(!toRouterClock(row({{"time", "10:42:03"}})));
    QVERIFY(!toRouterClock(row({{"date", "2026-11-25"}})));
    QVERIFY(!toRouterClock(row({{"time", "25:00:00"}, {"date", "2026-11-25"}})));
    QVERIFY(!toRouterClock(row({{"time", "10:42:03"}, {"date", "yesterday"}})));
    QVERIFY(!RouterClock().isValid());
}

void RouterOsLogTest::utcOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // INT_MIN: refused
    QTest::newRow("-03:00") << u"-03:00"_s << -10800;
    QTest::newRow("+05:30") << u"+05:30"_s << 19800;
    QTest::newRow("+00:00") << u"+00:00"_s << 0;
    QTest::newRow("-0300") << u"-0300"_s << -10800;
    QTest::newRow("hours") << u"-3"_s << -10800;
    QTest::newRow("seconds") << u"-10800"_s << -10800;
    QTest::newRow("blanks") << u" +01:00 "_s << 3600;
    QTest::newRow("empty") << QString() << INT_MIN;
    QTest::newRow("word") << u"local"_s << INT_MIN;
    QTest::newRow("too far") << u"+15:00"_s << INT_MIN;
    QTest::newRow("bad minutes") << u"-03:75"_s << INT_MIN;
}

void RouterOsLogTest::utcOffsets()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const std::optional<int> parsed = parseUtcOffset(text);
    if (seconds == INT_MIN)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed, std::optional<int>(seconds));
}

void RouterOsLogTest::logTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // 0: refused
    QTest::newRow("today, time only") << u"10:40:00"_s << cordoba(2026, 11, 25, 10, 40, 0);
    QTest::newRow("today, early") << u"00:00:05"_s << cordoba(2026, 11, 25, 0, 0, 5);
    QTest::newRow("v7.10+ ISO") << u"2026-11-24 23:59:59"_s << cordoba(2026, 11, 24, 23, 59, 59);
    QTest::newRow("v7.10+ month-day") << u"11-24 18:03:11"_s << cordoba(2026, 11, 24, 18, 3, 11);
    QTest::newRow("v6 month/day") << u"nov/24 18:03:11"_s << cordoba(2026, 11, 24, 18, 3, 11);
    QTest::newRow("v6 capitalised") << u"Nov/24 18:03:11"_s << cordoba(2026, 11, 24, 18, 3, 11);
    QTest::newRow("v6 with year") << u"dec/31/2025 23:00:00"_s << cordoba(2025, 12, 31, 23, 0, 0);
    QTest::newRow("v6 earlier this year") << u"jan/02 08:00:00"_s << cordoba(2026, 1, 2, 8, 0, 0);
    QTest::newRow("blanks") << u"  10:40:00 "_s << cordoba(2026, 11, 25, 10, 40, 0);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("no time") << u"nov/24"_s << qint64(0);
    QTest::newRow("bad time") << u"10:61:00"_s << qint64(0);
    QTest::newRow("bad month") << u"foo/24 10:00:00"_s << qint64(0);
    QTest::newRow("bad day") << u"nov/31 10:00:00"_s << qint64(0);
    QTest::newRow("garbage") << u"yesterday at noon"_s << qint64(0);
}

void RouterOsLogTest::logTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<UnixTime> at = parseLogTime(text, cordobaClock());
    if (expected == 0)
        QVERIFY2(!at, qPrintable(QString::number(at.value_or(0))));
    else
        QCOMPARE(at, std::optional<UnixTime>(expected));
}

void RouterOsLogTest::logTimesWithoutYearNeverLieInTheFuture()
{
    // Read on January 2nd, December's entries are last year's.
    RouterClock clock = cordobaClock();
    clock.date = QDate(2027, 1, 2);
    clock.time = QTime(9, 0, 0);
    QCOMPARE(parseLogTime(u"dec/31 23:10:00"_s, clock), std::optional<UnixTime>(cordoba(2026, 12, 31, 23, 10, 0)));
    QCOMPARE(parseLogTime(u"12-31 23:10:00"_s, clock), std::optional<UnixTime>(cordoba(2026, 12, 31, 23, 10, 0)));
    QCOMPARE(parseLogTime(u"jan/01 23:10:00"_s, clock), std::optional<UnixTime>(cordoba(2027, 1, 1, 23, 10, 0)));
    // Without a valid clock there is no "today".
    QVERIFY(!parseLogTime(u"10:00:00"_s, RouterClock()));
}

void RouterOsLogTest::logEntryFromARow()
{
    const LogEntry parsed = toLogEntry(row({{".id", "*A0001"},
                                            {"time", "10:41:30"},
                                            {"topics", "pppoe,ppp,info,account"},
                                            {"message", "mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"}}),
                                       cordobaClock());
    QCOMPARE(parsed.at, cordoba(2026, 11, 25, 10, 41, 30));
    QCOMPARE(parsed.topics, u"pppoe,ppp,info,account"_s);
    QCOMPARE(parsed.message, u"mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"_s);
    // A time the router wrote in a way nobody knows: the entry stays, without a time.
    const LogEntry odd
        = toLogEntry(row({{"time", "soon"}, {"topics", "system,info"}, {"message", "x"}}), cordobaClock());
    QCOMPARE(odd.at, 0);
    QCOMPARE(odd.message, u"x"_s);
    // Latin-1 text from an old router.
    const LogEntry latin1
        = toLogEntry(row({{"time", "10:00:00"}, {"topics", "system,info"}, {"message", "Jos\xe9"}}), cordobaClock());
    QCOMPARE(latin1.message, u"José"_s);
}

void RouterOsLogTest::topicFilters()
{
    const LogEntry account = entry(1, u"x"_s, u"pppoe,ppp,info,account"_s);
    const LogEntry system = entry(1, u"x"_s, u"system,info,account"_s);
    QVERIFY(hasTopics(account, u""));
    QVERIFY(hasTopics(account, u"pppoe,ppp,info,account"));
    QVERIFY(hasTopics(account, u"ppp,account"));
    QVERIFY(hasTopics(account, u"account, ppp"));
    QVERIFY(hasTopics(account, u"PPP"));
    QVERIFY(!hasTopics(account, u"ppp,error"));
    QVERIFY(!hasTopics(account, u"pp"));
    QVERIFY(!hasTopics(system, u"ppp"));
    QVERIFY(hasTopics(system, u"account"));
}

void RouterOsLogTest::sessionStartsFromV7Messages()
{
    // RouterOS 7: the account topic names the user, the address and the caller's MAC.
    const QList<LogEntry> log{
        entry(1000, u"mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"_s),
        entry(1500, u"mperez logged out, 500 1849223 20938477 9876 15432"_s),
        entry(1530, u"mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"_s),
        entry(1600, u"jgonzalez_vm logged in, 100.64.0.11 from AA:BB:CC:DD:EE:02"_s),
        entry(2000, u"mperez logged out, 470 1849223 20938477 9876 15432"_s),
        entry(2040, u"mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"_s),
    };
    QCOMPARE(pppSessionStarts(log, u"mperez"_s), (QList<UnixTime>{1000, 1530, 2040}));
    QCOMPARE(pppSessionStarts(log, u"jgonzalez_vm"_s), QList<UnixTime>{1600});
    QVERIFY(pppSessionStarts(log, u"nobody"_s).isEmpty());
    QVERIFY(pppSessionStarts(log, QString()).isEmpty());
}

void RouterOsLogTest::sessionStartsFromV6Messages()
{
    // RouterOS 6 writes the dynamic interface's state (pppoe,ppp,info) and the account line without the MAC.
    const QList<LogEntry> log{
        entry(900, u"<pppoe-perez.maria>: waiting for packets..."_s, u"pppoe,ppp,info"_s),
        entry(1000, u"<pppoe-perez.maria>: connected"_s, u"pppoe,ppp,info"_s),
        entry(3000, u"<pppoe-perez.maria>: terminating... - peer is not responding"_s, u"pppoe,ppp,info"_s),
        entry(3001, u"<pppoe-perez.maria>: disconnected"_s, u"pppoe,ppp,info"_s),
        entry(3100, u"perez.maria logged in, 10.20.30.40"_s),
        entry(5000, u"<pppoe-perez.maria>: connected"_s, u"pppoe,ppp,info"_s),
    };
    QCOMPARE(pppSessionStarts(log, u"perez.maria"_s), (QList<UnixTime>{1000, 3100, 5000}));
}

void RouterOsLogTest::sessionStartsCountOneSessionOnce()
{
    // A router logging both topics says each session twice, a second or two apart; out of order too.
    const QList<LogEntry> log{
        entry(2002, u"c003365 logged in, 100.64.1.2 from 00:0C:42:11:22:33"_s),
        entry(2001, u"<pppoe-c003365>: connected"_s, u"pppoe,ppp,info"_s),
        entry(1000, u"<pppoe-c003365>: connected"_s, u"pppoe,ppp,info"_s),
        entry(1001, u"c003365 logged in, 100.64.1.2 from 00:0C:42:11:22:33"_s),
        entry(3000, u"<pppoe-c003365>: connected"_s, u"pppoe,ppp,info"_s),
    };
    QCOMPARE(pppSessionStarts(log, u"c003365"_s), (QList<UnixTime>{1001, 2002, 3000}));
}

void RouterOsLogTest::sessionStartsIgnoreOtherUsersAndNoise()
{
    const QList<LogEntry> log{
        entry(100, u"mperez2 logged in, 100.64.0.12 from AA:BB:CC:DD:EE:03"_s),
        entry(200, u"mperez logged into something else"_s),
        entry(300, u"xmperez logged in, 100.64.0.13"_s),
        entry(400, u"<pppoe-mperez2>: connected"_s, u"pppoe,ppp,info"_s),
        entry(500, u"<pppoe-mperez>: disconnected"_s, u"pppoe,ppp,info"_s),
        entry(0, u"mperez logged in, 100.64.0.10"_s), // no time: cannot be placed
        entry(600, u"login failure for user mperez from 10.0.0.1 via api"_s, u"system,error,critical"_s),
        entry(700, u"mperez logged in"_s),
    };
    QCOMPARE(pppSessionStarts(log, u"mperez"_s), QList<UnixTime>{700});
    QCOMPARE(pppSessionStarts(log, u"mperez2"_s), (QList<UnixTime>{100, 400}));
}

QTEST_GUILESS_MAIN(RouterOsLogTest)
#include "tst_routeroslog.moc"
