// SPDX-License-Identifier: GPL-3.0-or-later
// Syncing from the window, offscreen, against the simulated ISP over real
// sockets: Sync Now from the menu fills the cache and the panel and the
// status bar say how each source went; a failing source fails alone and keeps
// its data; cancel, close and typing work while a sync runs; missing secrets
// stop it with a message; the nightly schedule starts one; and --demo starts
// its own simulator, publishes its credentials and syncs through it.
#include "budgetmeter.h"
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "customerpanel.h"
#include "demoisp.h"
#include "mainwindow.h"
#include "profile/profilemanager.h"
#include "resultsview.h"
#include "search/searchresultmodel.h"
#include "searchfield.h"
#include "simulator/isp/simulator.h"
#include "sources/sourcesettings.h"
#include "statusbarwidgets.h"
#include "sync/synclock.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// Long enough for a sync of 300 customers on a busy machine or under a sanitizer.
constexpr int syncTimeoutMs = 60'000;

struct ProfileSetup
{
    bool prefill = false;       // the cache already holds the simulator's data (a previous sync)
    QStringList withoutSecrets; // keys left out of the store
    int timeoutMs = 3000;       // per request
    bool nightly = false;       // the nightly schedule
    SyncScheduler::Clock clock; // its "now"
    QString nightlyTime;        // [sync] nightly_time
};

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void syncNowFromTheMenuFillsTheCacheAndSaysHowEachSourceWent();
    void failingSourceFailsAloneAndKeepsItsData();
    void cancelWhileRunningKeepsTheDataAndGoesIdle();
    void missingSecretsAreNamedAndNothingSyncs();
    void windowStaysUsableDuringASync();
    void closingTheWindowDuringASyncDoesNotHang();
    void switchingProfilesDuringASyncLeavesItToStop();
    void syncNowNeedsSources();
    void nightlySyncStartsWhenDue();
    void nightlySyncWithMissingSecretsWarnsInTheStatusBar();
    void demoStartsItsSimulatorAndSyncsThroughIt();
    void budgetMeterCountsTheLastHour();
    void closingDuringALargeSync_reportsTime_data();
    void closingDuringALargeSync_reportsTime();

private:
    std::unique_ptr<MainWindow> openProfile(const QString &name, const ProfileSetup &setup = {});
    std::unique_ptr<MainWindow> openWindow(const Profile &profile, const SessionOptions &options);
    QString uniqueName();
    bool allSucceeded() const;
    bool typeAndWait(const QString &text);
    QStringList shownNames() const;
    // A customer whose name types on any keyboard layout (offscreen key events carry ASCII reliably).
    Customer typeableCustomer(const IspDataset &dataset, int from = 0) const;
    qint64 scalar(const Profile &profile, const QString &sql) const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<Sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemorySecrets> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_profiles = 0;
};

