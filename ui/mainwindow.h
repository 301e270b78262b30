// SPDX-License-Identifier: GPL-3.0-or-later
// The console's one window: a search field, the results and the customer
// card with its diagnosis side by side, a status bar that says which profile
// is open, how old its data is and how each source's last sync went, and a
// sync panel (a dock) that follows a sync while the window stays usable. It
// owns the open profile (a ProfileSession) and swaps it when the operator
// switches profiles. Opening a result shows its card at once and diagnoses
// its PPPoE user; moving on to another result cancels that diagnosis.
#pragma once

#include "access/principal.h"
#include "profile/profile.h"
#include "profilesession.h"
#include "search/searchresult.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace Beholder {

namespace Access {
class AccountStore;
}

class BackgroundTaskWidget;
class CacheStatusWidget;
class CustomerPanel;
class DiagnosisPanel;
class ResultsView;
class SearchField;
class SourceStatusWidget;
class SyncPanel;
class SyncSession;

struct MainWindowOptions
{
    QString dataDirectory;          // where beholder.ini and the profiles live
    SessionOptions session;         // for the profile opened at start
    bool restoreWindowState = true; // off for screenshots and tests that want a known layout
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const MainWindowOptions &options, const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Closes the current profile and opens `name` (created if needed). False,
    // with the reason shown to the operator, for an invalid name.
    bool switchProfile(const QString &name, const SessionOptions &options);
    bool switchProfile(const QString &name);

    ProfileSession *session() const { return m_session.get(); }
    SearchField *searchField() const { return m_searchField; }
    ResultsView *resultsView() const { return m_results; }
    CustomerPanel *customerPanel() const { return m_panel; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosisPanel; }
    QAction *thresholdsAction() const { return m_thresholdsAction; }
    QAction *snmpAdminAction() const { return m_snmpAdminAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    // Tools > Settings on `page` (an index of SettingsDialog::Page); the dialog, or null without a profile.
    QDialog *openSettings(int page = 0);
    QWidget *settingsDialog() const { return m_settingsDialog.data(); } // null while closed
    // The status bar's TLS exception notice (hidden when the profile has none).
    QLabel *tlsStatus() const { return m_tlsStatus; }
    // Who is acting, as the status bar says it ("ana (profile admin)", "not signed in").
    QLabel *userStatus() const { return m_userStatus; }
    QAction *profilesAction() const { return m_profilesAction; }
    QAction *auditAction() const { return m_auditAction; }
    QAction *signInAction() const { return m_signInAction; }
    // File > Sign In on the open profile (a profile that requires it asks by itself when it opens).
    void signIn();
    void signOut();
    QWidget *snmpAdminWindow() const { return m_snmpAdmin.data(); } // null while closed
    SyncPanel *syncPanel() const { return m_syncPanel; }
    QDockWidget *syncDock() const { return m_syncDock; }
    SourceStatusWidget *sourceStatus() const { return m_sourceStatus; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *cancelSyncAction() const { return m_cancelSyncAction; }
    // The text under the search field: "12 results in 0.8 ms".
    QString resultsSummary() const;
    // Ready for the operator: profile open, data cached and the demo's start-up sync (if any) done.
    bool isDataReady() const;

signals:
    void dataReady();
    void resultsShown(const Beholder::SearchResults &results);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void createSyncDock();
    void connectSync(SyncSession *sync);
    void updateSyncActions();
    void showSyncPanel();
    void syncNow();
    void cancelSync();
    void afterSync();
    void openSession(const Profile &profile, const SessionOptions &options);
    void closeSession();
    void retireSession(std::unique_ptr<ProfileSession> session);
    void loadSettings();
    void saveSettings();

    void search(const QString &text);
    void onResults(const SearchResults &results);
    void updatePlaceholder();
    void focusSearch();
    void moveToResults();
    void openFirstResult();
    // `now`: opened (Enter, double-click) rather than only selected, whose diagnosis waits a moment.
    void showHit(const SearchHit &hit, bool now);
    void diagnose(const QString &pppoeUser);
    void openLiveTraffic(const QString &pppoeUser);
    void editThresholds();
    void openSnmpAdmin();
    void openPppoeUser(const QString &user);
    void refreshStatus();
    void onSessionChanged();
    void checkDataReady();

    void populateProfileMenu();
    void newProfile();
    void loadDemoIsp();
    void showAbout();
    void refreshTlsStatus();
    void openProfiles();
    void openAuditLog();
    // Menus, actions and the status bar follow the principal's permissions (core checks them again).
    void applyPermissions();

    MainWindowOptions m_options;
    QAction *m_settingsAction = nullptr;
    QPointer<QDialog> m_settingsDialog;
    QLabel *m_tlsStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QPointer<QWidget> m_auditWindow;
    QPointer<QDialog> m_signInDialog;
    Access::Principal m_appliedPrincipal; // whom the open windows were made for
    // One per data root, shared by the sign-in, the accounts page and the profiles dialog.
    std::shared_ptr<Access::AccountStore> m_accounts;
    std::unique_ptr<ProfileSession> m_session;
    // Sessions left behind by a profile switch while they were syncing: they end out of sight.
    std::vector<std::unique_ptr<ProfileSession>> m_retiring;
    bool m_closing = false;
    SearchField *m_searchField;
    QLabel *m_resultsInfo;
    ResultsView *m_results;
    DiagnosisPanel *m_diagnosisPanel;
    CustomerPanel *m_panel;
    QSplitter *m_splitter;
    CacheStatusWidget *m_cacheStatus;
    SourceStatusWidget *m_sourceStatus;
    BackgroundTaskWidget *m_task;
    SyncPanel *m_syncPanel;
    QDockWidget *m_syncDock = nullptr;
    QMenu *m_profileMenu = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_thresholdsAction = nullptr;
    QAction *m_snmpAdminAction = nullptr;
    QPointer<QWidget> m_snmpAdmin; // one per window; closed when the profile changes
    // A selected (not opened) result is diagnosed once the selection rests; arrowing through
    // results must not spend the sources' call budgets.
    QTimer m_diagnoseDelay;
    QString m_pendingDiagnosis;
    QList<QPointer<QWidget>> m_liveTrafficWindows; // closed with their profile
    QTimer m_statusTimer;
    QByteArray m_savedHeaderState;
    SearchResults m_lastResults;
    bool m_hasResults = false;
    bool m_openFirstWhenReady = false;
    bool m_selectFirstWhenReady = false;
    bool m_wasDataReady = false;
    bool m_splitterRestored = false;
};

} // namespace Beholder
