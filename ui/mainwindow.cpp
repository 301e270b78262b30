// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "access/accesspolicy.h"
#include "access/accountspage.h"
#include "access/accountstore.h"
#include "access/auditlogwindow.h"
#include "access/authorization.h"
#include "access/signindialog.h"
#include "credentials/keychaincredentialstore.h"
#include "customerpanel.h"
#include "detailsection.h"
#include "diagnosispanel.h"
#include "icons.h"
#include "livetrafficwindow.h"
#include "net/tlsexception.h"
#include "profile/profilemanager.h"
#include "profiles/profilesdialog.h"
#include "resultsview.h"
#include "search/searchquery.h"
#include "search/searchresultmodel.h"
#include "search/searchservice.h"
#include "searchfield.h"
#include "settings/settingsdialog.h"
#include "snmpadmin/snmpadminwindow.h"
#include "snmpadmin/snmpmonitorwiring.h"
#include "statusbarwidgets.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "thresholdsdialog.h"
#include "uilogging.h"
#include "util/appinfo.h"
#include "util/timeformat.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int statusRefreshMilliseconds = 30'000;
// How long a selected result must stay selected before its diagnosis starts.
constexpr int diagnoseDelayMilliseconds = 350;
constexpr int statusMessageMilliseconds = 5000;
constexpr int minDemoCustomers = 100;
constexpr int maxDemoCustomers = 200'000;

QString settingsPath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"beholder.ini"_s);
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

