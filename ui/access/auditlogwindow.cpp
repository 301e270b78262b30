// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogwindow.h"

#include "access/authorization.h"
#include "access/role.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "detailsection.h"
#include "tone.h"
#include "uilogging.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <optional>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;
using Access::AuditEntry;
using Access::AuditFilter;
using Access::AuditOutcome;

namespace {

constexpr int statusMessageMs = 8000;
constexpr int typingDelayMs = 300;
// Refusals to read the log are audited under this action (AuditAction has ids for exports, not for reading).
const auto viewAction = u"audit.view"_s;

// The date boxes show "Any" at their minimum: no bound.
const QDate anyDate(2000, 1, 1);

struct Page
{
    QList<AuditEntry> entries;
    bool more = false;
    qint64 total = -1; // counted with the first page only
    QString error;
    QString refusal; // ViewAudit was refused
};

struct ExportResult
{
    bool ok = false;
    qint64 rows = 0;
    QString error;
};

// The profile's log on the calling (worker) thread's connection. A second try: a session opening the same cache
// may have been migrating it a moment ago.
std::optional<Access::AuditLog> openLog(CacheDatabase *cache, QString *error)
{
    if (cache->isOpen() || cache->open(error) || cache->open(error))
        return Access::AuditLog(cache);
    return std::nullopt;
}

// What an export selected, for its own audit row: data, not prose, so it is not translated.
QString describeFilter(const AuditFilter &filter)
{
    QStringList parts;
    const auto day = [](UnixTime at) { return QDateTime::fromSecsSinceEpoch(at).toString(Qt::ISODate); };
    if (filter.from)
        parts << u"from %1"_s.arg(day(*filter.from));
    if (filter.to)
        parts << u"to %1"_s.arg(day(*filter.to));
    if (!filter.user.isEmpty())
        parts << u"user %1"_s.arg(filter.user);
    if (!filter.action.isEmpty())
        parts << u"action %1"_s.arg(filter.action);
    if (filter.outcome)
        parts << u"outcome %1"_s.arg(Access::auditOutcomeId(*filter.outcome));
    if (!filter.text.isEmpty())
        parts << u"text \"%1\""_s.arg(filter.text);
    return parts.isEmpty() ? u"everything"_s : parts.join(u", "_s);
}

} // namespace

// --- AuditLogModel

void AuditLogModel::clear(bool more)
{
    beginResetModel();
    m_entries.clear();
    m_ids.clear();
    m_offset = 0;
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void AuditLogModel::appendPage(const QList<AuditEntry> &entries, bool more)
{
    m_fetching = false;
    m_offset += int(entries.size());
    m_more = more;
    QList<AuditEntry> fresh;
    fresh.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        // Rows written since the first page push the later ones down: a row can come twice.
        if (!m_ids.contains(entry.id))
            fresh << entry;
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size() - 1));
    for (const AuditEntry &entry : std::as_const(fresh)) {
        m_ids.insert(entry.id);
        m_entries << entry;
    }
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromSecsSinceEpoch(entry.at).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case UserColumn:
            return entry.userName;
        case RoleColumn:
            if (const auto role = Access::roleFromId(entry.role))
                return Access::roleName(*role);
            return entry.role;
        case ActionColumn:
            return entry.action;
        case TargetColumn:
            return entry.target;
        case OutcomeColumn:
            return Access::auditOutcomeLabel(entry.outcome);
        case DetailsColumn:
            return QString(entry.details).replace(u'\n', u' ');
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn || index.column() == TargetColumn)
            return index.column() == DetailsColumn ? entry.details : entry.target;
        if (index.column() == TimeColumn)
            return QDateTime::fromSecsSinceEpoch(entry.at).toUTC().toString(Qt::ISODate);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && entry.outcome != AuditOutcome::Ok)
            return toneColor(entry.outcome == AuditOutcome::Denied ? Tone::Warning : Tone::Critical, QPalette());
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested(m_offset);
}

// --- AuditLogWindow

