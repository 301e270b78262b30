// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's sources and routers in its settings.ini. Never a secret here:
// those live in the OS keychain (core/credentials), and saving refuses any
// setting named like one.
//
// Keys (QSettings, IniFormat, UTF-8):
//
//   sources/version                   1
//   sources/<kind>/enabled            kind: ispcube, smartolt, cnmaestro, routeros
//   sources/<kind>/url                (not for routeros)
//   sources/<kind>/user
//   sources/<kind>/client_id
//   sources/<kind>/timeout_ms
//   sources/<kind>/calls_per_hour
//   routers/<node id>/name            one group per router, named by its node id
//   routers/<node id>/host
//   routers/<node id>/port
//   routers/<node id>/tls
//   routers/<node id>/user
//   routers/<node id>/timeout_ms
//
// QSettings writes them as "[sources]" with "ispcube\url=..." and "[routers]"
// with "12\host=..."; a hand-written "[sources/ispcube]" section with
// "url=..." is read too. A router's group is its node id so that a hand edit
// cannot create two routers for one node and removing one renumbers nothing.
// Missing keys take the defaults of SourceConfig/RouterConfig; saving
// replaces everything under sources/ and routers/ and leaves every other key
// of the file alone.
#pragma once

#include "sourceconfig.h"

#include <QStringList>

namespace Beholder::Access {
class AuditLog;
class Principal;
} // namespace Beholder::Access

namespace Beholder {

class Profile;

struct SourceSettingsResult
{
    ProfileSources sources; // best effort even when there are errors
    QStringList errors;     // "routers/12/port: must be 1-65535"
    QStringList warnings;   // "sources/smartolt/user: not used by smartolt"

    bool ok() const { return errors.isEmpty(); }
};

namespace SourceSettings {
inline constexpr int formatVersion = 1;
}

// Reads the sources of `settingsFile`. A missing file gives no sources and no
// error (a new profile). Values are checked as validateProfileSources() does.
SourceSettingsResult loadProfileSources(const QString &settingsFile);
SourceSettingsResult loadProfileSources(const Profile &profile);

// Writes `sources` into `settingsFile` for `by`, who needs EditProfileSettings: otherwise nothing is written,
// the refusal is audited and its message is the one error. Invalid sources are refused and nothing is
// written. Returns the errors; empty on success. Audited "profile-settings.save" (ok or failed) in `audit` when
// given. A demo or bootstrap path that writes the demo's own sources passes Access::singleUserPrincipal().
QStringList saveProfileSources(const QString &settingsFile, const ProfileSources &sources, const Access::Principal &by,
                               const Access::AuditLog *audit = nullptr);
QStringList saveProfileSources(const Profile &profile, const ProfileSources &sources, const Access::Principal &by,
                               const Access::AuditLog *audit = nullptr);
// For the profile's default principal (Access::defaultPrincipalForFile): allowed on a single-user profile,
// refused on one that requires sign-in. Not audited.
QStringList saveProfileSources(const QString &settingsFile, const ProfileSources &sources);
QStringList saveProfileSources(const Profile &profile, const ProfileSources &sources);

// True for a settings key whose last part names a secret ("password",
// "api_key", "token", "client_secret", ...): such keys are never written.
bool isSecretSettingKey(const QString &key);

} // namespace Beholder