QString milliseconds(qint64 microseconds)
{
    const double ms = double(microseconds) / 1000.0;
    return QLocale().toString(ms, 'f', ms < 10 ? 1 : 0);
}

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, const Profile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_accounts(std::make_shared<Access::AccountStore>(options.dataDirectory))
    , m_searchField(new SearchField)
    , m_resultsInfo(new QLabel)
    , m_results(new ResultsView)
    , m_diagnosisPanel(new DiagnosisPanel)
    , m_panel(m_diagnosisPanel->customerPanel())
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_cacheStatus(new CacheStatusWidget)
    , m_sourceStatus(new SourceStatusWidget)
    , m_task(new BackgroundTaskWidget)
    , m_syncPanel(new SyncPanel)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    const int unit = fontMetrics().averageCharWidth();
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, 0);
    layout->setSpacing(unit / 2);
    layout->addWidget(m_searchField);
    m_resultsInfo->setObjectName(u"resultsInfo"_s);
    m_resultsInfo->setTextFormat(Qt::PlainText);
    setLabelTone(m_resultsInfo, Tone::Muted);
    m_resultsInfo->setContentsMargins(unit / 2, 0, 0, 0);
    layout->addWidget(m_resultsInfo);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_diagnosisPanel);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    m_results->setMinimumWidth(unit * 40);
    m_diagnosisPanel->setMinimumWidth(unit * 50);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createSyncDock(); // before the menus (its toggle is one) and before the saved state is restored
    createMenus();
    createStatusBar();

    connect(m_searchField, &SearchField::searchRequested, this, &MainWindow::search);
    connect(m_searchField, &SearchField::moveToResultsRequested, this, &MainWindow::moveToResults);
    connect(m_searchField, &SearchField::openRequested, this, &MainWindow::openFirstResult);
    connect(m_results, &ResultsView::backToSearchRequested, this, &MainWindow::focusSearch);
    connect(m_results, &ResultsView::typeAheadRequested, this, [this](const QString &text) {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->deselect();
        m_searchField->end(false);
        m_searchField->insert(text);
    });
    connect(m_results, &ResultsView::currentHitChanged, this, [this](const SearchHit &hit) { showHit(hit, false); });
    connect(m_results, &ResultsView::hitActivated, this, [this](const SearchHit &hit) { showHit(hit, true); });
    connect(m_panel, &CustomerPanel::pppoeUserActivated, this, &MainWindow::openPppoeUser);
    connect(m_diagnosisPanel, &DiagnosisPanel::recheckRequested, this, &MainWindow::diagnose);
    connect(m_diagnosisPanel, &DiagnosisPanel::liveTrafficRequested, this, &MainWindow::openLiveTraffic);
    connect(m_diagnosisPanel, &DiagnosisPanel::summaryCopied, this, [this] {
        statusBar()->showMessage(tr("Diagnosis summary copied to the clipboard"), statusMessageMilliseconds);
    });
    m_diagnoseDelay.setSingleShot(true);
    m_diagnoseDelay.setInterval(diagnoseDelayMilliseconds);
    connect(&m_diagnoseDelay, &QTimer::timeout, this, [this] {
        const QString user = std::exchange(m_pendingDiagnosis, QString());
        if (!user.isEmpty())
            diagnose(user);
    });

    m_statusTimer.setInterval(statusRefreshMilliseconds);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        if (m_session)
            m_session->refreshSummary();
        m_diagnosisPanel->refreshAges(TimeFormat::nowUtc());
        refreshStatus();
        updateSyncActions();
    });
    m_statusTimer.start();

    // A first size that suits the screen; the saved one wins if there is one.
    QSize size(unit * 190, fontMetrics().height() * 46);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    loadSettings();

    openSession(profile, options.session);
    m_searchField->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The session's callbacks target widgets of this window: end it first. The
    // window is off the screen by now, so waiting for a sync to stop is unseen.
    m_closing = true;
    closeSession();
    m_retiring.clear();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_profileMenu = file->addMenu(tr("Switch &Profile"));
    m_profileMenu->setObjectName(u"profileMenu"_s);
    connect(m_profileMenu, &QMenu::aboutToShow, this, &MainWindow::populateProfileMenu);
    QAction *newProfile = file->addAction(tr("&New Profile…"), this, &MainWindow::newProfile);
    newProfile->setObjectName(u"newProfileAction"_s);
    m_profilesAction = file->addAction(tr("&Manage Profiles…"), this, &MainWindow::openProfiles);
    m_profilesAction->setObjectName(u"profilesAction"_s);
    m_profilesAction->setStatusTip(tr("Create, rename, delete and open ISP profiles"));
    file->addSeparator();
    m_signInAction = file->addAction(tr("Sign &In…"), this, &MainWindow::signIn);
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signOutAction = file->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(Icons::search(), tr("&Find Customer"), this, &MainWindow::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find); // stays reachable even while the menu bar is hidden

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    m_syncNowAction = data->addAction(tr("&Sync Now"), this, &MainWindow::syncNow);
    m_syncNowAction->setObjectName(u"syncNowAction"_s);
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNowAction->setShortcutContext(Qt::WindowShortcut);
    m_syncNowAction->setStatusTip(tr("Fetch every source of this profile into the cache"));
    addAction(m_syncNowAction);
    m_cancelSyncAction = data->addAction(tr("&Cancel Sync"), this, &MainWindow::cancelSync);
    m_cancelSyncAction->setObjectName(u"cancelSyncAction"_s);
    QAction *showSync = m_syncDock->toggleViewAction();
    showSync->setText(tr("Show Sync &Panel"));
    showSync->setObjectName(u"showSyncPanelAction"_s);
    data->addAction(showSync);
    data->addSeparator();
    m_loadDemoAction = data->addAction(tr("Load or Refresh &Demo ISP…"), this, &MainWindow::loadDemoIsp);
    m_loadDemoAction->setObjectName(u"loadDemoAction"_s);
    // A profile description imported from the command line meanwhile enables Sync Now.
    connect(data, &QMenu::aboutToShow, this, [this] {
        if (m_session && m_session->sync() && !m_session->sync()->isBusy())
            m_session->sync()->reloadSources();
        updateSyncActions();
    });
    updateSyncActions();

    QMenu *diagnosis = menuBar()->addMenu(tr("D&iagnosis"));
    diagnosis->addAction(m_diagnosisPanel->recheckAction());
    diagnosis->addAction(m_diagnosisPanel->copySummaryAction());
    diagnosis->addAction(m_diagnosisPanel->liveTrafficAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_thresholdsAction = tools->addAction(tr("Triage &Thresholds…"), this, &MainWindow::editThresholds);
    m_thresholdsAction->setObjectName(u"thresholdsAction"_s);
    m_thresholdsAction->setStatusTip(tr("The numbers behind the verdicts of this profile (for administrators)"));
    m_snmpAdminAction = tools->addAction(tr("&SNMP Monitoring…"), this, &MainWindow::openSnmpAdmin);
    m_snmpAdminAction->setObjectName(u"snmpAdminAction"_s);
    m_snmpAdminAction->setStatusTip(
        tr("OLTs polled over SNMP: brands, OLTs, OIDs, jobs, executions and ONU data (for administrators)"));
    m_auditAction = tools->addAction(tr("&Audit Log…"), this, &MainWindow::openAuditLog);
    m_auditAction->setObjectName(u"auditAction"_s);
    m_auditAction->setStatusTip(tr("Every privileged action and every diagnosis on this profile (for administrators)"));
    tools->addSeparator();
    m_settingsAction = tools->addAction(tr("S&ettings…"), this, [this] { openSettings(); });
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Sources, routers, TLS exceptions, nightly sync, users and language"));
    connect(tools, &QMenu::aboutToShow, this, &MainWindow::applyPermissions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Beholder"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    statusBar()->setSizeGripEnabled(true);
    statusBar()->addWidget(m_cacheStatus, 1);
    // An exception to TLS verification is never silent (SPEC §8): it stays in sight.
    m_tlsStatus = new QLabel(this);
    m_tlsStatus->setObjectName(u"tlsStatus"_s);
    m_tlsStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_tlsStatus);
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(u"userStatus"_s);
    m_userStatus->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0, 0, 0); // apart from the TLS notice
    statusBar()->addPermanentWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_sourceStatus);
    statusBar()->addPermanentWidget(m_task);
    connect(m_task, &BackgroundTaskWidget::cancelRequested, this, &MainWindow::cancelSync);
}

void MainWindow::createSyncDock()
{
    m_syncDock = new QDockWidget(tr("Sync"), this);
    m_syncDock->setObjectName(u"syncDock"_s);
    m_syncDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_syncDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                            | QDockWidget::DockWidgetFloatable);
    m_syncDock->setWidget(m_syncPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncDock);
    m_syncDock->hide();
    connect(m_syncPanel, &SyncPanel::cancelRequested, this, &MainWindow::cancelSync);
}

