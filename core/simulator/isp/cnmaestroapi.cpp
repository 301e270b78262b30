// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnmaestroapi.h"

#include "apirequest.h"
#include "util/textnormalize.h"

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QStringView base = u"/api/v2";

HttpResponse error(const QString &message, int status)
{
    return ApiRequest::json(CnMaestroRenderer::errorBody(message), status);
}

HttpResponse oauthError(const QString &code, const QString &description, int status)
{
    return ApiRequest::json(CnMaestroRenderer::oauthErrorBody(code, description), status);
}

} // namespace

CnMaestroApi::CnMaestroApi(std::shared_ptr<const SimDataset> dataset, CnMaestroOptions options,
                           SimulatorCredentials credentials)
    : m_renderer(std::move(dataset), options)
    , m_options(options)
    , m_credentials(std::move(credentials))
{ }

void CnMaestroApi::install(HttpServer &server)
{
    for (const QByteArray &method : {"GET"_ba, "POST"_ba, "PUT"_ba, "PATCH"_ba, "DELETE"_ba})
        server.route(method, u"/*"_s, [this](const HttpRequest &request) { return handle(request); });
}

void CnMaestroApi::setCredentialsBroken(bool broken)
{
    m_broken = broken;
    if (broken)
        m_tokens.expireAll();
}

void CnMaestroApi::expireTokens()
{
    m_tokens.expireAll();
}

HttpResponse CnMaestroApi::issueToken(const HttpRequest &request)
{
    if (ApiRequest::formField(request.body, u"grant_type"_s) != u"client_credentials")
        return oauthError(u"unsupported_grant_type"_s, u"grant_type must be client_credentials"_s, 400);
    QString id = ApiRequest::formField(request.body, u"client_id"_s);
    QString secret = ApiRequest::formField(request.body, u"client_secret"_s);
    if (const auto basic = ApiRequest::basicCredentials(request)) {
        id = basic->first;
        secret = basic->second;
    }
    if (id.isEmpty() || secret.isEmpty())
        return oauthError(u"invalid_request"_s, u"client_id and client_secret are required"_s, 400);
    if (m_broken || id != m_credentials.cnMaestroClientId || secret != m_credentials.cnMaestroClientSecret)
        return oauthError(u"invalid_client"_s, u"Client authentication failed"_s, 401);
    const QString token = TokenStore::randomText(40);
    m_tokens.add(token, m_options.tokenLifetimeSeconds);
    return ApiRequest::json(CnMaestroRenderer::tokenBody(token, m_options.tokenLifetimeSeconds));
}

HttpResponse CnMaestroApi::devices(const HttpRequest &request, const QString &mac, bool statistics)
{
    bool invalid = false;
    const std::optional<qint64> offset = ApiRequest::intParam(request, u"offset"_s, &invalid, 0);
    std::optional<qint64> limit = ApiRequest::intParam(request, u"limit"_s, &invalid, 1);
    if (invalid)
        return error(u"offset and limit must be non-negative integers"_s, 400);
    qint64 pageSize = limit.value_or(CnMaestroRenderer::defaultPageSize);
    if (m_options.maxPageSize > 0)
        pageSize = std::min<qint64>(pageSize, m_options.maxPageSize);

    DeviceFilter filter;
    filter.mac = mac;
    filter.type = ApiRequest::param(request, u"type"_s).value_or(QString());
    filter.mode = ApiRequest::param(request, u"mode"_s).value_or(QString());
    filter.network = ApiRequest::param(request, u"network"_s).value_or(QString());
    filter.tower = ApiRequest::param(request, u"tower"_s).value_or(QString());
    if (const auto online = ApiRequest::param(request, u"online"_s); online && !online->isEmpty())
        filter.online = *online == u"true";
    if (!mac.isEmpty() && !m_renderer.hasDevice(mac))
        return error(u"Device not found"_s, 404);
    return ApiRequest::json(statistics ? m_renderer.statisticsPage(filter, offset.value_or(0), pageSize)
                                       : m_renderer.devicesPage(filter, offset.value_or(0), pageSize));
}

HttpResponse CnMaestroApi::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (!path.startsWith(base))
        return error(u"Not found"_s, 404);
    const QStringView route = QStringView(path).mid(base.size());
    if (route == u"/access/token") {
        if (request.method != "POST")
            return error(u"Method not allowed"_s, 405);
        return issueToken(request);
    }
    if (!m_tokens.isValid(ApiRequest::bearerToken(request)))
        return oauthError(u"invalid_token"_s, u"The access token is invalid or has expired"_s, 401);

    const bool get = request.method == "GET";
    if (get && route == u"/devices")
        return devices(request, QString(), false);
    if (get && route == u"/devices/statistics")
        return devices(request, QString(), true);
    if (get && route == u"/alarms") {
        bool invalid = false;
        const std::optional<qint64> offset = ApiRequest::intParam(request, u"offset"_s, &invalid, 0);
        const std::optional<qint64> limit = ApiRequest::intParam(request, u"limit"_s, &invalid, 1);
        if (invalid)
            return error(u"offset and limit must be non-negative integers"_s, 400);
        return ApiRequest::json(m_renderer.alarmsPage(ApiRequest::param(request, u"severity"_s).value_or(QString()),
                                                      offset.value_or(0),
                                                      limit.value_or(CnMaestroRenderer::defaultPageSize)));
    }
    if (route.startsWith(u"/devices/")) {
        // /devices/{mac}, /devices/{mac}/statistics, POST /devices/{mac}/reboot
        const QList<QStringView> parts = route.mid(9).split(u'/');
        const QString mac = parts.value(0).toString();
        if (Text::normalizeMac(mac).isEmpty())
            return error(u"Invalid MAC address"_s, 400);
        if (get && parts.size() == 1)
            return devices(request, mac, false);
        if (get && parts.size() == 2 && parts.at(1) == u"statistics")
            return devices(request, mac, true);
        if (request.method == "POST" && parts.size() == 2 && parts.at(1) == u"reboot") {
            if (!m_renderer.hasDevice(mac))
                return error(u"Device not found"_s, 404);
            return ApiRequest::json(
                CnMaestroRenderer::messageBody(u"Reboot request submitted successfully. Please check the device."_s));
        }
    }
    return error(u"Not found"_s, 404);
}

} // namespace Beholder::Sim
