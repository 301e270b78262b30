// SPDX-License-Identifier: GPL-3.0-or-later
// What typed text becomes: no input reaches FTS5 as syntax, identifiers get
// their canonical keys.
#include "search/searchquery.h"
#include "testsupport.h"

#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void ftsExpression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::newRow("word") << u"perez"_s << u"\"perez\"*"_s;
        QTest::newRow("two words are both required") << u"maria perez"_s << u"\"maria\"* \"perez\"*"_s;
        QTest::newRow("extra blanks") << u"  maria \t  perez  "_s << u"\"maria\"* \"perez\"*"_s;
        QTest::newRow("quote is doubled inside the phrase") << u"o\"brien"_s << u"\"o\"\"brien\"*"_s;
        QTest::newRow("operators are text") << u"NEAR(perez munoz)"_s << u"\"NEAR(perez\"* \"munoz)\"*"_s;
        QTest::newRow("star is text") << u"per*"_s << u"\"per*\"*"_s;
        QTest::newRow("minus is text") << u"-perez"_s << u"(\"-perez\"* OR \"perez\"*)"_s;
        QTest::newRow("pppoe user with underscore, or two words")
            << u"jgonzalez_vm"_s << u"(\"jgonzalez_vm\"* OR \"jgonzalez vm\"*)"_s;
        QTest::newRow("punctuation-only words are dropped") << u"perez -- * \"\" ()"_s << u"\"perez\"*"_s;
        QTest::newRow("mac fragment becomes bare hex") << u"aa:bb:cc"_s << u"\"aabbcc\"*"_s;
        QTest::newRow("mac with dashes") << u"AA-BB-CC-DD"_s << u"\"AABBCCDD\"*"_s;
        QTest::newRow("cisco mac") << u"aabb.ccdd.ee"_s << u"\"aabbccddee\"*"_s;
        QTest::newRow("phone fragment becomes digits") << u"415-2233"_s << u"\"4152233\"*"_s;
        QTest::newRow("dotted number is an IP or a DNI") << u"23.456"_s << u"(\"23.456\"* OR \"23456\"*)"_s;
        QTest::newRow("ip prefix with trailing dot") << u"100.64."_s << u"(\"100.64.\"* OR \"10064\"*)"_s;
        QTest::newRow("accents left to the tokenizer") << u"Muñoz"_s << u"\"Muñoz\"*"_s;
    }

    void ftsExpression()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery::parse(input).ftsExpression(), expression);
    }

    void emptyAndBlankInput_isEmpty_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << u"   \t\n "_s;
    }

    void emptyAndBlankInput_isEmpty()
    {
        QFETCH(QString, input);
        QVERIFY(SearchQuery::parse(input).isEmpty());
    }

    void longInput_isCutAndWordsAreBounded()
    {
        const SearchQuery huge = SearchQuery::parse(QString(10000, u'a'));
        QCOMPARE(huge.text().size(), SearchQuery::maxInputLength);
        QStringList words;
        for (int i = 0; i < 50; ++i)
            words << u"w%1"_s.arg(i);
        const SearchQuery many = SearchQuery::parse(words.join(u' '));
        QCOMPARE(many.ftsExpression().count(u'*'), SearchQuery::maxWords);
    }

    void exactKeys_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("pppoe user, folded") << u" MPerez "_s << u"mperez"_s;
        QTest::newRow("mac with colons") << u"AA:BB:CC:DD:EE:01"_s << u"aabbccddee01"_s;
        QTest::newRow("mac with dashes") << u"aa-bb-cc-dd-ee-01"_s << u"aabbccddee01"_s;
        QTest::newRow("cisco mac") << u"aabb.ccdd.ee01"_s << u"aabbccddee01"_s;
        QTest::newRow("dni with dots") << u"23.456.789"_s << u"23456789"_s;
        QTest::newRow("cuit") << u"30-71234567-9"_s << u"30712345679"_s;
        QTest::newRow("mobile phone") << u"+54 9 353 400-1000"_s << u"3534001000"_s;
        QTest::newRow("landline with trunk 0") << u"0353 452-1187"_s << u"3534521187"_s;
        QTest::newRow("ip") << u"100.64.0.10"_s << u"100.64.0.10"_s;
        QTest::newRow("serial") << u"HWTC1A2B3C4D"_s << u"hwtc1a2b3c4d"_s;
    }

    void exactKeys()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.exactKeys().contains(key), qPrintable(query.exactKeys().join(u", "_s)));
        // Exact keys are looked up as whole tokens, without a prefix star, in identifier columns only.
        QVERIFY2(query.exactExpression().startsWith(u"{doc phone pppoe device mac ip} : ("_s),
                 qPrintable(query.exactExpression()));
        QVERIFY(query.exactExpression().contains(u"\""_s + key + u"\""_s));
        QVERIFY(!query.exactExpression().contains(u'*'));
    }

    void keysOfIndexAndQuery_agree()
    {
        QCOMPARE(SearchKeys::mac(u"0A:00:3E:44:00:7F"_s), SearchKeys::mac(u"0a-00-3e-44-00-7f"_s));
        QCOMPARE(SearchKeys::nationalPhone(u"+54 9 353 415-2233"_s), SearchKeys::nationalPhone(u"0353 415 2233"_s));
        QCOMPARE(SearchKeys::number(u"12345"_s), QString()); // too short to be an identifier
        QCOMPARE(SearchKeys::mac(u"not a mac"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
