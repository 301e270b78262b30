// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the router to ask for a PPPoE user's live traffic, on a real SQLite cache file: through the routers'
// PPP secrets (ADR-005), so users the CRM does not link are found too and a CRM that names the wrong router is
// not believed; the plan only from the CRM; clear errors for unknown users and routers the profile lacks.
#include "cache/cachedatabase.h"
#include "cache/cachewriter.h"
#include "live/routerlocator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

RouterConfig router(qint64 nodeId, const QString &name)
{
    RouterConfig r;
    r.nodeId = nodeId;
    r.name = name;
    r.host = u"10.255.0.%1"_s.arg(nodeId);
    r.user = u"beholder"_s;
    return r;
}

Access::Principal admin()
{
    return Access::Principal(u"ana"_s, Access::Role::ProfileAdmin, u"norte"_s);
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

ProfileSources bothRouters()
{
    ProfileSources sources;
    sources.routers = {router(1, u"VMA-CCR-01"_s), router(2, u"VMA-CCR-02"_s)};
    return sources;
}

} // namespace

class TestRouterLocator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    LiveTarget resolve(const QString &user, const ProfileSources &sources = bothRouters())
    {
        return resolveLiveTarget(m_cache->connection(), sources, user, admin());
    }

private slots:
    void initTestCase()
    {
        Beholder::Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        IspDataset isp = Test::smallIsp();
        // A CRM connection whose user no router has.
        Connection ghost = isp.connections.constFirst();
        ghost.id = 199;
        ghost.pppoeUser = u"ghost"_s;
        isp.connections << ghost;
        // The same user on both routers (a migration half done), disabled on the first.
        PppSecret moved;
        moved.nodeId = 1;
        moved.name = u"espiga"_s;
        moved.disabled = true;
        isp.pppSecrets << moved;
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), isp);
        QVERIFY(m_cache);
    }

    void cleanupTestCase()
    {
        m_cache->closeThreadConnection();
        m_cache.reset();
    }

    void linkedUser_routerFromTheSecretsAndPlanFromTheCrm()
    {
        const LiveTarget target = resolve(u"mperez"_s);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.pppoeUser, u"mperez"_s);
        QCOMPARE(target.router.nodeId, 1);
        QCOMPARE(target.router.host, u"10.255.0.1"_s);
        QCOMPARE(target.routerName, u"VMA-CCR-01"_s);
        QVERIFY(target.linkedInCrm);
        QCOMPARE(target.planName, u"Fibra 300 Mbps"_s);
        QCOMPARE(target.planDownKbps, 300'000);
        QCOMPARE(target.planUpKbps, 150'000);
        QVERIFY(target.planKnown());
    }

    void unlinkedUser_isFoundThroughTheRoutersSecrets()
    {
        // rgodoy was installed on router 2 and never entered in the CRM.
        const LiveTarget target = resolve(u"rgodoy"_s);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.router.nodeId, 2);
        QCOMPARE(target.routerName, u"VMA-CCR-02"_s);
        QVERIFY(!target.linkedInCrm);
        QVERIFY(!target.planKnown());
        QCOMPARE(target.planDownKbps, 0);
    }

    void crmNamingAnotherRouter_isNotBelieved()
    {
        // The CRM says node 1; the secret lives on node 2, so node 2 is asked.
        const LiveTarget target = resolve(u"lnunez"_s);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.router.nodeId, 2);
        QCOMPARE(target.crmNodeId, 1);
        QCOMPARE(target.planDownKbps, 300'000); // the plan still comes from the CRM
    }

    void nameMatchesIgnoringCase()
    {
        const LiveTarget target = resolve(u"  RGodoy "_s);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.pppoeUser, u"rgodoy"_s); // as the router spells it: <pppoe-rgodoy>
    }

    void severalRouters_preferTheConfiguredAndEnabledOne()
    {
        LiveTarget target = resolve(u"espiga"_s);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.router.nodeId, 2); // enabled there, disabled on node 1
        QVERIFY(!target.secretDisabled);
        QCOMPARE(target.otherRouters, 1);

        ProfileSources onlyFirst;
        onlyFirst.routers = {router(1, u"VMA-CCR-01"_s)};
        target = resolve(u"espiga"_s, onlyFirst);
        QVERIFY2(target.ok(), qPrintable(target.errorMessage));
        QCOMPARE(target.router.nodeId, 1); // the one the profile can reach
        QVERIFY(target.secretDisabled);
    }

    void unknownUser_isAClearError()
    {
        const LiveTarget target = resolve(u"nobody"_s);
        QCOMPARE(toString(target.error), toString(LiveTarget::Error::UnknownUser));
        QVERIFY2(target.errorMessage.contains(u"“nobody” is in no router's PPP secrets"_s),
                 qPrintable(target.errorMessage));
        QCOMPARE(toString(target.error), u"unknown-user"_s);
    }

    void crmOnlyUser_saysTheCrmKnowsIt()
    {
        const LiveTarget target = resolve(u"ghost"_s);
        QCOMPARE(toString(target.error), toString(LiveTarget::Error::UnknownUser));
        QVERIFY2(target.errorMessage.contains(u"in the CRM but in no router's PPP secrets"_s),
                 qPrintable(target.errorMessage));
    }

    void routerNotInTheProfile_isAClearError()
    {
        ProfileSources onlyFirst;
        onlyFirst.routers = {router(1, u"VMA-CCR-01"_s)};
        const LiveTarget target = resolve(u"rgodoy"_s, onlyFirst);
        QCOMPARE(toString(target.error), toString(LiveTarget::Error::RouterNotConfigured));
        QVERIFY2(target.errorMessage.contains(u"VMA-CCR-02 (node 2)"_s), qPrintable(target.errorMessage));
        QVERIFY2(target.errorMessage.contains(u"not among this profile's routers"_s), qPrintable(target.errorMessage));
        QCOMPARE(target.router.nodeId, 2);
        QCOMPARE(target.routerName, u"VMA-CCR-02"_s);
    }

    // Watching a customer's traffic is privileged: a viewer is refused before anything is looked up, and both the
    // refusal and a watch that goes ahead are in the audit log, with who, whose traffic and which router.
    void liveTraffic_needsThePermission_andIsAudited()
    {
        const Access::Principal viewer(u"vera"_s, Access::Role::Viewer, u"norte"_s);
        const LiveTarget refused = resolveLiveTarget(m_cache->connection(), bothRouters(), u"mperez"_s, viewer);
        QCOMPARE(toString(refused.error), toString(LiveTarget::Error::NotPermitted));
        QVERIFY2(refused.errorMessage.contains(u"vera"_s), qPrintable(refused.errorMessage));
        QVERIFY(refused.router.host.isEmpty()); // nothing about the router leaks
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db,
                        u"SELECT outcome || ' ' || user_name || ' ' || target FROM audit_log "
                        u"WHERE action = 'live-traffic' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
                 u"denied vera mperez"_s);

        const Access::Principal technician(u"tomas"_s, Access::Role::Technician, u"norte"_s);
        const LiveTarget allowed = resolveLiveTarget(db, bothRouters(), u"mperez"_s, technician);
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage));
        QCOMPARE(scalar(db,
                        u"SELECT outcome || ' ' || user_name || ' ' || target || ' ' || details FROM audit_log "
                        u"WHERE action = 'live-traffic' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
                 u"ok tomas mperez "_s + allowed.routerName);
    }

    void noUserOrNoCache_areErrorsToo()
    {
        QCOMPARE(toString(resolve(u"  "_s).error), toString(LiveTarget::Error::NoUser));
        QCOMPARE(toString(resolveLiveTarget(QSqlDatabase(), bothRouters(), u"mperez"_s, admin()).error),
                 toString(LiveTarget::Error::Cache));

        QTemporaryDir empty;
        CacheDatabase cache(empty.filePath(u"empty.sqlite"_s));
        QVERIFY(cache.open());
        const LiveTarget target = resolveLiveTarget(cache.connection(), bothRouters(), u"mperez"_s, admin());
        QCOMPARE(toString(target.error), toString(LiveTarget::Error::UnknownUser));
        QVERIFY2(target.errorMessage.contains(u"sync the routers first"_s), qPrintable(target.errorMessage));
        cache.closeThreadConnection();
    }

    void lookups_useTheIndexes()
    {
        // Called on every chart opened: the name lookups must not scan the tables.
        const auto plan = [this](const QString &sql) {
            QSqlQuery query(m_cache->connection());
            [&] { QVERIFY2(query.exec(u"EXPLAIN QUERY PLAN "_s + sql), qPrintable(sql)); }();
            QStringList steps;
            while (query.next())
                steps << query.value(3).toString();
            return steps.join(u" | "_s);
        };
        const QString secrets = plan(u"SELECT s.node_id FROM ppp_secrets s LEFT JOIN nodes n ON n.id = s.node_id "
                                     u"WHERE s.name = 'x' COLLATE NOCASE"_s);
        QVERIFY2(secrets.contains(u"USING INDEX ppp_secrets_name"_s), qPrintable(secrets));
        const QString connections = plan(u"SELECT c.node_id FROM connections c LEFT JOIN plans p ON p.id = "
                                         u"c.plan_id WHERE c.pppoe_user = 'x' COLLATE NOCASE"_s);
        QVERIFY2(connections.contains(u"USING INDEX connections_pppoe_user"_s), qPrintable(connections));
    }
};

QTEST_GUILESS_MAIN(TestRouterLocator)
#include "tst_routerlocator.moc"
