// SPDX-License-Identifier: GPL-3.0-or-later
// The bearer tokens a simulated source has issued and when each expires, so
// that it can answer 401 to an expired or revoked token as the real one does.
// Thread-safe: the simulator's thread checks tokens while a test, from its
// own thread, expires them all to exercise the clients' re-login.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Beholder::Sim {

class TokenStore final
{
public:
    TokenStore() = default;
    Q_DISABLE_COPY_MOVE(TokenStore)

    // Remembers `token` as valid for `lifetimeSeconds` from now.
    void add(const QString &token, qint64 lifetimeSeconds);
    bool isValid(const QString &token) const;
    // Every token issued so far stops working (the tokens expired or were revoked).
    void expireAll();
    qsizetype size() const;

    // `length` random characters from [A-Za-z0-9], from the system's random source.
    static QString randomText(int length);

private:
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_expiry; // token -> msecs since epoch (wall clock, like the real servers)
};

} // namespace Beholder::Sim
