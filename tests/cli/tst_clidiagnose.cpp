// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli diagnose` end to end, process by process: a simulated ISP in one process (`beholder-cli sim`),
// `profile import` and `sync` into an isolated data folder, with the secrets in a real keychain (this test runs
// under scripts/with-keyring.sh). Every demo scenario gets its expected verdict and rule from the live sources,
// the text output has the verdict and the sources' table, --offline answers from the cache alone, an unknown user
// has no verdict (exit 1), and usage errors exit 2.
#include "cliprocess.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString customers = u"600"_s; // every one of the 13 scenarios exists from 300 customers up

using Run = Beholder::Test::CliRun;
using Beholder::Test::SimProcess;

Run run(const QStringList &arguments, int timeoutMs = 60000)
{
    return Beholder::Test::runCli(arguments, timeoutMs);
}

// The run's stdout as one JSON object, or an empty object (and the parse error in *error).
QJsonObject jsonObject(const Run &result, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not a JSON object: "_s + parse.errorString();
        return {};
    }
    return document.object();
}

} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim;
    QJsonArray m_scenarios;
    bool m_synced = false;

    QString data() const { return m_dir.filePath(u"data"_s); }

    Run diagnose(const QStringList &arguments, const QString &profile = u"isp"_s)
    {
        return run(QStringList{u"--data-dir"_s, data(), u"diagnose"_s} + arguments
                   + QStringList{u"--profile"_s, profile});
    }

    QString userOf(const QString &scenarioId) const
    {
        for (const QJsonValue &value : m_scenarios) {
            if (value.toObject().value(u"id"_s).toString() == scenarioId)
                return value.toObject().value(u"pppoe_user"_s).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        Beholder::Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());

        // The scenarios of the ISP the simulator serves: same seed (the default) and customer count.
        const Run listed = run({u"demo"_s, u"scenarios"_s, u"--json"_s, u"--customers"_s, customers});
        QVERIFY2(listed.exitCode == 0, listed.explain().constData());
        QJsonParseError parse;
        const QJsonDocument scenarios = QJsonDocument::fromJson(listed.out, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError && scenarios.isArray(), listed.explain().constData());
        m_scenarios = scenarios.array();

        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            return; // the tests that need the synced profile skip themselves

        const QString description = m_dir.filePath(u"isp.json"_s);
        m_sim = std::make_unique<SimProcess>(description, QStringList{u"--customers"_s, customers});
        QVERIFY(m_sim->ready());
        const Run imported
            = run({u"--data-dir"_s, data(), u"profile"_s, u"import"_s, description, u"--profile"_s, u"isp"_s});
        QVERIFY2(imported.exitCode == 0, imported.explain().constData());
        const Run synced = run({u"--data-dir"_s, data(), u"sync"_s, u"--profile"_s, u"isp"_s}, 120000);
        QVERIFY2(synced.exitCode == 0, synced.explain().constData());
        m_synced = true;
    }

    void cleanupTestCase() { m_sim.reset(); }

    void scenarios_listEveryCase()
    {
        QCOMPARE(m_scenarios.size(), 13);
        for (const QJsonValue &value : std::as_const(m_scenarios)) {
            const QJsonObject scenario = value.toObject();
            for (const QString &key : {u"id"_s, u"pppoe_user"_s, u"expected_verdict"_s, u"expected_rule"_s})
                QVERIFY2(!scenario.value(key).toString().isEmpty(),
                         qPrintable(key + u" missing in "_s + QString::fromUtf8(QJsonDocument(scenario).toJson())));
        }
        QVERIFY(!userOf(u"single_los"_s).isEmpty());
    }

    void json_everyScenarioGetsItsExpectedVerdict_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        for (const QJsonValue &value : std::as_const(m_scenarios)) {
            const QJsonObject scenario = value.toObject();
            QTest::newRow(qPrintable(scenario.value(u"id"_s).toString())) << scenario;
        }
        if (m_scenarios.isEmpty())
            QTest::newRow("no scenarios") << QJsonObject(); // fails below, with the reason
    }

    void json_everyScenarioGetsItsExpectedVerdict()
    {
        QFETCH(QJsonObject, scenario);
        if (!m_synced)
            QSKIP("needs scripts/with-keyring.sh (a private keychain) and a synced profile");
        QVERIFY2(!scenario.isEmpty(), "demo scenarios listed nothing");
        const QString user = scenario.value(u"pppoe_user"_s).toString();
        const QString expectedVerdict = scenario.value(u"expected_verdict"_s).toString();
        const QString expectedRule = scenario.value(u"expected_rule"_s).toString();

        const Run result = diagnose({user, u"--json"_s});
        const QByteArray explain = result.explain();
        QVERIFY2(result.exitCode == 0, explain.constData());
        QString error;
        const QJsonObject report = jsonObject(result, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(explain)));

        QCOMPARE(report.value(u"schema"_s).toString(), u"beholder-diagnosis/1"_s);
        QCOMPARE(report.value(u"pppoe_user"_s).toString(), user);
        QVERIFY2(report.value(u"verdict"_s).toString() == expectedVerdict,
                 qPrintable(u"expected "_s + expectedVerdict + u'\n' + QString::fromUtf8(explain)));
        QVERIFY2(report.value(u"final"_s).toBool(false), explain.constData());
        QVERIFY2(report.value(u"found"_s).toBool(false), explain.constData());
        QVERIFY2(!report.value(u"offline"_s).toBool(true), explain.constData());
        QVERIFY2(!report.contains(u"error"_s), explain.constData());

        const QJsonArray findings = report.value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), explain.constData());
        QStringList rules;
        for (const QJsonValue &finding : findings)
            rules << finding.toObject().value(u"rule"_s).toString();
        QVERIFY2(rules.contains(expectedRule),
                 qPrintable(u"expected rule "_s + expectedRule + u" among "_s + rules.join(u", "_s) + u'\n'
                            + QString::fromUtf8(explain)));

        const QJsonArray sources = report.value(u"sources"_s).toArray();
        QCOMPARE(sources.size(), 3); // router, smartolt, cnmaestro
        for (const QJsonValue &value : sources) {
            const QJsonObject source = value.toObject();
            QVERIFY2(!source.value(u"state"_s).toString().isEmpty(), explain.constData());
            QVERIFY2(source.value(u"state"_s).toString() != u"pending"_s,
                     qPrintable(source.value(u"id"_s).toString() + u" still pending\n"_s + QString::fromUtf8(explain)));
        }

        const QJsonObject facts = report.value(u"facts"_s).toObject();
        const QString deviceFact = facts.contains(u"onu.status"_s) ? u"onu.status"_s : u"sm.online"_s;
        QVERIFY2(facts.contains(deviceFact),
                 qPrintable(u"neither onu.status nor sm.online\n"_s + QString::fromUtf8(explain)));
        const QJsonObject fact = facts.value(deviceFact).toObject();
        QVERIFY2(!fact.value(u"source"_s).toString().isEmpty(), explain.constData());
        const QDateTime at = QDateTime::fromString(fact.value(u"at"_s).toString(), Qt::ISODate);
        QVERIFY2(at.isValid(), qPrintable(deviceFact + u" has no valid 'at'\n"_s + QString::fromUtf8(explain)));
    }

    void text_hasTheVerdictAndTheSourcesTable()
    {
        if (!m_synced)
            QSKIP("needs scripts/with-keyring.sh (a private keychain) and a synced profile");
        const QString user = userOf(u"single_los"_s);
        QVERIFY(!user.isEmpty());

        // The label is translated: take it from the same diagnosis as JSON.
        const Run json = diagnose({user, u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.explain().constData());
        QString error;
        const QString label = jsonObject(json, &error).value(u"verdict_label"_s).toString();
        QVERIFY2(!label.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(json.explain())));

        const Run result = diagnose({user});
        QVERIFY2(result.exitCode == 0, result.explain().constData());
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.startsWith(u"Diagnosis of "_s + user), result.explain().constData());
        QVERIFY2(out.contains(u"\nVerdict: "_s + label), result.explain().constData());
        const QStringList lines = out.split(u'\n');
        QVERIFY2(lines.contains(u"SOURCE       STATE            MS  DETAIL"_s), result.explain().constData());
        static const QRegularExpression routerLine(u"^router +[a-z_]+ +-?\\d+  "_s);
        bool hasRouterLine = false;
        for (const QString &line : lines)
            hasRouterLine = hasRouterLine || routerLine.match(line).hasMatch();
        QVERIFY2(hasRouterLine, result.explain().constData());
    }

    void offline_answersFromTheCacheAlone()
    {
        if (!m_synced)
            QSKIP("needs scripts/with-keyring.sh (a private keychain) and a synced profile");
        const QString user = userOf(u"single_los"_s);
        QVERIFY(!user.isEmpty());
        const Run result = diagnose({user, u"--json"_s, u"--offline"_s});
        const QByteArray explain = result.explain();
        QVERIFY2(result.exitCode == 0, explain.constData());
        QString error;
        const QJsonObject report = jsonObject(result, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(explain)));

        QCOMPARE(report.value(u"schema"_s).toString(), u"beholder-diagnosis/1"_s);
        QVERIFY2(report.value(u"offline"_s).toBool(false), explain.constData());
        QVERIFY2(report.value(u"final"_s).toBool(false), explain.constData());
        QVERIFY2(report.value(u"verdict"_s).toString() == u"DISPATCH"_s, explain.constData());
        const QJsonArray sources = report.value(u"sources"_s).toArray();
        QVERIFY2(!sources.isEmpty(), explain.constData());
        for (const QJsonValue &value : sources) {
            const QString state = value.toObject().value(u"state"_s).toString();
            QVERIFY2(state == u"offline"_s || state == u"not_configured"_s, explain.constData());
        }
        const QJsonObject onu = report.value(u"facts"_s).toObject().value(u"onu.status"_s).toObject();
        QVERIFY2(onu.value(u"source"_s).toString() == u"cache"_s, explain.constData());
        QVERIFY2(onu.value(u"value"_s).toString() == u"los"_s, explain.constData());
        // Offline, every fact keeps its time so that its age can be shown.
        QVERIFY2(QDateTime::fromString(onu.value(u"at"_s).toString(), Qt::ISODate).isValid(), explain.constData());
    }

    void unknownUser_hasNoVerdictAndExits1()
    {
        if (!m_synced)
            QSKIP("needs scripts/with-keyring.sh (a private keychain) and a synced profile");
        const QString user = u"nobody_here_42"_s;
        const Run result = diagnose({user, u"--json"_s});
        const QByteArray explain = result.explain();
        QVERIFY2(result.exitCode == 1, explain.constData());
        QString error;
        const QJsonObject report = jsonObject(result, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(explain)));
        QCOMPARE(report.value(u"schema"_s).toString(), u"beholder-diagnosis/1"_s);
        QVERIFY2(report.contains(u"verdict"_s) && report.value(u"verdict"_s).isNull(), explain.constData());
        QVERIFY2(report.contains(u"found"_s) && !report.value(u"found"_s).toBool(true), explain.constData());
        QVERIFY2(report.value(u"error"_s).toString().contains(user), explain.constData());
        QVERIFY2(result.err.startsWith("beholder-cli: ") && result.err.contains(user.toUtf8()), explain.constData());

        // Without --json: nothing on stdout, the reason on stderr.
        const Run text = diagnose({user});
        QVERIFY2(text.exitCode == 1, text.explain().constData());
        QVERIFY2(text.out.isEmpty(), text.explain().constData());
        QVERIFY2(text.err.startsWith("beholder-cli: ") && text.err.contains(user.toUtf8()), text.explain().constData());
    }

    void usageErrors_exit2()
    {
        // The profile need not exist: the arguments are checked first.
        const QList<QStringList> cases = {
            {},
            {u"mperez"_s, u"jgomez"_s},
            {u"mperez"_s, u"--timeout"_s, u"0"_s},
            {u"mperez"_s, u"--timeout"_s, u"abc"_s},
        };
        for (const QStringList &arguments : cases) {
            const Run result = diagnose(arguments);
            const QByteArray explain = "diagnose " + arguments.join(u' ').toUtf8() + ": " + result.explain();
            QVERIFY2(result.exitCode == 2, explain.constData());
            QVERIFY2(result.out.isEmpty(), explain.constData());
            QVERIFY2(result.err.startsWith("beholder-cli: "), explain.constData());
            QVERIFY2(result.err.contains("Usage: beholder-cli diagnose"), explain.constData());
        }
        QVERIFY(diagnose({}).err.startsWith("beholder-cli: diagnose takes exactly one PPPoE user"));
        QVERIFY(diagnose({u"mperez"_s, u"--timeout"_s, u"abc"_s}).err.contains("--timeout"));
    }

    void missingProfile_exits1WithAClearMessage()
    {
        const Run result = diagnose({u"mperez"_s, u"--json"_s}, u"nowhere"_s);
        QVERIFY2(result.exitCode == 1, result.explain().constData());
        QVERIFY2(result.out.isEmpty(), result.explain().constData());
        QVERIFY2(result.err.startsWith("beholder-cli: profile 'nowhere' does not exist"), result.explain().constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"data/profiles/nowhere"_s))); // nothing created
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_clidiagnose.moc"
