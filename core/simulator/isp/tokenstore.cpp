// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <iterator>

namespace Beholder::Sim {

namespace {
// Forget expired tokens now and then, so a client that logs in in a loop cannot grow the store.
constexpr qsizetype pruneAbove = 4096;
} // namespace

void TokenStore::add(const QString &token, qint64 lifetimeSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    if (m_expiry.size() > pruneAbove)
        m_expiry.removeIf([now](const auto &entry) { return entry.value() <= now; });
    m_expiry.insert(token, now + lifetimeSeconds * 1000);
}

bool TokenStore::isValid(const QString &token) const
{
    if (token.isEmpty())
        return false;
    const QMutexLocker lock(&m_mutex);
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.cend() && *it > QDateTime::currentMSecsSinceEpoch();
}

void TokenStore::expireAll()
{
    const QMutexLocker lock(&m_mutex);
    m_expiry.clear();
}

qsizetype TokenStore::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_expiry.size();
}

QString TokenStore::randomText(int length)
{
    static constexpr char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(std::size(alphabet)) - 1;
    QString out(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out[i] = QChar(alphabet[random->bounded(alphabetSize)]);
    return out;
}

} // namespace Beholder::Sim
