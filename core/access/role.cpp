// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::Role)
};

using P = Permission;

struct RoleRow
{
    Role role;
    const char16_t *id;
    const char *name;
    const char *inSentence;
    const char *description;
    QList<Permission> permissions;
};

// The matrix (issue 6). Admins have every permission; the others are listed.
const QList<RoleRow> &roleTable()
{
    static const QList<RoleRow> table{
        {Role::GlobalAdmin, u"global-admin", QT_TRANSLATE_NOOP("Access::Role", "Global admin"),
         QT_TRANSLATE_NOOP("Access::Role", "global admin"),
         QT_TRANSLATE_NOOP("Access::Role", "Everything, on every profile, including the accounts of other admins."),
         allPermissions()},
        {Role::ProfileAdmin, u"profile-admin", QT_TRANSLATE_NOOP("Access::Role", "Profile admin"),
         QT_TRANSLATE_NOOP("Access::Role", "profile admin"),
         QT_TRANSLATE_NOOP("Access::Role",
                           "Everything within this profile: settings, thresholds, SNMP, accounts and the audit log."),
         allPermissions()},
        {Role::Operator,
         u"operator",
         QT_TRANSLATE_NOOP("Access::Role", "Operator (NOC)"),
         QT_TRANSLATE_NOOP("Access::Role", "operator"),
         QT_TRANSLATE_NOOP("Access::Role",
                           "Looks up customers, diagnoses, watches live traffic, syncs and reboots "
                           "customer equipment."),
         {P::ViewCustomers, P::Diagnose, P::LiveTraffic, P::RunSync, P::RebootCpe}},
        {Role::Technician,
         u"technician",
         QT_TRANSLATE_NOOP("Access::Role", "Technician"),
         QT_TRANSLATE_NOOP("Access::Role", "technician"),
         QT_TRANSLATE_NOOP("Access::Role", "Looks up customers, diagnoses, watches live traffic and syncs."),
         {P::ViewCustomers, P::Diagnose, P::LiveTraffic, P::RunSync}},
        {Role::Viewer,
         u"viewer",
         QT_TRANSLATE_NOOP("Access::Role", "Viewer"),
         QT_TRANSLATE_NOOP("Access::Role", "viewer"),
         QT_TRANSLATE_NOOP("Access::Role", "Looks up customers and diagnoses."),
         {P::ViewCustomers, P::Diagnose}},
    };
    return table;
}

struct PermissionRow
{
    Permission permission;
    const char16_t *id;
    const char *name;
    const char *activity;
};

constexpr PermissionRow permissionTable[] = {
    {P::ViewCustomers, u"view-customers", QT_TRANSLATE_NOOP("Access::Permission", "View customers"),
     QT_TRANSLATE_NOOP("Access::Permission", "looking up customers")},
    {P::Diagnose, u"diagnose", QT_TRANSLATE_NOOP("Access::Permission", "Diagnose"),
     QT_TRANSLATE_NOOP("Access::Permission", "diagnosing a line")},
    {P::LiveTraffic, u"live-traffic", QT_TRANSLATE_NOOP("Access::Permission", "Watch live traffic"),
     QT_TRANSLATE_NOOP("Access::Permission", "watching live traffic")},
    {P::RunSync, u"run-sync", QT_TRANSLATE_NOOP("Access::Permission", "Run a sync"),
     QT_TRANSLATE_NOOP("Access::Permission", "running a sync")},
    {P::RebootCpe, u"reboot-cpe", QT_TRANSLATE_NOOP("Access::Permission", "Reboot customer equipment"),
     QT_TRANSLATE_NOOP("Access::Permission", "rebooting customer equipment")},
    {P::EditThresholds, u"edit-thresholds", QT_TRANSLATE_NOOP("Access::Permission", "Edit the triage thresholds"),
     QT_TRANSLATE_NOOP("Access::Permission", "editing the triage thresholds")},
    {P::AdministerSnmp, u"administer-snmp", QT_TRANSLATE_NOOP("Access::Permission", "Administer SNMP monitoring"),
     QT_TRANSLATE_NOOP("Access::Permission", "administering SNMP monitoring")},
    {P::EditProfileSettings, u"edit-profile-settings",
     QT_TRANSLATE_NOOP("Access::Permission", "Edit the profile's settings"),
     QT_TRANSLATE_NOOP("Access::Permission", "editing the profile's settings")},
    {P::ManageUsers, u"manage-users", QT_TRANSLATE_NOOP("Access::Permission", "Manage user accounts"),
     QT_TRANSLATE_NOOP("Access::Permission", "managing user accounts")},
    {P::ViewAudit, u"view-audit", QT_TRANSLATE_NOOP("Access::Permission", "View the audit log"),
     QT_TRANSLATE_NOOP("Access::Permission", "viewing the audit log")},
    {P::ManageProfile, u"manage-profile", QT_TRANSLATE_NOOP("Access::Permission", "Rename or delete the profile"),
     QT_TRANSLATE_NOOP("Access::Permission", "renaming or deleting the profile")},
    {P::CreateProfile, u"create-profile", QT_TRANSLATE_NOOP("Access::Permission", "Create profiles"),
     QT_TRANSLATE_NOOP("Access::Permission", "creating a profile")},
};

const RoleRow &rowOf(Role role)
{
    const QList<RoleRow> &table = roleTable();
    const auto it = std::find_if(table.cbegin(), table.cend(), [role](const RoleRow &row) { return row.role == role; });
    Q_ASSERT(it != table.cend());
    return *it;
}

const PermissionRow &rowOf(Permission permission)
{
    const auto it = std::find_if(std::cbegin(permissionTable), std::cend(permissionTable),
                                 [permission](const PermissionRow &row) { return row.permission == permission; });
    Q_ASSERT(it != std::cend(permissionTable));
    return *it;
}

} // namespace

QList<Role> allRoles()
{
    return {Role::GlobalAdmin, Role::ProfileAdmin, Role::Operator, Role::Technician, Role::Viewer};
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const PermissionRow &row : permissionTable)
        all << row.permission;
    return all;
}

bool roleHas(Role role, Permission permission)
{
    return rowOf(role).permissions.contains(permission);
}

QList<Permission> permissionsOf(Role role)
{
    return rowOf(role).permissions;
}

Role leastRoleWith(Permission permission)
{
    const QList<Role> roles = allRoles();
    for (auto it = roles.crbegin(); it != roles.crend(); ++it) {
        if (roleHas(*it, permission))
            return *it;
    }
    return Role::GlobalAdmin;
}

QString roleId(Role role)
{
    return QString::fromUtf16(rowOf(role).id);
}

std::optional<Role> roleFromId(QStringView id)
{
    for (const RoleRow &row : roleTable()) {
        if (id == QStringView(row.id))
            return row.role;
    }
    return std::nullopt;
}

QString permissionId(Permission permission)
{
    return QString::fromUtf16(rowOf(permission).id);
}

std::optional<Permission> permissionFromId(QStringView id)
{
    for (const PermissionRow &row : permissionTable) {
        if (id == QStringView(row.id))
            return row.permission;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    return Tr::tr(rowOf(role).name);
}

QString roleNameInSentence(Role role)
{
    return Tr::tr(rowOf(role).inSentence);
}

QString roleDescription(Role role)
{
    return Tr::tr(rowOf(role).description);
}

QString permissionName(Permission permission)
{
    return QCoreApplication::translate("Access::Permission", rowOf(permission).name);
}

QString permissionActivity(Permission permission)
{
    return QCoreApplication::translate("Access::Permission", rowOf(permission).activity);
}

} // namespace Beholder::Access