void TestSyncUi::initTestCase()
{
    Test::isolateFromUserData();
    Sim::SimulatorOptions options;
    options.demo.customers = 300;
    options.demo.now = Test::fixtureNow;
    // Many syncs in a few seconds: lift the server's hourly limits (the
    // client's own budget is per profile, and every test has its own).
    options.smartOlt.callsPerHour = 1'000'000;
    options.smartOlt.unpagedDetailsPerHour = 1'000'000;
    m_sim = std::make_unique<Sim::Simulator>(options);
    QSignalSpy started(m_sim.get(), &Sim::Simulator::started);
    m_sim->start();
    QVERIFY(started.wait(60'000));
    QVERIFY2(started.constFirst().constFirst().toBool(), qPrintable(m_sim->errorString()));
}

void TestSyncUi::cleanupTestCase()
{
    m_sim.reset();
}

void TestSyncUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_shared<MemorySecrets>();
    m_sim->clearFaults();
}

void TestSyncUi::cleanup()
{
    m_window.reset();
    m_sim->clearFaults();
    m_dir.reset();
}

QString TestSyncUi::uniqueName()
{
    // A call budget is per profile name and process: SmartOLT's full ONU list
    // may be fetched about once per 20 minutes, so every sync gets its own name.
    return u"isp%1"_s.arg(++m_profiles);
}

std::unique_ptr<MainWindow> TestSyncUi::openWindow(const Profile &profile, const SessionOptions &options)
{
    MainWindowOptions windowOptions;
    windowOptions.dataDirectory = m_dir->path();
    windowOptions.session = options;
    windowOptions.restoreWindowState = false;
    auto window = std::make_unique<MainWindow>(windowOptions, profile);
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

std::unique_ptr<MainWindow> TestSyncUi::openProfile(const QString &name, const ProfileSetup &setup)
{
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(name);
    if (!profile)
        return nullptr;
    ProfileSources sources = m_sim->profileSources();
    for (SourceConfig &source : sources.sources)
        source.timeoutMs = setup.timeoutMs;
    for (RouterConfig &router : sources.routers)
        router.timeoutMs = setup.timeoutMs;
    const QStringList errors = saveProfileSources(*profile, sources);
    if (!errors.isEmpty()) {
        qWarning("cannot save the sources: %s", qPrintable(errors.join(u"; "_s)));
        return nullptr;
    }
    if (!setup.nightlyTime.isEmpty()) {
        NightlySettings nightly;
        nightly.at = QTime::fromString(setup.nightlyTime, u"HH:mm"_s);
        nightly.save(profile->settingsFile());
    }
    const QHash<QString, QString> secrets = m_sim->secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!setup.withoutSecrets.contains(it.key()))
            m_secrets->setValue(name, it.key(), it.value());
    }
    if (setup.prefill && !Test::createCache(profile->cacheFile(), m_sim->dataset()))
        return nullptr;

    SessionOptions options;
    std::shared_ptr<MemorySecrets> store = m_secrets;
    options.credentialStore
        = [store](const QString &profileName) { return std::make_unique<MemoryCredentialStore>(profileName, store); };
    RetryPolicy fast;
    fast.timeScale = 0.001; // backoff and Retry-After in milliseconds
    options.syncRetryPolicy = fast;
    options.nightlySync = setup.nightly;
    options.nightlyClock = setup.clock;
    auto window = openWindow(*profile, options);
    if (window && !QTest::qWaitFor([&] { return window->session()->state() == ProfileSession::State::Ready; }))
        return nullptr;
    return window;
}

bool TestSyncUi::allSucceeded() const
{
    for (const SourceKind kind : allSourceKinds()) {
        if (m_window->syncPanel()->stateOf(kind) != SourceState::Succeeded)
            return false;
    }
    return !m_window->session()->sync()->isBusy();
}

bool TestSyncUi::typeAndWait(const QString &text)
{
    SearchField *field = m_window->searchField();
    field->setFocus();
    field->clear();
    field->flush();
    QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
    QTest::keyClicks(field, text);
    return shown.wait(5000) || !shown.isEmpty();
}

QStringList TestSyncUi::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_window->resultsView()->viewModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, SearchResultModel::NameColumn).data().toString();
    return names;
}

Customer TestSyncUi::typeableCustomer(const IspDataset &dataset, int from) const
{
    for (qsizetype i = from; i < dataset.customers.size(); ++i) {
        const QString &name = dataset.customers.at(i).name;
        bool ascii = !name.isEmpty();
        for (const QChar ch : name)
            ascii = ascii && ch.unicode() >= 0x20 && ch.unicode() < 0x7f;
        if (ascii)
            return dataset.customers.at(i);
    }
    return dataset.customers.value(from);
}

qint64 TestSyncUi::scalar(const Profile &profile, const QString &sql) const
{
    qint64 value = -1;
    {
        CacheDatabase cache(profile.cacheFile());
        if (!cache.open())
            return -1;
        QSqlQuery query(cache.connection());
        if (query.exec(sql) && query.next())
            value = query.value(0).toLongLong();
        query.finish();
        cache.closeThreadConnection();
    }
    return value;
}

