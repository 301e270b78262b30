// SPDX-License-Identifier: GPL-3.0-or-later
// The per-router turn of the live traffic sessions (see routergate.h): a mutex-guarded set of busy routers.
#include "routergate.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace Beholder::RouterGate {

namespace {

struct Gate
{
    QMutex mutex;
    QSet<qint64> busy;
};

Gate &gate()
{
    static Gate instance;
    return instance;
}

} // namespace

bool tryAcquire(qint64 nodeId)
{
    Gate &g = gate();
    const QMutexLocker lock(&g.mutex);
    if (g.busy.contains(nodeId))
        return false;
    g.busy.insert(nodeId);
    return true;
}

void release(qint64 nodeId)
{
    Gate &g = gate();
    const QMutexLocker lock(&g.mutex);
    g.busy.remove(nodeId);
}

bool isBusy(qint64 nodeId)
{
    Gate &g = gate();
    const QMutexLocker lock(&g.mutex);
    return g.busy.contains(nodeId);
}

} // namespace Beholder::RouterGate
