// SPDX-License-Identifier: GPL-3.0-or-later
// The human form of search results: an aligned plain-text table that fits a
// wide terminal (at most ~160 columns) and survives copy-paste into a ticket.
#pragma once

#include "search/searchresult.h"

#include <QString>

namespace Beholder::Cli {

// Width of `text` in terminal columns, counting code points and ignoring
// combining marks (good enough for names; no East Asian wide forms here).
qsizetype displayWidth(const QString &text);

// `text` cut to at most `width` columns, ending in "…" when cut.
QString elide(const QString &text, qsizetype width);

// Header, one line per hit and a summary line; "no matches\n" when empty.
QString formatSearchTable(const SearchResults &results);

} // namespace Beholder::Cli
