// SPDX-License-Identifier: GPL-3.0-or-later
// A whole, realistic Argentine ISP as one value, for the demo profile, the benchmarks and the tests. It
// returns data only: how (and whether) it reaches the cache is the caller's business.
#pragma once

#include "model/entities.h"

namespace Beholder::Demo {

struct DemoOptions
{
    int customers = 5000;
    quint64 seed = 20261125;
    UnixTime now = 0; // 0 = the current time; every timestamp in the dataset is relative to it
    // The zone the ISP's routers print their local times in (PPP secrets' last logout). Argentina by default;
    // the simulator passes its own, so that what it serves and what the clients read agree.
    int utcOffsetSeconds = -3 * 3600;
};

// Deterministic: the same options give the same dataset, bit for bit, on every platform. Besides the
// everyday mix it always plants the cases the diagnosis must recognise: one PON port whose ONUs all
// lost signal together about 40 minutes before `now`, one access point down with all its subscriber
// modules, PPP secrets the CRM does not know, and secrets on a different router than the CRM says; and one
// line per diagnosis scenario (demoscenarios.h: generateDemoIsp() says which users they are).
IspDataset generateIsp(const DemoOptions &options);

} // namespace Beholder::Demo
