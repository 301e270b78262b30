// SPDX-License-Identifier: GPL-3.0-or-later
// As-you-type search off the GUI thread: each call supersedes the previous
// one, the query runs on a search worker with its own cache connection, and
// only the newest answer reaches the model.
#pragma once

#include "async/latesttask.h"
#include "async/taskrunner.h"
#include "search/searchresultmodel.h"

#include <QObject>

namespace Beholder {

class CacheDatabase;

class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    // `cache` must be open and outlive the service.
    explicit SearchService(CacheDatabase *cache, QObject *parent = nullptr);
    ~SearchService() override;

    SearchResultModel *model() { return &m_model; }

    // Starts a search for `text`; an empty text clears the results at once.
    void search(const QString &text, int limit = 200);
    bool isSearching() const { return m_latest.isActive(); }

signals:
    void resultsReady(const Beholder::SearchResults &results);

private:
    CacheDatabase *m_cache;
    SearchResultModel m_model;
    TaskRunner m_runner;
    LatestTask<SearchResults> m_latest;
};

} // namespace Beholder
