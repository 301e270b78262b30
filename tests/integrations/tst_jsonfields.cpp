// SPDX-License-Identifier: GPL-3.0-or-later
// The lenient readers every parser relies on: blanks ("N/A", "-", null),
// numbers as strings with units, money without floating-point error, local
// times in the tenant's zone, and the shapes a list arrives in.
#include "integrations/jsonfields.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue value(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().first();
}

} // namespace

class TestJsonFields final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void blanks_data();
    void blanks();
    void text();
    void integer_data();
    void integer();
    void number_data();
    void number();
    void boolean();
    void cents_data();
    void cents();
    void unixTimeReadsLocalTimesInTheTenantZone();
    void listShapes();
    void malformedBodyNamesSourceAndEndpoint();
};

void TestJsonFields::blanks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("blank");
    QTest::newRow("null") << "null"_ba << true;
    QTest::newRow("empty") << R"("")"_ba << true;
    QTest::newRow("spaces") << R"("  ")"_ba << true;
    QTest::newRow("N/A") << R"("N/A")"_ba << true;
    QTest::newRow("n/a") << R"("n/a")"_ba << true;
    QTest::newRow("dash") << R"("-")"_ba << true;
    QTest::newRow("null text") << R"("null")"_ba << true;
    QTest::newRow("zero") << "0"_ba << false;
    QTest::newRow("false") << "false"_ba << false;
    QTest::newRow("text") << R"("x")"_ba << false;
    QTest::newRow("negative") << R"("-1")"_ba << false;
}

void TestJsonFields::blanks()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, blank);
    QCOMPARE(Json::isBlank(value(json)), blank);
    QVERIFY(Json::isBlank(QJsonObject().value("missing"_L1)));
}

void TestJsonFields::text()
{
    QCOMPARE(Json::text(value(R"(" Pérez ")")).value(), u"Pérez"_s);
    QCOMPARE(Json::text(value("12")).value(), u"12"_s);
    QCOMPARE(Json::text(value("12.0")).value(), u"12"_s); // an id typed as a number
    QCOMPARE(Json::text(value("-24.95")).value(), u"-24.95"_s);
    QCOMPARE(Json::text(value("true")).value(), u"true"_s);
    QVERIFY(!Json::text(value("null")));
    QVERIFY(!Json::text(value("{}")));
    QVERIFY(!Json::text(value("[1]")));
    QCOMPARE(Json::textOr(value(R"("N/A")"), u"x"_s), u"x"_s);
}

void TestJsonFields::integer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // -999: none
    QTest::newRow("number") << "2236"_ba << qint64(2236);
    QTest::newRow("string") << R"("2236")"_ba << qint64(2236);
    QTest::newRow("padded") << R"("0012")"_ba << qint64(12);
    QTest::newRow("decimal string") << R"("12.0")"_ba << qint64(12);
    QTest::newRow("spaces") << R"(" 7 ")"_ba << qint64(7);
    QTest::newRow("bool") << "true"_ba << qint64(1);
    QTest::newRow("words") << R"("abc")"_ba << qint64(-999);
    QTest::newRow("N/A") << R"("N/A")"_ba << qint64(-999);
    QTest::newRow("null") << "null"_ba << qint64(-999);
    QTest::newRow("object") << "{}"_ba << qint64(-999);
    QTest::newRow("huge") << "1e300"_ba << qint64(-999);
}

void TestJsonFields::integer()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QCOMPARE(Json::integer(value(json)).value_or(-999), expected);
}

void TestJsonFields::number_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("expected"); // NaN: none
    const double none = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("dBm") << R"("-24.95 dBm")"_ba << -24.95;
    QTest::newRow("celsius") << R"("43°C")"_ba << 43.0;
    QTest::newRow("comma") << R"("2,5 km")"_ba << 2.5;
    QTest::newRow("plus") << R"("+3.1")"_ba << 3.1;
    QTest::newRow("number") << "-62.5"_ba << -62.5;
    QTest::newRow("int string") << R"("31")"_ba << 31.0;
    QTest::newRow("dash") << R"("-")"_ba << none;
    QTest::newRow("N/A") << R"("N/A")"_ba << none;
    QTest::newRow("words") << R"("Very good")"_ba << none;
    QTest::newRow("null") << "null"_ba << none;
}

void TestJsonFields::number()
{
    QFETCH(QByteArray, json);
    QFETCH(double, expected);
    const std::optional<double> parsed = Json::number(value(json));
    if (std::isnan(expected))
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-999.0), expected);
}

