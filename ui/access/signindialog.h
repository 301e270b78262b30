// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to one profile (issue 6): user name and password, checked by
// AccountStore::authenticate() on a one-thread worker, because the password
// hash is slow by design (PBKDF2, about 0.7 s). While it runs the form is
// locked and a busy bar moves; the GUI thread never waits for it, not even
// when the dialog is closed in the middle (the worker is left to finish on
// its own). A refusal ("wrong user name or password", "account disabled")
// is shown under the fields and the password is cleared. Every attempt is
// written to the profile's audit log, whose cache the dialog opens on its
// worker.
#pragma once

#include "access/principal.h"
#include "profile/profile.h"

#include <QDialog>
#include <QFuture>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Beholder {

class CacheDatabase;
class TaskRunner;

namespace Access {
class AccountStore;
}

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // `accounts`: the accounts of the data root (shared, so that a check still running when the dialog goes keeps
    // it alive). `profile`: the profile being signed in to; its cache receives the audit rows.
    SignInDialog(std::shared_ptr<Access::AccountStore> accounts, const Profile &profile, QWidget *parent = nullptr);
    // Never waits for a running check: the worker is handed over and deleted once the check returns.
    ~SignInDialog() override;

    // Modal convenience: the principal that signed in, or nothing when the operator canceled. The event loop keeps
    // running meanwhile (QDialog::exec()), so the window behind stays painted.
    static std::optional<Access::Principal> signIn(QWidget *parent, std::shared_ptr<Access::AccountStore> accounts,
                                                   const Profile &profile);
    static std::optional<Access::Principal> signIn(QWidget *parent, const QString &dataDirectory,
                                                   const Profile &profile);

    const Profile &profile() const { return m_profile; }
    // Set once signedIn() was emitted; nobody before.
    Access::Principal principal() const { return m_principal; }
    // The refusal shown under the fields; empty when there is none.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    void setUserName(const QString &userName);

public slots:
    // Checks the typed user and password (what the Sign In button does).
    void submit();
    // Closes at once, even while a check runs (its answer is then dropped).
    void reject() override;

signals:
    // The dialog then closes with Accepted.
    void signedIn(const Beholder::Access::Principal &principal);
    // The refusal, also shown in the dialog, which stays open.
    void signInFailed(const QString &error);

private:
    void setBusy(bool busy);
    void showError(const QString &error);
    void updateButtons();

    Profile m_profile;
    std::shared_ptr<Access::AccountStore> m_accounts;
    std::shared_ptr<CacheDatabase> m_cache; // for the audit rows, opened on the worker
    std::unique_ptr<TaskRunner> m_runner;
    QFuture<void> m_running;
    Access::Principal m_principal;
    bool m_busy = false;

    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Beholder
