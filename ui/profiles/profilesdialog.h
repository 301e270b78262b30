// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Profiles… (issue 6): the ISP profiles of the data root, the open one
// marked and the demo always listed; New…, Rename…, Delete… and Open.
//
// - New names are checked as typed with ProfileLifecycle::whyNotNewName()
//   (on the worker: it lists the data root).
// - Rename and Delete go through ProfileLifecycle, so the keychain namespace
//   moves or goes with the folder, with the caller's store factory (the OS
//   keychain in the console, a memory store in tests); the accounts of the
//   profile follow (AccountStore::renameProfile / removeProfile).
// - Delete asks for the profile's name to be typed.
// - The open profile can be neither renamed nor deleted: switch first.
// - Each is checked against the principal (CreateProfile, ManageProfile)
//   and audited, allowed, refused or failed, in the open profile's log.
//   Renaming or deleting another profile that requires sign-in needs a
//   global admin: its own admins can only sign in to it, and it cannot be
//   changed while open.
// Open only asks: openProfileRequested(), and the main window switches.
#pragma once

#include "access/auditlog.h"
#include "access/principal.h"
#include "profile/profile.h"
#include "sources/profilelifecycle.h"

#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Beholder {

class CacheDatabase;
class TaskRunner;

namespace Access {
class AccountStore;
}

// The name of a new or renamed profile, checked as typed (whyNotNewName() on `runner`, newest answer wins).
class ProfileNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileNameDialog)

public:
    // `runner` must outlive the dialog. `oldName` empty: a new profile; else the one being renamed.
    ProfileNameDialog(const QString &dataDirectory, TaskRunner *runner, const QString &oldName,
                      QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameField() const { return m_name; }
    // Why the typed name cannot be used (empty when it can); valid once checked() was emitted for it.
    QString problem() const;
    bool isAcceptable() const;

signals:
    void checked(const QString &name, const QString &problem);

private:
    void check();

    QString m_dataDirectory;
    TaskRunner *m_runner;
    quint64 m_sequence = 0;
    bool m_acceptable = false;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Delete…: the profile's name must be typed before Delete is enabled.
class DeleteProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteProfileDialog)

public:
    DeleteProfileDialog(const QString &profileName, QWidget *parent = nullptr);
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QLineEdit *m_confirm;
    QPushButton *m_delete;
};

class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    using StoreFactory = ProfileLifecycle::StoreFactory;

    enum Column {
        NameColumn,
        SignInColumn,
        StatusColumn,
        ColumnCount,
    };
    static constexpr int NameRole = Qt::UserRole + 1;

    // `dataDirectory`: the data root. `currentProfile`: the open profile (marked; it receives the audit rows and
    // cannot be renamed or deleted). `principal`: who acts on it. `stores`: a keychain store per profile
    // namespace, the kind the ProfileSession uses (SessionOptions::credentialStore when set, else
    // KeychainCredentialStore). `accounts`: the data root's accounts (null: the dialog makes its own).
    ProfilesDialog(const QString &dataDirectory, const Profile &currentProfile, const Access::Principal &principal,
                   StoreFactory stores, std::shared_ptr<Access::AccountStore> accounts = {}, QWidget *parent = nullptr);
    // Cancels queued work and waits for the step that runs (a folder listing, an audit row).
    ~ProfilesDialog() override;

    QString dataDirectory() const { return m_dataDirectory; }
    const Profile &currentProfile() const { return m_current; }
    QStringList profileNames() const { return m_names; }
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_pending > 0; }
    // The last result shown under the list (a refusal word for word, or what was done).
    QString message() const;

    // The operations, checked and audited as said above (the buttons ask first, then call these).
    // Each ends with finished(); a refusal or failure changes nothing.
    void createProfile(const QString &name);
    void renameProfile(const QString &from, const QString &to);
    void deleteProfile(const QString &name);
    // Emits openProfileRequested(name) and closes, unless `name` is the open profile.
    void openProfile(const QString &name);

public slots:
    // Lists the data root again; ends with loaded().
    void reload();
    void promptNew();
    void promptRename();
    void promptDelete();
    void openSelected();

signals:
    // The main window closes the open profile and opens this one.
    void openProfileRequested(const QString &name);
    void loaded();
    void finished(bool ok, const QString &message);
    void profileCreated(const QString &name);
    void profileRenamed(const QString &from, const QString &to);
    void profileDeleted(const QString &name);

private:
    struct Checked;
    using Operation = std::function<void(const Checked &checked)>;
    void checkThen(Access::Permission permission, const QString &action, const QString &name, Operation then);
    void audit(const Access::AuditEntry &entry);
    void report(bool ok, const QString &message);
    void showMessage(const QString &text, bool error);
    void updateActions();
    void setPending(int delta);
    QString whyNotNow(const QString &name) const;

    QString m_dataDirectory;
    Profile m_current;
    Access::Principal m_principal;
    std::shared_ptr<Access::AccountStore> m_accounts;
    std::shared_ptr<CacheDatabase> m_cache; // the open profile's, for the audit rows; opened on the worker
    std::unique_ptr<TaskRunner> m_runner;
    ProfileLifecycle *m_lifecycle;
    QStringList m_names;
    QHash<QString, QString> m_unchangeable; // why a profile cannot be renamed or deleted now
    int m_pending = 0;

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QLabel *m_message;
    QProgressBar *m_progress;
};

} // namespace Beholder
