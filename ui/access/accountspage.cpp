// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include "access/accesspolicy.h"
#include "access/auditlog.h"
#include "access/role.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "detailsection.h"
#include "tone.h"
#include "uilogging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;
using Access::Account;
using Access::AccountError;
using Access::Role;

namespace {

// Roles a new profile account may get, most privileged first (a global admin is a global account, offered apart).
const QList<Role> profileRoles{Role::ProfileAdmin, Role::Operator, Role::Technician, Role::Viewer};

QString dateTimeText(UnixTime at)
{
    if (at <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at), u"yyyy-MM-dd HH:mm"_s);
}

// The profile's audit log, opened on the calling (worker) thread the first time. A second try: a session
// opening the same cache may have been migrating it a moment ago. Nothing when it cannot be opened: the change
// still happens, and the log says it went unaudited.
std::optional<Access::AuditLog> auditOn(CacheDatabase *cache)
{
    QString error;
    if (cache->isOpen() || cache->open(&error) || cache->open(&error))
        return Access::AuditLog(cache);
    qCWarning(lcUi).noquote() << "account changes are not audited:" << error;
    return std::nullopt;
}

// Add…: user name, display name, role and the password twice, each checked as typed with core's own rules.
class AccountFormDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountFormDialog(const QString &profileName, bool offerGlobalAdmin, QWidget *parent)
        : QDialog(parent)
        , m_profileName(profileName)
        , m_user(new QLineEdit(this))
        , m_displayName(new QLineEdit(this))
        , m_role(new QComboBox(this))
        , m_password(new QLineEdit(this))
        , m_confirm(new QLineEdit(this))
        , m_problem(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(u"accountFormDialog"_s);
        setWindowTitle(tr("Add Account"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_user->setObjectName(u"userField"_s);
        m_user->setMaxLength(Access::AccountStore::maximumUserNameLength);
        m_displayName->setObjectName(u"displayNameField"_s);
        m_displayName->setPlaceholderText(tr("Optional: the person's full name"));
        m_role->setObjectName(u"roleCombo"_s);
        for (Role role : profileRoles)
            m_role->addItem(Access::roleName(role), int(role));
        if (offerGlobalAdmin)
            m_role->addItem(tr("%1 (every profile)").arg(Access::roleName(Role::GlobalAdmin)), int(Role::GlobalAdmin));
        m_role->setCurrentIndex(m_role->findData(int(Role::Technician)));
        m_password->setObjectName(u"passwordField"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm->setObjectName(u"confirmField"_s);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&User name:"), m_user);
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm:"), m_confirm);
        layout->addLayout(form);
        m_roleDescription = new QLabel(this);
        m_roleDescription->setWordWrap(true);
        setLabelTone(m_roleDescription, Tone::Muted);
        layout->addWidget(m_roleDescription);
        m_problem->setObjectName(u"formProblem"_s);
        m_problem->setWordWrap(true);
        setLabelTone(m_problem, Tone::Warning);
        layout->addWidget(m_problem);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        for (QLineEdit *field : {m_user, m_password, m_confirm})
            connect(field, &QLineEdit::textChanged, this, &AccountFormDialog::check);
        connect(m_role, &QComboBox::currentIndexChanged, this, &AccountFormDialog::check);
        setMinimumWidth(fontMetrics().averageCharWidth() * 60);
        check();
    }

    Access::NewAccount account() const
    {
        Access::NewAccount account;
        account.userName = m_user->text().trimmed();
        account.displayName = m_displayName->text().trimmed();
        if (account.displayName.isNull())
            account.displayName = u""_s; // the same NOT NULL column rule

        account.role = Role(m_role->currentData().toInt());
        // Empty but not null: AccountStore binds a null QString as SQL NULL, which its NOT NULL column refuses.
        account.profile = account.role == Role::GlobalAdmin ? u""_s : m_profileName;
        account.password = m_password->text();
        return account;
    }

private:
    void check()
    {
        const Role role = Role(m_role->currentData().toInt());
        m_roleDescription->setText(Access::roleDescription(role));
        QString problem;
        if (m_user->text().trimmed().isEmpty())
            problem = tr("Type the user name people sign in with.");
        else if (const QString why = Access::AccountStore::userNameError(m_user->text().trimmed()); !why.isEmpty())
            problem = why;
        else if (const QString why = Access::AccountStore::passwordError(m_password->text()); !why.isEmpty())
            problem = why;
        else if (m_confirm->text() != m_password->text())
            problem = tr("The two passwords differ.");
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    QString m_profileName;
    QLineEdit *m_user;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_roleDescription = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Reset Password…: the new password twice.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &userName, QWidget *parent)
        : QDialog(parent)
        , m_password(new QLineEdit(this))
        , m_confirm(new QLineEdit(this))
        , m_problem(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(u"passwordDialog"_s);
        setWindowTitle(tr("Reset Password of %1").arg(userName));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&New password:"), m_password);
        form->addRow(tr("&Confirm:"), m_confirm);
        layout->addLayout(form);
        m_problem->setWordWrap(true);
        setLabelTone(m_problem, Tone::Warning);
        layout->addWidget(m_problem);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset"));
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        for (QLineEdit *field : {m_password, m_confirm})
            connect(field, &QLineEdit::textChanged, this, &PasswordDialog::check);
        setMinimumWidth(fontMetrics().averageCharWidth() * 50);
        check();
    }

    QString password() const { return m_password->text(); }

private:
    void check()
    {
        QString problem = Access::AccountStore::passwordError(m_password->text());
        if (problem.isEmpty() && m_confirm->text() != m_password->text())
            problem = tr("The two passwords differ.");
        m_problem->setText(problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

struct Snapshot
{
    QList<Account> accounts;
    bool signInRequired = false;
    AccountError error;
};

} // namespace

// --- AccountsModel

void AccountsModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int AccountsModel::rowOf(const QString &profile, const QString &user) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &account = m_accounts.at(row);
        if (account.profile == profile && account.userName.compare(user, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserColumn:
            return account.userName;
        case DisplayNameColumn:
            return account.displayName;
        case RoleColumn:
            return Access::roleName(account.role);
        case ScopeColumn:
            return account.isGlobal() ? tr("Every profile") : tr("This profile");
        case StateColumn:
            return account.disabled ? tr("Disabled") : tr("Enabled");
        case CreatedColumn:
            return dateTimeText(account.createdAt);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case RoleColumn:
            return int(account.role); // by privilege, not alphabetically
        case CreatedColumn:
            return account.createdAt;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    } else if (role == Qt::ForegroundRole) {
        if (account.disabled)
            return toneColor(Tone::Muted, QPalette());
    } else if (role == Qt::ToolTipRole && index.column() == RoleColumn) {
        return Access::roleDescription(account.role);
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case DisplayNameColumn:
        return tr("Display Name");
    case RoleColumn:
        return tr("Role");
    case ScopeColumn:
        return tr("Scope");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

// --- AccountsPage

AccountsPage::AccountsPage(std::shared_ptr<Access::AccountStore> accounts, const Profile &profile,
                           const Access::Principal &principal, QWidget *parent)
    : QWidget(parent)
    , m_accounts(std::move(accounts))
    , m_profile(profile)
    , m_principal(principal)
    , m_cache(std::make_shared<CacheDatabase>(profile.cacheFile()))
    , m_runner(std::make_unique<TaskRunner>(u"accounts"_s, 1))
    , m_model(new AccountsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_signInRequired(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_role(new QPushButton(tr("Change &Role…"), this))
    , m_password(new QPushButton(tr("Reset &Password…"), this))
    , m_disable(new QPushButton(tr("D&isable"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"accountsPage"_s);
    const int unit = fontMetrics().averageCharWidth();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    auto *intro = new QLabel(tr("The people who sign in to profile “%1”, and the global admins, who sign in to "
                                "every profile. A role decides what each may do; Beholder checks it on every action.")
                                 .arg(profile.name()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    setLabelTone(m_readOnlyNote, Tone::Warning);
    m_readOnlyNote->setText(
        tr("Read-only: %1 Ask a profile admin to change accounts.")
            .arg(principal.isNobody()
                     ? tr("nobody is signed in.")
                     : tr("you are signed in as %1, and managing accounts needs the profile admin role.")
                           .arg(principal.describe())));
    m_readOnlyNote->setVisible(!principal.may(Access::Permission::ManageUsers));
    layout->addWidget(m_readOnlyNote);

    m_signInRequired->setObjectName(u"signInRequiredBox"_s);
    m_signInRequired->setText(tr("Require &sign-in on this profile"));
    m_signInRequired->setEnabled(false); // until the setting is read
    layout->addWidget(m_signInRequired);
    auto *signInHelp = new QLabel(tr("Without it, whoever runs Beholder on this computer acts as this profile's "
                                     "admin. Turning it on needs an enabled profile admin or global admin account."),
                                  this);
    signInHelp->setWordWrap(true);
    signInHelp->setTextFormat(Qt::PlainText);
    signInHelp->setIndent(unit * 3);
    setLabelTone(signInHelp, Tone::Muted);
    layout->addWidget(signInHelp);
    // clicked, not toggled: reverting the box after a refusal must not ask again.
    connect(m_signInRequired, &QCheckBox::clicked, this, &AccountsPage::setSignInRequired);

    auto *buttonRow = new QHBoxLayout;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    buttonRow->addWidget(m_search, 1);
    for (QPushButton *button : {m_add, m_role, m_password, m_disable, m_remove}) {
        button->setAutoDefault(false);
        buttonRow->addWidget(button);
    }
    m_add->setObjectName(u"addButton"_s);
    m_role->setObjectName(u"roleButton"_s);
    m_password->setObjectName(u"passwordButton"_s);
    m_disable->setObjectName(u"disableButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    layout->addLayout(buttonRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"accountsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountsModel::UserColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AccountsModel::DisplayNameColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Accounts"));
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateActions);
    connect(m_view, &QTableView::activated, this, &AccountsPage::promptChangeRole);

    auto *statusRow = new QHBoxLayout;
    m_progress->setObjectName(u"accountsProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progress->setMaximumWidth(unit * 12);
    m_progress->setVisible(false);
    m_message->setObjectName(u"accountsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_message, 1);
    layout->addLayout(statusRow);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::promptAdd);
    connect(m_role, &QPushButton::clicked, this, &AccountsPage::promptChangeRole);
    connect(m_password, &QPushButton::clicked, this, &AccountsPage::promptResetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::toggleDisabled);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::promptRemove);

    updateActions();
    reload();
}

AccountsPage::~AccountsPage()
{
    m_runner->cancelAll();
    m_runner->waitForDone();
}

bool AccountsPage::isReadOnly() const
{
    return !m_principal.may(Access::Permission::ManageUsers);
}

QString AccountsPage::message() const
{
    return m_message->text();
}

bool AccountsPage::signInRequired() const
{
    return m_signInRequired->isChecked();
}

std::optional<Account> AccountsPage::currentAccount() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->accountAt(m_proxy->mapToSource(current).row());
}

void AccountsPage::selectAccount(const QString &profile, const QString &user)
{
    const int row = m_model->rowOf(profile, user);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, AccountsModel::UserColumn)));
}

void AccountsPage::setPending(int delta)
{
    m_pending += delta;
    m_progress->setVisible(m_pending > 0);
    updateActions();
}

void AccountsPage::reload()
{
    setPending(+1);
    const std::shared_ptr<Access::AccountStore> accounts = m_accounts;
    const Profile profile = m_profile;
    m_runner->runThen(
        this,
        [accounts, profile] {
            Snapshot snapshot;
            snapshot.accounts = accounts->list(profile.name(), &snapshot.error);
            snapshot.signInRequired = Access::isSignInRequired(profile);
            return snapshot;
        },
        [this](const TaskResult<Snapshot> &result) {
            setPending(-1);
            if (result.canceled())
                return;
            if (!result.succeeded() || result.value->error.isError()) {
                showMessage(tr("The accounts could not be read: %1")
                                .arg(result.succeeded() ? result.value->error.message : result.error),
                            true);
                emit loaded();
                return;
            }
            const std::optional<Account> current = currentAccount();
            m_model->setAccounts(result.value->accounts);
            m_view->resizeColumnsToContents();
            if (current)
                selectAccount(current->profile, current->userName);
            m_signInRequired->setChecked(result.value->signInRequired);
            m_signInRequiredKnown = true;
            updateActions();
            emit loaded();
        });
}

void AccountsPage::runChange(const QString &doneText, Change change, std::function<void(bool ok)> after)
{
    setPending(+1);
    const std::shared_ptr<Access::AccountStore> accounts = m_accounts;
    CacheDatabase *cache = m_cache.get(); // the runner is destroyed first and waits
    m_runner->runThen(
        this,
        [accounts, cache, change = std::move(change)] {
            const std::optional<Access::AuditLog> audit = auditOn(cache);
            return change(*accounts, audit ? &*audit : nullptr);
        },
        [this, doneText, after = std::move(after)](const TaskResult<AccountError> &result) {
            setPending(-1);
            if (result.canceled())
                return;
            QString text = doneText;
            bool ok = true;
            if (!result.succeeded()) {
                text = tr("Not changed: %1").arg(result.error);
                ok = false;
            } else if (result.value->isError()) {
                // Core's sentence as is: it names the role that would be needed.
                text = result.value->kind == AccountError::Kind::Denied
                    ? result.value->message
                    : tr("Not changed: %1").arg(result.value->message);
                ok = false;
            }
            showMessage(text, !ok);
            if (after)
                after(ok);
            emit changed(ok, text);
            reload();
        });
}

void AccountsPage::createAccount(const Access::NewAccount &account)
{
    const Access::Principal by = m_principal;
    runChange(tr("Account “%1” created.").arg(account.userName.trimmed()),
              [by, account](Access::AccountStore &store, const Access::AuditLog *audit) {
                  return store.create(by, account, audit);
              });
}

void AccountsPage::changeRole(const QString &profile, const QString &user, Role role)
{
    const Access::Principal by = m_principal;
    runChange(tr("“%1” is now %2.").arg(user, Access::roleNameInSentence(role)),
              [by, profile, user, role](Access::AccountStore &store, const Access::AuditLog *audit) {
                  return store.setRole(by, profile, user, role, audit);
              });
}

void AccountsPage::resetPassword(const QString &profile, const QString &user, const QString &password)
{
    const Access::Principal by = m_principal;
    runChange(tr("The password of “%1” was reset.").arg(user),
              [by, profile, user, password](Access::AccountStore &store, const Access::AuditLog *audit) {
                  return store.setPassword(by, profile, user, password, audit);
              });
}

void AccountsPage::setAccountDisabled(const QString &profile, const QString &user, bool disabled)
{
    const Access::Principal by = m_principal;
    runChange(disabled ? tr("“%1” is disabled: it can no longer sign in.").arg(user)
                       : tr("“%1” is enabled again.").arg(user),
              [by, profile, user, disabled](Access::AccountStore &store, const Access::AuditLog *audit) {
                  return store.setDisabled(by, profile, user, disabled, audit);
              });
}

void AccountsPage::removeAccount(const QString &profile, const QString &user)
{
    const Access::Principal by = m_principal;
    runChange(tr("Account “%1” removed.").arg(user),
              [by, profile, user](Access::AccountStore &store, const Access::AuditLog *audit) {
                  return store.remove(by, profile, user, audit);
              });
}

void AccountsPage::setSignInRequired(bool required)
{
    const Access::Principal by = m_principal;
    const Profile profile = m_profile;
    m_signInRequired->setEnabled(false);
    runChange(
        required
            ? tr("Profile “%1” now requires signing in. It takes effect the next time it opens.").arg(profile.name())
            : tr("Profile “%1” no longer requires signing in.").arg(profile.name()),
        [by, profile, required](Access::AccountStore &store, const Access::AuditLog *audit) {
            const QString error = Access::setSignInRequired(profile, required, by, store, audit);
            if (error.isEmpty())
                return AccountError();
            // A refusal by role reads as one; the rest ("no account could administer it") as a failure.
            return AccountError::make(by.may(Access::Permission::ManageUsers) ? AccountError::Kind::Invalid
                                                                              : AccountError::Kind::Denied,
                                      error);
        },
        // The box shows what the file says once the change is over (reload()), so a refusal puts it back.
        [this, required](bool ok) {
            if (ok)
                emit signInRequiredChanged(required);
        });
}

void AccountsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setLabelTone(m_message, error ? Tone::Critical : Tone::Ok);
}

void AccountsPage::updateActions()
{
    const bool manage = !isReadOnly();
    const std::optional<Account> account = currentAccount();
    const bool idle = m_pending == 0;
    m_add->setEnabled(manage && idle);
    m_role->setEnabled(manage && idle && account && !account->isGlobal());
    m_role->setToolTip(account && account->isGlobal()
                           ? tr("A global account stays a global admin; create a profile account instead.")
                           : QString());
    m_password->setEnabled(manage && idle && account);
    m_disable->setEnabled(manage && idle && account);
    m_disable->setText(account && account->disabled ? tr("E&nable") : tr("D&isable"));
    m_remove->setEnabled(manage && idle && account);
    m_signInRequired->setEnabled(manage && idle && m_signInRequiredKnown);
}

void AccountsPage::promptAdd()
{
    if (isReadOnly())
        return;
    const bool offerGlobal = m_principal.role() == Role::GlobalAdmin || m_principal.isSingleUser();
    AccountFormDialog form(m_profile.name(), offerGlobal, this);
    if (form.exec() == QDialog::Accepted)
        createAccount(form.account());
}

void AccountsPage::promptChangeRole()
{
    const std::optional<Account> account = currentAccount();
    if (isReadOnly() || !account || account->isGlobal())
        return;
    QStringList names;
    for (Role role : profileRoles)
        names << Access::roleName(role);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Change Role"), tr("Role of “%1” on this profile:").arg(account->userName),
                                names, int(profileRoles.indexOf(account->role)), false, &ok);
    if (!ok)
        return;
    const Role role = profileRoles.value(names.indexOf(chosen), account->role);
    if (role != account->role)
        changeRole(account->profile, account->userName, role);
}

void AccountsPage::promptResetPassword()
{
    const std::optional<Account> account = currentAccount();
    if (isReadOnly() || !account)
        return;
    PasswordDialog dialog(account->userName, this);
    if (dialog.exec() == QDialog::Accepted)
        resetPassword(account->profile, account->userName, dialog.password());
}

void AccountsPage::toggleDisabled()
{
    const std::optional<Account> account = currentAccount();
    if (isReadOnly() || !account)
        return;
    setAccountDisabled(account->profile, account->userName, !account->disabled);
}

void AccountsPage::promptRemove()
{
    const std::optional<Account> account = currentAccount();
    if (isReadOnly() || !account)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Account"),
        tr("Remove the account “%1”? It can no longer sign in; the audit log keeps what it did.")
            .arg(account->userName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeAccount(account->profile, account->userName);
}

} // namespace Beholder

#include "accountspage.moc"
