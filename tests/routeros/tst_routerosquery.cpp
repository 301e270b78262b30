// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated router filters a print the way RouterOS does (protocols.md §1.5): query words on a boolean
// stack and .proplist, so that the client is tested against the real semantics.
#include "simulator/routeros/routerosquery.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder::Sim;

namespace {

const RouterOsRow ether{{"name"_ba, "ether1"_ba}, {"type"_ba, "ether"_ba}, {"mtu"_ba, "1500"_ba}};
const RouterOsRow vlan{{"name"_ba, "vlan10"_ba}, {"type"_ba, "vlan"_ba}, {"mtu"_ba, "1496"_ba}, {"comment"_ba, "x"_ba}};

bool matches(const RouterOsRow &row, const QList<QByteArray> &queries)
{
    QString error;
    const std::optional<bool> result = matchesQuery(row, queries, &error);
    if (!result)
        qWarning() << error;
    return result.value_or(false);
}

} // namespace

class TestRouterOsQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void query_singleWords()
    {
        QVERIFY(matches(ether, {}));
        QVERIFY(matches(ether, {"?name=ether1"_ba}));
        QVERIFY(!matches(vlan, {"?name=ether1"_ba}));
        QVERIFY(matches(vlan, {"?comment"_ba}));
        QVERIFY(!matches(ether, {"?comment"_ba}));
        QVERIFY(matches(ether, {"?-comment"_ba}));
        QVERIFY(matches(ether, {"?>mtu=1496"_ba}));
        QVERIFY(!matches(vlan, {"?>mtu=1496"_ba}));
        QVERIFY(matches(vlan, {"?<mtu=1500"_ba}));
        QVERIFY(matches(ether, {"?comment="_ba})); // an absent property equals the empty value
    }

    void query_stackOperations()
    {
        const QList<QByteArray> etherOrVlan{"?type=ether"_ba, "?type=vlan"_ba, "?#|"_ba};
        QVERIFY(matches(ether, etherOrVlan));
        QVERIFY(matches(vlan, etherOrVlan));
        QVERIFY(!matches(RouterOsRow{{"type"_ba, "bridge"_ba}}, etherOrVlan));
        // Several words are an implicit AND: every value left on the stack must be true.
        QVERIFY(!matches(ether, {"?type=ether"_ba, "?mtu=1496"_ba}));
        QVERIFY(matches(ether, {"?type=vlan"_ba, "?#!"_ba}));
        // ?>distance=1 ?gateway=x ?#&! from the manual, on our columns.
        QVERIFY(matches(vlan, {"?>mtu=1500"_ba, "?type=vlan"_ba, "?#&!"_ba}));
        QVERIFY(!matches(ether, {"?>mtu=1400"_ba, "?type=ether"_ba, "?#&!"_ba}));
        // Stack index and dup.
        QVERIFY(matches(ether, {"?type=ether"_ba, "?#0."_ba}));
    }

    void query_rejectsUnknownOperation()
    {
        QString error;
        QVERIFY(!matchesQuery(ether, {"?#~"_ba}, &error));
        QVERIFY(error.contains(u"~"_s));
        QVERIFY(!matchesQuery(ether, {"?"_ba}, &error));
    }

    void proplist_choosesAndOrders()
    {
        QCOMPARE(applyProplist(vlan, "comment,name"_ba),
                 (RouterOsRow{{"comment"_ba, "x"_ba}, {"name"_ba, "vlan10"_ba}}));
        QCOMPARE(applyProplist(ether, "comment"_ba), RouterOsRow()); // an empty !re, as a real router sends
        QCOMPARE(applyProplist(ether, QByteArray()), ether);
    }
};

QTEST_GUILESS_MAIN(TestRouterOsQuery)
#include "tst_routerosquery.moc"
