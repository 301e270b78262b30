// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli end to end: the real executable through QProcess, checking
// the documented contract (docs/cli.md) that scripts and chatbots rely on:
// output, JSON shape and exit codes. Every run gets its own data folder and a
// fake HOME/XDG environment that must stay empty, so the CLI provably writes
// nowhere but where it was told.
#include "testsupport.h"
#include "util/appinfo.h"
#include "util/textnormalize.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int usageExit = 2;
constexpr int failureExit = 1;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return u"exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3"_s.arg(exitCode).arg(out.left(2000), err.left(2000));
    }
};

// Every file and folder below `path`, relative to it.
QStringList contentsOf(const QString &path)
{
    QStringList entries;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(path).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

QJsonObject parseObject(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    return document.object();
}

QStringList namesOf(const QJsonObject &json)
{
    QStringList names;
    const QJsonArray results = json.value(u"results"_s).toArray();
    for (const QJsonValue &hit : results)
        names << hit.toObject().value(u"name"_s).toString();
    return names;
}

qsizetype columnsOf(const QString &line)
{
    return line.toUcs4().size();
}

} // namespace

// Runs beholder-cli and fails the calling test if it does not finish.
#define CLI(run, ...)                                                                                                  \
    const Run run = cli(__VA_ARGS__);                                                                                  \
    QVERIFY2(run.finished, "beholder-cli did not finish")

