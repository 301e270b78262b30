// SPDX-License-Identifier: GPL-3.0-or-later
// What the status bar and `beholder-cli` say about a cache: how much it holds
// and how old its data is.
#pragma once

#include "model/entities.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Beholder {

struct SourceFreshness
{
    QString source;
    std::optional<UnixTime> lastSuccessAt; // end of the newest successful sync
    std::optional<UnixTime> lastRunAt;     // end (or start, if it never ended) of the newest run
    QString lastStatus;                    // of the newest run, whatever its outcome
    QString lastError;
};

struct CacheSummary
{
    bool ok = false;
    QString error;
    qint64 customers = 0;
    qint64 connections = 0;
    qint64 pppSecrets = 0;
    qint64 nodes = 0;
    qint64 olts = 0;
    qint64 onus = 0;
    qint64 accessPoints = 0;
    qint64 wirelessSubscribers = 0;
    QList<SourceFreshness> sources;
    // The age the operator must assume for the cache as a whole: the oldest
    // of the sources' data (the newest fetch time of each source's rows), so a
    // source that keeps failing shows the age of what is left from it.
    std::optional<UnixTime> dataAsOf;

    bool isEmpty() const { return customers == 0 && connections == 0 && pppSecrets == 0; }
};

CacheSummary readCacheSummary(QSqlDatabase db);

} // namespace Beholder
