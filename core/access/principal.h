// SPDX-License-Identifier: GPL-3.0-or-later
// Who is acting: a signed-in account, the local operator of a single-user profile, or nobody (a profile that
// requires sign-in before anyone signs in). A plain value: it crosses threads and goes into requests.
#pragma once

#include "access/role.h"

#include <QMetaType>
#include <QString>

namespace Beholder::Access {

class Principal final
{
public:
    // Nobody: may nothing.
    Principal() = default;
    // `profileName`: the profile being acted on (a global admin acts on any, one at a time).
    Principal(const QString &userName, Role role, const QString &profileName, bool singleUser = false);
    static Principal nobody() { return {}; }

    bool isNobody() const { return m_userName.isEmpty(); }
    QString userName() const { return m_userName; }
    Role role() const { return m_role; } // meaningless for nobody
    QString profileName() const { return m_profileName; }
    // The profile does not require sign-in: the OS user acts as its profile admin.
    bool isSingleUser() const { return m_singleUser; }

    bool may(Permission permission) const;

    // "maria (technician)", for messages and logs; "nobody" when no one is signed in (translated).
    QString describe() const;
    // The role id for audit rows; empty for nobody.
    QString roleIdOrEmpty() const;

    friend bool operator==(const Principal &a, const Principal &b)
    {
        return a.m_userName == b.m_userName && a.m_role == b.m_role && a.m_profileName == b.m_profileName
            && a.m_singleUser == b.m_singleUser;
    }
    friend bool operator!=(const Principal &a, const Principal &b) { return !(a == b); }

private:
    QString m_userName;
    Role m_role = Role::Viewer;
    QString m_profileName;
    bool m_singleUser = false;
};

} // namespace Beholder::Access

Q_DECLARE_METATYPE(Beholder::Access::Principal)
