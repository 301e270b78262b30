// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, sign-in and the audit log from the command line, process by process: the local operator creates
// the first global admin, who adds a technician and turns sign-in on; from then on nothing runs without
// --user, a wrong password and a missing permission are refused with their reasons (and audited), and the
// admin reads and exports the audit log. No password is ever stored in clear.
#include "cliprocess.h"
#include "profile/profilemanager.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = Beholder::Test::CliRun;

Run run(const QStringList &arguments, const QByteArray &input = QByteArray(""))
{
    return Beholder::Test::runCli(arguments, 120000, input);
}

} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList on(const QStringList &arguments) const
    {
        return QStringList{u"--data-dir"_s, m_dir.path()} + arguments + QStringList{u"--profile"_s, u"norte"_s};
    }

private slots:
    void initTestCase()
    {
        Beholder::Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        // An ISP profile as an installation has it before anyone set up accounts (the console makes it).
        QVERIFY(Beholder::ProfileManager(m_dir.path()).openOrCreate(u"norte"_s));
    }

    void firstAdmin_technician_andSignInRequired()
    {
        Run r = run(on({u"account"_s, u"add"_s, u"root"_s, u"--global"_s}), "rootpass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        r = run(on({u"account"_s, u"add"_s, u"tomas"_s, u"--role"_s, u"technician"_s, u"--user"_s, u"root"_s}),
                "rootpass-1\ntomaspass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        r = run(on({u"access"_s, u"sign-in-required"_s, u"on"_s, u"--user"_s, u"root"_s}), "rootpass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());

        r = run(on({u"account"_s, u"list"_s, u"--json"_s, u"--user"_s, u"root"_s}), "rootpass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        QVERIFY(r.out.contains("tomas"));
        QVERIFY(r.out.contains("technician"));

        QFile accounts(m_dir.filePath(u"accounts.sqlite"_s));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        const QByteArray stored = accounts.readAll();
        QVERIFY(!stored.contains("tomaspass-1"));
        QVERIFY(!stored.contains("rootpass-1"));
        QVERIFY(stored.contains("pbkdf2-sha256$"));
    }

    void withoutUser_wrongPassword_andMissingPermission_areRefused()
    {
        Run r = run(on({u"audit"_s, u"--json"_s}));
        QCOMPARE(r.exitCode, 2); // a usage error: this profile requires --user
        QVERIFY2(r.err.contains("--user"), r.explain().constData());

        r = run(on({u"audit"_s, u"--json"_s, u"--user"_s, u"root"_s}), "not-the-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("wrong user name or password"), r.explain().constData());

        r = run(on({u"audit"_s, u"--json"_s, u"--user"_s, u"tomas"_s}), "tomaspass-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("tomas") && r.err.contains("technician"), r.explain().constData());

        // A secret is the profile's settings: a technician may not replace SmartOLT's token.
        r = run(on({u"profile"_s, u"set-secret"_s, u"smartolt/token"_s, u"--user"_s, u"tomas"_s}),
                "tomaspass-1\nnot-a-real-token\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("technician"), r.explain().constData());

        // Customers' data: not without signing in; any role may search.
        r = run(on({u"search"_s, u"perez"_s, u"--json"_s}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--user") && r.out.isEmpty(), r.explain().constData());
        r = run(on({u"search"_s, u"perez"_s, u"--json"_s, u"--user"_s, u"tomas"_s}), "wrong\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        r = run(on({u"search"_s, u"perez"_s, u"--json"_s, u"--user"_s, u"tomas"_s}), "tomaspass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        QVERIFY(r.out.contains("\"count\""));

        // Watching a customer's traffic and testing the sources' credentials: not without signing in, not as a
        // viewer.
        r = run(on({u"live"_s, u"mperez"_s}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--user"), r.explain().constData());
        r = run(on({u"account"_s, u"add"_s, u"vera"_s, u"--role"_s, u"viewer"_s, u"--user"_s, u"root"_s}),
                "rootpass-1\nverapass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        r = run(on({u"live"_s, u"mperez"_s, u"--user"_s, u"vera"_s}), "verapass-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("vera") && r.err.contains("viewer"), r.explain().constData());
        r = run(on({u"profile"_s, u"test"_s, u"--user"_s, u"vera"_s}), "verapass-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("vera") && r.err.contains("viewer"), r.explain().constData());
    }

    void admin_readsAndExportsTheAuditLog()
    {
        Run r = run(on({u"audit"_s, u"--json"_s, u"--limit"_s, u"0"_s, u"--user"_s, u"root"_s}), "rootpass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        const QJsonDocument json = QJsonDocument::fromJson(r.out);
        const QJsonArray rows = json.isArray() ? json.array() : json.object().value(u"rows"_s).toArray();
        QVERIFY2(!rows.isEmpty(), r.out.constData());
        QStringList seen;
        for (const QJsonValue &row : rows)
            seen << row.toObject().value(u"action"_s).toString() + u':' + row.toObject().value(u"outcome"_s).toString();
        for (const QString &expected :
             {u"accounts.create:ok"_s, u"access.sign-in-required:ok"_s, u"sign-in.failed:failed"_s, u"sign-in:ok"_s,
              u"live-traffic:denied"_s, u"sources.test:denied"_s})
            QVERIFY2(seen.contains(expected), qPrintable(expected + u" not in "_s + seen.join(u", "_s)));
        bool denied = false;
        for (const QString &s : std::as_const(seen))
            denied = denied || s.endsWith(u":denied"_s);
        QVERIFY2(denied, qPrintable(seen.join(u", "_s)));

        const QString csv = m_dir.filePath(u"audit.csv"_s);
        r = run(on({u"audit"_s, u"--csv"_s, csv, u"--user"_s, u"root"_s}), "rootpass-1\n");
        QVERIFY2(r.exitCode == 0, r.explain().constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM, for spreadsheets
        QVERIFY(text.contains("accounts.create"));
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cliaccess.moc"
