// SPDX-License-Identifier: GPL-3.0-or-later
// The search against a real SQLite file: accents and case, prefixes, every
// identifier in any notation, exact identifiers ranked first, and hostile
// input that must give results or nothing, never an error.
#include "cache/cachedatabase.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList names(const SearchResults &results)
{
    QStringList list;
    for (const SearchHit &hit : results.hits)
        list << hit.name;
    return list;
}

QStringList users(const SearchResults &results)
{
    QStringList list;
    for (const SearchHit &hit : results.hits)
        list << hit.pppoeUser;
    return list;
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    SearchResults search(const QString &text, int limit = SearchEngine::defaultLimit)
    {
        SearchEngine engine(m_cache->connection());
        return engine.search(text, limit);
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(m_cache);
    }

    void cleanupTestCase() { m_cache.reset(); }

    // Accent- and case-insensitive, prefix matching on names.
    void findsNames_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("mustFind");
        QTest::addColumn<QStringList>("mustNotFind");
        QTest::newRow("perez finds Pérez and PEREZ")
            << u"perez"_s << QStringList{u"María Pérez"_s, u"PEREZ JUAN CARLOS"_s} << QStringList{u"José Muñoz"_s};
        QTest::newRow("munoz finds Muñoz")
            << u"munoz"_s << QStringList{u"José Muñoz"_s} << QStringList{u"María Pérez"_s};
        QTest::newRow("MUÑOZ upper case with tilde") << u"MUÑOZ"_s << QStringList{u"José Muñoz"_s} << QStringList{};
        QTest::newRow("nunez finds Núñez") << u"nunez"_s << QStringList{u"Lucía Núñez"_s} << QStringList{};
        QTest::newRow("prefix per") << u"per"_s
                                    << QStringList{u"María Pérez"_s, u"PEREZ JUAN CARLOS"_s, u"Ana Peralta"_s}
                                    << QStringList{u"José Muñoz"_s};
        QTest::newRow("both words required") << u"maria perez"_s << QStringList{u"María Pérez"_s}
                                             << QStringList{u"PEREZ JUAN CARLOS"_s, u"Ana Peralta"_s};
        QTest::newRow("business name") << u"panaderia espiga"_s << QStringList{u"Panadería La Espiga SRL"_s}
                                       << QStringList{};
        QTest::newRow("street") << u"san martin"_s << QStringList{u"María Pérez"_s} << QStringList{};
        QTest::newRow("customer without connection")
            << u"gomez"_s << QStringList{u"Sin Conexión Gómez"_s} << QStringList{};
        QTest::newRow("secret comment of an unlinked user")
            << u"ramon godoy"_s << QStringList{u"Ramón Godoy - instalación 12/10"_s} << QStringList{};
    }

    void findsNames()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, mustFind);
        QFETCH(QStringList, mustNotFind);
        const SearchResults results = search(query);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        const QStringList found = names(results);
        for (const QString &name : mustFind)
            QVERIFY2(found.contains(name), qPrintable(name + u" not in "_s + found.join(u", "_s)));
        for (const QString &name : mustNotFind)
            QVERIFY2(!found.contains(name), qPrintable(name + u" unexpectedly in "_s + found.join(u", "_s)));
    }

    // Identifiers in any notation find the right record first, as an exact match.
    void identifiersComeFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstUser");
        QTest::newRow("pppoe user") << u"mperez"_s << u"mperez"_s;
        QTest::newRow("pppoe user, other case") << u"MPEREZ"_s << u"mperez"_s;
        QTest::newRow("mac with colons") << u"AA:BB:CC:DD:EE:01"_s << u"mperez"_s;
        QTest::newRow("mac with dashes") << u"aa-bb-cc-dd-ee-01"_s << u"mperez"_s;
        QTest::newRow("mac bare") << u"aabbccddee01"_s << u"mperez"_s;
        QTest::newRow("mac cisco") << u"aabb.ccdd.ee01"_s << u"mperez"_s;
        QTest::newRow("mac stored with dashes, typed with colons") << u"AA:BB:CC:DD:EE:03"_s << u"jcperez"_s;
        QTest::newRow("antenna mac") << u"0a-00-3e-44-00-7f"_s << u"jmunoz"_s;
        QTest::newRow("caller-id of an unlinked secret") << u"aa:bb:cc:dd:ee:99"_s << u"rgodoy"_s;
        QTest::newRow("ip") << u"100.64.0.10"_s << u"mperez"_s;
        QTest::newRow("antenna ip") << u"10.20.0.5"_s << u"jmunoz"_s;
        QTest::newRow("onu serial") << u"HWTC1A2B3C4D"_s << u"mperez"_s;
        QTest::newRow("onu serial lower case") << u"ztegc0ffee04"_s << u"lnunez"_s;
        QTest::newRow("dni") << u"17888999"_s << u"jcperez"_s;
        QTest::newRow("dni with dots") << u"17.888.999"_s << u"jcperez"_s;
        QTest::newRow("cuit") << u"30-71234567-9"_s << u"espiga"_s;
        QTest::newRow("phone as written") << u"0353 452-1187"_s << u"jmunoz"_s;
        QTest::newRow("mobile in international form") << u"+54 9 353 400 1000"_s << u"jmunoz"_s;
        QTest::newRow("customer code") << u"000004"_s << u"lnunez"_s;
    }

    void identifiersComeFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, firstUser);
        const SearchResults results = search(query);
        QVERIFY2(!results.hits.isEmpty(), qPrintable(query));
        QCOMPARE(results.hits.constFirst().pppoeUser, firstUser);
        QVERIFY(results.hits.constFirst().match == MatchKind::Identifier);
    }

    void prefixesOfIdentifiers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("user");
        QTest::newRow("pppoe prefix") << u"jcpe"_s << u"jcperez"_s;
        QTest::newRow("serial prefix") << u"HWTC1A2"_s << u"mperez"_s;
        QTest::newRow("mac prefix with colons") << u"aa:bb:cc:dd:ee:0"_s << u"mperez"_s;
        QTest::newRow("ip prefix") << u"200.45"_s << u"lnunez"_s;
        QTest::newRow("dni prefix") << u"4012"_s << u"lnunez"_s;
        QTest::newRow("dni inside a cuit") << u"71234567"_s << u"espiga"_s;
        QTest::newRow("local phone number") << u"415-2233"_s << u"mperez"_s;
        QTest::newRow("phone with area code") << u"353 4998877"_s << u"lnunez"_s;
    }

    void prefixesOfIdentifiers()
    {
        QFETCH(QString, query);
        QFETCH(QString, user);
        const QStringList found = users(search(query));
        QVERIFY2(found.contains(user), qPrintable(query + u" -> "_s + found.join(u", "_s)));
    }

    void exactMatch_isRankedAboveLongerPrefixMatches()
    {
        const SearchResults results = search(u"mperez"_s);
        QCOMPARE(users(results), (QStringList{u"mperez"_s, u"mperez2"_s}));
        QVERIFY(results.hits.at(0).match == MatchKind::Identifier);
        QVERIFY(results.hits.at(1).match == MatchKind::Text);
    }

    void nameMatches_rankAboveAddressMatches()
    {
        // Lucía Núñez lives on "Pasaje Pérez": a weaker match than a Pérez by name.
        const QStringList found = names(search(u"perez"_s));
        QVERIFY(found.contains(u"Lucía Núñez"_s));
        QCOMPARE(found.constLast(), u"Lucía Núñez"_s);
    }

    void everyKindOfRecord_isSearchable()
    {
        const SearchResults secret = search(u"rgodoy"_s);
        QCOMPARE(secret.hits.size(), 1);
        QVERIFY(secret.hits.constFirst().kind == SearchDocKind::Secret);
        QCOMPARE(secret.hits.constFirst().status, u"unlinked"_s);
        QCOMPARE(secret.hits.constFirst().nodeName, u"VMA-CCR-02"_s);
        QVERIFY(!secret.hits.constFirst().customerId);

        const SearchResults onu = search(u"HWTCDEADBEEF"_s);
        QCOMPARE(onu.hits.size(), 1);
        QVERIFY(onu.hits.constFirst().kind == SearchDocKind::Onu);
        QCOMPARE(onu.hits.constFirst().nodeName, u"OLT-CENTRO"_s);

        const SearchResults antenna = search(u"0A:00:3E:44:00:AA"_s);
        QCOMPARE(antenna.hits.size(), 1);
        QVERIFY(antenna.hits.constFirst().kind == SearchDocKind::Subscriber);
        QCOMPARE(antenna.hits.constFirst().status, u"offline"_s);

        const SearchResults customer = search(u"35555666"_s);
        QVERIFY(customer.hits.constFirst().kind == SearchDocKind::Customer);
    }

    void nodeShown_isTheRouterThatHoldsTheSecret()
    {
        // ADR-005: the CRM says VMA-CCR-01, the secret lives on VMA-CCR-02.
        const SearchResults results = search(u"lnunez"_s);
        QCOMPARE(results.hits.constFirst().nodeName, u"VMA-CCR-02"_s);
    }

    void resultsCarryWhatTheTableShows()
    {
        const SearchHit hit = search(u"mperez"_s).hits.constFirst();
        QVERIFY(hit.kind == SearchDocKind::Connection);
        QCOMPARE(hit.name, u"María Pérez"_s);
        QCOMPARE(hit.docNumber, u"23456789"_s);
        QCOMPARE(hit.phone, u"353 415-2233"_s);
        QCOMPARE(hit.planName, u"Fibra 300 Mbps"_s);
        QCOMPARE(hit.status, u"active"_s);
        QCOMPARE(hit.technology, u"fiber"_s);
        QCOMPARE(hit.device, u"HWTC1A2B3C4D"_s);
        QCOMPARE(hit.ip, u"100.64.0.10"_s);
        QCOMPARE(hit.customerId.value_or(0), 1);
        QCOMPARE(hit.connectionId.value_or(0), 101);
    }

    void limit_truncatesAndSaysSo()
    {
        const SearchResults all = search(u"a"_s, 1000);
        QVERIFY(all.hits.size() > 3);
        QVERIFY(!all.truncated);
        const SearchResults two = search(u"a"_s, 2);
        QCOMPARE(two.hits.size(), 2);
        QVERIFY(two.truncated);
    }

    void hostileInput_givesResultsOrNothing_neverAnError_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList inputs{
            u""_s,
            u" "_s,
            u"\""_s,
            u"\"\""_s,
            u"'"_s,
            u"\"perez"_s,
            u"perez\""_s,
            u"\"perez\""_s,
            u"NEAR(perez munoz)"_s,
            u"perez NEAR munoz"_s,
            u"NEAR"_s,
            u"*"_s,
            u"**"_s,
            u"per*"_s,
            u"*perez"_s,
            u"-"_s,
            u"-perez"_s,
            u"perez -munoz"_s,
            u"perez OR munoz"_s,
            u"AND"_s,
            u"OR"_s,
            u"NOT perez"_s,
            u"("_s,
            u")"_s,
            u"(perez"_s,
            u"{name}: perez"_s,
            u"name:perez"_s,
            u"name : perez"_s,
            u"^perez"_s,
            u"+perez"_s,
            u"'; DROP TABLE customers; --"_s,
            u"1' OR '1'='1"_s,
            u"%"_s,
            u"_"_s,
            u"\\"_s,
            u"%' OR 1=1 --"_s,
            u"\u0000"_s,
            u"perez\u0000munoz"_s,
            u"😀"_s,
            u"пере"_s,
            u"مرحبا"_s,
            u"\t\n\r"_s,
            u"."_s,
            u"..."_s,
            u":"_s,
            u"aa:"_s,
            u"::"_s,
            u"0.0.0.0"_s,
            u"999.999.999.999"_s,
            u"-1"_s,
            u"--"_s,
            u"/*"_s,
            u"*/"_s,
            u"%s%s%n"_s,
            u"${jndi}"_s,
            u"<script>"_s,
            u"\u200b"_s,
        };
        for (const QString &input : inputs)
            QTest::newRow(qPrintable(u"[%1]"_s.arg(input.toHtmlEscaped().left(40)))) << input;
        QTest::newRow("10,000 letters") << QString(10000, u'a');
        QTest::newRow("10,000 quotes") << QString(10000, u'"');
        QTest::newRow("10,000 words") << u"perez "_s.repeated(1700);
        QString noise;
        QRandomGenerator random(42);
        const QString alphabet = u"abcñé\"'*()-:^{}.,;%_ 0123456789NEAR OR AND NOT"_s;
        for (int i = 0; i < 10000; ++i)
            noise.append(alphabet.at(random.bounded(int(alphabet.size()))));
        QTest::newRow("10,000 characters of noise") << noise;
    }

    void hostileInput_givesResultsOrNothing_neverAnError()
    {
        QFETCH(QString, query);
        const SearchResults results = search(query);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QVERIFY(results.hits.size() <= SearchEngine::defaultLimit);
        // The cache is untouched.
        QSqlQuery check(m_cache->connection());
        QVERIFY(check.exec(u"SELECT count(*) FROM customers"_s) && check.next());
        QCOMPARE(check.value(0).toInt(), Test::smallIsp().customers.size());
    }

    void hostileInput_stillFindsTheTextInside()
    {
        QVERIFY(names(search(u"\"perez"_s)).contains(u"María Pérez"_s));
        QVERIFY(names(search(u"perez*"_s)).isEmpty() == false);
        QVERIFY(names(search(u"-munoz"_s)).contains(u"José Muñoz"_s));
    }

    void emptyCache_givesNothing()
    {
        QTemporaryDir dir;
        CacheDatabase empty(dir.filePath(u"empty.sqlite"_s));
        QVERIFY(empty.open());
        SearchEngine engine(empty.connection());
        const SearchResults results = engine.search(u"perez"_s);
        QVERIFY(results.hits.isEmpty());
        QVERIFY(results.error.isEmpty());
    }

    void unreadableCache_reportsAnError_withoutCrashing()
    {
        // A connection to a file without our schema: the error is reported, not thrown.
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
            db.setDatabaseName(dir.filePath(u"bare.sqlite"_s));
            QVERIFY(db.open());
            SearchEngine engine(db);
            const SearchResults results = engine.search(u"perez"_s);
            QVERIFY(results.hits.isEmpty());
            QVERIFY(!results.error.isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bare"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