void MainWindow::connectSync(SyncSession *sync)
{
    m_syncPanel->setBudget(sync->smartOltBudget());
    connect(sync, &SyncSession::stateChanged, this, &MainWindow::updateSyncActions);
    connect(sync, &SyncSession::preparing, this, [this](SyncTrigger trigger, const QString &step) {
        m_syncPanel->showPreparing(trigger, step);
        m_task->start(tr("Preparing the sync…"));
        // The nightly sync does not pop up over the operator's work; the status bar shows it.
        if (trigger != SyncTrigger::Nightly)
            showSyncPanel();
        onSessionChanged();
    });
    connect(sync, &SyncSession::started, this,
            [this, sync](SyncTrigger trigger, const QList<SourceProgress> &progress) {
                m_syncPanel->setBudget(sync->smartOltBudget()); // the sources may be new (the demo's)
                m_syncPanel->showStarted(trigger, progress);
                m_task->start(trigger == SyncTrigger::Nightly ? tr("Nightly sync…") : tr("Syncing…"));
                if (m_sourceStatus->noteTone() == Tone::Warning)
                    m_sourceStatus->setNote({}); // an old "nightly sync not started"; a keychain notice stays
            });
    connect(sync, &SyncSession::progressChanged, this, [this](const QList<SourceProgress> &progress) {
        m_syncPanel->showProgress(progress);
        int total = 0;
        int done = 0;
        for (const SourceProgress &source : progress) {
            if (source.state == SourceState::Skipped)
                continue;
            ++total;
            done += source.state == SourceState::Succeeded || source.state == SourceState::Failed
                    || source.state == SourceState::Canceled
                ? 1
                : 0;
        }
        if (total > 0)
            m_task->setProgress(done * 100 / total, tr("Syncing: %1 of %2 sources done").arg(done).arg(total));
    });
    connect(sync, &SyncSession::sourceFinished, this,
            [this](const SourceOutcome &outcome) { m_syncPanel->showOutcome(outcome); });
    connect(sync, &SyncSession::finished, this, [this](SyncTrigger, const SyncSummary &summary) {
        m_syncPanel->showFinished(summary);
        m_task->finish();
        afterSync();
    });
    connect(sync, &SyncSession::notStarted, this, [this](SyncTrigger trigger, const QString &reason, bool canceled) {
        m_syncPanel->showNotStarted(reason, canceled);
        m_task->finish();
        if (trigger == SyncTrigger::Nightly && !canceled)
            m_sourceStatus->setNote(tr("Nightly sync not started: %1").arg(reason));
        else if (!canceled)
            showSyncPanel(); // says why
        onSessionChanged();
    });
    connect(sync, &SyncSession::notice, this, [this](const QString &text) {
        m_syncPanel->setNotice(text);
        m_sourceStatus->setNote(text, Tone::Info, tr("demo credentials in memory"));
    });
    updateSyncActions();
}

void MainWindow::updateSyncActions()
{
    SyncSession *sync = m_session && m_session->state() == ProfileSession::State::Ready ? m_session->sync() : nullptr;
    if (m_syncNowAction) {
        const bool allowed = m_session && m_session->principal().may(Access::Permission::RunSync);
        m_syncNowAction->setEnabled(sync && sync->canSync() && !sync->isBusy() && allowed);
        m_syncNowAction->setToolTip(
            !allowed && m_session ? Access::denialMessage(m_session->principal(), Access::Permission::RunSync)
                : sync && !sync->canSync()
                ? tr("This profile has no sources yet: add them in Tools > Settings, or import its description with "
                     "beholder-cli profile import")
                : QString());
    }
    if (m_cancelSyncAction)
        m_cancelSyncAction->setEnabled(sync && sync->isBusy());
}

void MainWindow::showSyncPanel()
{
    m_syncDock->show();
    m_syncDock->raise();
}

void MainWindow::syncNow()
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready || !m_session->sync())
        return;
    SyncSession *sync = m_session->sync();
    showSyncPanel();
    if (sync->isBusy())
        return; // the panel shows the one running
    sync->start(SyncTrigger::Manual);
    updateSyncActions();
}

void MainWindow::cancelSync()
{
    if (m_session && m_session->sync())
        m_session->sync()->cancel();
}

void MainWindow::afterSync()
{
    // The data changed under the current results and card: read them again.
    if (!m_searchField->text().trimmed().isEmpty())
        search(m_searchField->text());
    if (const auto hit = m_panel->shownHit())
        m_session->loadDetails(*hit);
    updateSyncActions();
    onSessionChanged();
}

