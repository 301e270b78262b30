// SPDX-License-Identifier: GPL-3.0-or-later
// The cache schema: created fresh, reopened without change, upgraded from an
// older version with its data, and never damaged by a failed migration or a
// file that is not ours.
#include "cache/cachedatabase.h"
#include "cache/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Beholder;
using Beholder::Test::RawConnection;
using Beholder::Test::scalar;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList tableNames(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name"_s);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void freshCache_getsLatestSchemaWalAndForeignKeys()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"nested/folder/cache.sqlite"_s));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QSqlDatabase db = cache.connection();
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        const QStringList tables = tableNames(db);
        for (const QString &table :
             {u"customers"_s, u"plans"_s, u"nodes"_s, u"connections"_s, u"ppp_secrets"_s, u"onus"_s,
              u"wireless_subscribers"_s, u"access_points"_s, u"olts"_s, u"alarms"_s, u"tickets"_s, u"sync_runs"_s,
              u"audit_log"_s, u"settings"_s, u"search_docs"_s, u"search_fts"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        // Version 5: the SNMP model of SPEC §6.
        const QStringList snmpTables{
            u"snmp_brands"_s,   u"snmp_olts"_s,       u"snmp_oids"_s, u"snmp_jobs"_s,     u"snmp_job_olts"_s,
            u"snmp_job_oids"_s, u"snmp_executions"_s, u"snmp_onus"_s, u"snmp_onu_data"_s, u"snmp_execution_attempts"_s};
        for (const QString &table : snmpTables)
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void everySyncedTable_hasFetchedAt()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open());
        for (const QString &table :
             {u"customers"_s, u"plans"_s, u"nodes"_s, u"connections"_s, u"ppp_secrets"_s, u"onus"_s,
              u"wireless_subscribers"_s, u"access_points"_s, u"olts"_s, u"alarms"_s, u"tickets"_s}) {
            QSqlQuery query(cache.connection());
            QVERIFY(query.exec(u"SELECT fetched_at FROM %1 LIMIT 0"_s.arg(table)));
        }
    }

    void reopen_keepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            auto cache = Test::createCache(path, Test::smallIsp());
            QVERIFY(cache);
        }
        CacheDatabase again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QSqlDatabase db = again.connection();
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers"_s).toInt(), Test::smallIsp().customers.size());
        QVERIFY(scalar(db, u"SELECT count(*) FROM search_docs"_s).toInt() > 0);
    }

    void upgradeFromVersion1_keepsDataAndAddsSearchIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            const QList<Migration> onlyFirst{builtinMigrations().constFirst()};
            const MigrationResult result = migrate(db, onlyFirst);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(schemaVersion(db), 1);
            QSqlQuery insert(db);
            QVERIFY(insert.exec(u"INSERT INTO customers (id, name, status, fetched_at) VALUES (7, 'Inés Ávila', "
                                u"'active', 1)"_s));
            QVERIFY(!tableNames(db).contains(u"search_docs"_s));
        }
        CacheDatabase cache(path);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QSqlDatabase db = cache.connection();
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT name FROM customers WHERE id = 7"_s).toString(), u"Inés Ávila"_s);
        QVERIFY(tableNames(db).contains(u"search_docs"_s));
    }

    void failedMigration_rollsBackAndKeepsVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        QList<Migration> migrations = builtinMigrations();
        migrations.append(
            {latestSchemaVersion() + 1, u"broken"_s, {u"CREATE TABLE half_done (x INTEGER)"_s, u"THIS IS NOT SQL"_s}});
        const MigrationResult result = migrate(db, migrations);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"broken"_s));
        QCOMPARE(result.toVersion, latestSchemaVersion());
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QVERIFY(!tableNames(db).contains(u"half_done"_s));
    }

    void newerSchema_isRefusedWithoutChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            RawConnection raw(path);
            QSqlQuery query(raw.db());
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        }
        CacheDatabase cache(path);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        RawConnection raw(path);
        QSqlDatabase rawDb = raw.db();
        QCOMPARE(schemaVersion(rawDb), 99);
    }

    void fileThatIsNotSqlite_failsClearlyAndIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        const QByteArray garbage = QByteArray("this is not a database, it is a text file\n").repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        CacheDatabase cache(path);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY(!error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void foreignKeys_areEnforced()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open());
        QSqlQuery query(cache.connection());
        QVERIFY(!query.exec(u"INSERT INTO connections (id, customer_id, technology, fetched_at) "
                            u"VALUES (1, 424242, 'fiber', 1)"_s));
    }

    void auditLog_isAppendOnly()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open());
        QSqlQuery query(cache.connection());
        QVERIFY(query.exec(u"INSERT INTO audit_log (at, user_name, action, target) VALUES (1, 'ana', 'diagnose', "
                           u"'mperez')"_s));
        QVERIFY(!query.exec(u"UPDATE audit_log SET user_name = 'mallory'"_s));
        QVERIFY(query.lastError().text().contains(u"append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QCOMPARE(scalar(cache.connection(), u"SELECT user_name FROM audit_log"_s).toString(), u"ana"_s);
    }

    void eachThread_getsItsOwnConnection_closedWhenTheThreadEnds()
    {
        QTemporaryDir dir;
        auto cache = Test::createCache(dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(cache);
        const QString mainName = cache->connection().connectionName();
        QString workerName;
        int workerCount = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QSqlDatabase db = cache->connection();
            workerName = db.connectionName();
            workerCount = scalar(db, u"SELECT count(*) FROM customers"_s).toInt();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(workerCount, Test::smallIsp().customers.size());
        QVERIFY(!QSqlDatabase::connectionNames().contains(workerName));
        QVERIFY(QSqlDatabase::connectionNames().contains(mainName));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
