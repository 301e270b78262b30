// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspolicy.h"

#include "access/accesslogging.h"
#include "access/accountstore.h"
#include "access/auditlog.h"
#include "access/authorization.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::AccessPolicy)
};
} // namespace

QString operatingSystemUserName()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    user = user.trimmed();
    return user.isEmpty() ? u"local"_s : user;
}

Principal singleUserPrincipal(const QString &profileName)
{
    return Principal(operatingSystemUserName(), Role::ProfileAdmin, profileName, true);
}

bool isSignInRequired(const QString &settingsFile)
{
    if (!QFileInfo::exists(settingsFile))
        return false;
    const QSettings settings(settingsFile, QSettings::IniFormat);
    return settings.value(QLatin1StringView(signInRequiredKey), false).toBool();
}

bool isSignInRequired(const Profile &profile)
{
    return isSignInRequired(profile.settingsFile());
}

Principal defaultPrincipal(const Profile &profile)
{
    return isSignInRequired(profile) ? Principal::nobody() : singleUserPrincipal(profile.name());
}

Principal defaultPrincipalForFile(const QString &profileFile)
{
    const QDir folder = QFileInfo(profileFile).dir();
    return isSignInRequired(folder.filePath(u"settings.ini"_s)) ? Principal::nobody()
                                                                : singleUserPrincipal(folder.dirName());
}

QString setSignInRequired(const Profile &profile, bool required, const Principal &by, const AccountStore &accounts,
                          const AuditLog *audit)
{
    const QString action = AuditAction::signInRequired();
    const QString details = required ? u"on"_s : u"off"_s;
    if (const auto denied = authorize(by, Permission::ManageUsers, audit, action, profile.name()))
        return *denied;
    if (by.role() != Role::GlobalAdmin && by.profileName() != profile.name())
        return Tr::tr("Signed in as %1: a profile admin changes the sign-in of profile “%2” only.")
            .arg(by.describe(), by.profileName());
    const auto fail = [&](const QString &message) {
        if (audit)
            audit->append(
                AuditEntry::by(by, action, profile.name(), details + u": "_s + message, AuditOutcome::Failed));
        return message;
    };
    if (required) {
        AccountError error;
        const int managers = accounts.countManagers(profile.name(), &error);
        if (error.isError())
            return fail(error.message);
        if (managers == 0)
            return fail(Tr::tr("Profile “%1” has no enabled account that can manage its users (a global admin or a "
                               "profile admin of it): create one first, or nobody could sign in to administer it.")
                            .arg(profile.name()));
    }
    const QFileInfo file(profile.settingsFile());
    if (!QDir().mkpath(file.absolutePath()))
        return fail(Tr::tr("%1 cannot be created").arg(QDir::toNativeSeparators(file.absolutePath())));
    QSettings settings(profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(QLatin1StringView(signInRequiredKey), required);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(Tr::tr("%1 could not be written").arg(QDir::toNativeSeparators(profile.settingsFile())));
    qCInfo(lcAccess).noquote() << "sign-in" << (required ? "required" : "not required") << "for profile"
                               << profile.name() << "by" << by.describe();
    if (audit)
        audit->append(AuditEntry::by(by, action, profile.name(), details));
    return {};
}

} // namespace Beholder::Access
