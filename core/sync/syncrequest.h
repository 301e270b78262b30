// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary of a sync: what was asked, how each source is doing, and
// how each ended. Plain values, so they cross threads and reach the UI, the
// CLI and the tests unchanged.
#pragma once

#include "access/principal.h"
#include "cache/cachewriter.h"
#include "net/apierror.h"
#include "sources/sourceconfig.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Beholder {

enum class SyncTrigger {
    Nightly, // the schedule (or its catch-up after the app was closed or the laptop slept)
    Manual,  // "Sync now" in the menu
    Cli,     // beholder-cli sync
    Demo,    // beholder --demo, from the simulated ISP
};

QString toString(SyncTrigger trigger); // "nightly", "manual", "cli", "demo"

struct SyncRequest
{
    QList<SourceKind> sources; // empty: every enabled source of the profile
    SyncTrigger trigger = SyncTrigger::Manual;
    QString userName; // for sync_runs; the principal's name when empty
    // Who asks: SyncEngine refuses (and audits the refusal) unless this principal may RunSync. Nobody by default.
    Access::Principal principal;
};

enum class SourceState {
    Pending,
    Fetching,
    Writing,
    Succeeded,
    Failed,   // the source's previous data is intact (or, for routers, that of the failed ones)
    Canceled, // the source's previous data is intact
    Skipped,  // not configured or disabled
};

QString toString(SourceState state); // "pending", "fetching", ...

struct SourceProgress
{
    SourceKind source = SourceKind::IspCube;
    SourceState state = SourceState::Pending;
    qint64 done = 0;  // items fetched or written so far
    qint64 total = 0; // 0 when not known yet
    QString step;     // "customers 12,000 of 100,000"
};

struct SourceOutcome
{
    SourceKind source = SourceKind::IspCube;
    SourceState state = SourceState::Pending;
    ApiError error;       // why it failed, when it did
    QString message;      // one line for the operator
    MirrorCounts counts;  // what the write changed
    qint64 fetched = 0;   // items received from the source
    QStringList warnings; // data problems that did not stop the sync (dangling references, partial routers)
    double seconds = 0;
};

struct SyncSummary
{
    qint64 syncId = 0;
    QList<SourceOutcome> outcomes;
    bool indexRebuilt = false;
    QString indexError;
    double seconds = 0;

    bool allSucceeded() const;
    bool anyCanceled() const;
};

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::SourceProgress)
Q_DECLARE_METATYPE(Beholder::SourceOutcome)
Q_DECLARE_METATYPE(Beholder::SyncSummary)
