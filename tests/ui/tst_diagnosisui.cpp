// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis end to end, offscreen, against the simulated ISP over real
// sockets: a profile synced from it, an operator types part of a customer's
// name, goes down to the row and presses Enter; the card shows at once and
// the banner settles on the verdict the demo scenario expects, with the live
// sources' answers in the card. Moving to another result drops the first
// diagnosis; F5 runs it again.
#include "credentials/memorycredentialstore.h"
#include "customerpanel.h"
#include "demo/demoscenarios.h"
#include "detailsection.h"
#include "diagnosispanel.h"
#include "livetrafficwindow.h"
#include "mainwindow.h"
#include "profile/profilemanager.h"
#include "resultsview.h"
#include "searchfield.h"
#include "simulator/isp/simulator.h"
#include "sources/sourcesettings.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "testsupport.h"
#include "util/textnormalize.h"
#include "verdictbanner.h"

#include <QAction>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int syncTimeoutMs = 60'000;
// Each live source has its own deadline (live_timeout_s, 6 s); on a loaded machine give it room.
constexpr int diagnosisTimeoutMs = 30'000;

} // namespace

class TestDiagnosisUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void typeDownEnterShowsTheVerdict_data();
    void typeDownEnterShowsTheVerdict();
    void movingOnCancelsAndF5ChecksAgain();
    void customerWithoutPppoeUserGetsTheCardOnly();
    void liveTrafficOpensItsWindowAndClosesWithTheProfile();

private:
    bool openSyncedProfile();
    bool openRowOfUser(const QString &fragment, const QString &pppoeUser);
    const Demo::DemoScenario *scenario(const QString &id) const;

    std::unique_ptr<Sim::Simulator> m_sim;
    QList<Demo::DemoScenario> m_scenarios;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemorySecrets> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_profiles = 0;
};

