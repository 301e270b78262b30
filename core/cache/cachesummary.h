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
    // The age the operator must assume for the cache as a whole: the oldest of
    // the sources' last successful syncs (or of the rows, with no sync record).
    std::optional<UnixTime> dataAsOf;

    bool isEmpty() const { return customers == 0 && connections == 0 && pppSecrets == 0; }
};

CacheSummary readCacheSummary(QSqlDatabase db);

} // namespace Beholder
