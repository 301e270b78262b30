// SPDX-License-Identifier: GPL-3.0-or-later
// Pins the JSON that beholder-cli (and later front-ends) print for a search:
// every key, every type, nulls for missing values. Scripts and chatbots parse
// this, so a change here must be deliberate and documented in docs/cli.md.
#include "cache/cachedatabase.h"
#include "search/searchengine.h"
#include "search/searchjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList hitKeys{u"kind"_s,       u"match"_s,      u"customer_id"_s, u"connection_id"_s, u"node_id"_s,
                          u"name"_s,       u"doc_number"_s, u"phone"_s,       u"address"_s,       u"town"_s,
                          u"pppoe_user"_s, u"status"_s,     u"technology"_s,  u"plan"_s,          u"node"_s,
                          u"device"_s,     u"ip"_s};

SearchHit fullHit()
{
    SearchHit hit;
    hit.docId = 7;
    hit.kind = SearchDocKind::Connection;
    hit.match = MatchKind::Identifier;
    hit.customerId = 1;
    hit.connectionId = 101;
    hit.nodeId = 3;
    hit.pppoeUser = u"mperez"_s;
    hit.name = u"María Pérez"_s;
    hit.docNumber = u"23456789"_s;
    hit.phone = u"353 415-2233"_s;
    hit.address = u"Av. San Martín 1234"_s;
    hit.town = u"Villa María"_s;
    hit.status = u"active"_s;
    hit.technology = u"fiber"_s;
    hit.planName = u"Fibra 300 Mbps"_s;
    hit.nodeName = u"VMA-CCR-01"_s;
    hit.device = u"HWTC1A2B3C4D"_s;
    hit.ip = u"100.64.0.10"_s;
    return hit;
}

