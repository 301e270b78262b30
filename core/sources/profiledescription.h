// SPDX-License-Identifier: GPL-3.0-or-later
// The profile description: a JSON file that says where a profile's sources
// and routers are, optionally with their secrets. The simulated ISP writes
// one; `beholder-cli profile import FILE --profile NAME` reads it, saves the
// sources to settings.ini and the secrets to the keychain. The format is
// documented in docs/profile-format.md.
#pragma once

#include "sourceconfig.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Beholder {

struct ProfileDescription
{
    ProfileSources sources;
    QHash<QString, QString> secrets; // keychain key (SecretKeys) -> value; may be empty
    QString generator;               // who wrote the file, informational
};

struct ProfileDescriptionParse
{
    std::optional<ProfileDescription> description; // set when there are no errors
    QStringList errors;                            // "routers[3].port: must be 1-65535"
    QStringList warnings;                          // "sources[0].colour: unknown field, ignored"

    bool ok() const { return description.has_value(); }
};

namespace ProfileDescriptionFormat {
inline constexpr QStringView id = u"beholder-profile/1";
// Hundreds of routers fit in well under 1 MiB; anything far larger is not a description.
inline constexpr qsizetype maxBytes = 8 * 1024 * 1024;
} // namespace ProfileDescriptionFormat

ProfileDescriptionParse parseProfileDescription(const QByteArray &json);
ProfileDescriptionParse readProfileDescription(const QString &path);

// Indented JSON, secrets included when `description` has them. A description
// parsed from this text equals `description` (secrets of unknown keys, or of
// routers that are not listed, are left out).
QByteArray serializeProfileDescription(const ProfileDescription &description);
// Writes atomically; readable by the owner only when it carries secrets.
// Returns the error, empty on success.
QString writeProfileDescription(const QString &path, const ProfileDescription &description);

} // namespace Beholder