void TestSyncUi::syncNowFromTheMenuFillsTheCacheAndSaysHowEachSourceWent()
{
    m_window = openProfile(uniqueName());
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->syncNowAction()->isEnabled());
    QVERIFY(!m_window->cancelSyncAction()->isEnabled());
    QVERIFY(!m_window->syncDock()->isVisible());

    m_window->syncNowAction()->trigger();
    QTRY_VERIFY(m_window->syncDock()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(allSucceeded(), syncTimeoutMs);

    SyncPanel *panel = m_window->syncPanel();
    QVERIFY2(panel->headline().contains(u"every source succeeded"_s), qPrintable(panel->headline()));
    for (const SourceKind kind : allSourceKinds()) {
        // "+300  ~0  −0   in 0.1 s   (…)": the counts and the time of each source.
        const QString detail = panel->detailOf(kind);
        QVERIFY2(detail.startsWith(u'+') && detail.contains(u" s "_s), qPrintable(detail));
    }
    QVERIFY2(!panel->detailOf(SourceKind::IspCube).startsWith(u"+0 "_s),
             qPrintable(panel->detailOf(SourceKind::IspCube)));
    QVERIFY2(panel->budgetText().contains(u"SmartOLT budget: "_s)
                 && panel->budgetText().contains(u"calls left this hour"_s),
             qPrintable(panel->budgetText()));
    QVERIFY(!panel->isCancelEnabled());
    QTRY_VERIFY(m_window->syncNowAction()->isEnabled());
    QVERIFY(!m_window->cancelSyncAction()->isEnabled());

    // The status bar: every source with its time, nothing failed.
    SourceStatusWidget *status = m_window->sourceStatus();
    QTRY_VERIFY2(status->text().contains(u"ISPCube ✓"_s) && status->text().contains(u"SmartOLT ✓"_s)
                     && status->text().contains(u"cnMaestro ✓"_s) && status->text().contains(u"Routers ✓"_s),
                 qPrintable(status->text()));
    QVERIFY2(status->toolTipText().contains(u"ISPCube: last success as of"_s), qPrintable(status->toolTipText()));
    QTRY_VERIFY(m_window->isDataReady());

    // What the simulated CRM has is found.
    const Customer customer = typeableCustomer(m_sim->dataset(), 17);
    QVERIFY(typeAndWait(customer.name));
    QTRY_VERIFY2(shownNames().contains(customer.name), qPrintable(shownNames().join(u", "_s)));
}

void TestSyncUi::failingSourceFailsAloneAndKeepsItsData()
{
    ProfileSetup setup;
    setup.prefill = true;
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    Sim::HttpFault fault;
    fault.status = 500;
    m_sim->setHttpFault(SourceKind::IspCube, u"/api/customers/customers_list"_s, fault);

    m_window->syncNowAction()->trigger();
    SyncPanel *panel = m_window->syncPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->sync()->isBusy()
                                 && panel->stateOf(SourceKind::IspCube) == SourceState::Failed,
                             syncTimeoutMs);
    for (const SourceKind kind : {SourceKind::SmartOlt, SourceKind::CnMaestro, SourceKind::RouterOs})
        QVERIFY2(panel->stateOf(kind) == SourceState::Succeeded, qPrintable(toString(kind)));
    const QString detail = panel->detailOf(SourceKind::IspCube);
    QVERIFY2(detail.contains(u"500"_s) && detail.contains(u"the previous data is kept"_s), qPrintable(detail));
    QVERIFY2(panel->detailToolTipOf(SourceKind::IspCube).contains(u"500"_s),
             qPrintable(panel->detailToolTipOf(SourceKind::IspCube)));
    QVERIFY2(panel->headline().contains(u"1 of 4 sources failed"_s), qPrintable(panel->headline()));

    SourceStatusWidget *status = m_window->sourceStatus();
    QTRY_VERIFY2(status->isFailed(u"ispcube"_s) && status->text().contains(u"ISPCube ✗ HTTP 500"_s),
                 qPrintable(status->text()));
    QVERIFY(!status->isFailed(u"smartolt"_s));
    QVERIFY2(status->toolTipText().contains(u"its previous data is kept"_s), qPrintable(status->toolTipText()));

    // The CRM's customers from before are still there.
    const Customer customer = typeableCustomer(m_sim->dataset(), 42);
    QVERIFY(typeAndWait(customer.name));
    QTRY_VERIFY2(shownNames().contains(customer.name), qPrintable(shownNames().join(u", "_s)));
    saveScreenshot(u"sync-failed"_s);
}

