// SPDX-License-Identifier: GPL-3.0-or-later
// Writes one source's fetched data into the cache in one transaction, so
// that a source either replaces its data completely or leaves the previous
// data untouched. Rows that would break the cache's own integrity (an ONU on
// an OLT the source did not list, a connection of a customer it did not
// list) are left out and reported as warnings instead of failing the source.
#pragma once

#include "cache/cachewriter.h"
#include "sources/sourceconfig.h"
#include "sync/sourcedata.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Beholder {

struct WriteOutcome
{
    bool ok = false;
    bool canceled = false;
    QString error;
    MirrorCounts counts;
    QStringList warnings;
};

// A flag in the settings table, set in every source's write transaction and
// cleared in the index rebuild's: the index needs a rebuild while it is set.
bool markSearchIndexStale(QSqlDatabase db, UnixTime when);
bool isSearchIndexStale(QSqlDatabase db);
bool clearSearchIndexStale(QSqlDatabase db);

class SourceWriter final
{
public:
    SourceWriter(QSqlDatabase db, UnixTime fetchedAt);

    // `isCanceled` is polled every thousand rows.
    WriteOutcome write(SourceKind source, SourceData data, const std::function<bool()> &isCanceled = {});

private:
    QSqlDatabase m_db;
    UnixTime m_fetchedAt;
};

} // namespace Beholder