void TestDiagnosisUi::initTestCase()
{
    Test::isolateFromUserData();
    Sim::SimulatorOptions options;
    options.demo.customers = 300;
    options.smartOlt.callsPerHour = 1'000'000;
    options.smartOlt.unpagedDetailsPerHour = 1'000'000;
    m_sim = std::make_unique<Sim::Simulator>(options);
    QSignalSpy started(m_sim.get(), &Sim::Simulator::started);
    m_sim->start();
    QVERIFY(started.wait(60'000));
    QVERIFY2(started.constFirst().constFirst().toBool(), qPrintable(m_sim->errorString()));
    m_scenarios = m_sim->scenarios();
    QVERIFY(!m_scenarios.isEmpty());
}

void TestDiagnosisUi::cleanupTestCase()
{
    m_sim.reset();
}

void TestDiagnosisUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_shared<MemorySecrets>();
    QVERIFY(openSyncedProfile());
}

void TestDiagnosisUi::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

const Demo::DemoScenario *TestDiagnosisUi::scenario(const QString &id) const
{
    return Demo::findScenario(m_scenarios, id);
}

bool TestDiagnosisUi::openSyncedProfile()
{
    // A profile name per test: call budgets are per profile and process.
    const QString name = u"isp%1"_s.arg(++m_profiles);
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(name);
    if (!profile)
        return false;
    if (!saveProfileSources(*profile, m_sim->profileSources()).isEmpty())
        return false;
    const QHash<QString, QString> secrets = m_sim->secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_secrets->setValue(name, it.key(), it.value());

    MainWindowOptions windowOptions;
    windowOptions.dataDirectory = m_dir->path();
    windowOptions.restoreWindowState = false;
    std::shared_ptr<MemorySecrets> store = m_secrets;
    windowOptions.session.credentialStore
        = [store](const QString &profileName) { return std::make_unique<MemoryCredentialStore>(profileName, store); };
    windowOptions.session.nightlySync = false;
    RetryPolicy fast;
    fast.timeScale = 0.001;
    windowOptions.session.syncRetryPolicy = fast;
    m_window = std::make_unique<MainWindow>(windowOptions, *profile);
    m_window->resize(1400, 900);
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    if (!QTest::qWaitFor([this] { return m_window->session()->state() == ProfileSession::State::Ready; }))
        return false;

    // Synced from the simulated ISP, as Sync Now does it.
    if (!QTest::qWaitFor([this] { return m_window->syncNowAction()->isEnabled(); }))
        return false;
    m_window->syncNowAction()->trigger();
    const bool synced = QTest::qWaitFor(
        [this] {
            return m_window->isDataReady() && !m_window->session()->sync()->isBusy()
                && m_window->syncPanel()->stateOf(SourceKind::IspCube) == SourceState::Succeeded;
        },
        syncTimeoutMs);
    return synced;
}

bool TestDiagnosisUi::openRowOfUser(const QString &fragment, const QString &pppoeUser)
{
    SearchField *field = m_window->searchField();
    field->setFocus();
    field->clear();
    field->flush();
    QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
    QTest::keyClicks(field, fragment);
    if (!shown.wait(5000) && shown.isEmpty())
        return false;
    // Down into the results, then down to the customer's line, then Enter.
    QTest::keyClick(field, Qt::Key_Down);
    ResultsView *results = m_window->resultsView();
    if (!QTest::qWaitFor([results] { return results->hasFocus() && results->currentHit().has_value(); }))
        return false;
    for (int step = 0; step < results->rowCountShown(); ++step) {
        const auto hit = results->currentHit();
        if (hit && hit->pppoeUser.compare(pppoeUser, Qt::CaseInsensitive) == 0) {
            QTest::keyClick(results, Qt::Key_Return);
            return true;
        }
        QTest::keyClick(results, Qt::Key_Down);
    }
    qWarning("no row of %s among the results for \"%s\"", qPrintable(pppoeUser), qPrintable(fragment));
    return false;
}

void TestDiagnosisUi::typeDownEnterShowsTheVerdict_data()
{
    QTest::addColumn<QString>("scenarioId");
    for (const char *id :
         {"fibre_cut_pon", "single_los", "dying_gasp", "suspended_account", "pppoe_down_onu_online", "healthy"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestDiagnosisUi::typeDownEnterShowsTheVerdict()
{
    QFETCH(QString, scenarioId);
    const Demo::DemoScenario *played = scenario(scenarioId);
    if (!played)
        QSKIP("the demo ISP has no such scenario at this size");
    // Part of the name, as typed on a call: the surname, without accents.
    const QStringList words = Text::fold(played->customerName).split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!words.isEmpty());
    const QString fragment = words.size() > 1 ? words.at(0) + u' ' + words.at(1).left(3) : words.at(0);
    QVERIFY2(openRowOfUser(fragment, played->pppoeUser), qPrintable(fragment));

    // The card at once, from the cache.
    CustomerPanel *card = m_window->customerPanel();
    QTRY_VERIFY_WITH_TIMEOUT(card->shownDetails() && card->shownDetails()->pppoeUser == played->pppoeUser, 5000);
    // Then the verdict, once every live source has answered.
    VerdictBanner *banner = m_window->diagnosisPanel()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isFinal(), diagnosisTimeoutMs);
    const Triage::Verdict expected = played->expected;
    QVERIFY2(banner->verdict() == expected,
             qPrintable(u"%1: expected %2, the banner says %3 — %4"_s.arg(
                 scenarioId, Triage::verdictLabel(expected), banner->verdictText(), banner->reasonText())));
    QVERIFY(!banner->reasonText().isEmpty());
    QVERIFY(banner->progressText().isEmpty());
    const auto &report = m_window->diagnosisPanel()->report();
    QVERIFY(report && report->final);
    bool fired = false;
    for (const Triage::Finding &finding : report->assessment.findings)
        fired = fired || finding.ruleId == played->expectedRule;
    QVERIFY2(fired || played->expectedRule.isEmpty(),
             qPrintable(m_window->diagnosisPanel()->findingTexts().join(u'\n')));
    // Every live source answered or said why not: nothing is left "checking…".
    for (const Diagnosis::SourceReport &source : report->sources)
        QVERIFY2(source.state != Diagnosis::SourceState::Pending, qPrintable(source.id));
    const QList<DetailSection *> sections = card->sections();
    for (const DetailSection *section : sections)
        QVERIFY2(section->checkingText().isEmpty(), qPrintable(section->title()));
    // The keyboard stays where it was: on the results.
    QVERIFY(m_window->resultsView()->hasFocus());
}

void TestDiagnosisUi::movingOnCancelsAndF5ChecksAgain()
{
    const Demo::DemoScenario *first = scenario(u"single_los"_s);
    const Demo::DemoScenario *second = scenario(u"healthy"_s);
    if (!first || !second)
        QSKIP("the demo ISP lacks the scenarios at this size");
    QVERIFY(openRowOfUser(first->pppoeUser, first->pppoeUser));
    DiagnosisPanel *panel = m_window->diagnosisPanel();
    QTRY_COMPARE(panel->pppoeUser(), first->pppoeUser);
    // Straight on to another customer before the first diagnosis ends: only the second one counts.
    QVERIFY(openRowOfUser(second->pppoeUser, second->pppoeUser));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isFinal(), diagnosisTimeoutMs);
    QCOMPARE(panel->pppoeUser(), second->pppoeUser);
    QCOMPARE(panel->report()->pppoeUser, second->pppoeUser);
    QCOMPARE(panel->banner()->verdict(), std::optional<Triage::Verdict>(second->expected));
    QTest::qWait(500); // a late report of the first one would land now
    QCOMPARE(panel->report()->pppoeUser, second->pppoeUser);

    // F5: the same user again, the verdict stays on screen meanwhile.
    QSignalSpy shown(panel, &DiagnosisPanel::reportShown);
    QTest::keyClick(m_window->resultsView(), Qt::Key_F5);
    QCOMPARE(panel->banner()->verdict(), std::optional<Triage::Verdict>(second->expected));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && panel->isFinal(), diagnosisTimeoutMs);
    QCOMPARE(panel->report()->pppoeUser, second->pppoeUser);
}

