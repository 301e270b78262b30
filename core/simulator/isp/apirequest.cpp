// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include <QUrlQuery>

namespace Beholder::Sim::ApiRequest {

using namespace Qt::Literals::StringLiterals;

HttpResponse json(QByteArray body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json"_ba;
    response.body = std::move(body);
    return response;
}

std::optional<QString> param(const HttpRequest &request, const QString &name)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

std::optional<qint64> intParam(const HttpRequest &request, const QString &name, bool *invalid, qint64 minimum)
{
    const std::optional<QString> text = param(request, name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok || value < minimum) {
        if (invalid)
            *invalid = true;
        return std::nullopt;
    }
    return value;
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization"_ba).trimmed();
    if (header.size() < 7 || qstrnicmp(header.constData(), "bearer ", 7) != 0)
        return QString();
    return QString::fromUtf8(header.mid(7).trimmed());
}

std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization"_ba).trimmed();
    if (header.size() < 6 || qstrnicmp(header.constData(), "basic ", 6) != 0)
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &text = *decoded;
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair{QString::fromUtf8(text.left(colon)), QString::fromUtf8(text.mid(colon + 1))};
}

QString formField(const QByteArray &body, const QString &name)
{
    QByteArray text = body;
    text.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(text));
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QString tail(const HttpRequest &request, QStringView prefix)
{
    return request.path.startsWith(prefix) ? request.path.mid(prefix.size()) : QString();
}

} // namespace Beholder::Sim::ApiRequest
