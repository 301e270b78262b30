// SPDX-License-Identifier: GPL-3.0-or-later
// How the simulated router filters a print (protocols.md §1.5): the ?query words evaluated per row on a
// boolean stack, and .proplist choosing and ordering the properties. Apart from the server so it is tested on
// plain rows.
#pragma once

#include "routeros/routerossentence.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Beholder::Sim {

using RouterOsRow = QList<RouterOs::Attribute>;

// Whether `row` passes the query words ("?name", "?-name", "?name=x", "?<name=x", "?>name=x", "?#ops"). The
// stack starts as endless `true`s; the row passes when no `false` is left. A malformed word: nothing, with
// `error` set (the router answers a !trap).
std::optional<bool> matchesQuery(const RouterOsRow &row, const QList<QByteArray> &queries, QString *error = nullptr);

// The row cut to the comma-separated names of .proplist, in that order; names the row lacks are left out (so a
// row can become empty, as on a real router). An empty proplist keeps the row as it is.
RouterOsRow applyProplist(const RouterOsRow &row, const QByteArray &proplist);

} // namespace Beholder::Sim
