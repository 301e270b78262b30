// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorization.h"

#include "access/accesslogging.h"

#include <QCoreApplication>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::Authorization)
};
} // namespace

QString denialMessage(const Principal &principal, Permission permission)
{
    if (principal.isNobody())
        return Tr::tr("Nobody is signed in: %1 needs the %2 role. Sign in first.")
            .arg(permissionActivity(permission), roleNameInSentence(leastRoleWith(permission)));
    return Tr::tr("Signed in as %1: %2 needs the %3 role.")
        .arg(principal.describe(), permissionActivity(permission), roleNameInSentence(leastRoleWith(permission)));
}

AuditEntry deniedEntry(const Principal &principal, Permission permission, const QString &action, const QString &target)
{
    return AuditEntry::by(principal, action, target, u"needs %1"_s.arg(permissionId(permission)), AuditOutcome::Denied);
}

std::optional<QString> authorize(const Principal &principal, Permission permission, const AuditLog *audit,
                                 const QString &action, const QString &target)
{
    if (principal.may(permission))
        return std::nullopt;
    qCInfo(lcAccess).noquote() << "refused:" << action << target << "by" << principal.describe() << "- needs"
                               << permissionId(permission);
    if (audit)
        audit->append(deniedEntry(principal, permission, action, target));
    return denialMessage(principal, permission);
}

} // namespace Beholder::Access
