// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts people sign in with, for every profile of one data root: `<data root>/accounts.sqlite`
// (created on first use, WAL, schema by PRAGMA user_version, one connection per thread like CacheDatabase).
//
// An account belongs to one profile, except global admins, whose profile is '' and who act on every profile.
// User names are unique per profile (case-insensitive); the same name may exist in a profile and globally, and
// then the profile's account signs in.
//
// Rules kept here, not in the UI:
// - managing accounts needs ManageUsers; a profile admin manages its own profile's accounts only and never a
//   global admin (the local operator of a single-user profile may create the first global admin, when there is
//   none, so that an installation can be set up);
// - the last enabled global admin cannot be removed, demoted or disabled;
// - user names are 1-64 letters, digits and . - _ @; passwords have at least 8 characters.
//
// create(), setPassword() and authenticate() hash (PasswordHash: slow by design): call them off the GUI thread.
#pragma once

#include "access/principal.h"
#include "model/entities.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beholder::Access {

class AuditLog;

struct Account
{
    qint64 id = 0;
    QString userName;
    QString profile; // '' for a global admin
    Role role = Role::Viewer;
    QString displayName;
    bool disabled = false;
    UnixTime createdAt = 0;
    UnixTime updatedAt = 0;

    bool isGlobal() const { return profile.isEmpty(); }
};

struct NewAccount
{
    QString userName;
    QString profile; // '' for a global admin (and only for one)
    Role role = Role::Viewer;
    QString password;
    QString displayName;
};

struct AccountError
{
    enum class Kind {
        None,
        Invalid,          // a bad user name, password, role or profile combination
        Denied,           // the acting principal may not do this
        NotFound,         // no such account
        Duplicate,        // the user name is taken in that profile
        WrongCredentials, // authenticate(): unknown user or wrong password (one message for both)
        Disabled,         // authenticate(): the account is disabled
        LastGlobalAdmin,  // the last enabled global admin would go
        Database,
    };
    Kind kind = Kind::None;
    QString message; // one sentence for the operator (translated)

    bool isError() const { return kind != Kind::None; }
    static AccountError make(Kind kind, const QString &message) { return {kind, message}; }
};

struct SignInResult
{
    Principal principal; // nobody on failure
    AccountError error;
    bool ok() const { return !error.isError(); }
};

class AccountStore final
{
public:
    explicit AccountStore(const QString &dataDirectory);
    ~AccountStore();
    Q_DISABLE_COPY_MOVE(AccountStore)

    static QString filePath(const QString &dataDirectory); // <data root>/accounts.sqlite
    QString filePath() const { return m_filePath; }

    // Tests: fewer PBKDF2 iterations for new hashes (verification always uses the stored ones).
    void setHashIterations(int iterations) { m_iterations = iterations; }
    int hashIterations() const { return m_iterations; }

    // Creates or upgrades the file on the calling thread; every operation does it when needed.
    AccountError open() const;

    // The profile's accounts and the global ones, by user name. `profile` '' lists only the global ones.
    QList<Account> list(const QString &profile, AccountError *error = nullptr) const;
    // The account that signs in as `user` on `profile`: the profile's, else a global one.
    std::optional<Account> find(const QString &profile, const QString &user, AccountError *error = nullptr) const;
    // Enabled accounts that may manage users of `profile` (its profile admins and every global admin).
    int countManagers(const QString &profile, AccountError *error = nullptr) const;
    int countEnabledGlobalAdmins(AccountError *error = nullptr) const;

    // Management: each needs ManageUsers (see the rules above) and writes an "accounts.<op>" audit row to
    // `audit` when given (ok, denied or failed). An account is named by (profile, user); '' is global.
    AccountError create(const Principal &by, const NewAccount &account, const AuditLog *audit = nullptr);
    // Also allowed to a signed-in user for their own account.
    AccountError setPassword(const Principal &by, const QString &profile, const QString &user, const QString &password,
                             const AuditLog *audit = nullptr);
    AccountError setRole(const Principal &by, const QString &profile, const QString &user, Role role,
                         const AuditLog *audit = nullptr);
    AccountError setDisabled(const Principal &by, const QString &profile, const QString &user, bool disabled,
                             const AuditLog *audit = nullptr);
    AccountError remove(const Principal &by, const QString &profile, const QString &user,
                        const AuditLog *audit = nullptr);

    // Signs `user` in on `profile`: the principal, or WrongCredentials (the same for an unknown user and a
    // wrong password, which take the same time) or Disabled. Audited as "sign-in" or "sign-in.failed".
    // A hash made with older parameters is renewed.
    SignInResult authenticate(const QString &profile, const QString &user, const QString &password,
                              const AuditLog *audit = nullptr);

    // The profile is deleted or renamed (needs ManageProfile on it): its accounts go or follow.
    AccountError removeProfile(const Principal &by, const QString &profile);
    AccountError renameProfile(const Principal &by, const QString &oldName, const QString &newName);

    // Why a user name or password is refused; empty when it is fine.
    static QString userNameError(const QString &userName);
    static QString passwordError(const QString &password);
    static constexpr int minimumPasswordLength = 8;
    static constexpr int maximumUserNameLength = 64;

private:
    QSqlDatabase connection(AccountError *error) const;
    std::optional<Account> exact(QSqlDatabase &db, const QString &profile, const QString &user, QString *passwordHash,
                                 AccountError *error) const;
    AccountError checkManage(const Principal &by, const QString &operation, const QString &profile,
                             std::optional<Role> currentRole, std::optional<Role> newRole, const AuditLog *audit,
                             const QString &target) const;
    AccountError checkNotLastGlobalAdmin(QSqlDatabase &db, const Account &account) const;
    AccountError checkProfileChange(const Principal &by, const QString &profile) const;

    QString m_filePath;
    quint64 m_instanceId;
    int m_iterations;
};

} // namespace Beholder::Access