AuditLogWindow::AuditLogWindow(const Profile &profile, const Access::Principal &principal, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_principal(principal)
    , m_cache(std::make_shared<CacheDatabase>(profile.cacheFile()))
    , m_runner(std::make_unique<TaskRunner>(u"audit-"_s + profile.name(), 1))
    , m_model(new AuditLogModel(this))
{
    setObjectName(u"auditLogWindow"_s);
    setWindowTitle(tr("Audit Log — %1").arg(profile.name()));
    setAttribute(Qt::WA_DeleteOnClose, false); // the owner decides; the tests keep it on the stack
    const int unit = fontMetrics().averageCharWidth();

    auto *toolBar = addToolBar(tr("Audit Log"));
    toolBar->setObjectName(u"toolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refreshAction = toolBar->addAction(tr("&Refresh"), this, &AuditLogWindow::reload);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the log again, with the rows written since"));
    m_exportAction = toolBar->addAction(tr("&Export CSV…"), this, &AuditLogWindow::promptExport);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setStatusTip(tr("Write the rows the filters select to a CSV file for a spreadsheet"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setSpacing(unit);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(unit);
    createFilters(central, filterRow);
    layout->addLayout(filterRow);

    m_refusal = new QLabel(central);
    m_refusal->setObjectName(u"refusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->setMargin(unit * 4);
    setLabelTone(m_refusal, Tone::Warning);
    m_refusal->setVisible(false);
    layout->addWidget(m_refusal);

    // No sort proxy: the rows come newest first from SQL a page at a time, and sorting what is loaded would
    // misrepresent the rest of the log.
    m_view = new QTableView(central);
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Audit log"));
    // Widths from sample texts, so a time is never cut; the details take the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = unit * 3;
    const QList<std::pair<int, QString>> widths{{AuditLogModel::TimeColumn, u"2026-12-31 23:59:59"_s},
                                                {AuditLogModel::UserColumn, u"maria.gonzalez"_s},
                                                {AuditLogModel::RoleColumn, u"Operator (NOC)"_s},
                                                {AuditLogModel::ActionColumn, u"profile-settings.save"_s},
                                                {AuditLogModel::TargetColumn, u"cliente12345_ftth@isp"_s},
                                                {AuditLogModel::OutcomeColumn, u"refused"_s}};
    for (const auto &[column, sample] : widths)
        m_view->setColumnWidth(column, metrics.horizontalAdvance(sample) + padding);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->setSizeGripEnabled(true);

    connect(m_model, &AuditLogModel::fetchRequested, this, &AuditLogWindow::loadPage);
    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(typingDelayMs);
    connect(&m_typingDelay, &QTimer::timeout, this, &AuditLogWindow::reload);

    resize(unit * 180, fontMetrics().height() * 40);
    reload();
}

AuditLogWindow::~AuditLogWindow()
{
    m_runner->cancelAll();
    m_runner->waitForDone();
}

void AuditLogWindow::createFilters(QWidget *parent, QHBoxLayout *row)
{
    const auto addLabeled = [parent, row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, parent);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    const auto dateEdit = [this, parent](const QString &objectName) {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(objectName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(anyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(anyDate);
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogWindow::reload);
        return edit;
    };

    m_text = new QLineEdit(parent);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Search user, target and details"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search"));
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typingDelay.start(); });
    row->addWidget(m_text, 1);

    m_from = dateEdit(u"fromFilter"_s);
    addLabeled(tr("&From:"), m_from);
    m_to = dateEdit(u"toFilter"_s);
    addLabeled(tr("&To:"), m_to);

    m_user = new QLineEdit(parent);
    m_user->setObjectName(u"userFilter"_s);
    m_user->setPlaceholderText(tr("Anyone"));
    m_user->setClearButtonEnabled(true);
    m_user->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    m_user->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    connect(m_user, &QLineEdit::textChanged, this, [this] { m_typingDelay.start(); });
    addLabeled(tr("&User:"), m_user);

    m_action = new QComboBox(parent);
    m_action->setObjectName(u"actionFilter"_s);
    const QList<std::pair<QString, QString>> actions{
        {tr("All actions"), QString()},
        {tr("Sign-ins"), Access::AuditAction::signIn()},
        {tr("Failed sign-ins"), Access::AuditAction::signInFailed()},
        {tr("Accounts"), u"accounts"_s},
        {tr("Sign-in requirement"), u"access"_s},
        {tr("Profiles"), u"profile"_s},
        {tr("Profile settings"), Access::AuditAction::profileSettingsSave()},
        {tr("Thresholds"), Access::AuditAction::thresholdsSave()},
        {tr("SNMP administration"), u"snmp"_s},
        {tr("Syncs"), u"sync"_s},
        {tr("Diagnoses"), Access::AuditAction::diagnosis()},
        {tr("Audit log"), u"audit"_s},
    };
    for (const auto &[label, id] : actions)
        m_action->addItem(label, id);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogWindow::reload);
    addLabeled(tr("&Action:"), m_action);

    m_outcome = new QComboBox(parent);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->addItem(tr("Any"), QString());
    for (AuditOutcome outcome : {AuditOutcome::Ok, AuditOutcome::Denied, AuditOutcome::Failed})
        m_outcome->addItem(Access::auditOutcomeLabel(outcome), Access::auditOutcomeId(outcome));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogWindow::reload);
    addLabeled(tr("&Outcome:"), m_outcome);

    auto *reset = new QPushButton(tr("Clear Filters"), parent);
    reset->setObjectName(u"clearFiltersButton"_s);
    reset->setAutoDefault(false);
    connect(reset, &QPushButton::clicked, this, &AuditLogWindow::resetFilters);
    row->addWidget(reset);
}

