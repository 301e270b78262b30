// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscommands.h"

#include "access/accesspolicy.h"
#include "access/accountstore.h"
#include "access/auditaccess.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "profile/profilemanager.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// An existing profile, its cache (where the audit rows go) and who acts on it.
struct Session
{
    std::optional<Profile> profile;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<Access::AuditLog> audit;
    Access::Principal principal;
};

std::optional<Session> openSession(Context &context, int *exitCode)
{
    if (!Profile::isValidName(context.profileName)) {
        *exitCode = context.usageError(Profile::nameError(context.profileName));
        return std::nullopt;
    }
    const ProfileManager profiles(context.dataDirectory);
    if (!profiles.exists(context.profileName)) {
        *exitCode = context.failure(u"profile '%1' does not exist"_s.arg(context.profileName));
        return std::nullopt;
    }
    Session session;
    session.profile = Profile(context.profileName, context.dataDirectory);
    context.startProfileLog(*session.profile);
    session.cache = std::make_unique<CacheDatabase>(session.profile->cacheFile());
    QString error;
    if (!session.cache->open(&error)) {
        *exitCode = context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(context.profileName, error));
        return std::nullopt;
    }
    session.audit = std::make_unique<Access::AuditLog>(session.cache.get());
    const auto principal = signIn(context, *session.profile, session.audit.get(), exitCode);
    if (!principal)
        return std::nullopt;
    session.principal = *principal;
    return session;
}

int accountResult(Context &context, const Access::AccountError &error, const QString &done)
{
    if (error.isError())
        return context.failure(error.message);
    context.out() << done << u'\n';
    context.out().flush();
    return ExitOk;
}

// The new password: one line from stdin, or asked twice on a terminal.
std::optional<QString> newPassword(Context &context, const QString &user, int *exitCode)
{
    const auto first = readPassword(context, u"New password for %1: "_s.arg(user));
    if (!first) {
        *exitCode = context.failure(u"no new password on standard input"_s);
        return std::nullopt;
    }
    if (standardInputIsTerminal()) {
        const auto again = readPassword(context, u"Again: "_s);
        if (!again || *again != *first) {
            *exitCode = context.failure(u"the two passwords differ"_s);
            return std::nullopt;
        }
    }
    return first;
}

QString accountProfile(const QCommandLineParser &parser, const QCommandLineOption &global, const Context &context)
{
    return parser.isSet(global) ? QString() : context.profileName;
}

std::optional<UnixTime> parseSince(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = day.startOfDay();
    }
    return at.toSecsSinceEpoch();
}

} // namespace

AccountCommand::AccountCommand()
    : m_global(u"global"_s, u"The account is a global admin's (no profile; acts on every profile)."_s)
    , m_json(u"json"_s, u"Print JSON instead of a table."_s)
    , m_role(u"role"_s, u"The role: global-admin, profile-admin, operator, technician or viewer (default: viewer)."_s,
             u"role"_s)
    , m_displayName(u"display-name"_s, u"The name people see (optional)."_s, u"name"_s)
{ }

QStringList AccountListCommand::words() const
{
    return {u"account"_s, u"list"_s};
}

QString AccountListCommand::summary() const
{
    return u"List the accounts of the profile and the global admins."_s;
}

QList<QCommandLineOption> AccountListCommand::options() const
{
    return {m_json};
}

int AccountListCommand::run(const QCommandLineParser &parser, Context &context)
{
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    if (const auto denied = Access::authorize(session->principal, Access::Permission::ManageUsers, session->audit.get(),
                                              Access::AuditAction::accounts(u"list"_s), context.profileName))
        return context.failure(*denied);
    Access::AccountError error;
    const QList<Access::Account> accounts
        = Access::AccountStore(context.dataDirectory).list(context.profileName, &error);
    if (error.isError())
        return context.failure(error.message);
    QTextStream &out = context.out();
    if (parser.isSet(m_json)) {
        QJsonArray rows;
        for (const Access::Account &account : accounts)
            rows.append(QJsonObject{{u"user"_s, account.userName},
                                    {u"profile"_s, account.profile},
                                    {u"role"_s, Access::roleId(account.role)},
                                    {u"display_name"_s, account.displayName},
                                    {u"disabled"_s, account.disabled}});
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        out << u"%1 %2 %3 %4\n"_s.arg(u"USER"_s, -24).arg(u"PROFILE"_s, -16).arg(u"ROLE"_s, -14).arg(u"STATE"_s);
        for (const Access::Account &account : accounts)
            out << u"%1 %2 %3 %4\n"_s.arg(account.userName, -24)
                       .arg(account.isGlobal() ? u"(global)"_s : account.profile, -16)
                       .arg(Access::roleId(account.role), -14)
                       .arg(account.disabled ? u"disabled"_s : u"enabled"_s);
    }
    out.flush();
    return ExitOk;
}

