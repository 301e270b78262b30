// SPDX-License-Identifier: GPL-3.0-or-later
// Lenient reading of vendor JSON. Real APIs send numbers as strings
// ("-24.95 dBm", "0012"), strings as numbers, null, "N/A", "-" or nothing
// at all for the same field; the parsers of every source read fields
// through these helpers so that a surprise costs one field, not the sync.
#pragma once

#include "net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class QTimeZone;

namespace Beholder {

// What a parser saw in one body, for paging and for the sync's warnings.
struct PageInfo
{
    qsizetype received = 0; // items in the body, parsed or not (paging counts these)
    qsizetype skipped = 0;  // items dropped because they lacked an identity
    // Paging the body announced (cnMaestro "paging", SmartOLT "page").
    std::optional<qint64> offset;
    std::optional<qint64> limit;
    std::optional<qint64> total;
};

namespace Json {

// The body as a document, or Kind::Protocol naming the source and endpoint.
ApiResult<QJsonDocument> parse(const QByteArray &body, const QString &source, const QString &endpoint);
ApiError protocolError(const QString &source, const QString &endpoint, const QString &what);

// True for "no value": missing, null, "", "N/A", "n/a", "-", "null", "none".
bool isBlank(const QJsonValue &value);

// Text of a string, number or bool (integers without ".0"); nullopt when blank.
std::optional<QString> text(const QJsonValue &value);
QString textOr(const QJsonValue &value, const QString &fallback = {});

// An integer from a number or a numeric string ("0012" -> 12, "12.0" -> 12).
std::optional<qint64> integer(const QJsonValue &value);

// A number from a number or a string with a unit or a comma decimal
// ("-24.95 dBm", "43°C", "2,5 km"); nullopt when there is no number.
std::optional<double> number(const QJsonValue &value);

// true/false, 1/0, "1"/"0", "true"/"false", "yes"/"no", "si"/"no".
std::optional<bool> boolean(const QJsonValue &value);

// Money in cents from "1234.50", "-12.5", 99.9 or "1.234,50"; exact, no
// floating-point rounding for strings.
std::optional<qint64> cents(const QJsonValue &value);

// A local date-time text of the source ("2026-07-08 11:36:33", ISO with or
// without 'T', zone or fraction) as Unix seconds. Texts without a zone are
// read in `zone` (the tenant's).
std::optional<qint64> unixTime(const QJsonValue &value, const QTimeZone &zone);

// The list in a body: a bare array, or the array under one of `keys` of an
// object ("data", "response", "onus", ...). nullopt when there is none.
std::optional<QJsonArray> list(const QJsonDocument &document, std::initializer_list<QLatin1StringView> keys);

// The first non-blank member among `keys` (vendors rename fields).
QJsonValue first(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys);

} // namespace Json
} // namespace Beholder