// scripts/screenshot.sh runs this test under a virtual X server with
// BEHOLDER_UI_SCREENSHOT_DIR set: a failed source is easiest to show from here.
void TestSyncUi::saveScreenshot(const QString &name)
{
    const QString directory = qEnvironmentVariable("BEHOLDER_UI_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    m_window->resize(1400, 850);
    QTest::keyClick(m_window->searchField(), Qt::Key_Return); // open the best match
    QTRY_VERIFY(m_window->customerPanel()->shownHit().has_value());
    QTest::qWait(500); // let the last layout and paint settle
    const QString file = QDir(directory).filePath(name + u".png"_s);
    QVERIFY2(m_window->grab().save(file, "PNG"), qPrintable(file));
    qInfo("screenshot saved to %s", qPrintable(file));
}

void TestSyncUi::cancelWhileRunningKeepsTheDataAndGoesIdle()
{
    ProfileSetup setup;
    setup.prefill = true;
    setup.timeoutMs = 20'000;
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    Sim::HttpFault slow;
    slow.latencyMs = 5000;
    for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro})
        m_sim->setHttpFault(kind, u"*"_s, slow);

    m_window->syncNowAction()->trigger();
    SyncPanel *panel = m_window->syncPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->stateOf(SourceKind::IspCube) == SourceState::Fetching, syncTimeoutMs);
    QVERIFY(m_window->cancelSyncAction()->isEnabled());
    QVERIFY(panel->isCancelEnabled());
    QVERIFY(!m_window->syncNowAction()->isEnabled());

    QElapsedTimer clock;
    clock.start();
    m_window->cancelSyncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->sync()->isBusy(), syncTimeoutMs);
    qInfo("canceled sync went idle after %lld ms", qlonglong(clock.elapsed()));
    for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro})
        QVERIFY2(panel->stateOf(kind) == SourceState::Canceled, qPrintable(toString(kind)));
    QVERIFY2(panel->detailOf(SourceKind::IspCube).contains(u"the previous data is kept"_s),
             qPrintable(panel->detailOf(SourceKind::IspCube)));
    QVERIFY2(panel->headline().contains(u"canceled"_s), qPrintable(panel->headline()));
    QVERIFY(!panel->isCancelEnabled());
    QTRY_VERIFY(m_window->syncNowAction()->isEnabled());
    QVERIFY(!m_window->cancelSyncAction()->isEnabled());

    const Customer customer = typeableCustomer(m_sim->dataset(), 5);
    QVERIFY(typeAndWait(customer.name));
    QTRY_VERIFY2(shownNames().contains(customer.name), qPrintable(shownNames().join(u", "_s)));
}

void TestSyncUi::missingSecretsAreNamedAndNothingSyncs()
{
    ProfileSetup setup;
    setup.withoutSecrets = {SecretKeys::smartOltToken(), SecretKeys::ispCubeApiKey()};
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    const int requestsBefore = m_sim->requestCount(SourceKind::IspCube, u"*"_s)
        + m_sim->requestCount(SourceKind::SmartOlt, u"*"_s) + m_sim->requestCount(SourceKind::CnMaestro, u"*"_s);

    QSignalSpy notStarted(m_window->session()->sync(), &SyncSession::notStarted);
    m_window->syncNowAction()->trigger();
    QTRY_VERIFY(!notStarted.isEmpty());
    QVERIFY(!m_window->session()->sync()->isBusy());
    QTRY_VERIFY(m_window->syncDock()->isVisible());
    const QString headline = m_window->syncPanel()->headline();
    QVERIFY2(headline.contains(u"not started"_s) && headline.contains(SecretKeys::smartOltToken())
                 && headline.contains(SecretKeys::ispCubeApiKey()),
             qPrintable(headline));
    for (const SourceKind kind : allSourceKinds())
        QVERIFY(!m_window->syncPanel()->stateOf(kind)); // no row started
    QVERIFY(m_window->syncNowAction()->isEnabled());
    const int requestsAfter = m_sim->requestCount(SourceKind::IspCube, u"*"_s)
        + m_sim->requestCount(SourceKind::SmartOlt, u"*"_s) + m_sim->requestCount(SourceKind::CnMaestro, u"*"_s);
    QCOMPARE(requestsAfter, requestsBefore);
    QCOMPARE(scalar(m_window->session()->profile(), u"SELECT count(*) FROM sync_runs"_s), qint64(0));
}