AuditFilter AuditLogWindow::filter() const
{
    AuditFilter filter;
    if (m_from->date() > anyDate)
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toSecsSinceEpoch();
    if (m_to->date() > anyDate)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toSecsSinceEpoch() - 1; // the whole day
    filter.user = m_user->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.outcome = Access::auditOutcomeFromId(m_outcome->currentData().toString());
    filter.text = m_text->text().trimmed();
    return filter;
}

void AuditLogWindow::resetFilters()
{
    // One reload for all of them, not one per widget.
    const QSignalBlocker blockers[]{QSignalBlocker(m_from),   QSignalBlocker(m_to),      QSignalBlocker(m_user),
                                    QSignalBlocker(m_action), QSignalBlocker(m_outcome), QSignalBlocker(m_text)};
    m_from->setDate(anyDate);
    m_to->setDate(anyDate);
    m_user->clear();
    m_action->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_text->clear();
    reload();
}

void AuditLogWindow::setLoading(int delta)
{
    m_loading += delta;
    if (m_loading > 0)
        m_count->setText(tr("Reading…"));
}

void AuditLogWindow::reload()
{
    m_typingDelay.stop();
    if (m_refused)
        return;
    ++m_generation;
    m_current = filter();
    // Rows written from now on would push the later pages down: the pages read up to this second.
    const UnixTime now = QDateTime::currentSecsSinceEpoch();
    if (!m_current.to || *m_current.to > now)
        m_current.to = now;
    m_total = -1;
    m_model->clear(false);
    loadPage(0);
}

void AuditLogWindow::loadPage(int offset)
{
    if (m_refused)
        return;
    setLoading(+1);
    const quint64 generation = m_generation;
    const bool first = offset == 0;
    const bool check = !m_checked;
    AuditFilter filter = m_current;
    filter.offset = offset;
    filter.limit = pageSize + 1;          // one more than shown: whether another page follows
    CacheDatabase *cache = m_cache.get(); // the runner goes first and waits
    const Access::Principal principal = m_principal;
    const QString profileName = m_profile.name();
    m_runner->runThen(
        this,
        [cache, principal, profileName, filter, first, check] {
            Page page;
            const std::optional<Access::AuditLog> log = openLog(cache, &page.error);
            if (!log)
                return page;
            if (check) {
                if (const auto denied
                    = Access::authorize(principal, Access::Permission::ViewAudit, &*log, viewAction, profileName)) {
                    page.refusal = *denied;
                    return page;
                }
            }
            page.entries = log->query(filter, &page.error);
            page.more = page.entries.size() > pageSize;
            if (page.more)
                page.entries.removeLast();
            if (first && page.error.isEmpty()) {
                AuditFilter all = filter;
                all.limit = 0;
                all.offset = 0;
                page.total = log->count(all, &page.error);
            }
            return page;
        },
        [this, generation](const TaskResult<Page> &result) {
            setLoading(-1);
            if (result.canceled() || generation != m_generation)
                return;
            if (!result.succeeded() || !result.value->error.isEmpty()) {
                m_model->fetchFailed();
                showStatus(tr("The audit log could not be read: %1")
                               .arg(result.succeeded() ? result.value->error : result.error),
                           true);
                updateCount();
                emit loaded();
                return;
            }
            if (!result.value->refusal.isEmpty()) {
                showRefusal(result.value->refusal);
                return;
            }
            m_checked = true;
            if (result.value->total >= 0)
                m_total = result.value->total;
            m_model->appendPage(result.value->entries, result.value->more);
            updateCount();
            emit loaded();
        });
}

