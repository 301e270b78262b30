// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "cache/cachedatabase.h"
#include "search/searchengine.h"
#include "search/searchquery.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

SearchService::SearchService(CacheDatabase *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_runner(u"search"_s, 1)
    , m_latest(m_runner, this)
{ }

SearchService::~SearchService()
{
    m_latest.cancel();
    m_runner.cancelAll();
    m_runner.waitForDone();
}

void SearchService::search(const QString &text, int limit)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty()) {
        m_latest.cancel();
        SearchResults empty;
        empty.query = query.text();
        m_model.setResults(empty);
        emit resultsReady(empty);
        return;
    }
    CacheDatabase *cache = m_cache;
    m_latest.start(
        [cache, query, limit](TaskControl &task) {
            if (task.isCanceled())
                return SearchResults{};
            SearchEngine engine(cache->connection());
            return engine.search(query, limit);
        },
        [this, text = query.text()](const TaskResult<SearchResults> &result) {
            if (result.canceled())
                return; // superseded or shutting down
            SearchResults results;
            if (result.succeeded()) {
                results = *result.value;
            } else {
                results.query = text;
                results.error = result.error;
            }
            m_model.setResults(results);
            emit resultsReady(results);
        });
}

} // namespace Beholder
