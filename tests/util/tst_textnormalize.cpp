// SPDX-License-Identifier: GPL-3.0-or-later
// Canonical forms: any notation an operator types must reach the same key.
#include "testsupport.h"
#include "util/textnormalize.h"
#include "util/timeformat.h"

#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestTextNormalize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("acute") << u"Pérez"_s << u"perez"_s;
        QTest::newRow("tilde") << u"MUÑOZ"_s << u"munoz"_s;
        QTest::newRow("diaeresis") << u"Agüero"_s << u"aguero"_s;
        QTest::newRow("portuguese") << u"Conceição"_s << u"conceicao"_s;
        QTest::newRow("already plain") << u"gonzalez"_s << u"gonzalez"_s;
        QTest::newRow("decomposed input") << u"Pe\u0301rez"_s << u"perez"_s;
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(Text::fold(input), folded);
    }

    void macNotations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("colons") << u"AA:BB:CC:DD:EE:FF"_s << u"aabbccddeeff"_s;
        QTest::newRow("dashes") << u"aa-bb-cc-dd-ee-ff"_s << u"aabbccddeeff"_s;
        QTest::newRow("cisco") << u"aabb.ccdd.eeff"_s << u"aabbccddeeff"_s;
        QTest::newRow("bare") << u"AABBCCDDEEFF"_s << u"aabbccddeeff"_s;
        QTest::newRow("spaces") << u"aa bb cc dd ee ff"_s << u"aabbccddeeff"_s;
        QTest::newRow("too short") << u"aa:bb:cc"_s << QString();
        QTest::newRow("too long") << u"aa:bb:cc:dd:ee:ff:00"_s << QString();
        QTest::newRow("not hex") << u"gg:bb:cc:dd:ee:ff"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void macNotations()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(Text::normalizeMac(input), normalized);
        QCOMPARE(Text::formatMac(input).isEmpty(), normalized.isEmpty());
    }

    void formatMac_isColonUpperCase() { QCOMPARE(Text::formatMac(u"0a-00-3e-44-00-7f"_s), u"0A:00:3E:44:00:7F"_s); }

    void digitsAndIps()
    {
        QCOMPARE(Text::digitsOnly(u"+54 9 (353) 415-2233"_s), u"5493534152233"_s);
        QVERIFY(Text::isIpv4Address(u"100.64.0.10"_s));
        QVERIFY(!Text::isIpv4Address(u"100.64.0"_s));
        QVERIFY(!Text::isIpv4Address(u"300.1.1.1"_s));
        QVERIFY(!Text::isIpv4Address(u"::1"_s));
    }

    void ages_areSaidInWords()
    {
        const UnixTime now = Test::fixtureNow;
        QCOMPARE(TimeFormat::age(now - 10, now), u"just now"_s);
        QCOMPARE(TimeFormat::age(now - 4 * 60, now), u"4 min ago"_s);
        QCOMPARE(TimeFormat::age(now - 7 * 3600, now), u"7 h ago"_s);
        QCOMPARE(TimeFormat::age(now - 3 * 86400, now), u"3 days ago"_s);
        QVERIFY(TimeFormat::asOf(now - 7 * 3600, now).startsWith(u"as of "_s));
        QVERIFY(TimeFormat::asOf(now - 7 * 3600, now).endsWith(u", 7 h ago"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalize)
#include "tst_textnormalize.moc"
