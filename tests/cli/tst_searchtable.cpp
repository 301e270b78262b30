// SPDX-License-Identifier: GPL-3.0-or-later
// The human table of `beholder-cli search`: long cells are cut with "…",
// accents count as one column, and no line outgrows a wide terminal.
#include "searchtable.h"
#include "testsupport.h"

#include <QtTest>

using namespace Beholder;
using namespace Beholder::Cli;
using namespace Qt::Literals::StringLiterals;

class TestSearchTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void widthCountsCharactersNotBytes()
    {
        QCOMPARE(displayWidth(u"Pérez"_s), 5);
        QCOMPARE(displayWidth(u"Pe\u0301rez"_s), 5); // decomposed accent
        QCOMPARE(displayWidth(u"😀"_s), 1);
        QCOMPARE(displayWidth(QString()), 0);
    }

    void elideCutsWithAnEllipsis()
    {
        QCOMPARE(elide(u"Muñoz"_s, 5), u"Muñoz"_s);
        QCOMPARE(elide(u"Muñoz"_s, 4), u"Muñ…"_s);
        QCOMPARE(elide(u"Pe\u0301rez"_s, 3), u"Pe\u0301…"_s);
        QCOMPARE(elide(u"abc"_s, 1), u"…"_s);
        QCOMPARE(elide(u"abc"_s, 0), QString());
    }

    void emptyResultsSayNoMatches() { QCOMPARE(formatSearchTable(SearchResults()), u"no matches\n"_s); }

    void longCellsAreCutAndColumnsAligned()
    {
        SearchHit hit;
        hit.name = u"Cooperativa de Provisión de Servicios Públicos, Vivienda y Consumo Limitada"_s;
        hit.docNumber = u"30-71234567-9"_s;
        hit.pppoeUser = u"a.very.long.pppoe.user.name.for.testing"_s;
        hit.nodeName = u"VMA-CCR-01-WITH-A-LONG-SUFFIX"_s;
        hit.status = u"suspended"_s;
        hit.device = u"0A:00:3E:44:00:7F"_s;
        hit.ip = u"100.64.100.100"_s;
        SearchHit empty; // every cell "-"
        SearchResults results;
        results.hits = {hit, empty};
        results.truncated = true;

        const QString table = formatSearchTable(results);
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"NAME"_s));
        QVERIFY2(lines.at(1).startsWith(u"Cooperativa de Provisión de Servici…  30-71234567-9"_s), qPrintable(table));
        QVERIFY2(lines.at(1).contains(u"a.very.long.pppoe.u…"_s), qPrintable(table));
        QVERIFY2(lines.at(2).startsWith(u"-  "_s), qPrintable(table));
        QCOMPARE(lines.at(3), u"2 matches (more exist: raise --limit)"_s);
        for (const QString &line : lines)
            QVERIFY2(displayWidth(line) <= 160, qPrintable(line));
        // Every column starts at the same place on every row.
        const qsizetype dniColumn = lines.at(0).indexOf(u"DNI/CUIT"_s);
        QCOMPARE(displayWidth(lines.at(1).left(lines.at(1).indexOf(u"30-71234567-9"_s))), dniColumn);
    }

    void cellsStayOnOneLine()
    {
        SearchHit hit;
        hit.name = u"Ana\nPeralta\t(line break)"_s;
        SearchResults results;
        results.hits = {hit};
        const QStringList lines = formatSearchTable(results).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(u"Ana Peralta (line break)"_s));
        QCOMPARE(lines.at(2), u"1 match"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchTable)
#include "tst_searchtable.moc"