void TestJsonFields::boolean()
{
    QCOMPARE(Json::boolean(value("true")), std::optional<bool>(true));
    QCOMPARE(Json::boolean(value("0")), std::optional<bool>(false));
    QCOMPARE(Json::boolean(value(R"("1")")), std::optional<bool>(true));
    QCOMPARE(Json::boolean(value(R"("false")")), std::optional<bool>(false));
    QCOMPARE(Json::boolean(value(R"("Sí")")), std::optional<bool>(true));
    QVERIFY(!Json::boolean(value(R"("maybe")")));
    QVERIFY(!Json::boolean(value("null")));
}

void TestJsonFields::cents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // -999999: none
    QTest::newRow("zero") << R"("0.00")"_ba << qint64(0);
    QTest::newRow("decimal") << R"("1234.50")"_ba << qint64(123450);
    QTest::newRow("one decimal") << R"("-12.5")"_ba << qint64(-1250);
    QTest::newRow("integer") << R"("15")"_ba << qint64(1500);
    QTest::newRow("spanish") << R"("1.234,56")"_ba << qint64(123456);
    QTest::newRow("english groups") << R"("1,234.56")"_ba << qint64(123456);
    QTest::newRow("dollar") << R"("$ 99,90")"_ba << qint64(9990);
    QTest::newRow("rounding") << R"("0.125")"_ba << qint64(13);
    QTest::newRow("no float error") << R"("0.29")"_ba << qint64(29);
    QTest::newRow("number") << "99.9"_ba << qint64(9990);
    QTest::newRow("N/A") << R"("N/A")"_ba << qint64(-999999);
    QTest::newRow("words") << R"("debe")"_ba << qint64(-999999);
    QTest::newRow("null") << "null"_ba << qint64(-999999);
}

void TestJsonFields::cents()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QCOMPARE(Json::cents(value(json)).value_or(-999999), expected);
}

void TestJsonFields::unixTimeReadsLocalTimesInTheTenantZone()
{
    const QTimeZone argentina(-3 * 3600);
    // 11:36:33 at UTC-3 is 14:36:33Z.
    const qint64 expected = QDateTime(QDate(2026, 7, 8), QTime(14, 36, 33), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(Json::unixTime(value(R"("2026-07-08 11:36:33")"), argentina).value_or(0), expected);
    QCOMPARE(Json::unixTime(value(R"("2026-07-08T11:36:33")"), argentina).value_or(0), expected);
    // A zone in the text wins over the tenant's.
    QCOMPARE(Json::unixTime(value(R"("2026-07-08T14:36:33Z")"), argentina).value_or(0), expected);
    QCOMPARE(Json::unixTime(value(R"("2026-07-08 11:36:33-03:00")"), QTimeZone::utc()).value_or(0), expected);
    QCOMPARE(Json::unixTime(value(R"("2026-07-08T14:36:33.250Z")"), argentina).value_or(0), expected);
    QCOMPARE(Json::unixTime(value("1783521393"), argentina).value_or(0), 1783521393);
    QVERIFY(!Json::unixTime(value(R"("0000-00-00 00:00:00")"), argentina));
    QVERIFY(!Json::unixTime(value(R"("ayer")"), argentina));
    QVERIFY(!Json::unixTime(value("null"), argentina));
}

void TestJsonFields::listShapes()
{
    const auto list = [](const QByteArray &json) {
        return Json::list(QJsonDocument::fromJson(json), {"data"_L1, "response"_L1});
    };
    QCOMPARE(list(R"([{"id":1},{"id":2}])")->size(), 2);
    QCOMPARE(list(R"({"data":[{"id":1}]})")->size(), 1);
    QCOMPARE(list(R"({"status":true,"response":[{"id":1},{"id":2},{"id":3}]})")->size(), 3);
    QCOMPARE(list(R"({"data":{"current_page":1,"data":[{"id":1}]}})")->size(), 1); // a paginator in an envelope
    QCOMPARE(list(R"({"0":{"id":1},"1":{"id":2}})")->size(), 2);                   // a PHP array as an object
    QCOMPARE(list(R"({"data":[]})")->size(), 0);
    QVERIFY(!list(R"({"status":false,"message":"no"})"));
    QVERIFY(!list(R"({"data":"x"})"));
}

void TestJsonFields::malformedBodyNamesSourceAndEndpoint()
{
    const ApiResult<QJsonDocument> broken
        = Json::parse(R"({"status":true,"response":[{"id":)"_ba, u"SmartOLT"_s, u"get_onus_statuses"_s);
    QVERIFY(!broken.ok());
    QCOMPARE(toString(broken.error.kind), toString(ApiError::Kind::Protocol));
    QVERIFY2(broken.error.message.startsWith(u"SmartOLT: get_onus_statuses: the answer is not valid JSON"_s),
             qPrintable(broken.error.message));
    QVERIFY(Json::parse(""_ba, u"ISPCube"_s, u"x"_s).error.message.contains(u"empty"_s));
    QVERIFY(Json::parse("<html>502 Bad Gateway</html>"_ba, u"ISPCube"_s, u"x"_s).error.isError());
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
