// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from the engine so that the wire format can change only on
// purpose: tst_searchjson pins every key and type.
#include "searchjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    // Ids stay far below 2^53, so a JSON number (a double) holds them exactly.
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const SearchHit &hit)
{
    return QJsonObject{
        {u"kind"_s, toString(hit.kind)},
        {u"match"_s, toString(hit.match)},
        {u"customer_id"_s, idOrNull(hit.customerId)},
        {u"connection_id"_s, idOrNull(hit.connectionId)},
        {u"node_id"_s, idOrNull(hit.nodeId)},
        {u"name"_s, textOrNull(hit.name)},
        {u"doc_number"_s, textOrNull(hit.docNumber)},
        {u"phone"_s, textOrNull(hit.phone)},
        {u"address"_s, textOrNull(hit.address)},
        {u"town"_s, textOrNull(hit.town)},
        {u"pppoe_user"_s, textOrNull(hit.pppoeUser)},
        {u"status"_s, textOrNull(hit.status)},
        {u"technology"_s, textOrNull(hit.technology)},
        {u"plan"_s, textOrNull(hit.planName)},
        {u"node"_s, textOrNull(hit.nodeName)},
        {u"device"_s, textOrNull(hit.device)},
        {u"ip"_s, textOrNull(hit.ip)},
    };
}

QJsonObject toJson(const SearchResults &results, const QString &profile)
{
    QJsonArray hits;
    for (const SearchHit &hit : results.hits)
        hits.append(toJson(hit));
    QJsonObject object{
        {u"query"_s, results.query},
        {u"profile"_s, profile},
        {u"count"_s, int(results.hits.size())},
        {u"truncated"_s, results.truncated},
        {u"elapsed_ms"_s, std::round(double(results.elapsedMicroseconds) / 10.0) / 100.0},
        {u"results"_s, hits},
    };
    if (!results.error.isEmpty())
        object.insert(u"error"_s, results.error);
    return object;
}

} // namespace Beholder