// What a script sees: the object after a round trip through text.
QJsonObject roundTrip(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace

Q_DECLARE_METATYPE(Beholder::SearchDocKind)

class TestSearchJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void hitHasEveryKeyWithItsType()
    {
        const QJsonObject json = roundTrip(toJson(fullHit()));
        QStringList keys = json.keys();
        QStringList expected = hitKeys;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(json.value(u"kind"_s).toString(), u"connection"_s);
        QCOMPARE(json.value(u"match"_s).toString(), u"identifier"_s);
        QVERIFY(json.value(u"customer_id"_s).isDouble());
        QCOMPARE(json.value(u"customer_id"_s).toInteger(), 1);
        QCOMPARE(json.value(u"connection_id"_s).toInteger(), 101);
        QCOMPARE(json.value(u"node_id"_s).toInteger(), 3);
        QCOMPARE(json.value(u"name"_s).toString(), u"María Pérez"_s);
        QCOMPARE(json.value(u"doc_number"_s).toString(), u"23456789"_s);
        QCOMPARE(json.value(u"phone"_s).toString(), u"353 415-2233"_s);
        QCOMPARE(json.value(u"address"_s).toString(), u"Av. San Martín 1234"_s);
        QCOMPARE(json.value(u"town"_s).toString(), u"Villa María"_s);
        QCOMPARE(json.value(u"pppoe_user"_s).toString(), u"mperez"_s);
        QCOMPARE(json.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(json.value(u"technology"_s).toString(), u"fiber"_s);
        QCOMPARE(json.value(u"plan"_s).toString(), u"Fibra 300 Mbps"_s);
        QCOMPARE(json.value(u"node"_s).toString(), u"VMA-CCR-01"_s);
        QCOMPARE(json.value(u"device"_s).toString(), u"HWTC1A2B3C4D"_s);
        QCOMPARE(json.value(u"ip"_s).toString(), u"100.64.0.10"_s);
    }

    void missingValuesAreNullNotEmptyOrAbsent()
    {
        SearchHit hit;
        hit.kind = SearchDocKind::Secret;
        hit.pppoeUser = u"rgodoy"_s;
        hit.status = u"unlinked"_s;
        const QJsonObject json = roundTrip(toJson(hit));
        QCOMPARE(json.size(), hitKeys.size());
        QCOMPARE(json.value(u"kind"_s).toString(), u"secret"_s);
        QCOMPARE(json.value(u"match"_s).toString(), u"text"_s);
        QCOMPARE(json.value(u"pppoe_user"_s).toString(), u"rgodoy"_s);
        QCOMPARE(json.value(u"status"_s).toString(), u"unlinked"_s);
        for (const QString &key :
             {u"customer_id"_s, u"connection_id"_s, u"node_id"_s, u"name"_s, u"doc_number"_s, u"phone"_s, u"address"_s,
              u"town"_s, u"technology"_s, u"plan"_s, u"node"_s, u"device"_s, u"ip"_s}) {
            QVERIFY2(json.contains(key), qPrintable(key));
            QVERIFY2(json.value(key).isNull(), qPrintable(key));
        }
    }

    void everyKindHasItsName_data()
    {
        QTest::addColumn<SearchDocKind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("connection") << SearchDocKind::Connection << u"connection"_s;
        QTest::newRow("customer") << SearchDocKind::Customer << u"customer"_s;
        QTest::newRow("secret") << SearchDocKind::Secret << u"secret"_s;
        QTest::newRow("onu") << SearchDocKind::Onu << u"onu"_s;
        QTest::newRow("subscriber") << SearchDocKind::Subscriber << u"subscriber"_s;
    }

    void everyKindHasItsName()
    {
        QFETCH(SearchDocKind, kind);
        QFETCH(QString, expected);
        SearchHit hit;
        hit.kind = kind;
        QCOMPARE(toJson(hit).value(u"kind"_s).toString(), expected);
    }

    void resultsEnvelope()
    {
        SearchResults results;
        results.query = u"perez"_s;
        results.hits = {fullHit(), SearchHit()};
        results.truncated = true;
        results.elapsedMicroseconds = 423;
        const QJsonObject json = roundTrip(toJson(results, u"demo"_s));
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{u"count"_s, u"elapsed_ms"_s, u"profile"_s, u"query"_s, u"results"_s, u"truncated"_s}));
        QCOMPARE(json.value(u"query"_s).toString(), u"perez"_s);
        QCOMPARE(json.value(u"profile"_s).toString(), u"demo"_s);
        QVERIFY(json.value(u"count"_s).isDouble());
        QCOMPARE(json.value(u"count"_s).toInt(), 2);
        QVERIFY(json.value(u"truncated"_s).isBool());
        QCOMPARE(json.value(u"truncated"_s).toBool(), true);
        QVERIFY(json.value(u"elapsed_ms"_s).isDouble());
        QCOMPARE(json.value(u"elapsed_ms"_s).toDouble(), 0.42);
        QVERIFY(json.value(u"results"_s).isArray());
        const QJsonArray hits = json.value(u"results"_s).toArray();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).toObject().value(u"name"_s).toString(), u"María Pérez"_s);
        QVERIFY(hits.at(1).toObject().value(u"name"_s).isNull());
    }

    void emptyResultsStillHaveTheWholeEnvelope()
    {
        SearchResults results;
        const QJsonObject json = roundTrip(toJson(results, u"acme"_s));
        QCOMPARE(json.value(u"query"_s).toString(), QString());
        QVERIFY(json.value(u"query"_s).isString());
        QCOMPARE(json.value(u"profile"_s).toString(), u"acme"_s);
        QCOMPARE(json.value(u"count"_s).toInt(), 0);
        QCOMPARE(json.value(u"truncated"_s).toBool(), false);
        QCOMPARE(json.value(u"elapsed_ms"_s).toDouble(), 0.0);
        QVERIFY(json.value(u"results"_s).isArray());
        QVERIFY(json.value(u"results"_s).toArray().isEmpty());
        QVERIFY(!json.contains(u"error"_s));
    }

    void errorIsReportedOnlyWhenSet()
    {
        SearchResults results;
        results.query = u"x"_s;
        results.error = u"database disk image is malformed"_s;
        const QJsonObject json = roundTrip(toJson(results, u"demo"_s));
        QCOMPARE(json.value(u"error"_s).toString(), u"database disk image is malformed"_s);
        QCOMPARE(json.value(u"count"_s).toInt(), 0);
    }

    void elapsedIsRoundedToHundredthsOfAMillisecond()
    {
        SearchResults results;
        results.elapsedMicroseconds = 1'234'567;
        QCOMPARE(toJson(results, u"demo"_s).value(u"elapsed_ms"_s).toDouble(), 1234.57);
    }

    void aRealSearchSerialisesWithAccentsAndIdentifierMatches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto cache = Test::createCache(dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(cache);
        {
            SearchEngine engine(cache->connection());
            const QJsonObject json = roundTrip(toJson(engine.search(u"perez"_s, 20), u"demo"_s));
            QStringList names;
            const QJsonArray hits = json.value(u"results"_s).toArray();
            for (const QJsonValue &hit : hits)
                names << hit.toObject().value(u"name"_s).toString();
            QVERIFY2(names.contains(u"María Pérez"_s), qPrintable(names.join(u", "_s)));
            QCOMPARE(json.value(u"count"_s).toInt(), hits.size());

            // The fixture stores this MAC with colons; dashes must find it exactly.
            const QJsonObject mac = roundTrip(toJson(engine.search(u"0a-00-3e-44-00-7f"_s, 20), u"demo"_s));
            const QJsonArray macHits = mac.value(u"results"_s).toArray();
            QVERIFY(!macHits.isEmpty());
            QCOMPARE(macHits.at(0).toObject().value(u"match"_s).toString(), u"identifier"_s);
        }
        cache->closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestSearchJson)
#include "tst_searchjson.moc"