void TestSyncUi::windowStaysUsableDuringASync()
{
    ProfileSetup setup;
    setup.prefill = true;
    setup.timeoutMs = 20'000;
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    Sim::HttpFault slow;
    slow.latencyMs = 2000;
    m_sim->setHttpFault(SourceKind::IspCube, u"*"_s, slow);

    m_window->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->sync()->isRunning(), syncTimeoutMs);
    // Typing while it runs: every key lands, and the answers come from the cache meanwhile.
    const Customer customer = typeableCustomer(m_sim->dataset(), 9);
    bool answeredWhileSyncing = false;
    connect(m_window.get(), &MainWindow::resultsShown, this, [&](const SearchResults &results) {
        if (!results.hits.isEmpty() && m_window->session()->sync()->isRunning())
            answeredWhileSyncing = true;
    });
    QVERIFY(typeAndWait(customer.name));
    QCOMPARE(m_window->searchField()->text(), customer.name);
    QTRY_VERIFY2(shownNames().contains(customer.name), qPrintable(shownNames().join(u", "_s)));
    QVERIFY(answeredWhileSyncing);
    QVERIFY(m_window->session()->sync()->isRunning());
    // The card opens too.
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->customerPanel()->shownHit().has_value());

    m_window->cancelSyncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->sync()->isBusy(), syncTimeoutMs);
}

void TestSyncUi::closingTheWindowDuringASyncDoesNotHang()
{
    ProfileSetup setup;
    setup.prefill = true;
    setup.timeoutMs = 20'000;
    const QString name = uniqueName();
    m_window = openProfile(name, setup);
    QVERIFY(m_window);
    const Profile profile = m_window->session()->profile();
    Sim::HttpFault slow;
    slow.latencyMs = 5000;
    for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro})
        m_sim->setHttpFault(kind, u"*"_s, slow);

    m_window->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncPanel()->stateOf(SourceKind::IspCube) == SourceState::Fetching,
                             syncTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    m_window->close();
    m_window.reset(); // cancels the sync and joins its workers
    qInfo("closing the window during a sync took %lld ms", qlonglong(clock.elapsed()));
    QTest::qWait(50); // a late callback would run (and crash) here

    // The lock is released and the cache reads, with the data from before.
    QVERIFY(SyncLock::isFree(profile.directory()));
    QCOMPARE(scalar(profile, u"SELECT count(*) FROM customers"_s), qint64(m_sim->dataset().customers.size()));
    QCOMPARE(scalar(profile, u"SELECT count(*) FROM sync_runs WHERE status = 'running'"_s), qint64(0));
}

void TestSyncUi::switchingProfilesDuringASyncLeavesItToStop()
{
    ProfileSetup setup;
    setup.prefill = true;
    setup.timeoutMs = 20'000;
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    const Profile first = m_window->session()->profile();
    Sim::HttpFault slow;
    slow.latencyMs = 5000;
    m_sim->setHttpFault(SourceKind::IspCube, u"*"_s, slow);
    m_window->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->sync()->isRunning(), syncTimeoutMs);

    QVERIFY(m_window->switchProfile(u"other"_s));
    QCOMPARE(m_window->session()->profile().name(), u"other"_s);
    QTRY_COMPARE(m_window->session()->state(), ProfileSession::State::Ready);
    // The panel and the status bar belong to the new profile.
    QVERIFY(!m_window->syncPanel()->stateOf(SourceKind::IspCube));
    QVERIFY(!m_window->syncNowAction()->isEnabled());
    // The old profile's sync stops and lets go of its lock.
    QTRY_VERIFY_WITH_TIMEOUT(SyncLock::isFree(first.directory()), syncTimeoutMs);
    QTRY_COMPARE(scalar(first, u"SELECT count(*) FROM sync_runs WHERE status = 'running'"_s), qint64(0));
    QCOMPARE(scalar(first, u"SELECT count(*) FROM customers"_s), qint64(m_sim->dataset().customers.size()));
}

