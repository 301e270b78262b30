// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a big JSON list one element at a time. SmartOLT answers a full ONU
// listing in one body (about 1.4 KB per ONU: 120 MB at 85,000 ONUs); a
// QJsonDocument of that holds four to five times the text in memory. Here the
// body is only scanned for element boundaries, each element is parsed alone
// and dropped after use, so memory stays near the size of the text itself.
#pragma once

#include "net/apierror.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>

namespace Beholder::Json {

struct StreamedList
{
    // The top-level object without the list (status, error, paging fields);
    // empty when the body is a bare array.
    QJsonObject head;
    // Whether a list was found under one of the keys (or the body is an array).
    bool hasList = false;
    qsizetype elements = 0;
};

// Calls `element` for each element of the list found under the first of
// `listKeys` present in the top-level object (or of the top-level array).
// Fails with Kind::Protocol, naming source and endpoint, on malformed or
// truncated JSON; `element` returning false stops early without error.
ApiResult<StreamedList> forEachListElement(QByteArrayView body, std::initializer_list<QLatin1StringView> listKeys,
                                           const QString &source, const QString &endpoint,
                                           const std::function<bool(const QJsonValue &element)> &element);

} // namespace Beholder::Json