void AuditLogWindow::updateCount()
{
    if (m_loading > 0)
        return;
    if (m_total < 0) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    m_count->setText(m_model->rowCount() < m_total
                         ? tr("%1 of %n entries shown", nullptr, int(qMin<qint64>(m_total, INT_MAX)))
                               .arg(locale.toString(m_model->rowCount()))
                         : tr("%n entries", nullptr, int(qMin<qint64>(m_total, INT_MAX))));
}

void AuditLogWindow::showRefusal(const QString &message)
{
    m_refused = true;
    m_refusal->setText(message);
    m_refusal->setVisible(true);
    m_view->setVisible(false);
    for (QWidget *filter : centralWidget()->findChildren<QWidget *>()) {
        if (filter != m_refusal)
            filter->setEnabled(false);
    }
    m_exportAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_count->clear();
    showStatus(message, true);
    emit refused(message);
}

void AuditLogWindow::showStatus(const QString &message, bool error)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, error ? statusMessageMs * 2 : statusMessageMs);
    if (error)
        qCInfo(lcUi).noquote() << "audit log window:" << message;
}

void AuditLogWindow::promptExport()
{
    if (m_refused)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        u"audit-%1-%2.csv"_s.arg(m_profile.name(), QDate::currentDate().toString(u"yyyyMMdd"_s)));
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportCsv(fileName);
}

void AuditLogWindow::exportCsv(const QString &fileName)
{
    AuditFilter filter = this->filter(); // everything selected, the newest rows included
    CacheDatabase *cache = m_cache.get();
    const Access::Principal principal = m_principal;
    m_exportAction->setEnabled(false);
    showStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(fileName)));
    m_runner->runThen(
        this,
        [cache, principal, filter, fileName] {
            ExportResult result;
            const std::optional<Access::AuditLog> log = openLog(cache, &result.error);
            if (!log)
                return result;
            const QString action = Access::AuditAction::auditExport();
            const QString target = QDir::toNativeSeparators(fileName);
            if (const auto denied
                = Access::authorize(principal, Access::Permission::ViewAudit, &*log, action, target)) {
                result.error = *denied;
                return result;
            }
            const auto failed = [&](const QString &error) {
                result.error = error;
                log->append(AuditEntry::by(principal, action, target, error, AuditOutcome::Failed));
                return result;
            };
            result.rows = log->count(filter, &result.error);
            if (!result.error.isEmpty())
                return failed(result.error);
            // QSaveFile: a failed export never leaves half a file under the chosen name.
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly))
                return failed(tr("%1 cannot be written: %2").arg(target, file.errorString()));
            QString error;
            if (!log->exportCsv(filter, file, &error)) {
                file.cancelWriting();
                return failed(error);
            }
            if (!file.commit())
                return failed(tr("%1 cannot be written: %2").arg(target, file.errorString()));
            log->append(AuditEntry::by(principal, action, target,
                                       u"%1 rows; %2"_s.arg(result.rows).arg(describeFilter(filter))));
            result.ok = true;
            return result;
        },
        [this, fileName](const TaskResult<ExportResult> &result) {
            m_exportAction->setEnabled(!m_refused);
            if (result.canceled())
                return;
            const bool ok = result.succeeded() && result.value->ok;
            const QString message = ok
                ? tr("%n entries exported to %1.", nullptr, int(qMin<qint64>(result.value->rows, INT_MAX)))
                      .arg(QDir::toNativeSeparators(fileName))
                : tr("Not exported: %1").arg(result.succeeded() ? result.value->error : result.error);
            showStatus(message, !ok);
            emit exported(ok, message);
        });
}

} // namespace Beholder
