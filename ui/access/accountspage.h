// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts of the open profile (issue 6), a page of the settings dialog:
// its accounts and the global admins in a table, the buttons that add,
// change, disable and remove them, and whether the profile requires signing
// in. Every change goes to AccountStore or the access policy with the
// principal acting, on a one-thread worker (a new password is hashed, which
// is slow by design), and is audited there; the page never decides who may
// do what: core refuses, and the page shows the refusal word for word. A
// principal without ManageUsers sees the list read-only, with a note why.
#pragma once

#include "access/accountstore.h"
#include "access/principal.h"
#include "profile/profile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Beholder {

class CacheDatabase;
class TaskRunner;

// The accounts as a table, sorted by the view's proxy.
class AccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsModel)

public:
    enum Column {
        UserColumn,
        DisplayNameColumn,
        RoleColumn,
        ScopeColumn,
        StateColumn,
        CreatedColumn,
        ColumnCount,
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(const QList<Access::Account> &accounts);
    const QList<Access::Account> &accounts() const { return m_accounts; }
    Access::Account accountAt(int row) const { return m_accounts.value(row); }
    int rowOf(const QString &profile, const QString &user) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Access::Account> m_accounts;
};

class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    // `accounts`: the data root's accounts (shared with the sign-in; tests lower its hash iterations).
    // `profile`: the open profile; its cache receives the audit rows. `principal`: who acts.
    AccountsPage(std::shared_ptr<Access::AccountStore> accounts, const Profile &profile,
                 const Access::Principal &principal, QWidget *parent = nullptr);
    // Cancels what is queued and waits for the change that runs (at most one password hash).
    ~AccountsPage() override;

    const Access::Principal &principal() const { return m_principal; }
    // The principal lacks ManageUsers: every button is off and a note says why.
    bool isReadOnly() const;
    bool isBusy() const { return m_pending > 0; }
    // The last result shown under the table (a refusal word for word, or what was done).
    QString message() const;
    bool signInRequired() const;

    AccountsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *signInRequiredBox() const { return m_signInRequired; }
    // The account of the current row; nothing when none is selected.
    std::optional<Access::Account> currentAccount() const;
    void selectAccount(const QString &profile, const QString &user);

    // The changes, each sent to core as is (the buttons ask first, then call these). Each ends with changed().
    void createAccount(const Access::NewAccount &account);
    void changeRole(const QString &profile, const QString &user, Access::Role role);
    void resetPassword(const QString &profile, const QString &user, const QString &password);
    void setAccountDisabled(const QString &profile, const QString &user, bool disabled);
    void removeAccount(const QString &profile, const QString &user);
    void setSignInRequired(bool required);

public slots:
    // Reads the accounts and the sign-in setting again; ends with loaded().
    void reload();
    // What the buttons do: a form or a question, then the change.
    void promptAdd();
    void promptChangeRole();
    void promptResetPassword();
    void toggleDisabled();
    void promptRemove();

signals:
    void loaded();
    // A change ended: done (ok) or refused or failed, with the text shown.
    void changed(bool ok, const QString &message);
    void signInRequiredChanged(bool required);

private:
    using Change = std::function<Access::AccountError(Access::AccountStore &, const Access::AuditLog *)>;
    void runChange(const QString &doneText, Change change, std::function<void(bool ok)> after = {});
    void showMessage(const QString &text, bool error);
    void updateActions();
    void setPending(int delta);

    std::shared_ptr<Access::AccountStore> m_accounts;
    Profile m_profile;
    Access::Principal m_principal;
    std::shared_ptr<CacheDatabase> m_cache; // the audit log's, opened on the worker
    std::unique_ptr<TaskRunner> m_runner;
    int m_pending = 0;
    bool m_signInRequiredKnown = false;

    AccountsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_readOnlyNote;
    QCheckBox *m_signInRequired;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_password;
    QPushButton *m_disable;
    QPushButton *m_remove;
    QLabel *m_message;
    QProgressBar *m_progress;
};

} // namespace Beholder
