// SPDX-License-Identifier: GPL-3.0-or-later
#include "principal.h"

#include <QCoreApplication>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {
// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::Principal)
};
} // namespace

Principal::Principal(const QString &userName, Role role, const QString &profileName, bool singleUser)
    : m_userName(userName.trimmed())
    , m_role(role)
    , m_profileName(profileName)
    , m_singleUser(singleUser)
{ }

bool Principal::may(Permission permission) const
{
    return !isNobody() && roleHas(m_role, permission);
}

QString Principal::describe() const
{
    if (isNobody())
        return Tr::tr("nobody (not signed in)");
    return Tr::tr("%1 (%2)").arg(m_userName, roleNameInSentence(m_role));
}

QString Principal::roleIdOrEmpty() const
{
    return isNobody() ? QString() : roleId(m_role);
}

} // namespace Beholder::Access