QStringList AccountAddCommand::words() const
{
    return {u"account"_s, u"add"_s};
}

QString AccountAddCommand::summary() const
{
    return u"Create an account; its password is read from stdin (or asked twice on a terminal)."_s;
}

QList<QCommandLineOption> AccountAddCommand::options() const
{
    return {m_role, m_global, m_displayName};
}

QList<Command::Positional> AccountAddCommand::positionals() const
{
    return {{u"user"_s, u"The user name: 1-64 letters, digits, '.', '-', '_' and '@'."_s, u"USER"_s}};
}

int AccountAddCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(u"account add takes one user name"_s);
    // --global is a global admin's account: that role, unless another is asked for (then refused below).
    const QString defaultRole = parser.isSet(m_global) ? u"global-admin"_s : u"viewer"_s;
    const auto role = Access::roleFromId(parser.isSet(m_role) ? parser.value(m_role) : defaultRole);
    if (!role)
        return context.usageError(u"unknown role '%1'"_s.arg(parser.value(m_role)));
    if (parser.isSet(m_global) != (*role == Access::Role::GlobalAdmin))
        return context.usageError(u"--global goes with the global-admin role, and only with it"_s);
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    const QString user = parser.positionalArguments().constFirst();
    const auto password = newPassword(context, user, &exitCode);
    if (!password)
        return exitCode;
    Access::NewAccount account{user, accountProfile(parser, m_global, context), *role, *password,
                               parser.value(m_displayName)};
    Access::AccountStore store(context.dataDirectory);
    return accountResult(context, store.create(session->principal, account, session->audit.get()),
                         u"account %1 created (%2)"_s.arg(user, Access::roleId(*role)));
}

QStringList AccountPasswdCommand::words() const
{
    return {u"account"_s, u"passwd"_s};
}

QString AccountPasswdCommand::summary() const
{
    return u"Set an account's password, read from stdin (or asked twice on a terminal)."_s;
}

QList<QCommandLineOption> AccountPasswdCommand::options() const
{
    return {m_global};
}

QList<Command::Positional> AccountPasswdCommand::positionals() const
{
    return {{u"user"_s, u"The account."_s, u"USER"_s}};
}

int AccountPasswdCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(u"account passwd takes one user name"_s);
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    const QString user = parser.positionalArguments().constFirst();
    const auto password = newPassword(context, user, &exitCode);
    if (!password)
        return exitCode;
    return accountResult(context,
                         Access::AccountStore(context.dataDirectory)
                             .setPassword(session->principal, accountProfile(parser, m_global, context), user,
                                          *password, session->audit.get()),
                         u"password of %1 changed"_s.arg(user));
}

QStringList AccountRemoveCommand::words() const
{
    return {u"account"_s, u"remove"_s};
}

QString AccountRemoveCommand::summary() const
{
    return u"Remove an account (never the last enabled global admin)."_s;
}

QList<QCommandLineOption> AccountRemoveCommand::options() const
{
    return {m_global};
}

QList<Command::Positional> AccountRemoveCommand::positionals() const
{
    return {{u"user"_s, u"The account."_s, u"USER"_s}};
}

int AccountRemoveCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(u"account remove takes one user name"_s);
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    const QString user = parser.positionalArguments().constFirst();
    return accountResult(
        context,
        Access::AccountStore(context.dataDirectory)
            .remove(session->principal, accountProfile(parser, m_global, context), user, session->audit.get()),
        u"account %1 removed"_s.arg(user));
}

QStringList AccountRoleCommand::words() const
{
    return {u"account"_s, u"role"_s};
}

QString AccountRoleCommand::summary() const
{
    return u"Change an account's role."_s;
}

QList<QCommandLineOption> AccountRoleCommand::options() const
{
    return {m_global};
}

QList<Command::Positional> AccountRoleCommand::positionals() const
{
    return {{u"user"_s, u"The account."_s, u"USER"_s},
            {u"role"_s, u"profile-admin, operator, technician or viewer."_s, u"ROLE"_s}};
}

int AccountRoleCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 2)
        return context.usageError(u"account role takes a user name and a role"_s);
    const QString user = parser.positionalArguments().at(0);
    const auto role = Access::roleFromId(parser.positionalArguments().at(1));
    if (!role)
        return context.usageError(u"unknown role '%1'"_s.arg(parser.positionalArguments().at(1)));
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    return accountResult(
        context,
        Access::AccountStore(context.dataDirectory)
            .setRole(session->principal, accountProfile(parser, m_global, context), user, *role, session->audit.get()),
        u"account %1 is now %2"_s.arg(user, Access::roleId(*role)));
}

