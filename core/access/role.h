// SPDX-License-Identifier: GPL-3.0-or-later
// The roles of OctoISP's model and what each may do, as data (SPEC §7). The matrix lives in role.cpp only;
// core services ask Principal::may(), never compare roles themselves.
//
// Ids ("profile-admin", "run-sync") are stable: they are stored in accounts.sqlite and in the audit log and
// printed by beholder-cli. Names and descriptions are translated, for the UI.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Beholder::Access {

// From most to least privileged.
enum class Role {
    GlobalAdmin,  // every profile, including creating global admins
    ProfileAdmin, // everything within one profile
    Operator,     // NOC: diagnose, sync, reboot CPEs
    Technician,   // diagnose, live traffic, sync
    Viewer,       // look and diagnose
};

enum class Permission {
    ViewCustomers,
    Diagnose,
    LiveTraffic,
    RunSync,
    RebootCpe,
    EditThresholds,
    AdministerSnmp,
    EditProfileSettings,
    ManageUsers,
    ViewAudit,
    ManageProfile, // rename or delete this profile
    CreateProfile,
};

QList<Role> allRoles();
QList<Permission> allPermissions();

// The matrix.
bool roleHas(Role role, Permission permission);
QList<Permission> permissionsOf(Role role);
// The least privileged role that has `permission`, for "needs the … role" messages.
Role leastRoleWith(Permission permission);

QString roleId(Role role); // "global-admin", "profile-admin", "operator", "technician", "viewer"
std::optional<Role> roleFromId(QStringView id);
QString permissionId(Permission permission); // "view-customers", "run-sync", ...
std::optional<Permission> permissionFromId(QStringView id);

// Translated, for people.
QString roleName(Role role);                       // "Profile admin"
QString roleNameInSentence(Role role);             // "profile admin", as in "needs the profile admin role"
QString roleDescription(Role role);                // one sentence
QString permissionName(Permission permission);     // "Run a sync"
QString permissionActivity(Permission permission); // "running a sync", for "… needs the … role"

} // namespace Beholder::Access
