// SPDX-License-Identifier: GPL-3.0-or-later
// RouterOS values as routers of different versions print them, and the legacy login's MD5 answer checked
// against the vectors of the official documentation.
#include "routeros/routerosconnection.h"
#include "routeros/routerosvalues.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder::RouterOs;

class TestRouterOsValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void parseBool_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1 = not a boolean
        QTest::newRow("true") << u"true"_s << 1;
        QTest::newRow("false") << u"false"_s << 0;
        QTest::newRow("yes") << u"yes"_s << 1;
        QTest::newRow("no") << u"no"_s << 0;
        QTest::newRow("TRUE") << u"TRUE"_s << 1;
        QTest::newRow("spaces") << u" no "_s << 0;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("1") << u"1"_s << -1;
        QTest::newRow("maybe") << u"maybe"_s << -1;
    }

    void parseBool()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<bool> value = Beholder::RouterOs::parseBool(text);
        QCOMPARE(value.has_value(), expected >= 0);
        if (value)
            QCOMPARE(*value, expected == 1);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1 = not a duration
        QTest::newRow("all parts") << u"1w2d3h4m5s"_s << qint64(((9 * 24 + 3) * 60 + 4) * 60 + 5) * 1000;
        QTest::newRow("minutes only") << u"10m"_s << qint64(600'000);
        QTest::newRow("no weeks") << u"2d20h12m20s"_s << qint64(((2 * 24 + 20) * 60 + 12) * 60 + 20) * 1000;
        QTest::newRow("hours and seconds") << u"3h5s"_s << qint64(3 * 3600 + 5) * 1000;
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("ms") << u"12ms"_s << qint64(12);
        QTest::newRow("s and ms") << u"3s120ms"_s << qint64(3120);
        QTest::newRow("us") << u"551us"_s << qint64(0);
        QTest::newRow("us over a ms") << u"1ms500us"_s << qint64(1);
        QTest::newRow("ns") << u"5ns"_s << qint64(0);
        QTest::newRow("clock") << u"00:05:10"_s << qint64(310'000);
        QTest::newRow("days and clock") << u"2d03:04:05"_s << qint64(((2 * 24 + 3) * 60 + 4) * 60 + 5) * 1000;
        QTest::newRow("weeks, days, clock, fraction")
            << u"1w2d03:04:05.5"_s << qint64(((9 * 24 + 3) * 60 + 4) * 60 + 5) * 1000 + 500;
        QTest::newRow("bare seconds") << u"42"_s << qint64(42'000);
        QTest::newRow("blanks") << u" 5m "_s << qint64(300'000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("letters") << u"abc"_s << qint64(-1);
        QTest::newRow("unknown unit") << u"5x"_s << qint64(-1);
        QTest::newRow("trailing number") << u"1m5"_s << qint64(-1);
        QTest::newRow("unit alone") << u"h"_s << qint64(-1);
        QTest::newRow("short clock") << u"12:3"_s << qint64(-1);
        QTest::newRow("bad minutes") << u"00:75:00"_s << qint64(-1);
        QTest::newRow("overflow") << u"99999999999999999w"_s << qint64(-1);
        QTest::newRow("too many digits") << u"9999999999999999999s"_s << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<std::chrono::milliseconds> value = Beholder::RouterOs::parseDuration(text);
        QCOMPARE(value.has_value(), ms >= 0);
        if (value)
            QCOMPARE(value->count(), ms);
    }

    void formatDuration()
    {
        using std::chrono::seconds;
        QCOMPARE(Beholder::RouterOs::formatDuration(seconds(0)), u"0s"_s);
        QCOMPARE(Beholder::RouterOs::formatDuration(seconds(59)), u"59s"_s);
        QCOMPARE(Beholder::RouterOs::formatDuration(seconds(3600)), u"1h"_s);
        QCOMPARE(Beholder::RouterOs::formatDuration(seconds(((9 * 24 + 3) * 60 + 4) * 60 + 5)), u"1w2d3h4m5s"_s);
        const seconds value(1234567);
        QCOMPARE(Beholder::RouterOs::parseDuration(Beholder::RouterOs::formatDuration(value))->count(),
                 value.count() * 1000);
    }

    void parseDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid = "never"
        QTest::addColumn<bool>("valid");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("before 7.10") << u"jan/02/2006 15:04:05"_s << QDateTime(QDate(2006, 1, 2), QTime(15, 4, 5), utc)
                                     << true;
        QTest::newRow("capital month (build-time)")
            << u"Jun/26/2023 00:32:53"_s << QDateTime(QDate(2023, 6, 26), QTime(0, 32, 53), utc) << true;
        QTest::newRow("7.10 and later") << u"2023-06-26 00:32:53"_s
                                        << QDateTime(QDate(2023, 6, 26), QTime(0, 32, 53), utc) << true;
        QTest::newRow("old date only") << u"nov/24/2026"_s << QDateTime(QDate(2026, 11, 24), QTime(0, 0), utc) << true;
        QTest::newRow("iso date only") << u"2026-11-24"_s << QDateTime(QDate(2026, 11, 24), QTime(0, 0), utc) << true;
        QTest::newRow("never, old") << u"jan/01/1970 00:00:00"_s << QDateTime() << true;
        QTest::newRow("never, iso") << u"1970-01-01 00:00:00"_s << QDateTime() << true;
        QTest::newRow("never, word") << u"never"_s << QDateTime() << true;
        QTest::newRow("router booted without a clock")
            << u"jan/02/1970 00:00:07"_s << QDateTime(QDate(1970, 1, 2), QTime(0, 0, 7), utc) << true;
        QTest::newRow("february 30") << u"feb/30/2023 00:00:00"_s << QDateTime() << false;
        QTest::newRow("month 13") << u"2023-13-01 00:00:00"_s << QDateTime() << false;
        QTest::newRow("hour 25") << u"jan/02/2006 25:00:00"_s << QDateTime() << false;
        QTest::newRow("T separator") << u"2023-06-26T00:32:53"_s << QDateTime() << false;
        QTest::newRow("unknown month") << u"foo/02/2006 15:04:05"_s << QDateTime() << false;
        QTest::newRow("text") << u"yesterday"_s << QDateTime() << false;
        QTest::newRow("empty") << QString() << QDateTime() << false;
        QTest::newRow("short time") << u"2023-06-26 00:32"_s << QDateTime() << false;
    }

    void parseDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(bool, valid);
        const std::optional<RouterDateTime> value = Beholder::RouterOs::parseDateTime(text);
        QCOMPARE(value.has_value(), valid);
        if (!value)
            return;
        QCOMPARE(value->never, !expected.isValid());
        if (expected.isValid())
            QCOMPARE(value->dateTime, expected);
    }

    void parseDateTime_inTheRoutersZone()
    {
        // Argentina, UTC-3: the router prints local time.
        const QTimeZone zone(-3 * 3600);
        const std::optional<RouterDateTime> value = Beholder::RouterOs::parseDateTime(u"2026-11-24 18:03:11"_s, zone);
        QVERIFY(value);
        QCOMPARE(value->dateTime.toUTC(), QDateTime(QDate(2026, 11, 24), QTime(21, 3, 11), QTimeZone::utc()));
    }

    void formatDateTime_bothFormats()
    {
        const QDateTime when(QDate(2006, 1, 2), QTime(15, 4, 5), QTimeZone::utc());
        QCOMPARE(Beholder::RouterOs::formatDateTime(when, DateFormat::Legacy), u"jan/02/2006 15:04:05"_s);
        QCOMPARE(Beholder::RouterOs::formatDateTime(when, DateFormat::Iso), u"2006-01-02 15:04:05"_s);
        QCOMPARE(Beholder::RouterOs::parseDateTime(neverDateTime(DateFormat::Legacy))->never, true);
        QCOMPARE(Beholder::RouterOs::parseDateTime(neverDateTime(DateFormat::Iso))->never, true);
        for (const DateFormat format : {DateFormat::Legacy, DateFormat::Iso})
            QCOMPARE(Beholder::RouterOs::parseDateTime(Beholder::RouterOs::formatDateTime(when, format))->dateTime,
                     when);
    }

    void decodeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << "Juan Perez"_ba << u"Juan Perez"_s;
        QTest::newRow("utf-8") << u"Martín Núñez"_s.toUtf8() << u"Martín Núñez"_s;
        QTest::newRow("utf-8 4-byte") << u"antena 🚀"_s.toUtf8() << u"antena 🚀"_s;
        QTest::newRow("latin-1 i acute") << "Mart\xEDn"_ba << u"Martín"_s;
        QTest::newRow("latin-1 enye") << "N\xFA\xF1\x65z"_ba << u"Núñez"_s;
        QTest::newRow("cp1252 euro and quotes") << "\x80 \x93x\x94"_ba << u"€ “x”"_s;
        QTest::newRow("cp1252 undefined byte kept") << "a\x81z"_ba << u"a\u0081z"_s;
        QTest::newRow("overlong is not utf-8") << "\xC0\x80"_ba << u"À€"_s;
        QTest::newRow("surrogate is not utf-8") << "\xED\xA0\x80"_ba << u"í\u00A0€"_s;
        QTest::newRow("truncated utf-8") << "caf\xC3"_ba << u"cafÃ"_s;
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decodeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const QString decoded = Beholder::RouterOs::decodeText(bytes);
        QCOMPARE(decoded, text);
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
    }

    void isValidUtf8()
    {
        QVERIFY(Beholder::RouterOs::isValidUtf8("plain"));
        QVERIFY(Beholder::RouterOs::isValidUtf8(u"ñ日🚀"_s.toUtf8()));
        QVERIFY(!Beholder::RouterOs::isValidUtf8("\xED"));
        QVERIFY(!Beholder::RouterOs::isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!Beholder::RouterOs::isValidUtf8("\xE0\x80\xAF"));     // overlong
        QVERIFY(!Beholder::RouterOs::isValidUtf8("\x80"));
    }

    void legacyLogin_matchesDocumentedVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("empty password, 1") << QByteArray() << "93b438ec9b80057c06dd9fe67d56aa9a"_ba
                                           << "00e134102a9d330dd7b1849fedfea3cb57"_ba;
        QTest::newRow("empty password, 2") << QByteArray() << "856780b7411eefd3abadee2058c149a3"_ba
                                           << "005062f7a5ef124d34675bf3e81f56c556"_ba;
        QTest::newRow("admin") << "admin"_ba
                               << "93b438ec9b80057c06dd9fe67d56aa9a"_ba
                               << "00a89665e47d3c6e4ec699b1c30c5df54b"_ba;
    }

    void legacyLogin_matchesDocumentedVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, challenge);
        QFETCH(QByteArray, response);
        QCOMPARE(Connection::legacyLoginResponse(password, challenge), response);
    }

    void legacyLogin_refusesABadChallenge()
    {
        QVERIFY(Connection::legacyLoginResponse("x"_ba, "zz"_ba).isEmpty());
        QVERIFY(Connection::legacyLoginResponse("x"_ba, "abc"_ba).isEmpty());
        QVERIFY(Connection::legacyLoginResponse("x"_ba, QByteArray()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRouterOsValues)
#include "tst_routerosvalues.moc"
