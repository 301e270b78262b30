// SPDX-License-Identifier: GPL-3.0-or-later
// (No raw string literals here: Qt 6.4's moc silently skips a file whose raw
// strings hold JSON, and the test class would vanish.)
// Reading a big JSON list element by element: the same elements and envelope
// as a whole-document parse, and a clear Protocol error for anything broken.
#include "integrations/jsonstream.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Read
{
    bool ok = false;
    QList<QJsonValue> elements;
    QJsonObject head;
    bool hasList = false;
    QString error;
};

Read read(const QByteArray &body, std::initializer_list<QLatin1StringView> keys = {"onus"_L1, "response"_L1})
{
    Read result;
    const ApiResult<Json::StreamedList> streamed
        = Json::forEachListElement(body, keys, u"Test"_s, u"list"_s, [&](const QJsonValue &value) {
              result.elements << value;
              return true;
          });
    result.ok = streamed.ok();
    if (streamed.ok()) {
        result.head = streamed.value->head;
        result.hasList = streamed.value->hasList;
    } else {
        result.error = streamed.error.message;
        if (streamed.error.kind != ApiError::Kind::Protocol)
            result.error = u"wrong kind"_s;
    }
    return result;
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void readsTheSameAsAWholeParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("envelope") << QByteArray("{\"status\":true,\"onus\":[{\"a\":1},{\"b\":\"x\"}],\"page\":2}");
        QTest::newRow("bare array") << QByteArray("[{\"a\":1}, 2, \"three\", null, true, [4]]");
        QTest::newRow("list first") << QByteArray(
            "{\"response\":[{\"a\":{\"b\":[1,{\"c\":\"}]\"}]}}],\"status\":true}");
        QTest::newRow("escaped quotes and braces in strings")
            << QByteArray("{\"onus\":[{\"name\":\"say \\\"hi\\\" {or} [not]\",\"x\":\"\\\\\"},{\"y\":\"\\u00e9\"}]}");
        QTest::newRow("white space") << QByteArray(" \n{ \"onus\" : [ { \"a\" : 1 } , { } ] , \"n\" : -1.5e3 } \n");
        QTest::newRow("empty list") << QByteArray("{\"status\":true,\"onus\":[]}");
        QTest::newRow("utf-8") << QByteArray("{\"onus\":[{\"name\":\"Muñoz Pérez\"}]}");
    }

    void readsTheSameAsAWholeParse()
    {
        QFETCH(QByteArray, body);
        const Read streamed = read(body);
        QVERIFY2(streamed.ok, qPrintable(streamed.error));
        const QJsonDocument whole = QJsonDocument::fromJson(body);
        QJsonArray expected;
        if (whole.isArray()) {
            expected = whole.array();
        } else {
            QJsonObject object = whole.object();
            expected
                = object.contains(u"onus"_s) ? object.take(u"onus"_s).toArray() : object.take(u"response"_s).toArray();
            QCOMPARE(streamed.head, object);
        }
        QCOMPARE(streamed.elements.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(streamed.elements.at(i), expected.at(i));
        QVERIFY(streamed.hasList);
    }

    void firstListKeyInPriorityOrderWins()
    {
        const Read both = read("{\"response\":[1],\"onus\":[2,3]}");
        QVERIFY(both.ok);
        QCOMPARE(both.elements.size(), 2); // "onus" comes first in the keys asked for
        QCOMPARE(both.head.value(u"response"_s).toArray().size(), 1);
    }

    void noListIsReported_notInvented()
    {
        const Read refused = read("{\"status\":false,\"error\":\"Unknown method\"}");
        QVERIFY(refused.ok);
        QVERIFY(!refused.hasList);
        QCOMPARE(refused.head.value(u"error"_s).toString(), u"Unknown method"_s);
        const Read nullList = read("{\"status\":true,\"onus\":null}");
        QVERIFY(nullList.ok);
        QVERIFY(!nullList.hasList);
    }

    void brokenJson_isAProtocolError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("   ");
        QTest::newRow("cut in an element") << QByteArray("{\"onus\":[{\"a\":1},{\"b\":");
        QTest::newRow("cut in a string") << QByteArray("{\"onus\":[{\"a\":\"abc");
        QTest::newRow("cut after the list") << QByteArray("{\"onus\":[{\"a\":1}]");
        QTest::newRow("garbage") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("bad element") << QByteArray("{\"onus\":[{\"a\":tru}]}");
        QTest::newRow("missing comma") << QByteArray("{\"onus\":[{\"a\":1} {\"b\":2}]}");
        QTest::newRow("trailing garbage") << QByteArray("{\"onus\":[]} x");
        QTest::newRow("bad key") << QByteArray("{onus:[]}");
        QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"s\xff\":true,\"onus\":[]}");
        QTest::newRow("bad head value") << QByteArray("{\"status\":yes,\"onus\":[]}");
    }

    void brokenJson_isAProtocolError()
    {
        QFETCH(QByteArray, body);
        const Read streamed = read(body);
        QVERIFY(!streamed.ok);
        QVERIFY2(streamed.error.startsWith(u"Test: list:"_s), qPrintable(streamed.error));
    }

    void stopping_endsTheWalkWithoutError()
    {
        int seen = 0;
        const ApiResult<Json::StreamedList> streamed = Json::forEachListElement(
            "{\"onus\":[1,2,3,4]}", {"onus"_L1}, u"Test"_s, u"list"_s, [&](const QJsonValue &) { return ++seen < 2; });
        QVERIFY(streamed.ok());
        QCOMPARE(seen, 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
