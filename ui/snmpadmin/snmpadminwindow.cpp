// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpadminwindow.h"

#include "branddialog.h"
#include "credentials/credentialstore.h"
#include "jobdialog.h"
#include "oiddialog.h"
#include "oltdialog.h"
#include "recordfilterproxy.h"
#include "snmp/oltsecrets.h"
#include "snmp/vendorprofile.h"
#include "snmpadminbackend.h"
#include "snmptabletab.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int statusMessageMs = 8000;

// An empty field is the first broken rule of nothing: keeps the first error of several reads.
void keepFirst(StoreError &first, const StoreError &error)
{
    if (!first.isError() && error.isError())
        first = error;
}

template<typename T>
QList<T> valueOr(const StoreResult<QList<T>> &result, StoreError &error)
{
    keepFirst(error, result.error);
    return result.value.value_or(QList<T>());
}

QTableView *detailsView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

bool isActive(ExecutionStatus status)
{
    return status == ExecutionStatus::Pending || status == ExecutionStatus::Running;
}

} // namespace

struct SnmpAdminWindow::Snapshot
{
    QList<SnmpBrand> brands;
    QList<SnmpOlt> olts;
    QList<SnmpOid> oids;
    QList<SnmpJob> jobs;
    QList<SnmpExecution> executions;
    StoreError error;
};

SnmpAdminWindow::SnmpAdminWindow(const QString &cacheFile, CredentialStore *secrets, SnmpAdminActions actions,
                                 QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets)
    , m_actions(std::move(actions))
    , m_backend(new SnmpAdminBackend(cacheFile, this))
    , m_lookup(std::make_shared<SnmpNameLookup>())
{
    setObjectName(u"snmpAdminWindow"_s);
    setWindowTitle(tr("SNMP Monitoring"));
    setAttribute(Qt::WA_DeleteOnClose, false); // the owner decides; the tests keep it on the stack

    const auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
    const auto idOf = [](const auto &record) { return qint64(record.id); };
    m_brands = new RecordTableModel<SnmpBrand>(SnmpAdminColumns::brands(), idOf, this);
    m_olts = new RecordTableModel<SnmpOlt>(SnmpAdminColumns::olts(m_lookup), idOf, this);
    m_oids = new RecordTableModel<SnmpOid>(SnmpAdminColumns::oids(m_lookup), idOf, this);
    m_jobs = new RecordTableModel<SnmpJob>(SnmpAdminColumns::jobs(m_lookup), idOf, this);
    m_executions = new RecordTableModel<SnmpExecution>(SnmpAdminColumns::executions(m_lookup, now), idOf, this);
    m_onus = new RecordTableModel<SnmpOnu>(SnmpAdminColumns::onus(), idOf, this);
    m_attempts = new RecordTableModel<SnmpAttempt>(SnmpAdminColumns::attempts(), idOf, this);
    // Raw values have no id of their own: their row in the list is one.
    m_onuData = new RecordTableModel<OnuDataValue>(
        SnmpAdminColumns::onuData(), [](const OnuDataValue &value) { return qint64(qHash(value.oidName)); }, this);

    createTabs();
    createWindowActions();
    statusBar()->setSizeGripEnabled(true);

    m_elapsedTicker.setInterval(1000);
    connect(&m_elapsedTicker, &QTimer::timeout, this, &SnmpAdminWindow::tickRunningExecutions);
    m_elapsedTicker.start();

    resize(1180, 680);
    updateActions();
    reload();
}

SnmpAdminWindow::~SnmpAdminWindow() = default;

void SnmpAdminWindow::setPrincipal(const Access::Principal &principal)
{
    m_backend->setPrincipal(principal);
}

SnmpTableTab *SnmpAdminWindow::tab(Tab which) const
{
    return m_tableTabs.value(int(which));
}

void SnmpAdminWindow::showTab(Tab which)
{
    m_tabs->setCurrentIndex(int(which));
}

SnmpAdminWindow::Tab SnmpAdminWindow::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

SnmpTableTab *SnmpAdminWindow::currentTableTab() const
{
    return tab(currentTab());
}

