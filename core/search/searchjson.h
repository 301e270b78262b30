// SPDX-License-Identifier: GPL-3.0-or-later
// Search results as JSON, in the one shape every machine-facing front-end
// (beholder-cli today, a chatbot bridge later) promises its callers.
#pragma once

#include "search/searchresult.h"

#include <QJsonObject>
#include <QString>

namespace Beholder {

// One hit. Every key is always present: ids are numbers or null, text fields
// are strings or null (an empty value is written as null, never as "").
//
//   {"kind": "connection", "match": "text", "customer_id": 1, "connection_id": 101,
//    "node_id": 1, "name": "María Pérez", "doc_number": "23456789", "phone": "...",
//    "address": "...", "town": "...", "pppoe_user": "mperez", "status": "active",
//    "technology": "fiber", "plan": "...", "node": "...", "device": "...", "ip": "..."}
QJsonObject toJson(const SearchHit &hit);

// A whole answer, as documented in docs/cli.md:
//
//   {"query": "...", "profile": "demo", "count": 2, "truncated": false,
//    "elapsed_ms": 0.42, "results": [ <hit>, ... ]}
//
// "query" is the text as searched (whitespace simplified, cut to
// SearchQuery::maxInputLength); "elapsed_ms" has two decimals. An "error"
// string is added only when the cache could not be read (results is then empty).
QJsonObject toJson(const SearchResults &results, const QString &profile);

} // namespace Beholder
