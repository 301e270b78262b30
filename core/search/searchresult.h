// SPDX-License-Identifier: GPL-3.0-or-later
// One row of the search results: a thing the operator can open (a CRM
// connection, a customer, a PPP secret the CRM does not know, an ONU or an
// antenna), with what the results table shows about it.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Beholder {

enum class SearchDocKind {
    Connection, // a CRM connection with its customer
    Customer,   // a customer without connections
    Secret,     // a PPP secret on a router that no CRM connection names (ADR-005: "not linked")
    Onu,        // an ONU that matches no connection
    Subscriber, // a wireless subscriber module that matches no connection
};

// The stable words used in the index and in JSON: connection, customer, secret, onu, subscriber.
QString toString(SearchDocKind kind);
SearchDocKind searchDocKindFromString(const QString &text);

enum class MatchKind {
    Identifier, // the query is exactly a PPPoE user, serial, MAC, IP, document or code
    Text,       // full-text match, ranked by bm25
};

// "identifier" or "text".
QString toString(MatchKind match);

struct SearchHit
{
    qint64 docId = 0;
    SearchDocKind kind = SearchDocKind::Connection;
    MatchKind match = MatchKind::Text;
    std::optional<qint64> customerId;
    std::optional<qint64> connectionId;
    std::optional<qint64> nodeId;
    QString pppoeUser;
    QString name;
    QString docNumber;
    QString phone;
    QString address;
    QString town;
    QString status;     // customer status, or "unlinked" for a secret the CRM lacks
    QString technology; // fiber | wireless
    QString planName;
    QString nodeName;
    QString device; // ONU serial or antenna MAC
    QString ip;
};

struct SearchResults
{
    QString query;
    QList<SearchHit> hits;
    bool truncated = false; // more matches exist than were returned
    qint64 elapsedMicroseconds = 0;
    QString error; // set when the cache could not be read; hits are then empty
};

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::SearchHit)
Q_DECLARE_METATYPE(Beholder::SearchResults)