void MainWindow::openSession(const Profile &profile, const SessionOptions &options)
{
    const QByteArray headerState = m_results->resultsModel() ? m_results->saveHeaderState() : m_savedHeaderState;
    closeSession();
    m_session = std::make_unique<ProfileSession>(profile, options);
    ProfileSession *session = m_session.get();
    setWindowTitle(tr("Beholder — %1").arg(profile.name()));
    m_cacheStatus->setProfileName(profile.name());
    m_cacheStatus->setMessage(tr("opening the cache…"));
    m_panel->showPlaceholder(tr("Search for a customer, then pick a result to see everything about their service "
                                "here.\n\nCtrl+K  search    ·    ↓  results    ·    Enter  open"));
    m_hasResults = false;
    m_lastResults = {};
    m_resultsInfo->clear();
    m_wasDataReady = false;

    connect(session, &ProfileSession::opened, this, [this, session, headerState] {
        m_results->setResultsModel(session->searchService()->model());
        m_results->restoreHeaderState(headerState);
        connect(session->searchService(), &SearchService::resultsReady, this, &MainWindow::onResults);
        connectSync(session->sync());
        onSessionChanged();
        // Whatever was typed while the cache was opening.
        if (!m_searchField->text().trimmed().isEmpty())
            search(m_searchField->text());
    });
    connect(session, &ProfileSession::openFailed, this, [this](const QString &error) {
        m_cacheStatus->setMessage(tr("cannot open the cache: %1").arg(error), Tone::Critical);
        onSessionChanged();
    });
    connect(session, &ProfileSession::summaryChanged, this, [this] { onSessionChanged(); });
    connect(session, &ProfileSession::detailsLoaded, this,
            [this](const SubscriberDetails &details) { m_panel->showDetails(details, TimeFormat::nowUtc()); });
    connect(session, &ProfileSession::detailsFailed, this, [this](const SearchHit &, const QString &error) {
        m_panel->showPlaceholder(tr("The details could not be read from the cache:\n%1").arg(error));
    });
    connect(session, &ProfileSession::diagnosisUpdated, this, [this](const Diagnosis::DiagnosisReport &report) {
        m_diagnosisPanel->showReport(report, TimeFormat::nowUtc());
    });
    connect(session, &ProfileSession::principalChanged, this, &MainWindow::applyPermissions);
    connect(session, &ProfileSession::opened, this, [this, session] {
        refreshTlsStatus();
        applyPermissions();
        if (session->isSignInRequired() && session->principal().isNobody())
            signIn();
        m_diagnosisPanel->setThresholds(session->thresholds());
        if (!session->thresholdsWarning().isEmpty())
            statusBar()->showMessage(tr("Some triage thresholds in settings.ini were not valid; the defaults are "
                                        "used for them (see the log)."),
                                     statusMessageMilliseconds * 2);
    });
    session->open();
    onSessionChanged();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    // The live traffic views read this profile's cache and secrets: they go with it.
    for (const QPointer<QWidget> &window : std::as_const(m_liveTrafficWindows))
        delete window.data();
    m_liveTrafficWindows.clear();
    delete m_snmpAdmin.data(); // so do the SNMP admin screens, the audit log, settings and a sign-in
    delete m_auditWindow.data();
    delete m_settingsDialog.data();
    delete m_signInDialog.data();
    m_diagnoseDelay.stop();
    m_pendingDiagnosis.clear();
    m_session->cancelDiagnosis();
    m_diagnosisPanel->clearDiagnosis();
    m_session->disconnect(this);
    if (SearchService *service = m_session->searchService())
        service->disconnect(this);
    if (SyncSession *sync = m_session->sync())
        sync->disconnect(this);
    m_results->setResultsModel(nullptr);
    m_task->finish();
    retireSession(std::move(m_session));
    m_syncPanel->reset();
    m_sourceStatus->setSources({});
    m_sourceStatus->setNote({});
    m_sourceStatus->refresh(TimeFormat::nowUtc());
    updateSyncActions();
}

void MainWindow::retireSession(std::unique_ptr<ProfileSession> session)
{
    SyncSession *sync = session->sync();
    if (sync)
        sync->cancel();
    if (m_closing || !sync || !sync->isBusy()) {
        session.reset();
        return;
    }
    // A canceled sync stops at its next request or written batch, but a search
    // index rebuild runs to its end (about 3 s at 100,000 customers): let the
    // old profile finish out of sight instead of freezing the window.
    qCInfo(lcUi).noquote() << "profile" << session->profile().name() << "closes when its canceled sync has stopped";
    ProfileSession *retiring = session.get();
    connect(sync, &SyncSession::finished, this, [this, retiring] {
        // Not inside the signal of the object about to go.
        QMetaObject::invokeMethod(
            this,
            [this, retiring] {
                std::erase_if(m_retiring, [retiring](const auto &old) { return old.get() == retiring; });
            },
            Qt::QueuedConnection);
    });
    m_retiring.push_back(std::move(session));
}

bool MainWindow::switchProfile(const QString &name, const SessionOptions &options)
{
    const ProfileManager profiles(m_options.dataDirectory);
    QString error;
    const std::optional<Profile> profile = profiles.openOrCreate(name, &error);
    if (!profile) {
        qCWarning(lcUi).noquote() << "cannot switch to profile" << name.left(80) << ":" << error;
        QMessageBox::warning(this, tr("Switch Profile"), tr("The profile cannot be opened: %1").arg(error));
        return false;
    }
    profiles.setDefaultProfileName(profile->name());
    openSession(*profile, options);
    focusSearch();
    return true;
}

bool MainWindow::switchProfile(const QString &name)
{
    SessionOptions options = m_options.session;
    options.refreshDemoAtStart = false;
    return switchProfile(name, options);
}

