// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one search against the cache: exact identifier matches first, then
// full-text matches by bm25. Use one engine per thread (it keeps its
// statements prepared on that thread's connection).
#pragma once

#include "search/searchresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Beholder {

class SearchQuery;

class SearchEngine final
{
public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 1000;
    // Full-text matches ranked by bm25 per query, at most (see fullTextSql()).
    static constexpr int rankWindow = 2500;

    explicit SearchEngine(QSqlDatabase db);
    Q_DISABLE_COPY_MOVE(SearchEngine)

    // Never fails loudly: hostile or empty input gives no hits; a cache that
    // cannot be read gives no hits and SearchResults::error.
    SearchResults search(const QString &text, int limit = defaultLimit);
    SearchResults search(const SearchQuery &query, int limit = defaultLimit);

    // The SQL the full-text step runs. Parameters: the FTS5 expression, the
    // rank window, the number of rows wanted.
    // The benchmark runs exactly this through the raw sqlite3 API as the floor.
    static QString fullTextSql();

private:
    bool prepare(QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_exact;
    QSqlQuery m_fullText;
    bool m_prepared = false;
};

} // namespace Beholder
