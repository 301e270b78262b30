// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log in a real cache file: rows are appended and read back filtered, newest first; SQLite itself
// refuses to change or delete them (the triggers' error, whatever connection asks); the CSV export is RFC 4180
// with a BOM and defuses spreadsheet formulas; a person needs ViewAudit to read or export it.
#include "access/accesspolicy.h"
#include "access/auditaccess.h"
#include "access/auditcsv.h"
#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "cache/migrations.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Access;
using namespace Qt::Literals::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    AuditEntry row(UnixTime at, const QString &user, const QString &action, const QString &target,
                   AuditOutcome outcome = AuditOutcome::Ok, const QString &details = {})
    {
        AuditEntry entry
            = AuditEntry::by(Principal(user, Role::Operator, u"norte"_s), action, target, details, outcome);
        entry.at = at;
        return entry;
    }

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void init()
    {
        const QString name = u"cache-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction()));
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(name));
        QVERIFY(m_cache->open());
    }

    void cleanup() { m_cache.reset(); }

    void schema7_hasRoleAndOutcome()
    {
        QVERIFY(latestSchemaVersion() >= 7);
        const AuditLog audit(m_cache.get());
        QVERIFY(audit.append(row(100, u"ana"_s, u"sync.start"_s, u"ispcube"_s)));
        QCOMPARE(Test::scalar(m_cache->connection(), u"SELECT role FROM audit_log"_s).toString(), u"operator"_s);
        QCOMPARE(Test::scalar(m_cache->connection(), u"SELECT outcome FROM audit_log"_s).toString(), u"ok"_s);
        QSqlQuery bad(m_cache->connection());
        QVERIFY(!bad.exec(u"INSERT INTO audit_log (at, user_name, action, outcome) VALUES (1, 'x', 'y', 'maybe')"_s));
    }

    void rows_cannotBeChangedOrDeleted()
    {
        const AuditLog audit(m_cache.get());
        QVERIFY(audit.append(row(100, u"ana"_s, u"thresholds.save"_s, u"norte"_s)));
        // Another connection to the same file, as a tool (or an attacker with the file) would use.
        Test::RawConnection raw(m_cache->filePath());
        QSqlQuery query(raw.db());
        QVERIFY(!query.exec(u"UPDATE audit_log SET user_name = 'mallory'"_s));
        QVERIFY2(query.lastError().text().contains(u"audit_log is append-only"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(u"UPDATE audit_log SET outcome = 'denied'"_s));
        QVERIFY(query.lastError().text().contains(u"audit_log is append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QVERIFY2(query.lastError().text().contains(u"audit_log is append-only"_s),
                 qPrintable(query.lastError().text()));
        QCOMPARE(Test::scalar(raw.db(), u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 1);
        QCOMPARE(Test::scalar(raw.db(), u"SELECT user_name FROM audit_log"_s).toString(), u"ana"_s);
    }

    void query_filtersAndPages_newestFirst()
    {
        const AuditLog audit(m_cache.get());
        QVERIFY(audit.append(row(100, u"ana"_s, u"sign-in"_s, u"norte"_s)));
        QVERIFY(audit.append(row(200, u"ana"_s, u"snmp.olt.insert"_s, u"OLT 50%_off"_s)));
        QVERIFY(audit.append(row(300, u"beto"_s, u"snmp.olt.delete"_s, u"#4"_s, AuditOutcome::Denied)));
        QVERIFY(audit.append(row(400, u"beto"_s, u"sign-in.failed"_s, u"norte"_s, AuditOutcome::Failed)));
        QVERIFY(audit.append(row(500, u"carla"_s, u"diagnosis"_s, u"jperez"_s, AuditOutcome::Ok, u"DISPATCH"_s)));

        QList<AuditEntry> all = audit.query({});
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().at, 500);
        QCOMPARE(all.last().at, 100);

        AuditFilter filter;
        filter.action = u"snmp"_s;
        QCOMPARE(audit.count(filter), 2);
        filter.action = u"sign-in"_s; // and sign-in.failed
        QCOMPARE(audit.count(filter), 2);
        filter.action = u"sign-in.failed"_s;
        QCOMPARE(audit.count(filter), 1);
        filter = {};
        filter.user = u"BETO"_s;
        QCOMPARE(audit.count(filter), 2);
        filter = {};
        filter.outcome = AuditOutcome::Denied;
        QCOMPARE(audit.query(filter).constFirst().action, u"snmp.olt.delete"_s);
        filter = {};
        filter.from = 200;
        filter.to = 400;
        QCOMPARE(audit.count(filter), 3);
        filter = {};
        filter.text = u"50%_"_s; // LIKE characters are literal
        QCOMPARE(audit.count(filter), 1);
        filter.text = u"5%"_s;
        QCOMPARE(audit.count(filter), 0);
        filter = {};
        filter.text = u"dispatch"_s;
        QCOMPARE(audit.count(filter), 1);
        filter = {};
        filter.limit = 2;
        filter.offset = 1;
        all = audit.query(filter);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).at, 400);
        QCOMPARE(all.at(1).at, 300);
    }

    void append_neverThrows_andSaysWhenItFails()
    {
        CacheDatabase closed(m_dir.filePath(u"never-opened.sqlite"_s));
        const AuditLog audit(&closed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit row lost"_s));
        QVERIFY(!audit.append(row(1, u"ana"_s, u"sync.start"_s, u"x"_s)));
    }

    void csvField_quotesAndGuards_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"jperez"_s << u"jperez"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
        QTest::newRow("accents") << u"Núñez"_s << u"Núñez"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void csvField_quotesAndGuards()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(AuditCsv::field(value), expected);
    }

    void exportCsv_bomHeaderAndCrlf()
    {
        const AuditLog audit(m_cache.get());
        QVERIFY(audit.append(row(1'700'000'000, u"ana"_s, u"diagnosis"_s, u"=cmd|' /C calc'!A0"_s, AuditOutcome::Ok,
                                 u"DISPATCH, fibre"_s)));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(audit.exportCsv({}, buffer, &error), qPrintable(error));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0), u"id,time_utc,user,role,action,target,outcome,details"_s);
        QCOMPARE(lines.at(1),
                 u"1,2023-11-14T22:13:20Z,ana,operator,diagnosis,'=cmd|' /C calc'!A0,ok,\"DISPATCH, fibre\""_s);
        QVERIFY(lines.at(2).isEmpty());
    }

    void readingAndExporting_needViewAudit()
    {
        const AuditLog audit(m_cache.get());
        QVERIFY(audit.append(row(100, u"ana"_s, u"sign-in"_s, u"norte"_s)));
        const Principal technician(u"tito"_s, Role::Technician, u"norte"_s);
        AuditPage page = readAudit(technician, audit, {});
        QVERIFY(page.entries.isEmpty());
        QVERIFY(page.error.contains(u"viewing the audit log needs the profile admin role"_s));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!exportAudit(technician, audit, {}, buffer, u"audit.csv"_s, &error));
        QVERIFY(buffer.data().isEmpty());

        const Principal admin = singleUserPrincipal(u"norte"_s);
        page = readAudit(admin, audit, {});
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.total, 3); // the sign-in and the two refusals
        QVERIFY(exportAudit(admin, audit, {}, buffer, u"audit.csv"_s, &error));
        AuditFilter exports;
        exports.action = u"audit.export"_s;
        QCOMPARE(audit.query(exports).constFirst().outcome, AuditOutcome::Ok);
        exports.outcome = AuditOutcome::Denied;
        QCOMPARE(audit.count(exports), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