void MainWindow::loadSettings()
{
    if (!m_options.restoreWindowState)
        return;
    QSettings settings(settingsPath(m_options.dataDirectory), QSettings::IniFormat);
    settings.beginGroup(u"MainWindow"_s);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(u"state"_s).toByteArray());
    const QByteArray splitter = settings.value(u"splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitterRestored = m_splitter->restoreState(splitter);
    // Applied to the header when the first results model arrives (openSession).
    m_savedHeaderState = settings.value(u"resultsHeader"_s).toByteArray();
    settings.endGroup();
}

void MainWindow::saveSettings()
{
    if (!m_options.restoreWindowState)
        return;
    QSettings settings(settingsPath(m_options.dataDirectory), QSettings::IniFormat);
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    if (m_results->resultsModel())
        m_savedHeaderState = m_results->saveHeaderState();
    settings.setValue(u"resultsHeader"_s, m_savedHeaderState);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splitterRestored) {
        // First start: a little more room for the results than for the card.
        m_splitterRestored = true;
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 54 / 100, total - total * 54 / 100});
    }
}

void MainWindow::search(const QString &text)
{
    m_openFirstWhenReady = m_openFirstWhenReady && !text.trimmed().isEmpty();
    if (!m_session || m_session->state() != ProfileSession::State::Ready) {
        updatePlaceholder();
        return;
    }
    m_session->searchService()->search(text);
    if (text.trimmed().isEmpty()) {
        m_hasResults = false;
        m_resultsInfo->clear();
    }
    updatePlaceholder();
}

void MainWindow::onResults(const SearchResults &results)
{
    // Only the newest query's answer arrives (LatestTask), but the field may
    // have moved on meanwhile; show it anyway: it is still the best we have.
    m_lastResults = results;
    m_hasResults = !results.query.isEmpty();
    if (!results.error.isEmpty()) {
        m_resultsInfo->setText(tr("The search failed; see the log for details."));
    } else if (results.query.isEmpty()) {
        m_resultsInfo->clear();
    } else {
        const QLocale locale;
        const QString count = results.hits.size() == 1
            ? tr("1 result")
            : tr("%1 results").arg(locale.toString(qint64(results.hits.size())));
        QString info = tr("%1 in %2 ms").arg(count, milliseconds(results.elapsedMicroseconds));
        if (results.truncated)
            info += tr("   ·   showing the best %1: type more to narrow it down")
                        .arg(locale.toString(qint64(results.hits.size())));
        m_resultsInfo->setText(info);
    }
    updatePlaceholder();
    emit resultsShown(results);
    if (m_selectFirstWhenReady) {
        m_selectFirstWhenReady = false;
        if (!results.hits.isEmpty() && m_results->hasFocus() && !m_openFirstWhenReady)
            m_results->selectRow(0);
    }
    if (m_openFirstWhenReady) {
        m_openFirstWhenReady = false;
        if (!results.hits.isEmpty()) {
            m_results->setFocus(Qt::OtherFocusReason);
            m_results->selectRow(0);
            if (const auto hit = m_results->currentHit())
                showHit(*hit, true);
        }
    }
}

