// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString lastProfileKey = u"profiles/last"_s;
}

ProfileManager::ProfileManager(const QString &dataDirectory)
    : m_dataDirectory(dataDirectory)
{ }

QStringList ProfileManager::profileNames() const
{
    QStringList names;
    const QDir profiles(QDir(m_dataDirectory).filePath(u"profiles"_s));
    const QStringList entries = profiles.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        if (Profile::isValidName(entry))
            names << entry;
    }
    return names;
}

bool ProfileManager::exists(const QString &name) const
{
    return Profile::isValidName(name) && QDir(Profile(name, m_dataDirectory).directory()).exists();
}

std::optional<Profile> ProfileManager::openOrCreate(const QString &name, QString *error) const
{
    if (!Profile::isValidName(name)) {
        if (error)
            *error = Profile::nameError(name);
        return std::nullopt;
    }
    Profile profile(name, m_dataDirectory);
    if (!QDir().mkpath(profile.directory())) {
        if (error)
            *error = QCoreApplication::translate("ProfileManager", "cannot create the profile folder %1")
                         .arg(QDir::toNativeSeparators(profile.directory()));
        return std::nullopt;
    }
    return profile;
}

QString ProfileManager::defaultProfileName() const
{
    const QSettings settings(globalSettingsFile(), QSettings::IniFormat);
    const QString last = settings.value(lastProfileKey).toString();
    return exists(last) ? last : Profile::demoName();
}

void ProfileManager::setDefaultProfileName(const QString &name) const
{
    if (!Profile::isValidName(name))
        return;
    QSettings settings(globalSettingsFile(), QSettings::IniFormat);
    settings.setValue(lastProfileKey, name);
}

QString ProfileManager::globalSettingsFile() const
{
    return QDir(m_dataDirectory).filePath(u"beholder.ini"_s);
}

} // namespace Beholder
