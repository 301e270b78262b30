// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine with scripted fetchers: sources run side by side, a failed
// or canceled source keeps its previous data while the others complete, one
// sync per profile at a time, and every run is recorded.
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "search/searchengine.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// What each fetcher of a test does.
struct Script
{
    IspDataset data;
    QHash<SourceKind, ApiError> failures; // this source fails with this error
    QSet<SourceKind> hang;                // this source never answers until canceled
    int delayMs = 5;
};

class ScriptedFetcher final : public SourceFetcher
{
public:
    ScriptedFetcher(SourceKind kind, const Script &script, FetchProgress *progress)
        : SourceFetcher(progress)
        , m_kind(kind)
        , m_script(script)
    { }

    void start(Done done) override
    {
        m_done = std::move(done);
        if (m_script.hang.contains(m_kind))
            return;
        QTimer::singleShot(m_script.delayMs, this, [this] { finish(); });
    }

    void cancel() override
    {
        if (!m_done)
            return;
        FetchResult result;
        result.error = ApiError::make(ApiError::Kind::Canceled, u"canceled"_s);
        std::exchange(m_done, {})(std::move(result));
    }

private:
    void finish()
    {
        if (!m_done)
            return;
        FetchResult result;
        if (m_script.failures.contains(m_kind)) {
            result.error = m_script.failures.value(m_kind);
            std::exchange(m_done, {})(std::move(result));
            return;
        }
        const IspDataset &d = m_script.data;
        switch (m_kind) {
        case SourceKind::IspCube:
            result.data.plans = d.plans;
            result.data.nodes = d.nodes;
            result.data.customers = d.customers;
            result.data.connections = d.connections;
            result.data.tickets = d.tickets;
            break;
        case SourceKind::SmartOlt:
            result.data.olts = d.olts;
            result.data.onus = d.onus;
            break;
        case SourceKind::CnMaestro:
            result.data.accessPoints = d.accessPoints;
            result.data.subscribers = d.wirelessSubscribers;
            result.data.alarms = d.alarms;
            break;
        case SourceKind::RouterOs:
            result.data.routers = d.nodes;
            for (const PppSecret &secret : d.pppSecrets)
                result.data.secretsByRouter[secret.nodeId].append(secret);
            break;
        }
        reportProgress(result.data.itemCount(), result.data.itemCount());
        std::exchange(m_done, {})(std::move(result));
    }

    SourceKind m_kind;
    Script m_script;
    Done m_done;
};