void MainWindow::updatePlaceholder()
{
    QString text;
    const QString typed = m_searchField->text().simplified();
    if (!m_session || m_session->state() == ProfileSession::State::Opening) {
        text = tr("Opening the profile…");
    } else if (m_session->state() == ProfileSession::State::Failed) {
        text = tr("The cache of profile “%1” cannot be opened:\n%2")
                   .arg(m_session->profile().name(), m_session->errorString());
    } else if (m_session->hasSummary() && m_session->summary().isEmpty()) {
        if (m_session->sync() && m_session->sync()->isBusy())
            text = m_session->isDemo() ? tr("The demo ISP is being synced from the simulated ISP…\nSearch works "
                                            "as soon as the sync is done.")
                                       : tr("The first sync is running…\nSearch works as soon as it is done.");
        else if (m_session->sync() && m_session->sync()->canSync())
            text = tr("No cached data in profile “%1”.\nSync it: Data ▸ Sync Now (Ctrl+Shift+S).")
                       .arg(m_session->profile().name());
        else
            text = tr("No cached data in profile “%1”.\nImport its sources (beholder-cli profile import), or load "
                      "the demo ISP (Data ▸ Load or Refresh Demo ISP…).")
                       .arg(m_session->profile().name());
    } else if (typed.isEmpty()) {
        text = tr("Type to search: a name, DNI/CUIT, phone, address, PPPoE user, ONU serial, MAC or IP.");
    } else if (m_hasResults && !m_lastResults.error.isEmpty()) {
        text = tr("The search failed. The cache may be damaged or busy; try again in a moment.");
    } else if (m_hasResults && m_lastResults.hits.isEmpty()) {
        text = tr("No customer matches “%1”.").arg(elided(m_lastResults.query, 60));
    }
    m_results->setPlaceholderText(text);
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::moveToResults()
{
    if (m_session && m_session->searchService() && m_session->searchService()->isSearching()) {
        // The answer to what was just typed is on its way: go there now, pick its first row when it lands.
        m_selectFirstWhenReady = true;
        m_results->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_results->rowCountShown() == 0)
        return;
    m_results->setFocus(Qt::OtherFocusReason);
    if (!m_results->currentIndex().isValid())
        m_results->selectRow(0);
}

void MainWindow::openFirstResult()
{
    // The shown results answer what is in the field (as the search service normalises it).
    const bool current = m_hasResults && m_lastResults.query == SearchQuery::parse(m_searchField->text()).text()
        && m_session && m_session->searchService() && !m_session->searchService()->isSearching();
    if (!current) {
        m_openFirstWhenReady = true; // when the answer to what was just typed arrives
        return;
    }
    if (m_results->rowCountShown() == 0)
        return;
    m_results->setFocus(Qt::OtherFocusReason);
    m_results->selectRow(0);
    if (const auto hit = m_results->currentHit())
        showHit(*hit, true);
}

void MainWindow::showHit(const SearchHit &hit, bool now)
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready)
        return;
    m_panel->showLoading(hit);
    m_session->loadDetails(hit);

    // A customer without a connection has nobody to diagnose: the card alone.
    if (hit.pppoeUser.isEmpty()) {
        m_diagnoseDelay.stop();
        m_pendingDiagnosis.clear();
        m_session->cancelDiagnosis();
        m_diagnosisPanel->clearDiagnosis();
        return;
    }
    const bool same = hit.pppoeUser.compare(m_session->diagnosedUser(), Qt::CaseInsensitive) == 0
        || hit.pppoeUser.compare(m_pendingDiagnosis, Qt::CaseInsensitive) == 0;
    if (same && !(now && m_diagnoseDelay.isActive()))
        return; // already diagnosed, or being diagnosed
    // Another line: whatever was being asked about the previous one stops now.
    if (!same) {
        m_session->cancelDiagnosis();
        m_diagnosisPanel->showStarted(hit.pppoeUser);
    }
    m_pendingDiagnosis = hit.pppoeUser;
    m_diagnoseDelay.setInterval(now ? 0 : diagnoseDelayMilliseconds);
    m_diagnoseDelay.start();
}

void MainWindow::diagnose(const QString &pppoeUser)
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready || pppoeUser.isEmpty())
        return;
    m_diagnoseDelay.stop();
    m_pendingDiagnosis.clear();
    m_diagnosisPanel->showStarted(pppoeUser);
    m_session->diagnose(pppoeUser);
}

void MainWindow::openLiveTraffic(const QString &pppoeUser)
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready || pppoeUser.isEmpty())
        return;
    const Triage::Thresholds &thresholds = m_session->thresholds();
    auto *window = new LiveTrafficWindow(m_session->cache(), m_session->sources(), m_session->credentialStore(),
                                         m_session->principal(), pppoeUser, thresholds.value(u"saturation_pct"_s),
                                         int(thresholds.value(u"saturation_seconds"_s)), this);
    m_liveTrafficWindows.removeAll(nullptr);
    m_liveTrafficWindows.append(window);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::editThresholds()
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready)
        return;
    auto *dialog = new ThresholdsDialog(m_session->profile().settingsFile(), m_session->thresholds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccess(m_session->principal(), m_session->auditLog());
    const QString profileName = m_session->profile().name();
    connect(dialog, &ThresholdsDialog::saved, this, [this, profileName](const Triage::Thresholds &thresholds) {
        if (!m_session || m_session->profile().name() != profileName)
            return; // the profile was switched meanwhile; the file has the new values for next time
        m_session->setThresholds(thresholds);
        m_diagnosisPanel->setThresholds(thresholds);
        statusBar()->showMessage(tr("Triage thresholds saved; they apply from the next diagnosis (F5 re-checks)."),
                                 statusMessageMilliseconds);
    });
    dialog->open();
}

void MainWindow::openSnmpAdmin()
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready)
        return;
    if (m_snmpAdmin) {
        m_snmpAdmin->raise();
        m_snmpAdmin->activateWindow();
        return;
    }
    auto *window = new Snmp::SnmpAdminWindow(m_session->profile().cacheFile(), m_session->credentialStore(),
                                             Snmp::snmpAdminActions(m_session->snmpMonitor()), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->setPrincipal(m_session->principal());
    Snmp::connectLiveUpdates(m_session->snmpMonitor(), window);
    m_snmpAdmin = window;
    window->show();
}

void MainWindow::openPppoeUser(const QString &user)
{
    m_openFirstWhenReady = true;
    m_searchField->setText(user);
    m_searchField->flush();
}

void MainWindow::onSessionChanged()
{
    if (m_session && m_session->hasSummary()) {
        m_cacheStatus->setSummary(m_session->summary());
        m_sourceStatus->setSources(m_session->summary().sources);
        if (m_session->isPreparingDemo() && m_session->summary().isEmpty())
            m_cacheStatus->setMessage(tr("syncing the demo ISP from the simulated ISP…"));
    }
    refreshStatus();
    refreshTlsStatus(); // the demo pins its certificate when its simulated ISP starts
    updatePlaceholder();
    checkDataReady();
}

void MainWindow::refreshStatus()
{
    const UnixTime now = TimeFormat::nowUtc();
    m_cacheStatus->refresh(now);
    m_sourceStatus->refresh(now);
}

