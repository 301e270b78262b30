// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Beholder::Json {

using namespace Qt::Literals::StringLiterals;

ApiError protocolError(const QString &source, const QString &endpoint, const QString &what)
{
    return ApiError::make(ApiError::Kind::Protocol, source + u": "_s + endpoint + u": "_s + what);
}

ApiResult<QJsonDocument> parse(const QByteArray &body, const QString &source, const QString &endpoint)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString what = body.trimmed().isEmpty() ? u"the answer is empty"_s
                                                      : u"the answer is not valid JSON ("_s + error.errorString()
                + u" at byte "_s + QString::number(error.offset) + u" of "_s + QString::number(body.size()) + u')';
        return ApiResult<QJsonDocument>::failure(protocolError(source, endpoint, what));
    }
    return ApiResult<QJsonDocument>::success(document);
}

bool isBlank(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        return s.isEmpty() || s == u"-" || s.compare(u"N/A", Qt::CaseInsensitive) == 0
            || s.compare(u"null", Qt::CaseInsensitive) == 0 || s.compare(u"none", Qt::CaseInsensitive) == 0;
    }
    default:
        return false;
    }
}

std::optional<QString> text(const QJsonValue &value)
{
    if (isBlank(value))
        return std::nullopt;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return std::nullopt; // arrays and objects are not text
    }
}

QString textOr(const QJsonValue &value, const QString &fallback)
{
    return text(value).value_or(fallback);
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (isBlank(value))
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9.0e15)
            return std::nullopt;
        return qint64(std::llround(d));
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (ok)
            return v;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d) && std::abs(d) < 9.0e15)
            return qint64(std::llround(d));
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    if (isBlank(value))
        return std::nullopt;
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    if (!value.isString())
        return std::nullopt;
    // The first number in the text: "-24.95 dBm", "43°C", "2,5 km", "+3.1".
    static const QRegularExpression firstNumber(u"[-+]?\\d+(?:[.,]\\d+)?"_s);
    const QRegularExpressionMatch match = firstNumber.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured();
    digits.replace(u',', u'.');
    bool ok = false;
    const double d = digits.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (!value.isString())
        return std::nullopt;
    const QString s = value.toString().trimmed().toLower();
    if (s == u"1" || s == u"true" || s == u"yes" || s == u"si" || s == u"sí" || s == u"y")
        return true;
    if (s == u"0" || s == u"false" || s == u"no" || s == u"n")
        return false;
    return std::nullopt;
}

std::optional<qint64> cents(const QJsonValue &value)
{
    if (isBlank(value))
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9.0e13)
            return std::nullopt;
        return qint64(std::llround(d * 100.0));
    }
    if (!value.isString())
        return std::nullopt;
    QString s = value.toString().trimmed();
    s.remove(u'$').remove(u' ');
    // "1.234,50" (Spanish) vs "1,234.50" (English): the last separator is the decimal one.
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const QChar decimal = lastComma > lastDot ? u',' : u'.';
    const QChar grouping = decimal == u',' ? u'.' : u',';
    s.remove(grouping);
    static const QRegularExpression money(u"^([-+]?)(\\d*)(?:[.,](\\d*))?$"_s);
    const QRegularExpressionMatch match = money.match(s);
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(3).isEmpty()))
        return std::nullopt;
    bool ok = true;
    const qint64 units = match.captured(2).isEmpty() ? 0 : match.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QString fraction = match.captured(3);
    // Round half away from zero at the cent.
    const bool roundUp = fraction.size() > 2 && fraction.at(2) >= u'5';
    fraction = fraction.left(2).leftJustified(2, u'0');
    qint64 result = units * 100 + fraction.toLongLong();
    if (roundUp)
        ++result;
    return match.captured(1) == u"-" ? -result : result;
}

std::optional<qint64> unixTime(const QJsonValue &value, const QTimeZone &zone)
{
    if (isBlank(value))
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Unix seconds (or milliseconds from some APIs).
        return d > 1.0e11 ? qint64(d / 1000.0) : qint64(d);
    }
    if (!value.isString())
        return std::nullopt;
    QString s = value.toString().trimmed();
    if (s.startsWith(u"0000-00-00"))
        return std::nullopt; // MySQL's "no date"
    if (s.size() >= 19 && s.at(10) == u' ')
        s[10] = u'T';
    QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(s, Qt::ISODate);
    if (!at.isValid() && s.size() == 10)
        at = QDateTime::fromString(s + u"T00:00:00"_s, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    // Qt reads a text without a zone as local time: put it in the tenant's zone instead.
    static const QRegularExpression zoneSuffix(u"[+-]\\d\\d:?\\d\\d$"_s);
    const bool hasZone = s.endsWith(u'Z') || zoneSuffix.match(s).hasMatch();
    if (!hasZone)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toSecsSinceEpoch();
}

std::optional<QJsonArray> list(const QJsonDocument &document, std::initializer_list<QLatin1StringView> keys)
{
    if (document.isArray())
        return document.array();
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isArray())
            return value.toArray();
        // {"data": {"data": [...]}} (a paginator inside an envelope).
        if (value.isObject() && value.toObject().value("data"_L1).isArray())
            return value.toObject().value("data"_L1).toArray();
    }
    // {"0": {...}, "1": {...}}: a PHP array that lost its order on the way.
    if (!object.isEmpty()) {
        QJsonArray values;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool numeric = false;
            it.key().toLongLong(&numeric);
            if (!numeric || !it.value().isObject())
                return std::nullopt;
            values.append(it.value());
        }
        return values;
    }
    return std::nullopt;
}

QJsonValue first(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (!isBlank(value))
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace Beholder::Json