void TestDiagnosisUi::customerWithoutPppoeUserGetsTheCardOnly()
{
    // A customer the CRM has without any connection: nothing to diagnose.
    const IspDataset dataset = m_sim->dataset();
    QSet<qint64> connected;
    for (const Connection &connection : dataset.connections)
        connected.insert(connection.customerId);
    const Customer *lonely = nullptr;
    for (const Customer &customer : dataset.customers) {
        if (!connected.contains(customer.id)) {
            lonely = &customer;
            break;
        }
    }
    if (!lonely)
        QSKIP("every demo customer has a connection");
    SearchField *field = m_window->searchField();
    field->setFocus();
    QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
    QTest::keyClicks(field, lonely->code);
    QVERIFY(shown.wait(5000) || !shown.isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(m_window->customerPanel()->shownDetails().has_value());
    QVERIFY(m_window->diagnosisPanel()->pppoeUser().isEmpty());
    QVERIFY(!m_window->diagnosisPanel()->banner()->isVisible());
}

void TestDiagnosisUi::liveTrafficOpensItsWindowAndClosesWithTheProfile()
{
    const Demo::DemoScenario *healthy = scenario(u"healthy"_s);
    if (!healthy)
        QSKIP("the demo ISP lacks the scenario at this size");
    QVERIFY(openRowOfUser(healthy->pppoeUser, healthy->pppoeUser));
    DiagnosisPanel *panel = m_window->diagnosisPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isFinal(), diagnosisTimeoutMs);
    QVERIFY(panel->liveTrafficAction()->isEnabled());
    QTest::keyClick(m_window->resultsView(), Qt::Key_T, Qt::ControlModifier);
    QPointer<LiveTrafficWindow> live;
    QTRY_VERIFY((live = m_window->findChild<LiveTrafficWindow *>()) != nullptr);
    QVERIFY(live->isWindow());
    // Another profile: the view of this one's router goes with it.
    QVERIFY(m_window->switchProfile(u"other"_s));
    QTRY_VERIFY(live.isNull());
}

QTEST_MAIN(TestDiagnosisUi)
#include "tst_diagnosisui.moc"