bool MainWindow::isDataReady() const
{
    return m_session && m_session->state() == ProfileSession::State::Ready && m_session->hasSummary()
        && !m_session->summary().isEmpty() && !m_session->isPreparingDemo();
}

void MainWindow::checkDataReady()
{
    const bool ready = isDataReady();
    if (ready && !m_wasDataReady)
        emit dataReady();
    m_wasDataReady = ready;
}

QString MainWindow::resultsSummary() const
{
    return m_resultsInfo->text();
}

void MainWindow::populateProfileMenu()
{
    m_profileMenu->clear();
    const ProfileManager profiles(m_options.dataDirectory);
    QStringList names = profiles.profileNames();
    const QString current = m_session ? m_session->profile().name() : QString();
    if (!current.isEmpty() && !names.contains(current))
        names << current;
    auto *group = new QActionGroup(m_profileMenu);
    for (const QString &name : std::as_const(names)) {
        QAction *action = m_profileMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (!m_session || m_session->profile().name() != name)
                switchProfile(name);
        });
    }
    if (names.isEmpty())
        m_profileMenu->addAction(tr("(no profiles yet)"))->setEnabled(false);
}

void MainWindow::newProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Profile"),
                                               tr("A profile keeps one ISP's cache, settings and logs apart from the "
                                                  "others.\nName (letters, digits, '-' and '_'):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (!Profile::isValidName(name)) {
        QMessageBox::warning(
            this, tr("New Profile"),
            tr("“%1” cannot be a profile name: use 1 to 64 letters, digits, '-' or '_'.").arg(elided(name, 80)));
        return;
    }
    switchProfile(name);
}

void MainWindow::loadDemoIsp()
{
    const bool onDemo = m_session && m_session->isDemo();
    if (onDemo && m_session->sync() && m_session->sync()->isBusy()) {
        showSyncPanel();
        return;
    }
    QString question = tr("Run a simulated ISP with this many customers on this computer and sync the “%1” "
                          "profile from it, as from a real ISP. It replaces that profile's data; no other profile "
                          "is touched.")
                           .arg(Profile::demoName());
    if (!onDemo)
        question += u"\n\n"_s + tr("Beholder switches to the “%1” profile to do it.").arg(Profile::demoName());
    bool ok = false;
    const int customers = QInputDialog::getInt(this, tr("Load Demo ISP"), question, m_options.session.demoCustomers,
                                               minDemoCustomers, maxDemoCustomers, 1000, &ok);
    if (!ok)
        return;
    m_options.session.demoCustomers = customers;
    if (onDemo && m_session->state() == ProfileSession::State::Ready) {
        m_session->syncDemo(customers);
        return;
    }
    SessionOptions options = m_options.session;
    options.refreshDemoAtStart = true;
    switchProfile(Profile::demoName(), options);
}

void MainWindow::showAbout()
{
    showAboutDialog(this, m_options.dataDirectory);
}

