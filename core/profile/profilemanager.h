// SPDX-License-Identifier: GPL-3.0-or-later
// The profiles under one data root, and which one opens by default.
#pragma once

#include "profile/profile.h"

#include <QStringList>

#include <optional>

namespace Beholder {

class ProfileManager final
{
public:
    explicit ProfileManager(const QString &dataDirectory);

    QString dataDirectory() const { return m_dataDirectory; }

    // Names of the profiles that exist on disk, sorted.
    QStringList profileNames() const;
    bool exists(const QString &name) const;

    // The profile for `name`, creating its folder if needed. Nothing, with a
    // reason, for an invalid name or a folder that cannot be created.
    std::optional<Profile> openOrCreate(const QString &name, QString *error = nullptr) const;

    // The profile opened when none is named: the last one used, else "demo".
    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name) const;

    // beholder.ini: the desktop's own settings (last profile, window state, language).
    QString globalSettingsFile() const;

private:
    QString m_dataDirectory;
};

} // namespace Beholder
