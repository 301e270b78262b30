// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "logging/logging.h"
#include "search/searchquery.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString docColumns = u"d.id, d.kind, d.customer_id, d.connection_id, d.node_id, d.pppoe_user, d.name, "
                           u"d.doc_number, d.phone, d.address, d.town, d.status, d.technology, d.plan_name, "
                           u"d.node_name, d.device, d.ip"_s;

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

SearchHit readHit(const QSqlQuery &query, MatchKind match)
{
    SearchHit hit;
    hit.docId = query.value(0).toLongLong();
    hit.kind = searchDocKindFromString(query.value(1).toString());
    hit.match = match;
    hit.customerId = optionalId(query.value(2));
    hit.connectionId = optionalId(query.value(3));
    hit.nodeId = optionalId(query.value(4));
    hit.pppoeUser = query.value(5).toString();
    hit.name = query.value(6).toString();
    hit.docNumber = query.value(7).toString();
    hit.phone = query.value(8).toString();
    hit.address = query.value(9).toString();
    hit.town = query.value(10).toString();
    hit.status = query.value(11).toString();
    hit.technology = query.value(12).toString();
    hit.planName = query.value(13).toString();
    hit.nodeName = query.value(14).toString();
    hit.device = query.value(15).toString();
    hit.ip = query.value(16).toString();
    return hit;
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase db)
    : m_db(std::move(db))
    , m_exact(m_db)
    , m_fullText(m_db)
{ }

QString SearchEngine::fullTextSql()
{
    // bm25 costs about a microsecond per matching row (it reads each row's
    // column sizes), so a three-letter prefix matching a fifth of 100,000
    // customers would take 20 ms to rank. Rank only the first `rankWindow`
    // matches: narrow queries (almost all) are ranked in full, broad ones stay
    // fast and say they are truncated, and the operator types one more letter.
    return u"SELECT "_s + docColumns
        + u" FROM (SELECT id, score FROM (SELECT rowid AS id, rank AS score FROM search_fts "
          u"WHERE search_fts MATCH ? LIMIT ?) ORDER BY score LIMIT ?) f "
          u"JOIN search_docs d ON d.id = f.id ORDER BY f.score"_s;
}

bool SearchEngine::prepare(QString *error)
{
    if (m_prepared)
        return true;
    m_exact.setForwardOnly(true);
    m_fullText.setForwardOnly(true);
    const bool ok = m_exact.prepare(fullTextSql()) && m_fullText.prepare(fullTextSql());
    if (!ok) {
        *error = m_exact.lastError().isValid() ? m_exact.lastError().text() : m_fullText.lastError().text();
        return false;
    }
    m_prepared = true;
    return true;
}

SearchResults SearchEngine::search(const QString &text, int limit)
{
    return search(SearchQuery::parse(text), limit);
}

SearchResults SearchEngine::search(const SearchQuery &query, int limit)
{
    QElapsedTimer timer;
    timer.start();
    SearchResults results;
    results.query = query.text();
    if (query.isEmpty())
        return results;
    limit = std::clamp(limit, 1, maxLimit);

    if (!prepare(&results.error)) {
        qCWarning(lcSearch) << "search unavailable:" << results.error;
        return results;
    }

    QSet<qint64> seen;
    // 1. Exact identifiers, ranked first.
    if (!query.exactExpression().isEmpty()) {
        m_exact.bindValue(0, query.exactExpression());
        m_exact.bindValue(1, rankWindow);
        m_exact.bindValue(2, limit + 1);
        if (!m_exact.exec()) {
            qCWarning(lcSearch) << "identifier lookup failed for" << query.exactExpression() << ":"
                                << m_exact.lastError().text();
        } else {
            while (m_exact.next()) {
                if (results.hits.size() == limit) {
                    results.truncated = true;
                    break;
                }
                SearchHit hit = readHit(m_exact, MatchKind::Identifier);
                seen.insert(hit.docId);
                results.hits.append(std::move(hit));
            }
        }
        m_exact.finish();
    }

    // 2. Full text, bm25 order, without repeating what matched exactly.
    if (!query.ftsExpression().isEmpty() && results.hits.size() < limit) {
        m_fullText.bindValue(0, query.ftsExpression());
        m_fullText.bindValue(1, rankWindow);
        m_fullText.bindValue(2, limit + 1 + int(seen.size()));
        if (!m_fullText.exec()) {
            // Only our own expression reaches FTS5, so this is not the operator's
            // fault: log it and show nothing rather than an error dialog.
            qCWarning(lcSearch) << "full-text search failed for" << query.ftsExpression() << ":"
                                << m_fullText.lastError().text();
        } else {
            while (m_fullText.next()) {
                const qint64 docId = m_fullText.value(0).toLongLong();
                if (seen.contains(docId))
                    continue;
                if (results.hits.size() == limit) {
                    results.truncated = true;
                    break;
                }
                results.hits.append(readHit(m_fullText, MatchKind::Text));
            }
        }
        m_fullText.finish();
    }
    results.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
    return results;
}

} // namespace Beholder
