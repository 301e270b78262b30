// SPDX-License-Identifier: GPL-3.0-or-later
// The production path from the command line, process by process: a simulated
// ISP in one process, `profile import`, `sync` and `search` in others, with
// the secrets in a real keychain (this test runs under scripts/with-keyring.sh).
// And a sync killed with SIGKILL halfway: the cache is intact and still serves
// the previous data, and the next sync records the killed run as interrupted.
#include "cliprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = Beholder::Test::CliRun;
using Beholder::Test::SimProcess;

Run run(const QStringList &arguments, int timeoutMs = 120000)
{
    return Beholder::Test::runCli(arguments, timeoutMs);
}

QVariant scalar(const QString &databaseFile, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString data() const { return m_dir.filePath(u"data"_s); }
    QString cache() const { return m_dir.filePath(u"data/profiles/isp/cache.sqlite"_s); }

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void simImportSyncSearch_fillsTheCacheFromTheSimulatedIsp()
    {
        const QString description = m_dir.filePath(u"isp.json"_s);
        SimProcess sim(description, {u"--customers"_s, u"1500"_s});
        QVERIFY(sim.ready());

        const Run imported
            = run({u"--data-dir"_s, data(), u"profile"_s, u"import"_s, description, u"--profile"_s, u"isp"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("secrets stored in the OS keychain"));
        // The secrets went to the keychain, not to the profile's files.
        QFile settings(m_dir.filePath(u"data/profiles/isp/settings.ini"_s));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        const QJsonObject json = QJsonDocument::fromJson([&] {
                                     QFile f(description);
                                     f.open(QIODevice::ReadOnly);
                                     return f.readAll();
                                 }())
                                     .object();
        const QString token = json.value(u"sources"_s).toArray().at(1).toObject().value(u"token"_s).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(!settingsText.contains(token.toUtf8()));

        const Run synced = run({u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"isp"_s});
        QVERIFY2(synced.exitCode == 0, QByteArray(synced.out + synced.err).constData());
        QVERIFY(synced.out.contains("sync complete"));
        for (const char *source : {"ispcube", "smartolt", "cnmaestro", "routeros"})
            QVERIFY2(synced.out.contains(QByteArray(QByteArray(source).leftJustified(10, ' ') + " succeeded")),
                     synced.out.constData());

        const Run found
            = run({u"--data-dir"_s, data(), u"search"_s, u"perez"_s, u"--profile"_s, u"isp"_s, u"--json"_s});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject results = QJsonDocument::fromJson(found.out).object();
        QVERIFY(results.value(u"count"_s).toInt() > 0);
        QVERIFY(
            results.value(u"results"_s).toArray().at(0).toObject().value(u"name"_s).toString().contains(u"Pérez"_s));
        QVERIFY(scalar(cache(), u"SELECT count(*) FROM customers"_s).toInt() == 1500);
    }

    void syncKilledHalfway_leavesAnIntactCacheServingThePreviousData()
    {
        const int customersBefore = scalar(cache(), u"SELECT count(*) FROM customers"_s).toInt();
        const int secretsBefore = scalar(cache(), u"SELECT count(*) FROM ppp_secrets"_s).toInt();
        QVERIFY(customersBefore > 0);

        // A slow ISP (every answer delayed), and a bigger one, so that the kill lands mid-sync.
        const QString slowDescription = m_dir.filePath(u"slow.json"_s);
        {
            SimProcess slow(slowDescription,
                            {u"--customers"_s, u"3000"_s, u"--seed"_s, u"7"_s, u"--latency-ms"_s, u"40"_s});
            QVERIFY(slow.ready());
            QCOMPARE(
                run({u"--data-dir"_s, data(), u"profile"_s, u"import"_s, slowDescription, u"--profile"_s, u"isp"_s})
                    .exitCode,
                0);
            QProcess sync;
            sync.start(Beholder::Test::cliPath, {u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"isp"_s});
            QVERIFY(sync.waitForStarted());
            // Kill once the sync is well under way: a source has been written, others still fetch.
            QByteArray progress;
            QDeadlineTimer deadline(60000);
            while (!deadline.hasExpired() && !progress.contains("succeeded")) {
                sync.waitForReadyRead(50);
                progress += sync.readAllStandardError();
            }
            QVERIFY2(progress.contains("fetching"), progress.constData());
            sync.kill(); // SIGKILL: no cleanup of any kind
            sync.waitForFinished();
            QVERIFY(progress.contains("succeeded")); // some source committed before the kill
        }

        QCOMPARE(scalar(cache(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // The killed run is still "running" until someone looks.
        QCOMPARE(scalar(cache(), u"SELECT count(*) FROM sync_runs WHERE status = 'running'"_s).toInt() > 0, true);
        // The cache answers: every source either still has its previous data or its new data, never half.
        const int customers = scalar(cache(), u"SELECT count(*) FROM customers"_s).toInt();
        QVERIFY2(customers == customersBefore || customers == 3000, qPrintable(QString::number(customers)));
        QVERIFY(scalar(cache(), u"SELECT count(*) FROM ppp_secrets"_s).toInt() > 0);
        Q_UNUSED(secretsBefore)
        const Run found
            = run({u"--data-dir"_s, data(), u"search"_s, u"perez"_s, u"--profile"_s, u"isp"_s, u"--json"_s});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(found.out).object().value(u"count"_s).toInt() > 0);

        // The next sync (against a healthy ISP) records the killed run as interrupted.
        const QString healthy = m_dir.filePath(u"healthy.json"_s);
        SimProcess fast(healthy, {u"--customers"_s, u"300"_s});
        QVERIFY(fast.ready());
        QCOMPARE(run({u"--data-dir"_s, data(), u"profile"_s, u"import"_s, healthy, u"--profile"_s, u"isp"_s}).exitCode,
                 0);
        const Run synced = run({u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"isp"_s});
        QVERIFY2(synced.exitCode == 0, QByteArray(synced.out + synced.err).constData());
        QCOMPARE(scalar(cache(), u"SELECT count(*) FROM sync_runs WHERE status = 'running'"_s).toInt(), 0);
        QVERIFY(scalar(cache(), u"SELECT count(*) FROM sync_runs WHERE status = 'interrupted'"_s).toInt() > 0);
        QCOMPARE(scalar(cache(), u"SELECT count(*) FROM customers"_s).toInt(), 300);
    }

    void syncWithoutAProfile_orWithAnUnknownSource_failsClearly()
    {
        const Run missing = run({u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"nowhere"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
        const Run unknown
            = run({u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"isp"_s, u"--source"_s, u"hest"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown source"));
    }

    // `profile test`: every source and router passes against the simulated ISP; a refused token fails the
    // authentication step of SmartOLT only, with exit code 1, and both runs are audited.
    void profileTest_passesEverywhere_thenNamesTheRefusedStep()
    {
        const QString description = m_dir.filePath(u"tested.json"_s);
        SimProcess sim(description, {u"--customers"_s, u"200"_s});
        QVERIFY(sim.ready());
        QCOMPARE(
            run({u"--data-dir"_s, data(), u"profile"_s, u"import"_s, description, u"--profile"_s, u"isp"_s}).exitCode,
            0);

        const Run passed
            = run({u"--data-dir"_s, data(), u"profile"_s, u"test"_s, u"--profile"_s, u"isp"_s, u"--json"_s});
        QVERIFY2(passed.exitCode == 0, passed.explain().constData());
        const QJsonObject report = QJsonDocument::fromJson(passed.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        const QJsonArray targets = report.value(u"targets"_s).toArray();
        QVERIFY2(targets.size() >= 4, passed.out.constData()); // three APIs and at least one router
        for (const QJsonValue &target : targets) {
            const QJsonArray steps = target.toObject().value(u"steps"_s).toArray();
            QCOMPARE(steps.size(), 5);
            QCOMPARE(steps.at(3).toObject().value(u"stage"_s).toString(), u"auth"_s);
            QCOMPARE(steps.at(3).toObject().value(u"state"_s).toString(), u"ok"_s);
            QCOMPARE(steps.at(4).toObject().value(u"state"_s).toString(), u"ok"_s);
        }

        QCOMPARE(Beholder::Test::runCli({u"--data-dir"_s, data(), u"profile"_s, u"set-secret"_s, u"smartolt/token"_s,
                                         u"--profile"_s, u"isp"_s},
                                        120000, "not-the-token\n")
                     .exitCode,
                 0);
        const Run refused = run({u"--data-dir"_s, data(), u"profile"_s, u"test"_s, u"--profile"_s, u"isp"_s,
                                 u"--source"_s, u"smartolt"_s, u"--source"_s, u"ispcube"_s, u"--json"_s});
        QVERIFY2(refused.exitCode == 1, refused.explain().constData());
        QVERIFY(!refused.out.contains("not-the-token"));
        const QJsonObject refusedReport = QJsonDocument::fromJson(refused.out).object();
        QCOMPARE(refusedReport.value(u"ok"_s).toBool(true), false);
        const QJsonArray tested = refusedReport.value(u"targets"_s).toArray();
        QCOMPARE(tested.size(), 2);
        int smartOltSeen = 0;
        for (const QJsonValue &value : tested) {
            const QJsonObject target = value.toObject();
            const QJsonObject auth = target.value(u"steps"_s).toArray().at(3).toObject();
            if (target.value(u"target"_s).toString().startsWith(u"SmartOLT"_s)) {
                ++smartOltSeen;
                QCOMPARE(target.value(u"ok"_s).toBool(true), false);
                QCOMPARE(auth.value(u"state"_s).toString(), u"failed"_s);
                QCOMPARE(auth.value(u"error"_s).toString(), u"auth"_s);
            } else {
                QVERIFY2(target.value(u"target"_s).toString().startsWith(u"ISPCube"_s), refused.out.constData());
                QCOMPARE(target.value(u"ok"_s).toBool(false), true);
            }
        }
        QCOMPARE(smartOltSeen, 1);
        // The text form says the same.
        const Run refusedText = run(
            {u"--data-dir"_s, data(), u"profile"_s, u"test"_s, u"--profile"_s, u"isp"_s, u"--source"_s, u"smartolt"_s});
        QCOMPARE(refusedText.exitCode, 1);
        QVERIFY2(refusedText.out.contains("1 of 1 targets failed"), refusedText.out.constData());

        // Three runs audited, with how many targets passed; a run where one failed has the outcome "failed".
        QCOMPARE(scalar(cache(), u"SELECT count(*) FROM audit_log WHERE action = 'sources.test'"_s).toInt(), 3);
        QCOMPARE(scalar(cache(),
                        u"SELECT outcome || ' ' || target FROM audit_log WHERE action = 'sources.test' "
                        u"ORDER BY id DESC LIMIT 1 OFFSET 1"_s)
                     .toString(),
                 u"failed 1 of 2 targets passed"_s);
        QCOMPARE(scalar(cache(), u"SELECT outcome FROM audit_log WHERE action = 'sources.test' ORDER BY id LIMIT 1"_s)
                     .toString(),
                 u"ok"_s);

        const Run unknown = run(
            {u"--data-dir"_s, data(), u"profile"_s, u"test"_s, u"--profile"_s, u"isp"_s, u"--source"_s, u"hest"_s});
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