SyncContext everySource()
{
    SyncContext context;
    context.profileName = u"test"_s;
    for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro}) {
        SourceConfig config;
        config.kind = kind;
        config.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        context.sources.sources << config;
    }
    RouterConfig router;
    router.nodeId = 1;
    router.host = u"127.0.0.1"_s;
    context.sources.routers << router;
    return context;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::shared_ptr<Script> m_script;

    std::unique_ptr<SyncEngine> makeEngine(const QString &profileDir = {})
    {
        auto script = m_script;
        return std::make_unique<SyncEngine>(m_cache.get(), profileDir.isEmpty() ? m_dir.path() : profileDir,
                                            [script](SourceKind kind, const SyncContext &, FetchProgress *progress) {
                                                return std::make_unique<ScriptedFetcher>(kind, *script, progress);
                                            });
    }

    // A request from someone who may sync (the permission itself is tested in tests/access).
    static SyncRequest allowed(SyncRequest request = {})
    {
        request.principal = Access::singleUserPrincipal(u"synctest"_s);
        return request;
    }

    SyncSummary runToEnd(SyncEngine &engine, const SyncRequest &request = allowed())
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QString error;
        if (!engine.start(request, everySource(), &error)) {
            qWarning("start failed: %s", qPrintable(error));
            return {};
        }
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<SyncSummary>();
    }

    static SourceOutcome outcomeOf(const SyncSummary &summary, SourceKind kind)
    {
        for (const SourceOutcome &outcome : summary.outcomes) {
            if (outcome.source == kind)
                return outcome;
        }
        return {};
    }

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void init()
    {
        m_cache.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_cache->open());
        m_script = std::make_shared<Script>();
        m_script->data = Test::smallIsp();
    }

    void cleanup() { m_cache.reset(); }

    void everySource_isFetchedWrittenIndexedAndRecorded()
    {
        auto engine = makeEngine();
        const SyncSummary summary = runToEnd(*engine, allowed({{}, SyncTrigger::Cli, u"ana"_s, {}}));
        QVERIFY(summary.allSucceeded());
        QCOMPARE(summary.outcomes.size(), 4);
        QVERIFY(summary.indexRebuilt);
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers"_s).toInt(), Test::smallIsp().customers.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets"_s).toInt(), Test::smallIsp().pppSecrets.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus"_s).toInt(), Test::smallIsp().onus.size());
        // Node rows may come first from the routers: then the CRM finds them (changed or not).
        const MirrorCounts crm = outcomeOf(summary, SourceKind::IspCube).counts;
        QCOMPARE(crm.seen(),
                 Test::smallIsp().plans.size() + Test::smallIsp().nodes.size() + Test::smallIsp().customers.size()
                     + Test::smallIsp().connections.size() + Test::smallIsp().tickets.size());
        // Four rows of one sync, each with its outcome and counts.
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT sync_id) FROM sync_runs"_s).toInt(), 1);
        QCOMPARE(scalar(db,
                        u"SELECT count(*) FROM sync_runs WHERE status = 'success' AND trigger = 'cli' "
                        u"AND user_name = 'ana'"_s)
                     .toInt(),
                 4);
        QVERIFY(scalar(db, u"SELECT items_added FROM sync_runs WHERE source = 'smartolt'"_s).toInt() > 0);
        SearchEngine search(db);
        QVERIFY(!search.search(u"perez"_s).hits.isEmpty());

        // The same data again: nothing changes, no index rebuild needed.
        const SyncSummary again = runToEnd(*engine);
        QVERIFY(again.allSucceeded());
        QVERIFY(!again.indexRebuilt);
        QCOMPARE(outcomeOf(again, SourceKind::IspCube).counts.added, 0);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT sync_id) FROM sync_runs"_s).toInt(), 2);
    }

    void anIndexRebuildThatNeverCompleted_isRedoneByTheNextSync()
    {
        auto engine = makeEngine();
        QVERIFY(runToEnd(*engine).allSucceeded());
        // As if the process died after a source committed but before the rebuild did.
        QSqlDatabase db = m_cache->connection();
        QVERIFY(QSqlQuery(db).exec(u"DELETE FROM search_docs"_s));
        QVERIFY(QSqlQuery(db).exec(
            u"INSERT INTO settings (key, value, updated_at) VALUES ('search_index_stale', '1', 1)"_s));
        const SyncSummary summary = runToEnd(*engine); // nothing changed at the sources
        QVERIFY(summary.indexRebuilt);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM settings WHERE key = 'search_index_stale'"_s).toInt(), 0);
        QVERIFY(!SearchEngine(db).search(u"perez"_s).hits.isEmpty());
    }

    void failingSource_keepsItsPreviousData_andTheOthersComplete()
    {
        auto engine = makeEngine();
        QVERIFY(runToEnd(*engine).allSucceeded());

        m_script->data.customers[0].name = u"Renamed"_s;
        m_script->data.onus.clear(); // would empty the ONUs if it were written
        m_script->failures.insert(SourceKind::SmartOlt,
                                  ApiError::make(ApiError::Kind::Timeout, u"SmartOLT: no answer in 30 s"_s));
        const SyncSummary summary = runToEnd(*engine);
        QVERIFY(!summary.allSucceeded());
        const SourceOutcome smartolt = outcomeOf(summary, SourceKind::SmartOlt);
        QVERIFY(smartolt.state == SourceState::Failed);
        QCOMPARE(smartolt.message, u"SmartOLT: no answer in 30 s"_s);
        QVERIFY(outcomeOf(summary, SourceKind::IspCube).state == SourceState::Succeeded);
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus"_s).toInt(), Test::smallIsp().onus.size());
        QCOMPARE(scalar(db, u"SELECT name FROM customers WHERE id = 1"_s).toString(), u"Renamed"_s);
        QCOMPARE(
            scalar(db, u"SELECT error FROM sync_runs WHERE source = 'smartolt' ORDER BY id DESC LIMIT 1"_s).toString(),
            u"SmartOLT: no answer in 30 s"_s);
    }

    void cancel_keepsPreviousData_andReleasesTheLock()
    {
        auto engine = makeEngine();
        QVERIFY(runToEnd(*engine).allSucceeded());

        m_script->hang = {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro, SourceKind::RouterOs};
        m_script->data = {};
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        QVERIFY(engine->start(allowed(), everySource()));
        QTRY_VERIFY(engine->progress().constFirst().state == SourceState::Fetching);
        engine->cancel();
        QVERIFY(finished.wait(20000));
        const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
        QVERIFY(summary.anyCanceled());
        for (const SourceOutcome &outcome : summary.outcomes)
            QVERIFY(outcome.state == SourceState::Canceled);
        QCOMPARE(scalar(m_cache->connection(), u"SELECT count(*) FROM customers"_s).toInt(),
                 Test::smallIsp().customers.size());
        // The lock is free again: a new sync starts.
        m_script->hang.clear();
        m_script->data = Test::smallIsp();
        QVERIFY(runToEnd(*engine).allSucceeded());
    }

    void oneSyncPerProfile_acrossEngines()
    {
        m_script->hang = {SourceKind::IspCube};
        auto first = makeEngine();
        QVERIFY(first->start(allowed(), everySource()));
        QString error;
        QVERIFY(!first->start(allowed(), everySource(), &error));
        auto second = makeEngine(); // another process would see the same lock file
        QVERIFY(!second->start(allowed(), everySource(), &error));
        QVERIFY2(error.contains(u"already running"_s), qPrintable(error));
        QSignalSpy finished(first.get(), &SyncEngine::finished);
        first->cancel();
        QVERIFY(finished.wait(20000));
    }

    void unconfiguredSources_areRefusedClearly()
    {
        auto engine = makeEngine();
        SyncContext nothing;
        QString error;
        QVERIFY(!engine->start(allowed(), nothing, &error));
        QVERIFY(error.contains(u"no sources"_s));
        SyncContext onlyCrm = everySource();
        onlyCrm.sources.routers.clear();
        QVERIFY(!engine->start(allowed({{SourceKind::RouterOs}, SyncTrigger::Cli, {}, {}}), onlyCrm, &error));
        QVERIFY(error.contains(u"routeros"_s));
    }

    void runsLeftRunningByADeadProcess_areMarkedInterrupted()
    {
        {
            QSqlQuery query(m_cache->connection());
            QVERIFY(query.exec(u"INSERT INTO sync_runs (source, trigger, started_at, status) "
                               u"VALUES ('ispcube', 'nightly', 1, 'running')"_s));
        }
        auto engine = makeEngine();
        QVERIFY(runToEnd(*engine).allSucceeded());
        QCOMPARE(scalar(m_cache->connection(), u"SELECT status FROM sync_runs WHERE started_at = 1"_s).toString(),
                 u"interrupted"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
