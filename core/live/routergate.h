// SPDX-License-Identifier: GPL-3.0-or-later
// The process-wide rule of the live traffic chart (SPEC §5): at most one monitor-traffic request in flight per
// router, whatever the number of charts open on it and whatever thread they live on. A session takes the
// router's turn before it sends and gives it back when the answer (or the error) comes.
#pragma once

#include <QtGlobal>

namespace Beholder::RouterGate {

// Takes the router's turn (routers are keyed by node id); false when another request holds it. Thread-safe.
bool tryAcquire(qint64 nodeId);
// Gives the turn back. Only the holder calls it.
void release(qint64 nodeId);
// Whether a request to this router is in flight now (tests and diagnostics).
bool isBusy(qint64 nodeId);

} // namespace Beholder::RouterGate
