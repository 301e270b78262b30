// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "access/accesslogging.h"
#include "access/auditlog.h"
#include "access/passwordhash.h"
#include "cache/threadconnections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::AccountStore)
};

using Kind = AccountError::Kind;

constexpr int schemaVersion = 1;

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

UnixTime now()
{
    return QDateTime::currentSecsSinceEpoch();
}

AccountError databaseError(const QString &what, const QSqlError &error)
{
    qCWarning(lcAccess).noquote() << what << error.text();
    return AccountError::make(Kind::Database,
                              Tr::tr("the accounts file could not be used (%1): %2").arg(what, error.text()));
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

// Creates the schema (version 1) or refuses a newer file. BEGIN IMMEDIATE: two processes starting at once
// create it once.
AccountError migrate(QSqlDatabase &db)
{
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
        return databaseError(u"user_version"_s, version.lastError());
    const int current = version.value(0).toInt();
    version.finish();
    if (current > schemaVersion)
        return AccountError::make(Kind::Database,
                                  Tr::tr("the accounts file has schema version %1, newer than this Beholder "
                                         "understands (%2)")
                                      .arg(current)
                                      .arg(schemaVersion));
    if (current == schemaVersion)
        return {};
    QSqlError error;
    if (!exec(db, u"BEGIN IMMEDIATE"_s, &error))
        return databaseError(u"begin"_s, error);
    const QStringList statements{
        uR"(CREATE TABLE IF NOT EXISTS accounts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_name TEXT NOT NULL COLLATE NOCASE,
            profile TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL
                CHECK (role IN ('global-admin', 'profile-admin', 'operator', 'technician', 'viewer')),
            password_hash TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (user_name, profile),
            CHECK ((role = 'global-admin') = (profile = ''))))"_s,
        u"CREATE INDEX IF NOT EXISTS accounts_profile ON accounts(profile, user_name)"_s,
        u"PRAGMA user_version = %1"_s.arg(schemaVersion),
    };
    for (const QString &statement : statements) {
        if (!exec(db, statement, &error)) {
            exec(db, u"ROLLBACK"_s);
            return databaseError(u"schema"_s, error);
        }
    }
    if (!exec(db, u"COMMIT"_s, &error)) {
        exec(db, u"ROLLBACK"_s);
        return databaseError(u"commit"_s, error);
    }
    qCInfo(lcAccess).noquote() << "accounts file created:" << db.databaseName();
    return {};
}

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.userName = query.value(1).toString();
    account.profile = query.value(2).toString();
    account.role = roleFromId(query.value(3).toString()).value_or(Role::Viewer);
    account.displayName = query.value(4).toString();
    account.disabled = query.value(5).toBool();
    account.createdAt = query.value(6).toLongLong();
    account.updatedAt = query.value(7).toLongLong();
    return account;
}

const QString columns = u"id, user_name, profile, role, display_name, disabled, created_at, updated_at"_s;

QString targetOf(const QString &profile, const QString &user)
{
    return profile.isEmpty() ? QString(user + u" (global)"_s) : QString(user + u'@' + profile);
}

void audit(const AuditLog *log, const Principal &by, const QString &operation, const QString &target,
           const AccountError &error, const QString &details = {})
{
    if (!log)
        return;
    const AuditOutcome outcome = !error.isError() ? AuditOutcome::Ok
        : error.kind == Kind::Denied              ? AuditOutcome::Denied
                                                  : AuditOutcome::Failed;
    log->append(AuditEntry::by(by, AuditAction::accounts(operation), target, error.isError() ? error.message : details,
                               outcome));
}

} // namespace

AccountStore::AccountStore(const QString &dataDirectory)
    : m_filePath(filePath(dataDirectory))
    , m_instanceId(ThreadConnections::newOwner())
    , m_iterations(PasswordHash::defaultIterations)
{ }

AccountStore::~AccountStore()
{
    // Connections opened by other threads close when those threads end.
    ThreadConnections::remove(m_instanceId);
}

QString AccountStore::filePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"accounts.sqlite"_s);
}

QSqlDatabase AccountStore::connection(AccountError *error) const
{
    QString name = ThreadConnections::find(m_instanceId);
    if (!name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        ThreadConnections::remove(m_instanceId);
    }

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = AccountError::make(
            Kind::Database, Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
        return {};
    }
    name = ThreadConnections::uniqueName(u"beholder-accounts"_s, m_instanceId);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = databaseError(u"open"_s, db.lastError());
        db = {};
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    ThreadConnections::add(m_instanceId, name);
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode = WAL"_s))
        qCWarning(lcAccess) << "accounts file not in WAL mode:" << wal.lastError().text();
    wal.finish();
    exec(db, u"PRAGMA synchronous = NORMAL"_s);
    *error = migrate(db);
    if (error->isError()) {
        ThreadConnections::remove(m_instanceId);
        return {};
    }
    return db;
}

