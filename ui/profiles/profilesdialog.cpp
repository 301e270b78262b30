// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include "access/accesspolicy.h"
#include "access/accountstore.h"
#include "access/authorization.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "detailsection.h"
#include "profile/profilemanager.h"
#include "tone.h"
#include "uilogging.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;
using Access::AuditEntry;
using Access::AuditOutcome;
using Access::Permission;
using Access::Principal;
using Access::Role;

namespace {

struct ProfileRow
{
    QString name;
    bool signInRequired = false;
    QString unchangeable; // ProfileLifecycle::whyUnchangeable()
};

struct Listing
{
    QList<ProfileRow> rows;
};

struct CreateResult
{
    bool ok = false;
    QString message;
};

// The open profile's audit log on the calling (worker) thread. A second try: a session opening the same cache may
// have been migrating it a moment ago.
std::optional<Access::AuditLog> openLog(CacheDatabase *cache)
{
    QString error;
    if (cache->isOpen() || cache->open(&error) || cache->open(&error))
        return Access::AuditLog(cache);
    qCWarning(lcUi).noquote() << "profile changes are not audited:" << error;
    return std::nullopt;
}

} // namespace

// --- ProfileNameDialog

ProfileNameDialog::ProfileNameDialog(const QString &dataDirectory, TaskRunner *runner, const QString &oldName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_dataDirectory(dataDirectory)
    , m_runner(runner)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"profileNameDialog"_s);
    setWindowTitle(oldName.isEmpty() ? tr("New Profile") : tr("Rename Profile"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(oldName.isEmpty() ? tr("A profile is one ISP: its own cache, settings, logs and keychain entries.")
                                       : tr("The profile's folder and its keychain entries move to the new name; its "
                                            "accounts follow."),
                     this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setObjectName(u"nameField"_s);
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("Letters, digits, - and _"));
    if (!oldName.isEmpty()) {
        m_name->setText(oldName);
        m_name->selectAll();
    }
    form->addRow(oldName.isEmpty() ? tr("&Name:") : tr("&New name:"), m_name);
    layout->addLayout(form);
    m_problem->setObjectName(u"nameProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setLabelTone(m_problem, Tone::Warning);
    // Room for one line of reason, so the dialog does not jump as the operator types.
    m_problem->setMinimumHeight(fontMetrics().height() * 2);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(oldName.isEmpty() ? tr("&Create") : tr("&Rename"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileNameDialog::check);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    check();
}

QString ProfileNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString ProfileNameDialog::problem() const
{
    return m_problem->text();
}

bool ProfileNameDialog::isAcceptable() const
{
    return m_acceptable;
}

void ProfileNameDialog::check()
{
    const QString name = this->name();
    const quint64 sequence = ++m_sequence;
    m_acceptable = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (name.isEmpty()) {
        m_problem->clear();
        emit checked(name, {});
        return;
    }
    // whyNotNewName() lists the data root: on the worker, a temporary lifecycle of its own (no stores needed).
    const QString dataDirectory = m_dataDirectory;
    m_runner->runThen(
        this, [dataDirectory, name] { return ProfileLifecycle(dataDirectory, {}).whyNotNewName(name); },
        [this, sequence, name](const TaskResult<QString> &result) {
            if (sequence != m_sequence || result.canceled())
                return; // the operator typed on
            const QString problem = result.succeeded() ? *result.value : result.error;
            m_problem->setText(problem);
            m_acceptable = problem.isEmpty();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_acceptable);
            emit checked(name, problem);
        });
}

// --- DeleteProfileDialog

DeleteProfileDialog::DeleteProfileDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_confirm(new QLineEdit(this))
    , m_delete(nullptr)
{
    setObjectName(u"deleteProfileDialog"_s);
    setWindowTitle(tr("Delete Profile"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("Delete profile “%1”? Its cache, settings and logs, the secrets it keeps in the "
                                  "keychain and its accounts go for good. This cannot be undone.")
                                   .arg(profileName),
                               this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    layout->addWidget(warning);
    auto *ask = new QLabel(tr("Type the profile's name to confirm:"), this);
    ask->setBuddy(m_confirm);
    layout->addWidget(ask);
    m_confirm->setObjectName(u"confirmField"_s);
    m_confirm->setPlaceholderText(profileName);
    layout->addWidget(m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this, profileName](const QString &text) { m_delete->setEnabled(text.trimmed() == profileName); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

// --- ProfilesDialog

struct ProfilesDialog::Checked
{
    QString refusal;   // empty: allowed
    Principal acting;  // who acts on the target profile (see actingOn())
    QString unchanged; // whyUnchangeable(), read again just before
};

namespace {

// Who acts on `target`, a profile other than the open one: a global admin as themselves; an admin of the open
// profile as the admin of a profile that requires no sign-in (whoever opens it is its admin anyway); nobody for a
// profile that requires sign-in, since its own admins cannot change it while it is open.
std::optional<Principal> actingOn(const Principal &principal, const QString &target, bool targetRequiresSignIn)
{
    if (principal.role() == Role::GlobalAdmin)
        return Principal(principal.userName(), Role::GlobalAdmin, target);
    if (!targetRequiresSignIn)
        return Principal(principal.userName(), Role::ProfileAdmin, target, true);
    return std::nullopt;
}

} // namespace

ProfilesDialog::ProfilesDialog(const QString &dataDirectory, const Profile &currentProfile, const Principal &principal,
                               StoreFactory stores, std::shared_ptr<Access::AccountStore> accounts, QWidget *parent)
    : QDialog(parent)
    , m_dataDirectory(dataDirectory)
    , m_current(currentProfile)
    , m_principal(principal)
    , m_accounts(accounts ? std::move(accounts) : std::make_shared<Access::AccountStore>(dataDirectory))
    , m_cache(std::make_shared<CacheDatabase>(currentProfile.cacheFile()))
    , m_runner(std::make_unique<TaskRunner>(u"profiles"_s, 1))
    , m_lifecycle(new ProfileLifecycle(dataDirectory, std::move(stores), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"profilesDialog"_s);
    setWindowTitle(tr("Profiles"));
    const int unit = fontMetrics().averageCharWidth();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    auto *intro = new QLabel(tr("Each profile is one ISP, kept apart from the others: its own cache, settings, logs, "
                                "keychain entries and accounts. The demo profile is always there."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search profiles"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search profiles"));
    layout->addWidget(m_search);

    m_model->setHorizontalHeaderLabels({tr("Profile"), tr("Sign-in"), tr("Status")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *middle = new QHBoxLayout;
    m_view->setObjectName(u"profilesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(NameColumn, unit * 24);
    m_view->setColumnWidth(SignInColumn, unit * 16);
    m_view->setAccessibleName(tr("Profiles"));
    middle->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProfilesDialog::updateActions);
    connect(m_view, &QTableView::activated, this, &ProfilesDialog::openSelected);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_open, m_new, m_rename, m_delete}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->insertSpacing(1, unit * 2);
    buttons->addStretch(1);
    m_open->setObjectName(u"openButton"_s);
    m_new->setObjectName(u"newButton"_s);
    m_rename->setObjectName(u"renameButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    middle->addLayout(buttons);
    layout->addLayout(middle, 1);

    auto *statusRow = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progress->setMaximumWidth(unit * 12);
    m_progress->setVisible(false);
    m_message->setObjectName(u"profilesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_message, 1);
    layout->addLayout(statusRow);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_open, &QPushButton::clicked, this, &ProfilesDialog::openSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfilesDialog::promptNew);
    connect(m_rename, &QPushButton::clicked, this, &ProfilesDialog::promptRename);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::promptDelete);

    resize(unit * 96, fontMetrics().height() * 26);
    updateActions();
    reload();
}

ProfilesDialog::~ProfilesDialog()
{
    m_runner->cancelAll();
    m_runner->waitForDone();
}

QString ProfilesDialog::selectedProfile() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(NameRole).toString() : QString();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(NameRole).toString() == name) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

QString ProfilesDialog::message() const
{
    return m_message->text();
}

void ProfilesDialog::setPending(int delta)
{
    m_pending += delta;
    m_progress->setVisible(m_pending > 0);
    updateActions();
}

void ProfilesDialog::reload()
{
    setPending(+1);
    const QString dataDirectory = m_dataDirectory;
    m_runner->runThen(
        this,
        [dataDirectory] {
            Listing listing;
            QStringList names = ProfileManager(dataDirectory).profileNames();
            if (!names.contains(Profile::demoName()))
                names << Profile::demoName(); // created when first opened
            const ProfileLifecycle lifecycle(dataDirectory, {});
            for (const QString &name : std::as_const(names)) {
                const Profile profile(name, dataDirectory);
                listing.rows << ProfileRow{name, Access::isSignInRequired(profile), lifecycle.whyUnchangeable(name)};
            }
            return listing;
        },
        [this](const TaskResult<Listing> &result) {
            setPending(-1);
            if (result.canceled())
                return;
            if (!result.succeeded()) {
                showMessage(tr("The profiles could not be listed: %1").arg(result.error), true);
                emit loaded();
                return;
            }
            const QString selected = selectedProfile();
            m_model->removeRows(0, m_model->rowCount());
            m_names.clear();
            m_unchangeable.clear();
            for (const ProfileRow &row : result.value->rows) {
                const bool open = row.name == m_current.name();
                auto *name = new QStandardItem(row.name);
                name->setData(row.name, NameRole);
                QString status;
                if (open)
                    status = tr("Open now");
                else if (row.name == Profile::demoName())
                    status = tr("Demo: always available");
                else if (!row.unchangeable.isEmpty())
                    status = row.unchangeable;
                if (open) {
                    QFont bold = m_view->font();
                    bold.setBold(true);
                    name->setFont(bold);
                }
                auto *signIn = new QStandardItem(row.signInRequired ? tr("Required") : tr("Not required"));
                auto *statusItem = new QStandardItem(status);
                statusItem->setToolTip(status);
                if (!open)
                    statusItem->setForeground(toneColor(Tone::Muted, palette()));
                m_model->appendRow({name, signIn, statusItem});
                m_names << row.name;
                m_unchangeable.insert(row.name, row.unchangeable);
            }
            selectProfile(selected.isEmpty() || !m_names.contains(selected) ? m_current.name() : selected);
            updateActions();
            emit loaded();
        });
}

QString ProfilesDialog::whyNotNow(const QString &name) const
{
    if (name == m_current.name())
        return tr("“%1” is the open profile: switch to another profile first.").arg(name);
    return m_unchangeable.value(name);
}

void ProfilesDialog::updateActions()
{
    const QString name = selectedProfile();
    const bool idle = m_pending == 0;
    const QString why = name.isEmpty() ? QString() : whyNotNow(name);
    m_open->setEnabled(idle && !name.isEmpty() && name != m_current.name());
    m_new->setEnabled(idle);
    m_rename->setEnabled(idle && !name.isEmpty() && why.isEmpty());
    m_delete->setEnabled(idle && !name.isEmpty() && why.isEmpty());
    m_rename->setToolTip(why);
    m_delete->setToolTip(why);
}

void ProfilesDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setLabelTone(m_message, error ? Tone::Critical : Tone::Ok);
}

void ProfilesDialog::report(bool ok, const QString &message)
{
    showMessage(message, !ok);
    emit finished(ok, message);
}

void ProfilesDialog::audit(const AuditEntry &entry)
{
    CacheDatabase *cache = m_cache.get(); // the runner goes first and waits
    m_runner->run([cache, entry] {
        if (const auto log = openLog(cache))
            log->append(entry);
    });
}

void ProfilesDialog::checkThen(Permission permission, const QString &action, const QString &name, Operation then)
{
    setPending(+1);
    CacheDatabase *cache = m_cache.get();
    const Principal principal = m_principal;
    const QString dataDirectory = m_dataDirectory;
    m_runner->runThen(
        this,
        [cache, principal, permission, action, name, dataDirectory] {
            Checked checked;
            const std::optional<Access::AuditLog> log = openLog(cache);
            const Access::AuditLog *audit = log ? &*log : nullptr;
            if (const auto denied = Access::authorize(principal, permission, audit, action, name)) {
                checked.refusal = *denied;
                return checked;
            }
            const bool requiresSignIn = Access::isSignInRequired(Profile(name, dataDirectory));
            const std::optional<Principal> acting = actingOn(principal, name, requiresSignIn);
            if (!acting) {
                checked.refusal = tr("Signed in as %1: profile “%2” requires signing in, so only a global admin can "
                                     "rename or delete it.")
                                      .arg(principal.describe(), name);
                if (audit)
                    audit->append(AuditEntry::by(principal, action, name, u"needs global-admin (sign-in required)"_s,
                                                 AuditOutcome::Denied));
                return checked;
            }
            checked.acting = *acting;
            checked.unchanged = ProfileLifecycle(dataDirectory, {}).whyUnchangeable(name);
            return checked;
        },
        [this, then = std::move(then)](const TaskResult<Checked> &result) {
            setPending(-1);
            if (result.canceled())
                return;
            if (!result.succeeded()) {
                report(false, tr("Nothing was changed: %1").arg(result.error));
                return;
            }
            if (!result.value->refusal.isEmpty()) {
                report(false, result.value->refusal);
                return;
            }
            if (!result.value->unchanged.isEmpty()) {
                report(false, result.value->unchanged);
                return;
            }
            then(*result.value);
        });
}

void ProfilesDialog::createProfile(const QString &name)
{
    setPending(+1);
    CacheDatabase *cache = m_cache.get();
    const Principal principal = m_principal;
    const QString dataDirectory = m_dataDirectory;
    m_runner->runThen(
        this,
        [cache, principal, name, dataDirectory] {
            CreateResult result;
            const QString action = Access::AuditAction::profileCreate();
            const std::optional<Access::AuditLog> log = openLog(cache);
            const Access::AuditLog *audit = log ? &*log : nullptr;
            if (const auto denied = Access::authorize(principal, Permission::CreateProfile, audit, action, name)) {
                result.message = *denied;
                return result;
            }
            const auto fail = [&](const QString &error) {
                result.message = tr("Profile “%1” was not created: %2").arg(name, error);
                if (audit)
                    audit->append(AuditEntry::by(principal, action, name, error, AuditOutcome::Failed));
                return result;
            };
            if (const QString why = ProfileLifecycle(dataDirectory, {}).whyNotNewName(name); !why.isEmpty())
                return fail(why);
            QString error;
            if (!ProfileManager(dataDirectory).openOrCreate(name, &error))
                return fail(error);
            if (audit)
                audit->append(AuditEntry::by(principal, action, name));
            qCInfo(lcUi).noquote() << "profile" << name << "created by" << principal.describe();
            result.ok = true;
            result.message = tr("Profile “%1” created. Open it to set up its sources.").arg(name);
            return result;
        },
        [this, name](const TaskResult<CreateResult> &result) {
            setPending(-1);
            if (result.canceled())
                return;
            const bool ok = result.succeeded() && result.value->ok;
            report(ok, result.succeeded() ? result.value->message : result.error);
            if (ok) {
                emit profileCreated(name);
                connect(
                    this, &ProfilesDialog::loaded, this, [this, name] { selectProfile(name); },
                    Qt::SingleShotConnection);
            }
            reload();
        });
}

void ProfilesDialog::renameProfile(const QString &from, const QString &to)
{
    if (from == m_current.name()) {
        report(false, whyNotNow(from));
        return;
    }
    const QString action = Access::AuditAction::profileRename();
    checkThen(Permission::ManageProfile, action, from, [this, from, to, action](const Checked &checked) {
        setPending(+1);
        // The folder and the keychain namespace, on this thread (the stores are asynchronous QObjects).
        m_lifecycle->rename(from, to, [this, from, to, action, checked](const ProfileLifecycle::Outcome &outcome) {
            if (!outcome.ok()) {
                setPending(-1);
                audit(AuditEntry::by(m_principal, action, from, u"to %1: %2"_s.arg(to, outcome.error),
                                     AuditOutcome::Failed));
                report(false, outcome.error);
                reload();
                return;
            }
            // The accounts follow, then the audit row says all that happened.
            const std::shared_ptr<Access::AccountStore> accounts = m_accounts;
            CacheDatabase *cache = m_cache.get();
            const Principal principal = m_principal;
            m_runner->runThen(
                this,
                [accounts, cache, principal, checked, from, to, action, outcome] {
                    QStringList warnings = outcome.warnings;
                    const Access::AccountError error = accounts->renameProfile(checked.acting, from, to);
                    if (error.isError())
                        warnings << tr("its accounts still name “%1”: %2").arg(from, error.message);
                    if (const auto log = openLog(cache))
                        log->append(AuditEntry::by(
                            principal, action, from,
                            warnings.isEmpty() ? u"to %1"_s.arg(to) : u"to %1; %2"_s.arg(to, warnings.join(u"; "_s))));
                    return warnings;
                },
                [this, from, to](const TaskResult<QStringList> &result) {
                    setPending(-1);
                    const QStringList warnings = result.succeeded() ? *result.value : QStringList{result.error};
                    QString message = tr("Profile “%1” renamed to “%2”.").arg(from, to);
                    if (!warnings.isEmpty())
                        message += u' ' + tr("But: %1.").arg(warnings.join(u"; "_s));
                    report(true, message);
                    emit profileRenamed(from, to);
                    connect(
                        this, &ProfilesDialog::loaded, this, [this, to] { selectProfile(to); },
                        Qt::SingleShotConnection);
                    reload();
                });
        });
    });
}

void ProfilesDialog::deleteProfile(const QString &name)
{
    if (name == m_current.name()) {
        report(false, whyNotNow(name));
        return;
    }
    const QString action = Access::AuditAction::profileDelete();
    checkThen(Permission::ManageProfile, action, name, [this, name, action](const Checked &checked) {
        setPending(+1);
        m_lifecycle->remove(name, [this, name, action, checked](const ProfileLifecycle::Outcome &outcome) {
            if (!outcome.ok()) {
                setPending(-1);
                audit(AuditEntry::by(m_principal, action, name, outcome.error, AuditOutcome::Failed));
                report(false, outcome.error);
                reload();
                return;
            }
            const std::shared_ptr<Access::AccountStore> accounts = m_accounts;
            CacheDatabase *cache = m_cache.get();
            const Principal principal = m_principal;
            m_runner->runThen(
                this,
                [accounts, cache, principal, checked, name, action, outcome] {
                    QStringList warnings = outcome.warnings;
                    const Access::AccountError error = accounts->removeProfile(checked.acting, name);
                    if (error.isError())
                        warnings << tr("its accounts could not be removed: %1").arg(error.message);
                    if (const auto log = openLog(cache))
                        log->append(AuditEntry::by(principal, action, name, warnings.join(u"; "_s)));
                    return warnings;
                },
                [this, name](const TaskResult<QStringList> &result) {
                    setPending(-1);
                    const QStringList warnings = result.succeeded() ? *result.value : QStringList{result.error};
                    QString message = tr("Profile “%1” deleted.").arg(name);
                    if (!warnings.isEmpty())
                        message += u' ' + tr("But: %1.").arg(warnings.join(u"; "_s));
                    report(true, message);
                    emit profileDeleted(name);
                    reload();
                });
        });
    });
}

void ProfilesDialog::openProfile(const QString &name)
{
    if (name.isEmpty() || name == m_current.name())
        return;
    emit openProfileRequested(name);
    accept();
}

void ProfilesDialog::openSelected()
{
    openProfile(selectedProfile());
}

void ProfilesDialog::promptNew()
{
    if (!m_principal.may(Permission::CreateProfile)) {
        createProfile({}); // refused (and audited) by the check, which says which role it needs
        return;
    }
    ProfileNameDialog dialog(m_dataDirectory, m_runner.get(), {}, this);
    if (dialog.exec() == QDialog::Accepted)
        createProfile(dialog.name());
}

void ProfilesDialog::promptRename()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    if (const QString why = whyNotNow(name); !why.isEmpty()) {
        report(false, why);
        return;
    }
    if (!m_principal.may(Permission::ManageProfile)) {
        renameProfile(name, name); // refused by the check before anything else
        return;
    }
    ProfileNameDialog dialog(m_dataDirectory, m_runner.get(), name, this);
    if (dialog.exec() == QDialog::Accepted)
        renameProfile(name, dialog.name());
}

void ProfilesDialog::promptDelete()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    if (const QString why = whyNotNow(name); !why.isEmpty()) {
        report(false, why);
        return;
    }
    if (!m_principal.may(Permission::ManageProfile)) {
        deleteProfile(name);
        return;
    }
    DeleteProfileDialog dialog(name, this);
    if (dialog.exec() == QDialog::Accepted)
        deleteProfile(name);
}

} // namespace Beholder