void TestSyncUi::syncNowNeedsSources()
{
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(u"bare"_s);
    QVERIFY(profile);
    SessionOptions options;
    options.nightlySync = false;
    m_window = openWindow(*profile, options);
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->session()->state(), ProfileSession::State::Ready);
    QVERIFY(!m_window->syncNowAction()->isEnabled());
    QVERIFY(m_window->syncNowAction()->toolTip().contains(u"no sources"_s));
    QVERIFY2(m_window->resultsView()->placeholderText().contains(u"beholder-cli profile import"_s),
             qPrintable(m_window->resultsView()->placeholderText()));

    // Sources imported meanwhile (from the command line) count the next time the menu opens.
    QVERIFY(saveProfileSources(*profile, m_sim->profileSources()).isEmpty());
    QMenu *data = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(m_window->syncNowAction()))
            data = action->menu();
    }
    QVERIFY(data);
    emit data->aboutToShow();
    QVERIFY(m_window->syncNowAction()->isEnabled());
}

void TestSyncUi::nightlySyncStartsWhenDue()
{
    ProfileSetup setup;
    setup.nightly = true;
    setup.nightlyTime = u"03:00"_s;
    // 04:00 today, no sync ever: today's 03:00 run is due now (the catch-up).
    setup.clock = [] { return QDateTime(QDate::currentDate(), QTime(4, 0)); };
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->sync()->trigger() == SyncTrigger::Nightly
                                 && !m_window->session()->sync()->isBusy() && allSucceeded(),
                             syncTimeoutMs);
    // No panel pops up over the operator's work; the status bar says how it went.
    QVERIFY(!m_window->syncDock()->isVisible());
    QTRY_VERIFY2(m_window->sourceStatus()->text().contains(u"ISPCube ✓"_s),
                 qPrintable(m_window->sourceStatus()->text()));
    const Profile profile = m_window->session()->profile();
    QCOMPARE(scalar(profile, u"SELECT count(*) FROM sync_runs WHERE trigger = 'nightly' AND status = 'success'"_s),
             qint64(4));
}

void TestSyncUi::nightlySyncWithMissingSecretsWarnsInTheStatusBar()
{
    ProfileSetup setup;
    setup.nightly = true;
    setup.nightlyTime = u"03:00"_s;
    setup.clock = [] { return QDateTime(QDate::currentDate(), QTime(4, 0)); };
    setup.withoutSecrets = {SecretKeys::cnMaestroClientSecret()};
    m_window = openProfile(uniqueName(), setup);
    QVERIFY(m_window);
    SourceStatusWidget *status = m_window->sourceStatus();
    QTRY_VERIFY2(status->text().contains(u"Nightly sync not started"_s)
                     && status->text().contains(SecretKeys::cnMaestroClientSecret()),
                 qPrintable(status->text()));
    QCOMPARE(status->noteTone(), Tone::Warning);
    QVERIFY(status->isVisible());
    QVERIFY(!m_window->syncDock()->isVisible());
    QVERIFY(!m_window->session()->sync()->isBusy());
}

