// SPDX-License-Identifier: GPL-3.0-or-later
// Shared plumbing for the commands, so that every command reports errors,
// refuses bad profile names and finds caches the same way.
#include "command.h"

#include "logging/logfile.h"
#include "logging/logging.h"
#include "profile/profilemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

GlobalOptions::GlobalOptions()
    : dataDir(u"data-dir"_s,
              u"Data folder holding the profiles (default: $BEHOLDER_DATA_DIR, else the per-user application "
              u"data folder)."_s,
              u"dir"_s)
    , profile(u"profile"_s, u"Profile to use (default: the one the console used last, else \"demo\")."_s, u"name"_s)
    , verbose(u"verbose"_s, u"Log debug messages to stderr."_s)
    , help(QStringList{u"h"_s, u"help"_s}, u"Show this help and exit."_s)
    , version(u"version"_s, u"Show the version and exit."_s)
    , user(u"user"_s,
           u"Sign in as this account on a profile that requires sign-in (the password is read from stdin when it "
           u"is not a terminal, else asked without echo)."_s,
           u"name"_s)
{ }

Context::Context(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

Context::~Context() = default;

int Context::usageError(const QString &message)
{
    m_err << u"beholder-cli: "_s << message << u'\n';
    if (!usage.isEmpty())
        m_err << u'\n' << usage;
    m_err.flush();
    return ExitUsage;
}

int Context::failure(const QString &message)
{
    m_err << u"beholder-cli: "_s << message << u'\n';
    m_err.flush();
    return ExitFailure;
}

QString Context::invalidProfileNameMessage(const QString &name)
{
    return Profile::nameError(name);
}

std::optional<Profile> Context::existingProfileWithCache(int *exitCode)
{
    if (!Profile::isValidName(profileName)) {
        *exitCode = usageError(invalidProfileNameMessage(profileName));
        return std::nullopt;
    }
    const Profile profile(profileName, dataDirectory);
    if (!QFileInfo(profile.cacheFile()).isFile()) {
        *exitCode
            = failure(u"profile '%1' has no cache yet: run `beholder-cli demo init` or sync it (looked for %2)"_s.arg(
                profileName, QDir::toNativeSeparators(profile.cacheFile())));
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return profile;
}

std::optional<Profile> Context::existingProfile(int *exitCode, const QString &missingHint)
{
    *exitCode = ExitOk;
    if (!Profile::isValidName(profileName)) {
        *exitCode = usageError(Profile::nameError(profileName));
        return std::nullopt;
    }
    const ProfileManager profiles(dataDirectory);
    if (!profiles.exists(profileName)) {
        *exitCode = failure(u"profile '%1' does not exist"_s.arg(profileName) + missingHint);
        return std::nullopt;
    }
    QString error;
    std::optional<Profile> profile = profiles.openOrCreate(profileName, &error);
    if (!profile) {
        *exitCode = failure(error);
        return std::nullopt;
    }
    startProfileLog(*profile);
    return profile;
}

void Context::startProfileLog(const Profile &profile)
{
    if (m_logFile)
        return;
    m_logFile = std::make_unique<LogFile>(profile.logDirectory());
    // Cut: a pasted novel as search text should not become a log line.
    qCInfo(lcCli).noquote() << "beholder-cli" << QCoreApplication::arguments().mid(1).join(u' ').left(200)
                            << "on profile" << profile.name();
}

std::optional<qint64> parseBoundedInteger(const QString &option, const QString &value, qint64 min, qint64 max,
                                          QString *error)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max) {
        *error = u"--%1 must be a whole number from %2 to %3, not '%4'"_s.arg(option, QString::number(min),
                                                                              QString::number(max), value.left(40));
        return std::nullopt;
    }
    return number;
}

} // namespace Beholder::Cli