AccountError AccountStore::open() const
{
    AccountError error;
    connection(&error);
    return error;
}

QString AccountStore::userNameError(const QString &userName)
{
    static const QRegularExpression allowed(u"^[\\p{L}\\p{N}._@-]+$"_s);
    if (userName.isEmpty())
        return Tr::tr("a user name is needed");
    if (userName.size() > maximumUserNameLength)
        return Tr::tr("the user name is longer than %1 characters").arg(maximumUserNameLength);
    if (!allowed.match(userName).hasMatch())
        return Tr::tr("the user name “%1” has characters other than letters, digits, '.', '-', '_' and '@'")
            .arg(userName);
    return {};
}

QString AccountStore::passwordError(const QString &password)
{
    if (password.size() < minimumPasswordLength)
        return Tr::tr("the password needs at least %1 characters").arg(minimumPasswordLength);
    return {};
}

std::optional<Account> AccountStore::exact(QSqlDatabase &db, const QString &profile, const QString &user,
                                           QString *passwordHash, AccountError *error) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT %1, password_hash FROM accounts WHERE profile = ? AND user_name = ?"_s.arg(columns));
    query.addBindValue(text(profile));
    query.addBindValue(user);
    if (!query.exec()) {
        if (error)
            *error = databaseError(u"find"_s, query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    if (passwordHash)
        *passwordHash = query.value(8).toString();
    return readAccount(query);
}

QList<Account> AccountStore::list(const QString &profile, AccountError *error) const
{
    QList<Account> accounts;
    AccountError failure;
    QSqlDatabase db = connection(&failure);
    if (!failure.isError()) {
        QSqlQuery query(db);
        query.prepare(u"SELECT %1 FROM accounts WHERE profile = ? OR profile = '' "
                      u"ORDER BY user_name COLLATE NOCASE, profile"_s.arg(columns));
        query.addBindValue(text(profile));
        if (query.exec()) {
            while (query.next())
                accounts << readAccount(query);
        } else {
            failure = databaseError(u"list"_s, query.lastError());
        }
    }
    if (error)
        *error = failure;
    return accounts;
}

std::optional<Account> AccountStore::find(const QString &profile, const QString &user, AccountError *error) const
{
    AccountError failure;
    QSqlDatabase db = connection(&failure);
    std::optional<Account> found;
    if (!failure.isError()) {
        found = exact(db, profile, user, nullptr, &failure);
        if (!found && !failure.isError() && !profile.isEmpty())
            found = exact(db, QString(), user, nullptr, &failure);
    }
    if (error)
        *error = failure;
    return found;
}

int AccountStore::countManagers(const QString &profile, AccountError *error) const
{
    AccountError failure;
    QSqlDatabase db = connection(&failure);
    int count = 0;
    if (!failure.isError()) {
        QSqlQuery query(db);
        query.prepare(u"SELECT COUNT(*) FROM accounts WHERE disabled = 0 AND "
                      u"(role = 'global-admin' OR (role = 'profile-admin' AND profile = ?))"_s);
        query.addBindValue(profile);
        if (query.exec() && query.next())
            count = query.value(0).toInt();
        else
            failure = databaseError(u"count"_s, query.lastError());
    }
    if (error)
        *error = failure;
    return count;
}

int AccountStore::countEnabledGlobalAdmins(AccountError *error) const
{
    AccountError failure;
    QSqlDatabase db = connection(&failure);
    int count = 0;
    if (!failure.isError()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT COUNT(*) FROM accounts WHERE disabled = 0 AND role = 'global-admin'"_s) && query.next())
            count = query.value(0).toInt();
        else
            failure = databaseError(u"count"_s, query.lastError());
    }
    if (error)
        *error = failure;
    return count;
}

AccountError AccountStore::checkManage(const Principal &by, const QString &operation, const QString &profile,
                                       std::optional<Role> currentRole, std::optional<Role> newRole,
                                       const AuditLog *log, const QString &target) const
{
    const auto deny = [&](const QString &message) {
        const AccountError error = AccountError::make(Kind::Denied, message);
        qCInfo(lcAccess).noquote() << "refused: accounts." << operation << target << "by" << by.describe();
        audit(log, by, operation, target, error);
        return error;
    };
    if (!by.may(Permission::ManageUsers)) {
        const QString message = by.isNobody()
            ? Tr::tr("Nobody is signed in: managing user accounts needs the profile admin role. Sign in first.")
            : Tr::tr("Signed in as %1: managing user accounts needs the profile admin role.").arg(by.describe());
        return deny(message);
    }
    if (by.role() == Role::GlobalAdmin)
        return {};
    const bool touchesGlobal = profile.isEmpty() || currentRole == Role::GlobalAdmin || newRole == Role::GlobalAdmin;
    if (touchesGlobal) {
        // Setting up an installation: the local operator creates the first global admin.
        AccountError countError;
        if (operation == u"create" && by.isSingleUser() && !currentRole && newRole == Role::GlobalAdmin
            && countEnabledGlobalAdmins(&countError) == 0 && !countError.isError())
            return {};
        return deny(Tr::tr("Signed in as %1: only a global admin manages global admin accounts.").arg(by.describe()));
    }
    if (profile != by.profileName())
        return deny(Tr::tr("Signed in as %1: a profile admin manages the accounts of profile “%2” only.")
                        .arg(by.describe(), by.profileName()));
    return {};
}

AccountError AccountStore::checkNotLastGlobalAdmin(QSqlDatabase &db, const Account &account) const
{
    if (account.role != Role::GlobalAdmin || account.disabled)
        return {};
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM accounts WHERE disabled = 0 AND role = 'global-admin'"_s) || !query.next())
        return databaseError(u"count"_s, query.lastError());
    if (query.value(0).toInt() <= 1)
        return AccountError::make(
            Kind::LastGlobalAdmin,
            Tr::tr("“%1” is the last enabled global admin: create or enable another one first").arg(account.userName));
    return {};
}

AccountError AccountStore::create(const Principal &by, const NewAccount &account, const AuditLog *log)
{
    const QString user = account.userName.trimmed();
    const QString target = targetOf(account.profile, user);
    if (AccountError denied = checkManage(by, u"create"_s, account.profile, std::nullopt, account.role, log, target);
        denied.isError())
        return denied;
    const auto fail = [&](Kind kind, const QString &message) {
        const AccountError error = AccountError::make(kind, message);
        audit(log, by, u"create"_s, target, error);
        return error;
    };
    if (const QString why = userNameError(user); !why.isEmpty())
        return fail(Kind::Invalid, why);
    if (const QString why = passwordError(account.password); !why.isEmpty())
        return fail(Kind::Invalid, why);
    if (account.role == Role::GlobalAdmin && !account.profile.isEmpty())
        return fail(Kind::Invalid, Tr::tr("a global admin belongs to no profile: it acts on every profile"));
    if (account.role != Role::GlobalAdmin && account.profile.isEmpty())
        return fail(Kind::Invalid, Tr::tr("only a global admin can have no profile: name the account's profile"));

    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return fail(error.kind, error.message);
    if (exact(db, account.profile, user, nullptr, &error))
        return fail(Kind::Duplicate,
                    account.profile.isEmpty()
                        ? Tr::tr("there is already a global account “%1”").arg(user)
                        : Tr::tr("profile “%1” already has an account “%2”").arg(account.profile, user));
    const QString hash = PasswordHash::hash(account.password, m_iterations);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO accounts (user_name, profile, role, password_hash, display_name, disabled, "
                  u"created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"_s);
    const UnixTime at = now();
    query.addBindValue(user);
    query.addBindValue(text(account.profile));
    query.addBindValue(roleId(account.role));
    query.addBindValue(hash);
    query.addBindValue(text(account.displayName.trimmed()));
    query.addBindValue(at);
    query.addBindValue(at);
    if (!query.exec()) {
        const AccountError failure = databaseError(u"create"_s, query.lastError());
        return fail(failure.kind, failure.message);
    }
    qCInfo(lcAccess).noquote() << "account" << target << "created as" << roleId(account.role) << "by" << by.describe();
    audit(log, by, u"create"_s, target, {}, u"role %1"_s.arg(roleId(account.role)));
    return {};
}

AccountError AccountStore::setPassword(const Principal &by, const QString &profile, const QString &user,
                                       const QString &password, const AuditLog *log)
{
    const QString target = targetOf(profile, user);
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    const std::optional<Account> account = exact(db, profile, user, nullptr, &error);
    if (error.isError())
        return error;
    // Anyone signed in may change their own password.
    const bool own = account && !by.isNobody() && !by.isSingleUser()
        && account->userName.compare(by.userName(), Qt::CaseInsensitive) == 0
        && (account->profile == by.profileName() || (account->isGlobal() && by.role() == Role::GlobalAdmin));
    if (!own) {
        if (AccountError denied
            = checkManage(by, u"passwd"_s, profile, account ? std::optional(account->role) : std::nullopt, std::nullopt,
                          log, target);
            denied.isError())
            return denied;
    }
    const auto fail = [&](Kind kind, const QString &message) {
        const AccountError failure = AccountError::make(kind, message);
        audit(log, by, u"passwd"_s, target, failure);
        return failure;
    };
    if (!account)
        return fail(Kind::NotFound, Tr::tr("there is no account “%1”").arg(target));
    if (const QString why = passwordError(password); !why.isEmpty())
        return fail(Kind::Invalid, why);
    QSqlQuery query(db);
    query.prepare(u"UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(PasswordHash::hash(password, m_iterations));
    query.addBindValue(now());
    query.addBindValue(account->id);
    if (!query.exec()) {
        const AccountError failure = databaseError(u"passwd"_s, query.lastError());
        return fail(failure.kind, failure.message);
    }
    audit(log, by, u"passwd"_s, target, {});
    return {};
}

AccountError AccountStore::setRole(const Principal &by, const QString &profile, const QString &user, Role role,
                                   const AuditLog *log)
{
    const QString target = targetOf(profile, user);
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    const std::optional<Account> account = exact(db, profile, user, nullptr, &error);
    if (error.isError())
        return error;
    if (AccountError denied
        = checkManage(by, u"role"_s, profile, account ? std::optional(account->role) : std::nullopt, role, log, target);
        denied.isError())
        return denied;
    const auto fail = [&](const AccountError &failure) {
        audit(log, by, u"role"_s, target, failure);
        return failure;
    };
    if (!account)
        return fail(AccountError::make(Kind::NotFound, Tr::tr("there is no account “%1”").arg(target)));
    if (account->role == role)
        return {};
    if (account->role == Role::GlobalAdmin) {
        if (AccountError last = checkNotLastGlobalAdmin(db, *account); last.isError())
            return fail(last);
    }
    if ((role == Role::GlobalAdmin) != account->isGlobal())
        return fail(AccountError::make(
            Kind::Invalid,
            account->isGlobal() ? Tr::tr("a global account stays a global admin: create a profile account instead")
                                : Tr::tr("a profile account cannot become a global admin: create a global account")));
    QSqlQuery query(db);
    query.prepare(u"UPDATE accounts SET role = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(roleId(role));
    query.addBindValue(now());
    query.addBindValue(account->id);
    if (!query.exec())
        return fail(databaseError(u"role"_s, query.lastError()));
    audit(log, by, u"role"_s, target, {}, u"%1 -> %2"_s.arg(roleId(account->role), roleId(role)));
    return {};
}

AccountError AccountStore::setDisabled(const Principal &by, const QString &profile, const QString &user, bool disabled,
                                       const AuditLog *log)
{
    const QString operation = disabled ? u"disable"_s : u"enable"_s;
    const QString target = targetOf(profile, user);
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    const std::optional<Account> account = exact(db, profile, user, nullptr, &error);
    if (error.isError())
        return error;
    if (AccountError denied = checkManage(by, operation, profile, account ? std::optional(account->role) : std::nullopt,
                                          std::nullopt, log, target);
        denied.isError())
        return denied;
    const auto fail = [&](const AccountError &failure) {
        audit(log, by, operation, target, failure);
        return failure;
    };
    if (!account)
        return fail(AccountError::make(Kind::NotFound, Tr::tr("there is no account “%1”").arg(target)));
    if (account->disabled == disabled)
        return {};
    if (disabled) {
        if (AccountError last = checkNotLastGlobalAdmin(db, *account); last.isError())
            return fail(last);
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE accounts SET disabled = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(now());
    query.addBindValue(account->id);
    if (!query.exec())
        return fail(databaseError(operation, query.lastError()));
    audit(log, by, operation, target, {});
    return {};
}

AccountError AccountStore::remove(const Principal &by, const QString &profile, const QString &user, const AuditLog *log)
{
    const QString target = targetOf(profile, user);
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    const std::optional<Account> account = exact(db, profile, user, nullptr, &error);
    if (error.isError())
        return error;
    if (AccountError denied = checkManage(
            by, u"remove"_s, profile, account ? std::optional(account->role) : std::nullopt, std::nullopt, log, target);
        denied.isError())
        return denied;
    const auto fail = [&](const AccountError &failure) {
        audit(log, by, u"remove"_s, target, failure);
        return failure;
    };
    if (!account)
        return fail(AccountError::make(Kind::NotFound, Tr::tr("there is no account “%1”").arg(target)));
    if (AccountError last = checkNotLastGlobalAdmin(db, *account); last.isError())
        return fail(last);
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM accounts WHERE id = ?"_s);
    query.addBindValue(account->id);
    if (!query.exec())
        return fail(databaseError(u"remove"_s, query.lastError()));
    qCInfo(lcAccess).noquote() << "account" << target << "removed by" << by.describe();
    audit(log, by, u"remove"_s, target, {});
    return {};
}

SignInResult AccountStore::authenticate(const QString &profile, const QString &user, const QString &password,
                                        const AuditLog *log)
{
    SignInResult result;
    const QString name = user.trimmed();
    const auto failed = [&](const AccountError &error) {
        result.error = error;
        if (log) {
            AuditEntry entry;
            entry.userName = name.left(maximumUserNameLength);
            entry.action = AuditAction::signInFailed();
            entry.target = profile;
            entry.details = error.message;
            entry.outcome = AuditOutcome::Failed;
            log->append(entry);
        }
        qCInfo(lcAccess).noquote() << "sign-in of" << name.left(maximumUserNameLength) << "on" << profile
                                   << "failed:" << error.message;
        return result;
    };
    const AccountError wrong = AccountError::make(Kind::WrongCredentials, Tr::tr("wrong user name or password"));

    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return failed(error);
    QString hash;
    std::optional<Account> account;
    if (userNameError(name).isEmpty()) {
        account = exact(db, profile, name, &hash, &error);
        if (!account && !error.isError() && !profile.isEmpty())
            account = exact(db, QString(), name, &hash, &error);
    }
    if (error.isError())
        return failed(error);
    if (!account) {
        // The same work as a real check, so the time does not tell which user names exist.
        const QByteArray zeros(PasswordHash::keyBytes, '\0');
        PasswordHash::verify(password,
                             u"pbkdf2-sha256$%1$%2$%3"_s.arg(m_iterations)
                                 .arg(QString::fromLatin1(zeros.left(PasswordHash::saltBytes).toBase64()),
                                      QString::fromLatin1(zeros.toBase64())));
        return failed(wrong);
    }
    if (!PasswordHash::verify(password, hash))
        return failed(wrong);
    if (account->disabled)
        return failed(AccountError::make(Kind::Disabled, Tr::tr("account disabled: ask an admin to enable it")));

    if (PasswordHash::needsRehash(hash, m_iterations)) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE accounts SET password_hash = ? WHERE id = ?"_s);
        query.addBindValue(PasswordHash::hash(password, m_iterations));
        query.addBindValue(account->id);
        if (!query.exec())
            qCWarning(lcAccess) << "password hash not renewed:" << query.lastError().text();
    }
    result.principal = Principal(account->userName, account->role, profile);
    if (log)
        log->append(AuditEntry::by(result.principal, AuditAction::signIn(), profile));
    qCInfo(lcAccess).noquote() << "signed in on" << profile << "as" << result.principal.describe();
    return result;
}

// Renaming or deleting `profile` (its accounts follow): a global admin, or an admin of that very profile.
AccountError AccountStore::checkProfileChange(const Principal &by, const QString &profile) const
{
    if (profile.isEmpty())
        return AccountError::make(Kind::Invalid, Tr::tr("no profile named"));
    if (!by.may(Permission::ManageProfile) || (by.role() != Role::GlobalAdmin && by.profileName() != profile))
        return AccountError::make(Kind::Denied,
                                  Tr::tr("Signed in as %1: renaming or deleting profile “%2” needs "
                                         "its profile admin role.")
                                      .arg(by.describe(), profile));
    return {};
}

AccountError AccountStore::removeProfile(const Principal &by, const QString &profile)
{
    if (const AccountError refused = checkProfileChange(by, profile); refused.isError())
        return refused;
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM accounts WHERE profile = ?"_s);
    query.addBindValue(profile);
    if (!query.exec())
        return databaseError(u"remove profile"_s, query.lastError());
    qCInfo(lcAccess).noquote() << query.numRowsAffected() << "accounts of deleted profile" << profile << "removed";
    return {};
}

AccountError AccountStore::renameProfile(const Principal &by, const QString &oldName, const QString &newName)
{
    if (newName.isEmpty())
        return AccountError::make(Kind::Invalid, Tr::tr("no profile named"));
    if (const AccountError refused = checkProfileChange(by, oldName); refused.isError())
        return refused;
    AccountError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    QSqlQuery query(db);
    query.prepare(u"UPDATE accounts SET profile = ?, updated_at = ? WHERE profile = ?"_s);
    query.addBindValue(newName);
    query.addBindValue(now());
    query.addBindValue(oldName);
    if (!query.exec())
        return databaseError(u"rename profile"_s, query.lastError());
    return {};
}

} // namespace Beholder::Access
