// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the event loop until a condition holds, checking after every batch
// of events and never sleeping (QTRY_* sleeps 50 ms between checks, which
// makes many-request client tests needlessly slow).
#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace Beholder::Test {

// Only a broken client ever waits this long.
constexpr int AsyncWaitMs = 20'000;

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = AsyncWaitMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(1);
    deadline.start(timeoutMs);
    if (!condition())
        loop.exec();
    return condition();
}

} // namespace Beholder::Test
