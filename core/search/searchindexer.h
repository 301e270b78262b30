// SPDX-License-Identifier: GPL-3.0-or-later
// Rebuilds the search index (search_docs, search_fts) from the
// cached entities. Derived data only: it runs after every write of the
// entities, inside the caller's transaction, so readers never see an index
// that disagrees with the tables.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Beholder {

class SearchIndexer final
{
public:
    explicit SearchIndexer(QSqlDatabase db);

    // Returns false with lastError() on failure; the caller rolls back.
    // `isCanceled`, when given, is polled between batches.
    bool rebuild(const std::function<bool()> &isCanceled = {});

    QString lastError() const { return m_lastError; }
    qint64 documentCount() const { return m_documentCount; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
    qint64 m_documentCount = 0;
};

} // namespace Beholder
