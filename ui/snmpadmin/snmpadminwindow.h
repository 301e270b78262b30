// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP admin screens (SPEC §6, admin role): brands, OLTs, OIDs and jobs
// to configure, the executions the scheduler records (updating live, with
// each one's attempts) and the ONUs the walks found (with their raw values).
// Every table can be searched and filtered; rows are selected in batches for
// enable, disable, run now and delete. Reads and writes go through
// SnmpAdminBackend, never on the GUI thread; what needs the running monitor
// (run now, test, cancel) goes through SnmpAdminActions and is disabled,
// with the reason, when there is none.
#pragma once

#include "access/principal.h"
#include "recordtablemodel.h"
#include "snmp/snmpmodel.h"
#include "snmpadminactions.h"
#include "snmpadmincolumns.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace Beholder {
class CredentialStore;
}

namespace Beholder::Snmp {

class SnmpAdminBackend;
class SnmpFormDialog;
class SnmpTableTab;

class SnmpAdminWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpAdminWindow)

public:
    enum class Tab {
        Brands,
        Olts,
        Oids,
        Jobs,
        Executions,
        Onus,
    };

    // `cacheFile`: the profile's cache (schema 5 or later). `secrets`: the profile's keychain, for the OLTs'
    // community and v3 passwords; it must outlive the window. Empty `actions`: no monitor runs for this
    // profile, so Run now, Test SNMP and Cancel stay disabled.
    SnmpAdminWindow(const QString &cacheFile, CredentialStore *secrets, SnmpAdminActions actions = {},
                    QWidget *parent = nullptr);
    ~SnmpAdminWindow() override;

    SnmpTableTab *tab(Tab which) const;
    void showTab(Tab which);
    // Who the admin writes act for (core checks AdministerSnmp and audits them); the profile's default until set.
    void setPrincipal(const Access::Principal &principal);
    // Loads every table again (F5); ends with loaded().
    void reload();
    bool isLoading() const { return m_loading > 0; }
    // The form opened last by Add or Edit, while it is open (tests drive it).
    SnmpFormDialog *openForm() const;
    // The table of the selected execution's attempts, and of the selected ONU's raw values.
    QTableView *attemptsView() const { return m_attemptsView; }
    QTableView *onuDataView() const { return m_onuDataView; }
    QComboBox *onuOltCombo() const { return m_onuOlt; }

public slots:
    // The monitor queued, started, retried or finished this execution: its row is read again.
    void executionChanged(qint64 executionId);
    // A walk saved ONUs of this OLT: the ONU tab shows them if it shows that OLT.
    void onusChanged(qint64 oltId);

signals:
    void loaded();
    void onusLoaded();
    void attemptsLoaded();
    // A store or keychain error, also shown in the status bar.
    void errorShown(const QString &message);

private:
    struct Snapshot;

    void createTabs();
    void createBrandsTab();
    void createOltsTab();
    void createOidsTab();
    void createJobsTab();
    void createExecutionsTab();
    void createOnusTab();
    void createWindowActions();
    QAction *addTabAction(SnmpTableTab *tab, const QString &objectName, const QString &text,
                          void (SnmpAdminWindow::*slot)());
    void disableWithoutMonitor(QAction *action, bool available);

    void applySnapshot(const Snapshot &snapshot);
    void refillExecutionFilters();
    void refillOnuOlts();
    void updateActions();
    void tickRunningExecutions();
    void showError(const QString &message);
    void showStatus(const QString &message);

    void addRecord();
    void editRecord();
    void deleteRecords();
    void enableRecords() { setRecordsEnabled(true); }
    void disableRecords() { setRecordsEnabled(false); }
    void setRecordsEnabled(bool enabled);
    void runNow();
    void testOlt();
    void cancelExecutions();
    void openForm(SnmpFormDialog *form);
    void removeOltSecrets(const QList<qint64> &oltIds);

    void loadAttempts();
    void loadOnus();
    void loadOnuData();

    Tab currentTab() const;
    SnmpTableTab *currentTableTab() const;

    CredentialStore *m_secrets;
    SnmpAdminActions m_actions;
    SnmpAdminBackend *m_backend;
    std::shared_ptr<SnmpNameLookup> m_lookup;

    RecordTableModel<SnmpBrand> *m_brands;
    RecordTableModel<SnmpOlt> *m_olts;
    RecordTableModel<SnmpOid> *m_oids;
    RecordTableModel<SnmpJob> *m_jobs;
    RecordTableModel<SnmpExecution> *m_executions;
    RecordTableModel<SnmpOnu> *m_onus;
    RecordTableModel<SnmpAttempt> *m_attempts;
    RecordTableModel<OnuDataValue> *m_onuData;

    QTabWidget *m_tabs = nullptr;
    QList<SnmpTableTab *> m_tableTabs; // by Tab
    QComboBox *m_executionStatus = nullptr;
    QComboBox *m_executionJob = nullptr;
    QComboBox *m_executionOlt = nullptr;
    QComboBox *m_onuOlt = nullptr;
    QComboBox *m_onuState = nullptr;
    QLabel *m_attemptsTitle = nullptr;
    QTableView *m_attemptsView = nullptr;
    QLabel *m_onuDataTitle = nullptr;
    QTableView *m_onuDataView = nullptr;
    QTimer m_elapsedTicker;
    int m_loading = 0;
    bool m_fitted = false;
    qint64 m_attemptsOf = 0;
    QPointer<SnmpFormDialog> m_openForm;

    // Per-tab actions, enabled by updateActions().
    QMap<Tab, QAction *> m_editActions;
    QMap<Tab, QAction *> m_deleteActions;
    QMap<Tab, QAction *> m_enableActions;
    QMap<Tab, QAction *> m_disableActions;
    QMap<Tab, QAction *> m_runActions;
    QAction *m_testAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace Beholder::Snmp