void TestSyncUi::demoStartsItsSimulatorAndSyncsThroughIt()
{
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(Profile::demoName());
    QVERIFY(profile);
    SessionOptions options;
    options.demoCustomers = 300;
    options.refreshDemoAtStart = true; // --demo
    options.nightlySync = false;
    RetryPolicy fast;
    fast.timeScale = 0.001;
    options.syncRetryPolicy = fast;
    std::shared_ptr<MemorySecrets> keychain = m_secrets; // stands for the OS keychain
    options.credentialStore
        = [keychain](const QString &name) { return std::make_unique<MemoryCredentialStore>(name, keychain); };
    m_window = openWindow(*profile, options);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDataReady(), syncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(allSucceeded(), syncTimeoutMs);
    QVERIFY(m_window->syncDock()->isVisible()); // the same progress panel as Sync Now
    QVERIFY2(m_window->syncPanel()->headline().contains(u"Demo sync"_s), qPrintable(m_window->syncPanel()->headline()));
    QVERIFY(m_window->syncPanel()->noticeText().isEmpty()); // the "keychain" took the credentials

    // The simulator runs and is published as the profile's sources and secrets.
    DemoIsp *demo = m_window->session()->sync()->demoIsp();
    QVERIFY(demo && demo->simulator() && demo->simulator()->isRunning());
    const SourceSettingsResult saved = loadProfileSources(*profile);
    QVERIFY(saved.ok());
    QCOMPARE(saved.sources.routers.size(), demo->simulator()->profileSources().routers.size());
    QCOMPARE(saved.sources.source(SourceKind::IspCube)->baseUrl,
             demo->simulator()->profileSources().source(SourceKind::IspCube)->baseUrl);
    QVERIFY(keychain->keys(Profile::demoName()).contains(SecretKeys::smartOltToken()));
    QCOMPARE(keychain->value(Profile::demoName(), SecretKeys::smartOltToken()),
             demo->simulator()->secrets().value(SecretKeys::smartOltToken()));
    QVERIFY(m_window->session()->summary().customers >= 300);
    const Customer customer = typeableCustomer(demo->simulator()->dataset(), 3);
    QVERIFY(typeAndWait(customer.name));
    QTRY_VERIFY2(shownNames().contains(customer.name), qPrintable(shownNames().join(u", "_s)));

    // Again, on a machine without an OS keychain: the credentials stay in memory, and it says so.
    m_window.reset(); // the simulator stops with its session
    options.credentialStore = [](const QString &name) {
        auto store = std::make_unique<MemoryCredentialStore>(name);
        store->setForcedError(CredentialError::Kind::NoBackend);
        return store;
    };
    m_window = openWindow(*profile, options);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDataReady(), syncTimeoutMs);
    SyncPanel *panel = m_window->syncPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->sync()->isBusy() && panel->stateOf(SourceKind::IspCube)
                                 && panel->stateOf(SourceKind::IspCube) == SourceState::Succeeded,
                             syncTimeoutMs);
    QVERIFY2(panel->noticeText().startsWith(u"No OS keychain: the demo's throw-away credentials are kept in memory"_s),
             qPrintable(panel->noticeText()));
    QVERIFY2(m_window->sourceStatus()->text().contains(u"No OS keychain"_s),
             qPrintable(m_window->sourceStatus()->text()));
    QVERIFY(MemorySecrets::session()->keys(Profile::demoName()).contains(SecretKeys::smartOltToken()));
    for (const SourceKind kind : {SourceKind::CnMaestro, SourceKind::RouterOs})
        QVERIFY2(panel->stateOf(kind) == SourceState::Succeeded, qPrintable(toString(kind)));
    // The second full ONU listing within minutes is over SmartOLT's hourly
    // limit for it (3 per hour): the panel says when the next one may go.
    // Whether SmartOLT then fails or refreshes what it can is the client's
    // business; either way the ONUs from the first sync stay.
    QVERIFY2(panel->budgetText().contains(u"get_all_onus_details (3 per hour): next call at"_s),
             qPrintable(panel->budgetText()));
    if (panel->stateOf(SourceKind::SmartOlt) == SourceState::Failed)
        QVERIFY2(panel->detailOf(SourceKind::SmartOlt).contains(u"get_all_onus_details"_s),
                 qPrintable(panel->detailOf(SourceKind::SmartOlt)));
    else
        QVERIFY(panel->stateOf(SourceKind::SmartOlt) == SourceState::Succeeded);
    QVERIFY(m_window->session()->summary().onus > 0);
}

