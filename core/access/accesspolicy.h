// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a profile requires signing in: `[access] sign_in_required` in its settings.ini (default false).
//
// Without sign-in (single-user mode) whoever runs Beholder acts as the profile's admin: the principal is the
// OS user (USERNAME or USER, else "local") with the profile admin role and singleUser set. With sign-in, nobody
// may anything until an account signs in (AccountStore::authenticate()).
#pragma once

#include "access/principal.h"

#include <QString>

namespace Beholder {
class Profile;
}

namespace Beholder::Access {

class AccountStore;
class AuditLog;

inline constexpr char signInRequiredKey[] = "access/sign_in_required";

// The OS user running this process: USERNAME (Windows), else USER, else "local".
QString operatingSystemUserName();

Principal singleUserPrincipal(const QString &profileName);

// Reads settings.ini (a small file; still, not on the GUI thread in a loop).
bool isSignInRequired(const QString &settingsFile);
bool isSignInRequired(const Profile &profile);

// Who acts before anyone signs in: the single-user principal, or nobody when the profile requires sign-in.
Principal defaultPrincipal(const Profile &profile);
// The same for the profile whose settings.ini (or cache.sqlite, or any file of its folder) is `profileFile`.
Principal defaultPrincipalForFile(const QString &profileFile);

// Turns sign-in on or off for `profile`. Needs ManageUsers; turning it on also needs at least one enabled
// account that can manage the profile's users (a global admin or one of its profile admins), so that nobody is
// locked out. Audited as "access.sign-in-required". Returns the error, empty on success.
QString setSignInRequired(const Profile &profile, bool required, const Principal &by, const AccountStore &accounts,
                          const AuditLog *audit = nullptr);

} // namespace Beholder::Access
