// SPDX-License-Identifier: GPL-3.0-or-later
// Creates or refreshes the demo profile's cache from the demo generator, in
// one transaction with its search index, recorded as a sync run. The load is
// separate from the generator, so that a later sync from the simulated ISP can
// replace it without touching how the data is made.
#pragma once

#include "demo/demogenerator.h"

#include <QString>

#include <functional>

namespace Beholder {

class CacheDatabase;

namespace Demo {

struct DemoLoadResult
{
    bool ok = false;
    bool canceled = false;
    QString error;
    qint64 customers = 0;
    qint64 rowsWritten = 0;
    qint64 searchDocuments = 0;
    double generateSeconds = 0;
    double writeSeconds = 0;
    double indexSeconds = 0;
};

// progress(percent 0..100, step) is called from the calling thread.
using ProgressCallback = std::function<void(int percent, const QString &step)>;

// `cache` must be open. `trigger` is recorded in sync_runs ("cli", "gui", ...).
// Blocks for about a second per 20,000 customers: run it off the GUI thread.
DemoLoadResult loadDemoIsp(CacheDatabase &cache, const DemoOptions &options, const QString &trigger,
                           const ProgressCallback &progress = {}, const std::function<bool()> &isCanceled = {});

} // namespace Demo
} // namespace Beholder