AuditCommand::AuditCommand()
    : m_json(u"json"_s, u"Print JSON instead of a table."_s)
    , m_since(u"since"_s, u"Only rows at or after this date or time (ISO 8601, e.g. 2026-03-01)."_s, u"when"_s)
    , m_action(u"action"_s, u"Only this action; 'snmp' also matches 'snmp.*'."_s, u"action"_s)
    , m_user(u"user-name"_s, u"Only this user's rows."_s, u"name"_s)
    , m_csv(u"csv"_s, u"Write the rows as CSV (UTF-8 with BOM, for spreadsheets) to this file."_s, u"file"_s)
    , m_limit(u"limit"_s, u"At most this many rows, newest first (default 200; 0: all)."_s, u"n"_s)
{ }

QStringList AuditCommand::words() const
{
    return {u"audit"_s};
}

QString AuditCommand::summary() const
{
    return u"Show or export the profile's audit log (needs the profile admin role)."_s;
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return {m_json, m_since, m_action, m_user, m_csv, m_limit};
}

int AuditCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"audit takes no arguments"_s);
    Access::AuditFilter filter;
    filter.limit = 200;
    if (parser.isSet(m_since)) {
        filter.from = parseSince(parser.value(m_since));
        if (!filter.from)
            return context.usageError(u"--since takes a date or time in ISO 8601, e.g. 2026-03-01"_s);
    }
    filter.action = parser.value(m_action);
    filter.user = parser.value(m_user);
    if (parser.isSet(m_limit)) {
        QString error;
        const auto limit = parseBoundedInteger(u"limit"_s, parser.value(m_limit), 0, 1'000'000, &error);
        if (!limit)
            return context.usageError(error);
        filter.limit = int(*limit);
    }
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;

    if (parser.isSet(m_csv)) {
        QSaveFile file(parser.value(m_csv));
        if (!file.open(QIODevice::WriteOnly))
            return context.failure(u"cannot write %1: %2"_s.arg(parser.value(m_csv), file.errorString()));
        QString error;
        if (!Access::exportAudit(session->principal, *session->audit, filter, file, parser.value(m_csv), &error))
            return context.failure(error);
        if (!file.commit())
            return context.failure(u"cannot write %1: %2"_s.arg(parser.value(m_csv), file.errorString()));
        return ExitOk;
    }
    const Access::AuditPage page = Access::readAudit(session->principal, *session->audit, filter);
    if (!page.error.isEmpty())
        return context.failure(page.error);
    QTextStream &out = context.out();
    const auto time = [](UnixTime at) { return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate); };
    if (parser.isSet(m_json)) {
        QJsonArray rows;
        for (const Access::AuditEntry &entry : page.entries)
            rows.append(QJsonObject{{u"id"_s, entry.id},
                                    {u"at"_s, time(entry.at)},
                                    {u"user"_s, entry.userName},
                                    {u"role"_s, entry.role},
                                    {u"action"_s, entry.action},
                                    {u"target"_s, entry.target},
                                    {u"outcome"_s, Access::auditOutcomeId(entry.outcome)},
                                    {u"details"_s, entry.details}});
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"total"_s, page.total}, {u"rows"_s, rows}}).toJson(QJsonDocument::Indented));
    } else {
        out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"TIME (UTC)"_s, -20)
                   .arg(u"USER"_s, -16)
                   .arg(u"ACTION"_s, -24)
                   .arg(u"OUTCOME"_s, -8)
                   .arg(u"TARGET"_s, -24)
                   .arg(u"DETAILS"_s);
        for (const Access::AuditEntry &entry : page.entries)
            out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(time(entry.at), -20)
                       .arg(entry.userName, -16)
                       .arg(entry.action, -24)
                       .arg(Access::auditOutcomeId(entry.outcome), -8)
                       .arg(entry.target, -24)
                       .arg(entry.details);
        out << u"%1 of %2 rows\n"_s.arg(page.entries.size()).arg(page.total);
    }
    out.flush();
    return ExitOk;
}

QStringList AccessSignInRequiredCommand::words() const
{
    return {u"access"_s, u"sign-in-required"_s};
}

QString AccessSignInRequiredCommand::summary() const
{
    return u"Turn sign-in on or off for the profile (on needs an account that can manage its users)."_s;
}

QList<Command::Positional> AccessSignInRequiredCommand::positionals() const
{
    return {{u"state"_s, u"on or off"_s, u"on|off"_s}};
}

int AccessSignInRequiredCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.constFirst() != u"on" && args.constFirst() != u"off"))
        return context.usageError(u"access sign-in-required takes on or off"_s);
    int exitCode = ExitOk;
    const auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;
    const bool on = args.constFirst() == u"on";
    const QString error = Access::setSignInRequired(*session->profile, on, session->principal,
                                                    Access::AccountStore(context.dataDirectory), session->audit.get());
    if (!error.isEmpty())
        return context.failure(error);
    context.out() << u"profile '%1': sign-in %2\n"_s.arg(context.profileName, on ? u"required"_s : u"not required"_s);
    context.out().flush();
    return ExitOk;
}

} // namespace Beholder::Cli
