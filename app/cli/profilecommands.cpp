// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecommands.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "profile/profilemanager.h"
#include "secretprompt.h"
#include "sources/profiledescription.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

QStringList ProfileImportCommand::words() const
{
    return {u"profile"_s, u"import"_s};
}

QString ProfileImportCommand::summary() const
{
    return u"Create or update a profile from a profile description (JSON); secrets go to the OS keychain."_s;
}

QList<Command::Positional> ProfileImportCommand::positionals() const
{
    return {{u"file"_s, u"The profile description (docs/profile-format.md)."_s, u"FILE"_s}};
}

int ProfileImportCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(u"profile import takes one file"_s);
    // Importing into whatever profile happens to be the default would be a
    // surprise: the target must be named.
    if (!context.profileGiven)
        return context.usageError(u"name the profile to create or update with --profile NAME"_s);
    if (!Profile::isValidName(context.profileName))
        return context.usageError(Profile::nameError(context.profileName));

    const QString path = parser.positionalArguments().constFirst();
    const ProfileDescriptionParse parsed = readProfileDescription(path);
    for (const QString &warning : parsed.warnings)
        context.err() << u"beholder-cli: warning: "_s << warning << u'\n';
    if (!parsed.ok()) {
        context.err() << u"beholder-cli: %1 is not a valid profile description:\n"_s.arg(
            QDir::toNativeSeparators(path));
        for (const QString &error : parsed.errors)
            context.err() << u"  "_s << error << u'\n';
        context.err().flush();
        return ExitFailure;
    }
    const ProfileDescription &description = *parsed.description;

    QString error;
    const std::optional<Profile> profile
        = ProfileManager(context.dataDirectory).openOrCreate(context.profileName, &error);
    if (!profile)
        return context.failure(error);
    context.startProfileLog(*profile);

    // Audited in the profile's cache when it has one (an import does not create it).
    CacheDatabase cache(profile->cacheFile());
    std::optional<Access::AuditLog> audit;
    if (QFileInfo::exists(profile->cacheFile()) && cache.open(&error))
        audit.emplace(&cache);
    int exitCode = ExitOk;
    const std::optional<Access::Principal> principal = signIn(context, *profile, audit ? &*audit : nullptr, &exitCode);
    if (!principal)
        return exitCode;
    const QStringList saveErrors
        = saveProfileSources(*profile, description.sources, *principal, audit ? &*audit : nullptr);
    if (!saveErrors.isEmpty())
        return context.failure(
            u"cannot save the sources of profile '%1': %2"_s.arg(profile->name(), saveErrors.join(u"; "_s)));

    KeychainCredentialStore store(profile->name());
    if (!description.secrets.isEmpty()) {
        const CredentialError stored = writeSecretsAndWait(store, description.secrets);
        if (stored.isError())
            return context.failure(u"the sources of profile '%1' are saved, but its secrets are not: %2"_s.arg(
                profile->name(), stored.message));
    }
    QStringList missing;
    for (const QString &key : requiredSecretKeys(description.sources)) {
        if (!description.secrets.contains(key))
            missing << key;
    }

    context.out() << u"profile '%1' imported: %2 sources, %3 routers, %4 secrets stored in the OS keychain\n"_s
                         .arg(profile->name())
                         .arg(description.sources.sources.size())
                         .arg(description.sources.routers.size())
                         .arg(description.secrets.size());
    if (!missing.isEmpty()) {
        context.out() << u"%1 secrets still to set, e.g.: printf %s 'SECRET' | beholder-cli profile set-secret %2 "
                         u"--profile %3\n"_s.arg(missing.size())
                             .arg(missing.constFirst(), profile->name());
    }
    return ExitOk;
}

QStringList ProfileSetSecretCommand::words() const
{
    return {u"profile"_s, u"set-secret"_s};
}

QString ProfileSetSecretCommand::summary() const
{
    return u"Store one secret of a profile in the OS keychain, read from standard input."_s;
}

QList<Command::Positional> ProfileSetSecretCommand::positionals() const
{
    return {{u"key"_s, u"The secret's key, e.g. smartolt/token or routeros/12/password."_s, u"KEY"_s}};
}

int ProfileSetSecretCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(u"profile set-secret takes one key"_s);
    const QString key = parser.positionalArguments().constFirst();
    const CredentialError keyError = CredentialStore::checkKey(key);
    if (keyError.isError())
        return context.usageError(keyError.message);
    if (!ProfileManager(context.dataDirectory).exists(context.profileName))
        return context.failure(u"profile '%1' does not exist"_s.arg(context.profileName));

    // A secret is part of the profile's settings: the same permission, checked and audited by core.
    const Profile profile(context.profileName, context.dataDirectory);
    CacheDatabase cache(profile.cacheFile());
    QString cacheError;
    if (!cache.open(&cacheError))
        return context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(profile.name(), cacheError));
    const Access::AuditLog audit(&cache);
    int exitCode = ExitOk;
    const std::optional<Access::Principal> principal = signIn(context, profile, &audit, &exitCode);
    if (!principal)
        return exitCode;
    const QString action = Access::AuditAction::profileSettingsSecret();
    if (const auto denied = Access::authorize(*principal, Access::Permission::EditProfileSettings, &audit, action, key))
        return context.failure(*denied);

    // From stdin (after the --user password, if any), never from the command line, where other users could
    // read it.
    QString value = readRemainingInput();
    while (value.endsWith(u'\n') || value.endsWith(u'\r'))
        value.chop(1);
    if (value.isEmpty())
        return context.usageError(u"no secret on standard input"_s);
    const CredentialError valueError = CredentialStore::checkValue(value);
    if (valueError.isError())
        return context.usageError(valueError.message);

    KeychainCredentialStore store(context.profileName);
    const CredentialError stored = writeSecretsAndWait(store, {{key, value}});
    if (stored.isError())
        return context.failure(stored.message);
    audit.append(Access::AuditEntry::by(*principal, action, key)); // which key, never the value
    context.out() << u"secret %1 of profile '%2' stored in the OS keychain\n"_s.arg(key, context.profileName);
    return ExitOk;
}

} // namespace Beholder::Cli