// Parses a run's stdout as the one JSON object the contract promises.
#define JSON_OF(json, run)                                                                                             \
    QString json##Error;                                                                                               \
    const QJsonObject json = parseObject(run.out, &json##Error);                                                       \
    QVERIFY2(json##Error.isEmpty(), qPrintable(json##Error + u'\n' + run.describe()))

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Shared, read-only for the tests: a 5,000-customer demo profile.
    QTemporaryDir m_shared;
    // Per test: an empty data folder and a fake home that must stay empty.
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_home;

    QString dataDir() const { return m_data->path(); }
    QString sharedDir() const { return m_shared.path(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"BEHOLDER_DATA_DIR"_s);
        env.remove(u"QT_LOGGING_RULES"_s);
        const QString home = m_home->path();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/xdg-data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/xdg-config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/xdg-cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, home + u"/xdg-state"_s);
        env.insert(u"APPDATA"_s, home + u"/AppData/Roaming"_s);
        env.insert(u"LOCALAPPDATA"_s, home + u"/AppData/Local"_s);
        return env;
    }

    Run cli(const QStringList &arguments, const QProcessEnvironment &env) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(BEHOLDER_CLI_PATH), arguments);
        Run run;
        run.finished = process.waitForStarted(10'000) && process.waitForFinished(120'000)
            && process.exitStatus() == QProcess::NormalExit;
        if (!run.finished)
            process.kill();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    Run cli(const QStringList &arguments) const { return cli(arguments, environment()); }

    // The demo profile, on the shared data folder, searched with `arguments`.
    Run searchShared(const QStringList &arguments) const
    {
        return cli(QStringList{u"search"_s} + arguments + QStringList{u"--data-dir"_s, sharedDir()});
    }

    QString sharedCache() const { return m_shared.filePath(u"profiles/demo/cache.sqlite"_s); }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(QFileInfo(QString::fromUtf8(BEHOLDER_CLI_PATH)).isExecutable());
        QVERIFY(m_shared.isValid());
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());

        // 5,000 customers: enough for several "Pérez" in both spellings.
        CLI(run, {u"demo"_s, u"init"_s, u"--customers"_s, u"5000"_s, u"--data-dir"_s, sharedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        static const QRegularExpression summary(
            uR"(^demo profile ready: 5000 customers, \d+ rows, \d+ search documents in \d+\.\d s \((.+)\)\n$)"_s);
        const QRegularExpressionMatch match = summary.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.describe()));
        QCOMPARE(QFileInfo(match.captured(1)).canonicalFilePath(), QFileInfo(sharedCache()).canonicalFilePath());
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe())); // not a terminal: no progress noise
        QVERIFY2(contentsOf(m_home->path()).isEmpty(), qPrintable(contentsOf(m_home->path()).join(u", "_s)));
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        QVERIFY(m_home->isValid());
    }

    void cleanup()
    {
        // Nothing may land in the (fake) home or the standard locations.
        const QStringList leaked = contentsOf(m_home->path());
        QVERIFY2(leaked.isEmpty(), qPrintable(u"written outside the data folder: "_s + leaked.join(u", "_s)));
    }

    void versionPrintsTheApplicationVersion()
    {
        CLI(run, {u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"beholder-cli "_s + applicationVersion() + u'\n');
        QVERIFY(run.err.isEmpty());
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }

    void helpListsTheCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("--help") << QStringList{u"--help"_s}
                                << QStringList{u"search"_s,    u"demo init"_s, u"--data-dir"_s,
                                               u"--profile"_s, u"--verbose"_s, u"Exit codes"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s} << QStringList{u"search"_s, u"demo init"_s};
        QTest::newRow("search --help") << QStringList{u"search"_s, u"--help"_s}
                                       << QStringList{u"beholder-cli search"_s, u"--json"_s, u"--limit"_s,
                                                      u"--data-dir"_s};
        QTest::newRow("demo init --help") << QStringList{u"demo"_s, u"init"_s, u"--help"_s}
                                          << QStringList{u"beholder-cli demo init"_s, u"--customers"_s, u"--seed"_s};
    }

    void helpListsTheCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        CLI(run, arguments + QStringList{u"--data-dir"_s, dataDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        for (const QString &text : std::as_const(expected))
            QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.describe()));
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"no command given"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
        QTest::newRow("demo alone") << QStringList{u"demo"_s} << u"unknown command 'demo'"_s;
        QTest::newRow("demo unknown") << QStringList{u"demo"_s, u"explode"_s} << u"unknown command 'demo explode'"_s;
        QTest::newRow("unknown global option") << QStringList{u"--bogus"_s, u"search"_s, u"x"_s} << u"bogus"_s;
        QTest::newRow("unknown option after") << QStringList{u"search"_s, u"x"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("other command's option")
            << QStringList{u"search"_s, u"x"_s, u"--customers"_s, u"5"_s} << u"customers"_s;
        QTest::newRow("search without text") << QStringList{u"search"_s} << u"search needs the text"_s;
        QTest::newRow("missing option value") << QStringList{u"search"_s, u"x"_s, u"--limit"_s} << u"limit"_s;
        QTest::newRow("missing profile value") << QStringList{u"search"_s, u"x"_s, u"--profile"_s} << u"profile"_s;
        QTest::newRow("demo init argument") << QStringList{u"demo"_s, u"init"_s, u"now"_s} << u"no arguments"_s;
        QTest::newRow("empty data dir") << QStringList{u"search"_s, u"x"_s, u"--data-dir="_s} << u"--data-dir"_s;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // First, so that a row's option missing its value cannot swallow it.
        const QStringList all
            = arguments.contains(u"--data-dir="_s) ? arguments : QStringList{u"--data-dir"_s, dataDir()} + arguments;
        CLI(run, all);
        QVERIFY2(run.exitCode == usageExit, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"Usage: beholder-cli"_s), qPrintable(run.describe()));
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }

    void accentlessSearchFindsAccentedNames()
    {
        CLI(run, {u"search"_s, u"perez"_s, u"--profile"_s, u"demo"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        JSON_OF(json, run);
        QCOMPARE(json.value(u"query"_s).toString(), u"perez"_s);
        QCOMPARE(json.value(u"profile"_s).toString(), u"demo"_s);
        const QStringList names = namesOf(json);
        QVERIFY2(!names.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(json.value(u"count"_s).toInt(), names.size());
        // "perez" finds the accented spelling, not only the CRM's upper case.
        QVERIFY2(!names.filter(u"Pérez"_s, Qt::CaseSensitive).isEmpty(), qPrintable(names.join(u", "_s)));
        // And every hit is about a Pérez (name, address or PPPoE user).
        const QJsonArray results = json.value(u"results"_s).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject hit = value.toObject();
            const QString text = hit.value(u"name"_s).toString() + u' ' + hit.value(u"address"_s).toString() + u' '
                + hit.value(u"pppoe_user"_s).toString();
            QVERIFY2(Text::fold(text).contains(u"perez"_s), qPrintable(text));
        }
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    }

    void accentedAndUpperCaseQueriesFindTheSameNames()
    {
        CLI(plain, {u"search"_s, u"perez"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--data-dir"_s, sharedDir()});
        CLI(accented, {u"search"_s, u"PÉREZ"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--data-dir"_s, sharedDir()});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(accented.exitCode, 0);
        JSON_OF(plainJson, plain);
        JSON_OF(accentedJson, accented);
        QCOMPARE(namesOf(accentedJson), namesOf(plainJson));
        const QStringList names = namesOf(plainJson);
        QVERIFY2(!names.filter(u"Pérez"_s, Qt::CaseSensitive).isEmpty(), qPrintable(names.join(u", "_s)));
        QVERIFY2(!names.filter(u"PEREZ"_s, Qt::CaseSensitive).isEmpty(), qPrintable(names.join(u", "_s)));
    }

    void macWithDashesFindsTheMacStoredWithColons()
    {
        // A real MAC from the generated data, as the cache stores it.
        QString mac;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(sharedCache());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT device FROM search_docs WHERE kind = 'connection' AND technology = 'wireless' "
                               u"AND device LIKE '__:__:__:__:__:__' ORDER BY id LIMIT 1"_s));
            QVERIFY(query.next());
            mac = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        QVERIFY2(QRegularExpression(u"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"_s).match(mac).hasMatch(), qPrintable(mac));

        // The same MAC comes back from a --json search as well.
        CLI(byColons, {u"search"_s, mac, u"--json"_s, u"--data-dir"_s, sharedDir()});
        QCOMPARE(byColons.exitCode, 0);
        JSON_OF(colonJson, byColons);
        QVERIFY(colonJson.value(u"count"_s).toInt() >= 1);

        const QString dashed = mac.toLower().replace(u':', u'-');
        CLI(run, {u"search"_s, dashed, u"--json"_s, u"--data-dir"_s, sharedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        JSON_OF(json, run);
        const QJsonArray results = json.value(u"results"_s).toArray();
        QVERIFY2(!results.isEmpty(), qPrintable(run.describe()));
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(u"match"_s).toString(), u"identifier"_s);
        QCOMPARE(first.value(u"device"_s).toString().toUpper(), mac.toUpper());
        QCOMPARE(first, colonJson.value(u"results"_s).toArray().at(0).toObject());
    }

    void globalOptionsWorkBeforeAndAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString d = u"@DATA@"_s;
        QTest::newRow("all after") << QStringList{u"search"_s, u"perez"_s, u"--json"_s, u"--data-dir"_s, d};
        QTest::newRow("all before") << QStringList{u"--data-dir"_s, d,           u"--profile"_s, u"demo"_s,
                                                   u"--json"_s,     u"search"_s, u"perez"_s};
        QTest::newRow("mixed") << QStringList{u"--data-dir"_s, d,         u"search"_s, u"perez"_s,
                                              u"--profile"_s,  u"demo"_s, u"--json"_s};
        QTest::newRow("value looks like a command")
            << QStringList{u"--profile"_s, u"demo"_s, u"--data-dir"_s, d, u"search"_s, u"--json"_s, u"perez"_s};
        QTest::newRow("equals form") << QStringList{u"--data-dir="_s + d, u"search"_s, u"--limit=20"_s, u"perez"_s,
                                                    u"--json"_s};
        QTest::newRow("single dash") << QStringList{u"search"_s, u"-json"_s, u"perez"_s, u"-data-dir"_s, d};
        QTest::newRow("verbose anywhere")
            << QStringList{u"--verbose"_s, u"search"_s, u"perez"_s, u"--data-dir"_s, d, u"--json"_s};
    }

    void globalOptionsWorkBeforeAndAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"@DATA@"_s, sharedDir());
        CLI(reference, {u"search"_s, u"perez"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        CLI(run, arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        JSON_OF(referenceJson, reference);
        JSON_OF(json, run);
        QCOMPARE(json.value(u"results"_s), referenceJson.value(u"results"_s));
        QCOMPARE(json.value(u"profile"_s).toString(), u"demo"_s);
    }

    void dataDirectoryFromTheEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(u"BEHOLDER_DATA_DIR"_s, sharedDir());
        const Run viaEnv = cli({u"search"_s, u"perez"_s, u"--json"_s}, env);
        QVERIFY(viaEnv.finished);
        QVERIFY2(viaEnv.exitCode == 0, qPrintable(viaEnv.describe()));
        JSON_OF(envJson, viaEnv);
        QVERIFY(envJson.value(u"count"_s).toInt() > 0);

        // --data-dir wins over the environment.
        const Run overridden = cli({u"search"_s, u"perez"_s, u"--json"_s, u"--data-dir"_s, dataDir()}, env);
        QVERIFY(overridden.finished);
        QVERIFY2(overridden.exitCode == failureExit, qPrintable(overridden.describe()));
        QVERIFY(overridden.out.isEmpty());
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }

    void defaultDataDirectoryIsThePerUserFolder()
    {
#ifdef Q_OS_LINUX
        // Nothing given: AppDataLocation, i.e. $XDG_DATA_HOME/beholder. It does
        // not exist, so the search fails without creating it.
        CLI(run, {u"search"_s, u"perez"_s});
        QVERIFY2(run.exitCode == failureExit, qPrintable(run.describe()));
        const QString expected = m_home->path() + u"/xdg-data/beholder/profiles/demo/cache.sqlite"_s;
        QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
#else
        QSKIP("the per-user folder is only predictable from the environment on Linux");
#endif
    }

    void missingProfileFailsWithoutCreatingIt()
    {
        CLI(run, {u"search"_s, u"perez"_s, u"--profile"_s, u"acme"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(run.exitCode == failureExit, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"profile 'acme' has no cache yet: run `beholder-cli demo init` or sync it"_s),
                 qPrintable(run.describe()));
        QVERIFY2(contentsOf(dataDir()).isEmpty(), qPrintable(contentsOf(dataDir()).join(u", "_s)));

        // Also next to an existing profile, and with --json.
        CLI(init, {u"demo"_s, u"init"_s, u"--customers"_s, u"300"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(init.exitCode, 0);
        const QStringList before = contentsOf(dataDir());
        CLI(other, {u"search"_s, u"perez"_s, u"--json"_s, u"--profile"_s, u"other"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(other.exitCode == failureExit, qPrintable(other.describe()));
        QVERIFY(other.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_data->filePath(u"profiles/other"_s)));
        QCOMPARE(contentsOf(dataDir()).filter(u"other"_s), QStringList());
        QCOMPARE(contentsOf(dataDir()).size(), before.size());
    }

    void invalidProfileNamesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../x"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("space") << u"my isp"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("accent") << u"ñandú"_s;
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("too long") << QString(65, u'a');
    }

    void invalidProfileNamesAreUsageErrors()
    {
        QFETCH(QString, name);
        CLI(run, {u"search"_s, u"perez"_s, u"--json"_s, u"--profile"_s, name, u"--data-dir"_s, dataDir()});
        QVERIFY2(run.exitCode == usageExit, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"is not a valid profile name"_s), qPrintable(run.describe()));
        QVERIFY2(contentsOf(dataDir()).isEmpty(), qPrintable(contentsOf(dataDir()).join(u", "_s)));
    }

    void demoInitRefusesAnotherProfile()
    {
        CLI(other, {u"demo"_s, u"init"_s, u"--profile"_s, u"acme"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(other.exitCode == usageExit, qPrintable(other.describe()));
        QVERIFY2(other.err.contains(u"always writes the \"demo\" profile"_s), qPrintable(other.describe()));
        CLI(hostile, {u"demo"_s, u"init"_s, u"--profile"_s, u"../x"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(hostile.exitCode, usageExit);
        QVERIFY(contentsOf(dataDir()).isEmpty());

        CLI(demo,
            {u"demo"_s, u"init"_s, u"--profile"_s, u"demo"_s, u"--customers"_s, u"300"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        QVERIFY(demo.out.startsWith(u"demo profile ready: 300 customers, "_s));
    }

    void demoInitValidatesItsOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << QStringList{u"--customers"_s, u"0"_s} << u"--customers must be"_s;
        QTest::newRow("negative") << QStringList{u"--customers=-5"_s} << u"--customers must be"_s;
        QTest::newRow("too many") << QStringList{u"--customers"_s, u"1000001"_s} << u"--customers must be"_s;
        QTest::newRow("not a number") << QStringList{u"--customers"_s, u"lots"_s} << u"--customers must be"_s;
        QTest::newRow("fraction") << QStringList{u"--customers"_s, u"2.5"_s} << u"--customers must be"_s;
        QTest::newRow("bad seed") << QStringList{u"--seed"_s, u"abc"_s} << u"--seed must be"_s;
    }

    void demoInitValidatesItsOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        CLI(run, QStringList{u"demo"_s, u"init"_s, u"--data-dir"_s, dataDir()} + options);
        QVERIFY2(run.exitCode == usageExit, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }

    void demoInitRefreshesAndIsDeterministic()
    {
        const QStringList init{u"demo"_s,   u"init"_s, u"--customers"_s, u"300"_s,
                               u"--seed"_s, u"42"_s,   u"--data-dir"_s,  dataDir()};
        const QStringList search{u"search"_s, u"a"_s, u"--json"_s, u"--limit"_s, u"50"_s, u"--data-dir"_s, dataDir()};
        CLI(first, init);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        CLI(firstSearch, search);
        JSON_OF(firstJson, firstSearch);
        QVERIFY(firstJson.value(u"count"_s).toInt() > 0);

        CLI(second, init); // refresh in place
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        CLI(secondSearch, search);
        JSON_OF(secondJson, secondSearch);
        QCOMPARE(secondJson.value(u"results"_s), firstJson.value(u"results"_s));

        // The smallest ISP works too.
        CLI(one, {u"demo"_s, u"init"_s, u"--customers"_s, u"1"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        QVERIFY(one.out.startsWith(u"demo profile ready: 1 customers, "_s));
    }

    void hostileSearchTextNeverFails_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("quote") << QStringList{u"\""_s};
        QTest::newRow("unbalanced quote") << QStringList{u"\"perez"_s};
        QTest::newRow("single quotes") << QStringList{u"' OR ''='"_s};
        QTest::newRow("NEAR") << QStringList{u"NEAR(perez garcia, 2)"_s};
        QTest::newRow("operators") << QStringList{u"perez"_s, u"AND"_s, u"NOT"_s, u"OR"_s};
        QTest::newRow("star") << QStringList{u"*"_s};
        QTest::newRow("dash after --") << QStringList{u"--"_s, u"-"_s};
        QTest::newRow("negation after --") << QStringList{u"--"_s, u"-perez"_s};
        QTest::newRow("column filter") << QStringList{u"name:perez"_s};
        QTest::newRow("column set") << QStringList{u"{name doc}:perez"_s};
        QTest::newRow("caret") << QStringList{u"^perez"_s};
        QTest::newRow("sql") << QStringList{u"perez'); DROP TABLE customers; --"_s};
        QTest::newRow("parentheses") << QStringList{u"((("_s};
        QTest::newRow("format") << QStringList{u"%s%n%1"_s};
        QTest::newRow("backslashes") << QStringList{u"\\\\\\"_s};
        QTest::newRow("emoji and rtl") << QStringList{u"😀 \u202Eperez"_s};
        QTest::newRow("control characters") << QStringList{u"per\tez\x01\x1b[31m"_s};
        QTest::newRow("blank") << QStringList{u"   "_s};
        QTest::newRow("10,000 chars") << QStringList{QString(10'000, u'a')};
        QString mixed;
        const QString pieces = u"\"*-()':^{}NEAR OR AND NOT ;/.,@#%&"_s;
        while (mixed.size() < 10'000)
            mixed += pieces;
        QTest::newRow("10,000 punctuation") << QStringList{mixed.left(10'000)};
        QStringList manyWords;
        for (int i = 0; i < 500; ++i)
            manyWords << u"perez"_s;
        QTest::newRow("500 words") << manyWords;
    }

    void hostileSearchTextNeverFails()
    {
        QFETCH(QStringList, words);
        CLI(run, QStringList{u"--data-dir"_s, sharedDir(), u"search"_s, u"--json"_s} + words);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        JSON_OF(json, run);
        QVERIFY(json.value(u"results"_s).isArray());
        QCOMPARE(json.value(u"count"_s).toInt(), json.value(u"results"_s).toArray().size());

        CLI(table, QStringList{u"--data-dir"_s, sharedDir(), u"search"_s} + words);
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(!table.out.isEmpty());

        // And the cache is still fine afterwards.
        CLI(after, {u"search"_s, u"perez"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(afterJson, after);
        QVERIFY(afterJson.value(u"count"_s).toInt() > 0);
    }

    void limitIsHonouredAndValidated()
    {
        CLI(defaults, {u"search"_s, u"a"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(defaultJson, defaults);
        QCOMPARE(defaultJson.value(u"count"_s).toInt(), 20);
        QCOMPARE(defaultJson.value(u"truncated"_s).toBool(), true);

        CLI(one, {u"search"_s, u"a"_s, u"--json"_s, u"--limit"_s, u"1"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(oneJson, one);
        QCOMPARE(oneJson.value(u"count"_s).toInt(), 1);
        QCOMPARE(oneJson.value(u"truncated"_s).toBool(), true);

        CLI(most, {u"search"_s, u"a"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(mostJson, most);
        QCOMPARE(mostJson.value(u"count"_s).toInt(), 1000);
        QCOMPARE(mostJson.value(u"results"_s).toArray().size(), 1000);

        CLI(few, {u"search"_s, u"perez"_s, u"--json"_s, u"--limit"_s, u"1000"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(fewJson, few);
        QVERIFY(fewJson.value(u"count"_s).toInt() < 1000);
        QCOMPARE(fewJson.value(u"truncated"_s).toBool(), false);

        for (const QString &bad : {u"0"_s, u"1001"_s, u"-5"_s, u"abc"_s, u"1.5"_s, u""_s}) {
            CLI(run, {u"search"_s, u"a"_s, u"--json"_s, u"--limit="_s + bad, u"--data-dir"_s, sharedDir()});
            QVERIFY2(run.exitCode == usageExit, qPrintable(bad + u'\n' + run.describe()));
            QVERIFY2(run.err.contains(u"--limit must be a whole number from 1 to 1000"_s), qPrintable(run.describe()));
            QVERIFY(run.out.isEmpty());
        }
    }

    void wordsAreJoinedWithSpaces()
    {
        CLI(run, {u"search"_s, u"maria"_s, u"perez"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        QCOMPARE(run.exitCode, 0);
        JSON_OF(json, run);
        QCOMPARE(json.value(u"query"_s).toString(), u"maria perez"_s);
    }

    void tableShowsNamesWithinTheWidth()
    {
        CLI(run, {u"search"_s, u"perez"_s, u"--limit"_s, u"100"_s, u"--data-dir"_s, sharedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(u"Pérez"_s), qPrintable(run.describe()));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.constFirst().startsWith(u"NAME"_s));
        for (const QString &header : {u"DNI/CUIT"_s, u"PPPOE USER"_s, u"NODE"_s, u"STATUS"_s, u"DEVICE"_s, u"IP"_s})
            QVERIFY2(lines.constFirst().contains(header), qPrintable(lines.constFirst()));
        for (const QString &line : lines)
            QVERIFY2(columnsOf(line) <= 160, qPrintable(line));
        QVERIFY2(QRegularExpression(u"^\\d+ match(es)?( \\(more exist: raise --limit\\))?$"_s)
                     .match(lines.constLast())
                     .hasMatch(),
                 qPrintable(lines.constLast()));

        CLI(none, {u"search"_s, u"zzzqqqxxx"_s, u"--data-dir"_s, sharedDir()});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, u"no matches\n"_s);

        CLI(noneJson, {u"search"_s, u"zzzqqqxxx"_s, u"--json"_s, u"--data-dir"_s, sharedDir()});
        JSON_OF(json, noneJson);
        QCOMPARE(json.value(u"count"_s).toInt(), 0);
        QCOMPARE(json.value(u"truncated"_s).toBool(), false);
    }

    void unreadableCacheIsARuntimeFailure()
    {
        const QString cache = m_data->filePath(u"profiles/broken/cache.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(cache).absolutePath()));
        const QByteArray garbage = QByteArray("this is not a database, just text\n").repeated(200);
        {
            QFile file(cache);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        CLI(run, {u"search"_s, u"perez"_s, u"--json"_s, u"--profile"_s, u"broken"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(run.exitCode == failureExit, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"cannot read the cache of profile 'broken'"_s), qPrintable(run.describe()));
        QFile file(cache);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void logsGoToTheProfileAndStderrOnlyWhenVerbose()
    {
        CLI(init, {u"demo"_s, u"init"_s, u"--customers"_s, u"300"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.err.isEmpty(), qPrintable(init.describe()));
        const QString log = m_data->filePath(u"profiles/demo/logs/beholder.log"_s);
        QVERIFY(QFileInfo::exists(log));

        CLI(quiet, {u"search"_s, u"perez"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.describe()));

        CLI(verbose, {u"search"_s, u"perez"_s, u"--verbose"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(u"beholder.cli"_s), qPrintable(verbose.describe()));
        QCOMPARE(verbose.out, quiet.out);

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u" I beholder.cli: beholder-cli search perez"_s), qPrintable(text));
        QVERIFY2(text.contains(u" I beholder.demo: demo ISP loaded"_s), qPrintable(text));
    }

    void versionAndHelpWriteNothing()
    {
        CLI(version, {u"--version"_s, u"--data-dir"_s, dataDir()});
        CLI(help, {u"search"_s, u"--help"_s, u"--profile"_s, u"demo"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(contentsOf(dataDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