SnmpFormDialog *SnmpAdminWindow::openForm() const
{
    return m_openForm.data();
}

// --- Layout

void SnmpAdminWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createBrandsTab();
    createOltsTab();
    createOidsTab();
    createJobsTab();
    createExecutionsTab();
    createOnusTab();
    connect(m_tabs, &QTabWidget::currentChanged, this, &SnmpAdminWindow::updateActions);
}

QAction *SnmpAdminWindow::addTabAction(SnmpTableTab *tab, const QString &objectName, const QString &text,
                                       void (SnmpAdminWindow::*slot)())
{
    QAction *action = tab->toolBar()->addAction(text, this, slot);
    action->setObjectName(objectName);
    return action;
}

void SnmpAdminWindow::disableWithoutMonitor(QAction *action, bool available)
{
    if (!available) {
        action->setToolTip(tr("SNMP monitoring is not running for this profile, so nothing can be sent to the OLTs "
                              "from here."));
    }
}

void SnmpAdminWindow::createBrandsTab()
{
    auto *tab = new SnmpTableTab(m_brands, tr("Search brands"), this);
    tab->setObjectName(u"brandsTab"_s);
    addTabAction(tab, u"addBrandAction"_s, tr("&Add…"), &SnmpAdminWindow::addRecord);
    m_editActions[Tab::Brands] = addTabAction(tab, u"editBrandAction"_s, tr("&Edit…"), &SnmpAdminWindow::editRecord);
    m_deleteActions[Tab::Brands]
        = addTabAction(tab, u"deleteBrandsAction"_s, tr("&Delete"), &SnmpAdminWindow::deleteRecords);
    connect(tab, &SnmpTableTab::activated, this, &SnmpAdminWindow::editRecord);
    m_tabs->addTab(tab, tr("&Brands"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createOltsTab()
{
    auto *tab = new SnmpTableTab(m_olts, tr("Search OLTs by name, host, brand…"), this);
    tab->setObjectName(u"oltsTab"_s);
    addTabAction(tab, u"addOltAction"_s, tr("&Add…"), &SnmpAdminWindow::addRecord);
    m_editActions[Tab::Olts] = addTabAction(tab, u"editOltAction"_s, tr("&Edit…"), &SnmpAdminWindow::editRecord);
    m_deleteActions[Tab::Olts]
        = addTabAction(tab, u"deleteOltsAction"_s, tr("&Delete"), &SnmpAdminWindow::deleteRecords);
    tab->toolBar()->addSeparator();
    m_enableActions[Tab::Olts]
        = addTabAction(tab, u"enableOltsAction"_s, tr("E&nable"), &SnmpAdminWindow::enableRecords);
    m_disableActions[Tab::Olts]
        = addTabAction(tab, u"disableOltsAction"_s, tr("D&isable"), &SnmpAdminWindow::disableRecords);
    tab->toolBar()->addSeparator();
    m_runActions[Tab::Olts] = addTabAction(tab, u"runOltsAction"_s, tr("&Run Now"), &SnmpAdminWindow::runNow);
    m_runActions[Tab::Olts]->setStatusTip(tr("Queue every enabled job of the selected OLTs now"));
    disableWithoutMonitor(m_runActions[Tab::Olts], m_actions.canRun());
    m_testAction = addTabAction(tab, u"testOltAction"_s, tr("&Test SNMP"), &SnmpAdminWindow::testOlt);
    m_testAction->setStatusTip(tr("Ask the OLT who it is (sysDescr, sysObjectID) and which profile reads it"));
    disableWithoutMonitor(m_testAction, m_actions.canTest());
    connect(tab, &SnmpTableTab::activated, this, &SnmpAdminWindow::editRecord);
    m_tabs->addTab(tab, tr("&OLTs"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createOidsTab()
{
    auto *tab = new SnmpTableTab(m_oids, tr("Search OIDs by name, OID, purpose…"), this);
    tab->setObjectName(u"oidsTab"_s);
    addTabAction(tab, u"addOidAction"_s, tr("&Add…"), &SnmpAdminWindow::addRecord);
    m_editActions[Tab::Oids] = addTabAction(tab, u"editOidAction"_s, tr("&Edit…"), &SnmpAdminWindow::editRecord);
    m_deleteActions[Tab::Oids]
        = addTabAction(tab, u"deleteOidsAction"_s, tr("&Delete"), &SnmpAdminWindow::deleteRecords);
    connect(tab, &SnmpTableTab::activated, this, &SnmpAdminWindow::editRecord);
    m_tabs->addTab(tab, tr("O&IDs"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createJobsTab()
{
    auto *tab = new SnmpTableTab(m_jobs, tr("Search jobs"), this);
    tab->setObjectName(u"jobsTab"_s);
    addTabAction(tab, u"addJobAction"_s, tr("&Add…"), &SnmpAdminWindow::addRecord);
    m_editActions[Tab::Jobs] = addTabAction(tab, u"editJobAction"_s, tr("&Edit…"), &SnmpAdminWindow::editRecord);
    m_deleteActions[Tab::Jobs]
        = addTabAction(tab, u"deleteJobsAction"_s, tr("&Delete"), &SnmpAdminWindow::deleteRecords);
    tab->toolBar()->addSeparator();
    m_enableActions[Tab::Jobs]
        = addTabAction(tab, u"enableJobsAction"_s, tr("E&nable"), &SnmpAdminWindow::enableRecords);
    m_disableActions[Tab::Jobs]
        = addTabAction(tab, u"disableJobsAction"_s, tr("D&isable"), &SnmpAdminWindow::disableRecords);
    tab->toolBar()->addSeparator();
    m_runActions[Tab::Jobs] = addTabAction(tab, u"runJobsAction"_s, tr("&Run Now"), &SnmpAdminWindow::runNow);
    m_runActions[Tab::Jobs]->setStatusTip(tr("Queue the selected jobs on each of their enabled OLTs now"));
    disableWithoutMonitor(m_runActions[Tab::Jobs], m_actions.canRun());
    connect(tab, &SnmpTableTab::activated, this, &SnmpAdminWindow::editRecord);
    m_tabs->addTab(tab, tr("&Jobs"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createExecutionsTab()
{
    auto *tab = new SnmpTableTab(m_executions, tr("Search executions"), this);
    tab->setObjectName(u"executionsTab"_s);
    tab->view()->sortByColumn(ExecutionColumn::Id, Qt::DescendingOrder); // newest first
    m_cancelAction = addTabAction(tab, u"cancelExecutionsAction"_s, tr("&Cancel"), &SnmpAdminWindow::cancelExecutions);
    m_cancelAction->setStatusTip(tr("Cancel the selected pending or running executions"));
    disableWithoutMonitor(m_cancelAction, m_actions.canCancel());
    m_executionStatus = tab->addFilterCombo(tr("&Status:"), ExecutionColumn::Status);
    m_executionStatus->setObjectName(u"statusFilter"_s);
    for (ExecutionStatus status : {ExecutionStatus::Pending, ExecutionStatus::Running, ExecutionStatus::Success,
                                   ExecutionStatus::Failed, ExecutionStatus::Interrupted})
        m_executionStatus->addItem(SnmpAdminColumns::statusName(status), int(status));
    m_executionJob = tab->addFilterCombo(tr("&Job:"), ExecutionColumn::Job);
    m_executionJob->setObjectName(u"jobFilter"_s);
    m_executionOlt = tab->addFilterCombo(tr("O&LT:"), ExecutionColumn::Olt);
    m_executionOlt->setObjectName(u"oltFilter"_s);

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_attemptsTitle = new QLabel(tr("Select an execution to see its attempts."), details);
    m_attemptsTitle->setObjectName(u"attemptsTitle"_s);
    m_attemptsTitle->setWordWrap(true);
    m_attemptsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attemptsView = detailsView(m_attempts, details);
    m_attemptsView->setObjectName(u"attemptsView"_s);
    layout->addWidget(m_attemptsTitle);
    layout->addWidget(m_attemptsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tab);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    connect(tab, &SnmpTableTab::selectionChanged, this, &SnmpAdminWindow::loadAttempts);
    m_tabs->addTab(splitter, tr("E&xecutions"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createOnusTab()
{
    auto *tab = new SnmpTableTab(m_onus, tr("Search ONUs by serial, description, port…"), this);
    tab->setObjectName(u"onusTab"_s);
    QAction *refresh = tab->toolBar()->addAction(tr("&Refresh"), this, &SnmpAdminWindow::loadOnus);
    refresh->setObjectName(u"refreshOnusAction"_s);
    // Not a filter of the rows shown but the OLT whose ONUs are read: there is no "All".
    m_onuOlt = new QComboBox(tab);
    m_onuOlt->setObjectName(u"onuOltCombo"_s);
    m_onuOlt->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tab->addFilterWidget(tr("O&LT:"), m_onuOlt);
    connect(m_onuOlt, &QComboBox::currentIndexChanged, this, &SnmpAdminWindow::loadOnus);
    m_onuState = tab->addFilterCombo(tr("&State:"), OnuColumn::State);
    m_onuState->setObjectName(u"onuStateFilter"_s);
    for (OnuRunState state : {OnuRunState::Online, OnuRunState::Offline, OnuRunState::Los, OnuRunState::DyingGasp,
                              OnuRunState::AuthFailed, OnuRunState::Initializing, OnuRunState::Unknown})
        m_onuState->addItem(SnmpAdminColumns::onuStateName(state), int(state));

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_onuDataTitle = new QLabel(tr("Select an ONU to see the raw values its walks stored."), details);
    m_onuDataTitle->setObjectName(u"onuDataTitle"_s);
    m_onuDataView = detailsView(m_onuData, details);
    m_onuDataView->setObjectName(u"onuDataView"_s);
    layout->addWidget(m_onuDataTitle);
    layout->addWidget(m_onuDataView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tab);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    connect(tab, &SnmpTableTab::selectionChanged, this, &SnmpAdminWindow::loadOnuData);
    m_tabs->addTab(splitter, tr("O&NU Data"));
    m_tableTabs << tab;
}

void SnmpAdminWindow::createWindowActions()
{
    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] { currentTableTab()->focusSearch(); });
    addAction(find);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, &SnmpAdminWindow::reload);
    addAction(refresh);

    // Delete in a table deletes its selection (after asking); in the search field it still edits text.
    for (auto it = m_deleteActions.cbegin(); it != m_deleteActions.cend(); ++it) {
        it.value()->setShortcut(QKeySequence::Delete);
        it.value()->setShortcutContext(Qt::WidgetShortcut);
        tab(it.key())->view()->addAction(it.value());
    }
    for (SnmpTableTab *tableTab : std::as_const(m_tableTabs))
        connect(tableTab, &SnmpTableTab::selectionChanged, this, &SnmpAdminWindow::updateActions);
}

// --- Loading

void SnmpAdminWindow::reload()
{
    ++m_loading;
    m_backend->run(
        this,
        [](SnmpStore &store) {
            Snapshot snapshot;
            snapshot.brands = valueOr(store.listBrands(), snapshot.error);
            snapshot.olts = valueOr(store.listOlts(), snapshot.error);
            snapshot.oids = valueOr(store.listOids(), snapshot.error);
            snapshot.jobs = valueOr(store.listJobs(), snapshot.error);
            snapshot.executions = valueOr(store.listExecutions(), snapshot.error);
            return StoreResult<Snapshot>::success(snapshot);
        },
        [this](const StoreResult<Snapshot> &result) {
            --m_loading;
            if (!result.ok()) {
                showError(tr("Could not read the SNMP configuration: %1").arg(result.error.message));
                return;
            }
            applySnapshot(*result.value);
        });
}

void SnmpAdminWindow::applySnapshot(const Snapshot &snapshot)
{
    if (snapshot.error.isError())
        showError(tr("Could not read the SNMP configuration: %1").arg(snapshot.error.message));
    m_lookup->brands.clear();
    for (const SnmpBrand &brand : snapshot.brands)
        m_lookup->brands.insert(brand.id, brand.name);
    m_lookup->olts.clear();
    for (const SnmpOlt &olt : snapshot.olts)
        m_lookup->olts.insert(olt.id, olt.name);
    m_lookup->jobs.clear();
    for (const SnmpJob &job : snapshot.jobs)
        m_lookup->jobs.insert(job.id, job.name);

    m_brands->setRecords(snapshot.brands);
    m_olts->setRecords(snapshot.olts);
    m_oids->setRecords(snapshot.oids);
    m_jobs->setRecords(snapshot.jobs);
    m_executions->setRecords(snapshot.executions);
    refillExecutionFilters();
    refillOnuOlts();
    if (!m_fitted) {
        m_fitted = true;
        for (SnmpTableTab *tableTab : std::as_const(m_tableTabs))
            tableTab->fitColumns();
    }
    updateActions();
    emit loaded();
}

void SnmpAdminWindow::refillExecutionFilters()
{
    const auto refill = [](QComboBox *combo, const QHash<qint64, QString> &names) {
        // Each change re-filters the table: when the chosen job or OLT is gone, that shows all again.
        const QVariant current = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        QList<std::pair<QString, qint64>> sorted;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
        for (const auto &[name, id] : sorted)
            combo->addItem(name, id);
        combo->setCurrentIndex(qMax(0, current.isValid() ? combo->findData(current) : 0));
    };
    refill(m_executionJob, m_lookup->jobs);
    refill(m_executionOlt, m_lookup->olts);
}

void SnmpAdminWindow::refillOnuOlts()
{
    const qint64 current = m_onuOlt->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_onuOlt);
        m_onuOlt->clear();
        for (const SnmpOlt &olt : m_olts->records())
            m_onuOlt->addItem(olt.name, olt.id);
        m_onuOlt->setCurrentIndex(qMax(0, m_onuOlt->findData(current)));
    }
    if (m_onuOlt->currentData().toLongLong() != current || current == 0)
        loadOnus();
}

void SnmpAdminWindow::executionChanged(qint64 executionId)
{
    m_backend->run(
        this, [executionId](SnmpStore &store) { return store.execution(executionId); },
        [this, executionId](const StoreResult<SnmpExecution> &result) {
            if (!result.ok()) {
                if (result.error.kind != StoreError::Kind::NotFound)
                    showError(tr("Could not read execution #%1: %2").arg(executionId).arg(result.error.message));
                return;
            }
            // A job or an OLT created since the last load (the CLI, another window): read the names again.
            if (!m_lookup->jobs.contains(result.value->jobId) || !m_lookup->olts.contains(result.value->oltId))
                reload();
            m_executions->upsert(*result.value);
            if (m_attemptsOf == executionId)
                loadAttempts();
            updateActions();
        });
}

void SnmpAdminWindow::onusChanged(qint64 oltId)
{
    if (m_onuOlt->currentData().toLongLong() == oltId)
        loadOnus();
}

void SnmpAdminWindow::loadAttempts()
{
    SnmpTableTab *executions = tab(Tab::Executions);
    const qint64 id = executions->currentId();
    m_attemptsOf = id;
    if (id == 0) {
        m_attemptsTitle->setText(tr("Select an execution to see its attempts."));
        m_attempts->setRecords({});
        return;
    }
    const int row = m_executions->rowOf(id);
    if (row >= 0) {
        const SnmpExecution &execution = m_executions->recordAt(row);
        QString title = tr("Execution #%1: %2 on %3, %4")
                            .arg(id)
                            .arg(m_lookup->jobs.value(execution.jobId), m_lookup->olts.value(execution.oltId),
                                 SnmpAdminColumns::statusName(execution.status));
        if (execution.resumedFrom)
            title += tr(" (resumes #%1)").arg(*execution.resumedFrom);
        if (!execution.error.isEmpty())
            title += u" — "_s + execution.error;
        m_attemptsTitle->setText(title);
    }
    m_backend->run(
        this, [id](SnmpStore &store) { return store.attempts(id); },
        [this, id](const StoreResult<QList<SnmpAttempt>> &result) {
            if (id != m_attemptsOf)
                return; // another execution was selected meanwhile
            if (!result.ok()) {
                showError(tr("Could not read the attempts of execution #%1: %2").arg(id).arg(result.error.message));
                return;
            }
            m_attempts->setRecords(*result.value);
            m_attemptsView->resizeColumnsToContents();
            emit attemptsLoaded();
        });
}

void SnmpAdminWindow::loadOnus()
{
    const qint64 oltId = m_onuOlt->currentData().toLongLong();
    if (oltId == 0) {
        m_onus->setRecords({});
        m_onuData->setRecords({});
        return;
    }
    m_backend->run(
        this, [oltId](SnmpStore &store) { return store.onusForOlt(oltId); },
        [this, oltId](const StoreResult<QList<SnmpOnu>> &result) {
            if (m_onuOlt->currentData().toLongLong() != oltId)
                return; // another OLT was chosen meanwhile
            if (!result.ok()) {
                showError(tr("Could not read the ONUs of this OLT: %1").arg(result.error.message));
                return;
            }
            m_onus->setRecords(*result.value);
            tab(Tab::Onus)->fitColumns();
            emit onusLoaded();
        });
}

void SnmpAdminWindow::loadOnuData()
{
    const qint64 id = tab(Tab::Onus)->currentId();
    const int row = m_onus->rowOf(id);
    if (row < 0) {
        m_onuDataTitle->setText(tr("Select an ONU to see the raw values its walks stored."));
        m_onuData->setRecords({});
        return;
    }
    const SnmpOnu onu = m_onus->recordAt(row);
    m_onuDataTitle->setText(tr("Raw values of ONU %1 (%2)").arg(onu.reading.location(), onu.reading.serial));
    m_backend->run(
        this, [onu](SnmpStore &store) { return store.onuData(onu.oltId, onu.reading.ponIfIndex, onu.reading.onuId); },
        [this, id](const StoreResult<QList<OnuDataValue>> &result) {
            if (tab(Tab::Onus)->currentId() != id)
                return;
            if (!result.ok()) {
                showError(tr("Could not read the raw values of this ONU: %1").arg(result.error.message));
                return;
            }
            m_onuData->setRecords(*result.value);
            m_onuDataView->resizeColumnsToContents();
        });
}

// --- Actions

void SnmpAdminWindow::updateActions()
{
    const auto selected = [this](Tab which) { return tab(which)->selectedIds().size(); };
    for (auto it = m_editActions.cbegin(); it != m_editActions.cend(); ++it)
        it.value()->setEnabled(selected(it.key()) == 1);
    for (const auto *actions : {&m_deleteActions, &m_enableActions, &m_disableActions}) {
        for (auto it = actions->cbegin(); it != actions->cend(); ++it)
            it.value()->setEnabled(selected(it.key()) > 0);
    }
    for (auto it = m_runActions.cbegin(); it != m_runActions.cend(); ++it)
        it.value()->setEnabled(m_actions.canRun() && selected(it.key()) > 0);
    m_testAction->setEnabled(m_actions.canTest() && selected(Tab::Olts) == 1);
    bool anyActive = false;
    for (qint64 id : tab(Tab::Executions)->selectedIds()) {
        const int row = m_executions->rowOf(id);
        anyActive = anyActive || (row >= 0 && isActive(m_executions->recordAt(row).status));
    }
    m_cancelAction->setEnabled(m_actions.canCancel() && anyActive);
}

void SnmpAdminWindow::tickRunningExecutions()
{
    const QList<SnmpExecution> &records = m_executions->records();
    const bool anyRunning = std::any_of(records.cbegin(), records.cend(), [](const SnmpExecution &execution) {
        return execution.status == ExecutionStatus::Running;
    });
    if (!anyRunning)
        return;
    m_executions->refreshColumn(ExecutionColumn::Status);
    m_executions->refreshColumn(ExecutionColumn::Duration);
}

void SnmpAdminWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, statusMessageMs * 2);
    emit errorShown(message);
}

void SnmpAdminWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, statusMessageMs);
}

void SnmpAdminWindow::openForm(SnmpFormDialog *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_openForm = form;
    connect(form, &SnmpFormDialog::saved, this, [this] {
        showStatus(tr("Saved."));
        reload();
    });
    form->open();
}

void SnmpAdminWindow::addRecord()
{
    switch (currentTab()) {
    case Tab::Brands:
        openForm(new BrandDialog(m_backend, std::nullopt, this));
        break;
    case Tab::Olts:
        openForm(new OltDialog(m_backend, m_secrets, m_brands->records(), std::nullopt, this));
        break;
    case Tab::Oids:
        openForm(new OidDialog(m_backend, m_brands->records(), std::nullopt, this));
        break;
    case Tab::Jobs:
        openForm(new JobDialog(m_backend, m_olts->records(), m_oids->records(), m_lookup->brands, std::nullopt, this));
        break;
    case Tab::Executions:
    case Tab::Onus:
        break;
    }
}

void SnmpAdminWindow::editRecord()
{
    const qint64 id = currentTableTab()->currentId();
    if (id == 0)
        return;
    switch (currentTab()) {
    case Tab::Brands:
        if (const int row = m_brands->rowOf(id); row >= 0)
            openForm(new BrandDialog(m_backend, m_brands->recordAt(row), this));
        break;
    case Tab::Olts:
        if (const int row = m_olts->rowOf(id); row >= 0)
            openForm(new OltDialog(m_backend, m_secrets, m_brands->records(), m_olts->recordAt(row), this));
        break;
    case Tab::Oids:
        if (const int row = m_oids->rowOf(id); row >= 0)
            openForm(new OidDialog(m_backend, m_brands->records(), m_oids->recordAt(row), this));
        break;
    case Tab::Jobs:
        if (const int row = m_jobs->rowOf(id); row >= 0)
            openForm(new JobDialog(m_backend, m_olts->records(), m_oids->records(), m_lookup->brands,
                                   m_jobs->recordAt(row), this));
        break;
    case Tab::Executions:
    case Tab::Onus:
        break;
    }
}

void SnmpAdminWindow::deleteRecords()
{
    const Tab which = currentTab();
    const QList<qint64> ids = tab(which)->selectedIds();
    if (ids.isEmpty() || !m_deleteActions.contains(which))
        return;
    QString question;
    switch (which) {
    case Tab::Brands:
        question = tr("Delete %n brand(s)? Their OIDs are deleted too; their OLTs go back to detection.", nullptr,
                      int(ids.size()));
        break;
    case Tab::Olts:
        question = tr("Delete %n OLT(s)? Their executions, ONUs and stored secrets are deleted too.", nullptr,
                      int(ids.size()));
        break;
    case Tab::Oids:
        question = tr("Delete %n OID(s)?", nullptr, int(ids.size()));
        break;
    case Tab::Jobs:
        question = tr("Delete %n job(s)? Their executions are deleted too.", nullptr, int(ids.size()));
        break;
    case Tab::Executions:
    case Tab::Onus:
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDelete"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, which, ids](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_backend->run(
            this,
            [which, ids](SnmpStore &store) {
                QList<qint64> deleted;
                StoreError first;
                for (qint64 id : ids) {
                    StoreError error;
                    switch (which) {
                    case Tab::Brands:
                        error = store.deleteBrand(id);
                        break;
                    case Tab::Olts:
                        error = store.deleteOlt(id);
                        break;
                    case Tab::Oids:
                        error = store.deleteOid(id);
                        break;
                    case Tab::Jobs:
                        error = store.deleteJob(id);
                        break;
                    case Tab::Executions:
                    case Tab::Onus:
                        break;
                    }
                    keepFirst(first, error);
                    if (!error.isError())
                        deleted << id;
                }
                if (first.isError())
                    return StoreResult<QList<qint64>>::failure(first);
                return StoreResult<QList<qint64>>::success(deleted);
            },
            [this, which, ids](const StoreResult<QList<qint64>> &result) {
                if (which == Tab::Olts) // the rows that went, even when a later one failed
                    removeOltSecrets(result.ok() ? *result.value : ids);
                if (!result.ok())
                    showError(tr("Could not delete: %1").arg(result.error.message));
                else
                    showStatus(tr("Deleted %n row(s).", nullptr, int(result.value->size())));
                reload();
            });
    });
    box->open();
}

void SnmpAdminWindow::removeOltSecrets(const QList<qint64> &oltIds)
{
    if (!m_secrets)
        return;
    for (qint64 id : oltIds) {
        for (const QString &key : allSecretKeys(id)) {
            m_secrets->remove(key, this, [this](const CredentialError &error) {
                if (error.isError())
                    showError(
                        tr("The OLT was deleted, but its secrets are still in the keychain: %1").arg(error.message));
            });
        }
    }
}

void SnmpAdminWindow::setRecordsEnabled(bool enabled)
{
    const Tab which = currentTab();
    if (which != Tab::Olts && which != Tab::Jobs)
        return;
    const QList<qint64> ids = tab(which)->selectedIds();
    if (ids.isEmpty())
        return;
    m_backend->run(
        this,
        [which, ids, enabled](SnmpStore &store) {
            return which == Tab::Olts ? store.setOltsEnabled(ids, enabled) : store.setJobsEnabled(ids, enabled);
        },
        [this, enabled](const StoreResult<qint64> &result) {
            if (!result.ok())
                showError(tr("Could not change the rows: %1").arg(result.error.message));
            else if (enabled)
                showStatus(tr("Enabled %n row(s).", nullptr, int(*result.value)));
            else
                showStatus(tr("Disabled %n row(s).", nullptr, int(*result.value)));
            reload();
        });
}

void SnmpAdminWindow::runNow()
{
    if (!m_actions.canRun())
        return;
    const Tab which = currentTab();
    const QList<qint64> ids = tab(which)->selectedIds();
    if (which == Tab::Jobs) {
        m_actions.runJobs(ids);
        showStatus(tr("Queued %n job(s) on their enabled OLTs.", nullptr, int(ids.size())));
        return;
    }
    if (which != Tab::Olts)
        return;
    QPointer<SnmpAdminWindow> self(this);
    for (qint64 oltId : ids) {
        const QString name = m_lookup->olts.value(oltId);
        m_actions.runOlt(oltId, [self, name](const QList<qint64> &executionIds, const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                self->showError(tr("%1: %2").arg(name, error));
            else
                self->showStatus(tr("%1: queued %n execution(s).", nullptr, int(executionIds.size())).arg(name));
        });
    }
}

void SnmpAdminWindow::testOlt()
{
    if (!m_actions.canTest())
        return;
    const qint64 oltId = tab(Tab::Olts)->currentId();
    if (oltId == 0)
        return;
    const QString name = m_lookup->olts.value(oltId);
    showStatus(tr("Asking %1…").arg(name));
    QPointer<SnmpAdminWindow> self(this);
    m_actions.testOlt(oltId, [self, name](const OltTestResult &result) {
        if (!self)
            return;
        QString text;
        if (!result.error.isEmpty()) {
            text = tr("%1 did not answer as expected:\n%2").arg(name, result.error);
        } else {
            const VendorProfile *profile = profileById(result.profileId);
            text = tr("sysDescr: %1\nsysObjectID: %2\nsysName: %3\nVendor: %4\nModel: %5\nProfile: %6\n"
                      "Answered in %7 ms")
                       .arg(result.sysDescr, result.sysObjectId, result.sysName,
                            result.vendor.isEmpty() ? tr("unknown") : result.vendor,
                            result.model.isEmpty() ? tr("unknown") : result.model,
                            profile ? profile->displayName : tr("none ships for this OLT"))
                       .arg(result.elapsedMs);
        }
        auto *box = new QMessageBox(result.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                    tr("Test SNMP: %1").arg(name), text, QMessageBox::Close, self);
        box->setObjectName(u"testResult"_s);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        self->showStatus({});
    });
}

void SnmpAdminWindow::cancelExecutions()
{
    if (!m_actions.canCancel())
        return;
    int canceled = 0;
    for (qint64 id : tab(Tab::Executions)->selectedIds()) {
        const int row = m_executions->rowOf(id);
        if (row >= 0 && isActive(m_executions->recordAt(row).status)) {
            m_actions.cancelExecution(id);
            ++canceled;
        }
    }
    showStatus(tr("Asked to cancel %n execution(s).", nullptr, canceled));
}

} // namespace Beholder::Snmp