QDialog *MainWindow::openSettings(int page)
{
    if (!m_session)
        return nullptr;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    SettingsContext context;
    context.profile = m_session->profile();
    context.dataDirectory = m_options.dataDirectory;
    context.credentials = m_session->credentialStore();
    context.principal = m_session->principal();
    context.audit = m_session->auditLog();
    context.makeAccountsPage
        = [accounts = m_accounts, profile = m_session->profile(), principal = context.principal](
              QWidget *parent) -> QWidget * { return new AccountsPage(accounts, profile, principal, parent); };
    auto *dialog = new SettingsDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(SettingsDialog::Page(page));
    const QString profileName = context.profile.name();
    connect(dialog, &SettingsDialog::saved, this, [this, profileName] {
        if (!m_session || m_session->profile().name() != profileName)
            return;
        if (m_session->sync() && !m_session->sync()->isBusy())
            m_session->sync()->reloadSources();
        updateSyncActions();
        refreshTlsStatus();
        statusBar()->showMessage(tr("Settings saved; the next sync and diagnosis use them."),
                                 statusMessageMilliseconds);
    });
    connect(dialog, &SettingsDialog::editThresholdsRequested, this, &MainWindow::editThresholds);
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::applyPermissions()
{
    const bool ready = m_session && m_session->state() == ProfileSession::State::Ready;
    const Access::Principal principal = m_session ? m_session->principal() : Access::Principal();
    using Access::Permission;
    auto gate = [&principal](QAction *action, bool available, Permission permission) {
        if (!action)
            return;
        const bool allowed = principal.may(permission);
        action->setEnabled(available && allowed);
        action->setToolTip(allowed ? QString() : Access::denialMessage(principal, permission));
    };
    gate(m_thresholdsAction, ready, Permission::EditThresholds);
    gate(m_snmpAdminAction, ready, Permission::AdministerSnmp);
    gate(m_auditAction, ready, Permission::ViewAudit);
    m_diagnosisPanel->setLiveTrafficAllowed(
        principal.may(Permission::LiveTraffic),
        principal.may(Permission::LiveTraffic) ? QString() : Access::denialMessage(principal, Permission::LiveTraffic));
    // Windows opened for someone else go when the principal changes (a sign-out, another sign-in).
    if (m_snmpAdmin && !principal.may(Permission::AdministerSnmp))
        delete m_snmpAdmin.data();
    else if (auto *snmp = qobject_cast<Snmp::SnmpAdminWindow *>(m_snmpAdmin.data()))
        snmp->setPrincipal(principal);
    if (principal != m_appliedPrincipal) {
        // The audit log, the settings and live charts were opened with the rights of who acted then.
        delete m_auditWindow.data();
        delete m_settingsDialog.data();
        for (const QPointer<QWidget> &window : std::as_const(m_liveTrafficWindows))
            delete window.data();
        m_liveTrafficWindows.clear();
        m_appliedPrincipal = principal;
    }
    if (m_settingsAction)
        m_settingsAction->setEnabled(m_session != nullptr);
    if (m_signInAction) {
        m_signInAction->setEnabled(m_session != nullptr);
        m_signInAction->setText(principal.isNobody() || principal.isSingleUser() ? tr("Sign &In…")
                                                                                 : tr("Sign In as Someone &Else…"));
    }
    if (m_signOutAction)
        m_signOutAction->setEnabled(m_session && !principal.isNobody() && !principal.isSingleUser());

    const bool canSearch = principal.may(Permission::ViewCustomers);
    m_searchField->setEnabled(canSearch || !m_session);
    if (m_session && !canSearch)
        m_panel->showPlaceholder(
            tr("Profile “%1” requires signing in: File > Sign In.").arg(m_session->profile().name()));
    if (m_userStatus) {
        m_userStatus->setText(!m_session                 ? QString()
                                  : principal.isNobody() ? tr("not signed in")
                                                         : principal.describe());
        m_userStatus->setToolTip(principal.isSingleUser()
                                     ? tr("This profile does not require signing in: whoever uses this computer acts "
                                          "as its admin (Tools > Settings > Users and Sign-in).")
                                     : QString());
    }
    updateSyncActions();
}

void MainWindow::signIn()
{
    if (!m_session)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        return;
    }
    auto *dialog = new SignInDialog(m_accounts, m_session->profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileName = m_session->profile().name();
    connect(dialog, &SignInDialog::signedIn, this, [this, profileName](const Access::Principal &principal) {
        if (!m_session || m_session->profile().name() != profileName)
            return;
        m_session->setPrincipal(principal);
        statusBar()->showMessage(tr("Signed in as %1.").arg(principal.describe()), statusMessageMilliseconds);
        if (!m_searchField->text().trimmed().isEmpty())
            search(m_searchField->text());
    });
    m_signInDialog = dialog;
    dialog->open();
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    m_session->cancelDiagnosis();
    m_session->setPrincipal(Access::defaultPrincipal(m_session->profile()));
    m_panel->showPlaceholder(tr("Signed out."));
    statusBar()->showMessage(tr("Signed out."), statusMessageMilliseconds);
}

void MainWindow::openProfiles()
{
    const Profile current = m_session ? m_session->profile() : Profile(Profile::demoName(), m_options.dataDirectory);
    const Access::Principal principal = m_session ? m_session->principal() : Access::Principal();
    ProfileLifecycle::StoreFactory stores = m_options.session.credentialStore;
    if (!stores)
        stores = [](const QString &name) -> std::unique_ptr<CredentialStore> {
            return std::make_unique<KeychainCredentialStore>(name);
        };
    auto *dialog = new ProfilesDialog(m_options.dataDirectory, current, principal, stores, m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::openProfileRequested, this, [this](const QString &name) {
        if (!m_session || m_session->profile().name() != name)
            switchProfile(name);
    });
    dialog->open();
}

void MainWindow::openAuditLog()
{
    if (!m_session || m_session->state() != ProfileSession::State::Ready)
        return;
    if (m_auditWindow) {
        m_auditWindow->raise();
        m_auditWindow->activateWindow();
        return;
    }
    auto *window = new AuditLogWindow(m_session->profile(), m_session->principal(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    m_auditWindow = window;
    window->show();
}

void MainWindow::refreshTlsStatus()
{
    if (!m_session) {
        m_tlsStatus->setVisible(false);
        return;
    }
    const TlsExceptionsLoad loaded = loadTlsExceptions(m_session->profile().settingsFile());
    const QList<TlsException> &items = loaded.exceptions.items();
    m_tlsStatus->setVisible(!items.isEmpty());
    if (items.isEmpty())
        return;
    QStringList hosts;
    QStringList lines;
    for (const TlsException &e : items) {
        const QString where = e.port == 0 ? e.host : u"%1:%2"_s.arg(e.host).arg(e.port);
        hosts << where;
        lines << tr("%1 — certificate %2").arg(where, formatFingerprint(e.sha256));
    }
    m_tlsStatus->setText(u"⚠ "_s + tr("TLS exception: %1", nullptr, int(hosts.size())).arg(hosts.join(u", "_s)));
    m_tlsStatus->setToolTip(tr("These hosts are trusted although their certificates do not verify, each pinned to "
                               "one certificate (Tools > Settings > TLS Exceptions):\n%1")
                                .arg(lines.join(u'\n')));
}

} // namespace Beholder