void TestSyncUi::budgetMeterCountsTheLastHour()
{
    qint64 now = 1'000'000;
    const auto clock = [&now] { return now; };
    BudgetLimits limits;
    limits.callsPerHour = 1000;
    limits.burst = 100;
    auto budget = std::make_shared<CallBudget>(limits, clock);
    BudgetMeter meter(clock);
    meter.setBudget(budget);
    QCOMPARE(meter.leftThisHour(), qint64(1000));

    for (int i = 0; i < 5; ++i)
        QCOMPARE(budget->acquire(u"x"_s).verdict, BudgetDecision::Verdict::Go);
    meter.sample();
    QCOMPARE(meter.usedInLastHour(), qint64(5));
    QCOMPARE(meter.leftThisHour(), qint64(995));
    QVERIFY2(meter.text(u"SmartOLT"_s).startsWith(u"SmartOLT budget: 995 of 1,000 calls left this hour"_s),
             qPrintable(meter.text(u"SmartOLT"_s)));

    now += 30 * 60 * 1000;
    meter.sample();
    QCOMPARE(meter.leftThisHour(), qint64(995)); // half an hour later, still within the hour
    now += 31 * 60 * 1000;
    QCOMPARE(budget->acquire(u"x"_s).verdict, BudgetDecision::Verdict::Go);
    QCOMPARE(budget->acquire(u"x"_s).verdict, BudgetDecision::Verdict::Go);
    meter.sample();
    // The first five calls are over an hour old now; the two new ones count.
    QCOMPARE(meter.usedInLastHour(), qint64(2));
    QCOMPARE(meter.leftThisHour(), qint64(998));

    // Another account: its own count.
    meter.setBudget(std::make_shared<CallBudget>(limits, clock));
    QCOMPARE(meter.usedInLastHour(), qint64(0));
    meter.setBudget({});
    QVERIFY(meter.text(u"SmartOLT"_s).isEmpty());
}

void TestSyncUi::closingDuringALargeSync_reportsTime_data()
{
    QTest::addColumn<bool>("duringIndex");
    QTest::newRow("while a source writes") << false;
    QTest::newRow("while the search index is rebuilt") << true;
}

// A figure, not an assertion: how long the window takes to close when a
// large sync is writing (cancellation is checked between batches) or
// rebuilding the search index (not cancellable). Skipped unless
// BEHOLDER_UI_CLOSE_CUSTOMERS is set, e.g. to 100000.
void TestSyncUi::closingDuringALargeSync_reportsTime()
{
    QFETCH(bool, duringIndex);
    const int customers = qEnvironmentVariableIntValue("BEHOLDER_UI_CLOSE_CUSTOMERS");
    if (customers <= 0)
        QSKIP("set BEHOLDER_UI_CLOSE_CUSTOMERS=100000 to measure");
    Sim::SimulatorOptions simOptions;
    simOptions.demo.customers = customers;
    simOptions.smartOlt.callsPerHour = 1'000'000;
    simOptions.smartOlt.unpagedDetailsPerHour = 1'000'000;
    Sim::Simulator large(simOptions);
    QSignalSpy started(&large, &Sim::Simulator::started);
    large.start();
    QVERIFY(started.wait(120'000));
    const ProfileManager profiles(m_dir->path());
    const QString name = uniqueName();
    const std::optional<Profile> profile = profiles.openOrCreate(name);
    QVERIFY(profile);
    QVERIFY(saveProfileSources(*profile, large.profileSources()).isEmpty());
    const QHash<QString, QString> secrets = large.secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_secrets->setValue(name, it.key(), it.value());
    SessionOptions options;
    std::shared_ptr<MemorySecrets> store = m_secrets;
    options.credentialStore
        = [store](const QString &profileName) { return std::make_unique<MemoryCredentialStore>(profileName, store); };
    options.nightlySync = false;
    m_window = openWindow(*profile, options);
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->session()->state(), ProfileSession::State::Ready);
    m_window->syncNowAction()->trigger();
    SyncPanel *panel = m_window->syncPanel();
    const auto writing = [&] {
        for (const SourceKind kind : allSourceKinds()) {
            if (panel->stateOf(kind) == SourceState::Writing)
                return true;
        }
        return false;
    };
    const auto indexing = [&] {
        for (const SourceKind kind : allSourceKinds()) {
            const std::optional<SourceState> state = panel->stateOf(kind);
            if (!state || *state == SourceState::Pending || *state == SourceState::Fetching
                || *state == SourceState::Writing)
                return false;
        }
        return m_window->session()->sync()->isRunning();
    };
    if (duringIndex)
        QTRY_VERIFY_WITH_TIMEOUT(indexing(), 300'000);
    else
        QTRY_VERIFY_WITH_TIMEOUT(writing(), 300'000);
    QElapsedTimer clock;
    clock.start();
    m_window.reset();
    qInfo("%d customers: the window closed %s in %lld ms", customers,
          duringIndex ? "during the index rebuild" : "while a source was writing", qlonglong(clock.elapsed()));
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
