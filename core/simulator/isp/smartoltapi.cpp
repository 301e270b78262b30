// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartoltapi.h"

#include "apirequest.h"

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

HttpResponse error(const QString &message, int status)
{
    return ApiRequest::json(SmartOltRenderer::errorBody(message), status);
}

HttpResponse tooManyCalls(int retryAfterSeconds, const QString &message)
{
    HttpResponse response = error(message, 429);
    response.headers.append({"Retry-After"_ba, QByteArray::number(retryAfterSeconds)});
    return response;
}

HttpResponse unknownOnu()
{
    // SmartOLT answers an unknown external id with HTTP 200 and status false.
    return error(u"ONU with this external ID was not found"_s, 200);
}

} // namespace

SmartOltApi::SmartOltApi(std::shared_ptr<const SimDataset> dataset, SmartOltOptions options,
                         SimulatorCredentials credentials, HourlyBudget::Clock clock)
    : m_renderer(std::move(dataset), options)
    , m_options(options)
    , m_credentials(std::move(credentials))
    , m_budget(options.callsPerHour, 3600 * 1000, clock)
    , m_unpagedDetailsBudget(options.unpagedDetailsPerHour, 3600 * 1000, clock)
{ }

void SmartOltApi::install(HttpServer &server)
{
    for (const QByteArray &method : {"GET"_ba, "POST"_ba, "PUT"_ba, "PATCH"_ba, "DELETE"_ba})
        server.route(method, u"/*"_s, [this](const HttpRequest &request) { return handle(request); });
}

void SmartOltApi::setCredentialsBroken(bool broken)
{
    m_broken = broken;
}

OnuFilter SmartOltApi::filterOf(const HttpRequest &request)
{
    OnuFilter filter;
    bool invalid = false;
    filter.oltId = ApiRequest::intParam(request, u"olt_id"_s, &invalid);
    if (const auto board = ApiRequest::intParam(request, u"board"_s, &invalid))
        filter.board = int(*board);
    if (const auto port = ApiRequest::intParam(request, u"port"_s, &invalid))
        filter.port = int(*port);
    if (const auto zone = ApiRequest::param(request, u"zone"_s); zone && !zone->isEmpty())
        filter.zone = *zone;
    filter.invalid = invalid; // "olt_id=abc" matches nothing, as the real API answers an empty list
    return filter;
}

HttpResponse SmartOltApi::handle(const HttpRequest &request)
{
    const QByteArray token = request.header("x-token"_ba).trimmed();
    if (token.isEmpty())
        return error(u"X-Token header is missing"_s, 401);
    if (m_broken || QString::fromUtf8(token) != m_credentials.smartOltToken)
        return error(u"Invalid X-Token"_s, 403);
    if (const std::optional<int> retryAfter = m_budget.take())
        return tooManyCalls(*retryAfter, u"You have reached the hourly limit of API calls. Try again later."_s);
    return dispatch(request);
}

HttpResponse SmartOltApi::onusDetails(const HttpRequest &request)
{
    const OnuFilter filter = filterOf(request);
    bool invalid = false;
    const std::optional<qint64> page = ApiRequest::intParam(request, u"page"_s, &invalid, 1);
    const std::optional<qint64> pageSize = ApiRequest::intParam(request, u"page_size"_s, &invalid, 1);
    if (invalid)
        return error(u"Invalid page or page_size"_s, 400);
    if (!page) {
        if (const std::optional<int> retryAfter = m_unpagedDetailsBudget.take()) {
            return tooManyCalls(*retryAfter,
                                u"You have reached the hourly limit of get_all_onus_details calls without page."_s);
        }
        return ApiRequest::json(m_renderer.allOnusDetails(filter));
    }
    const int size = int(std::min<qint64>(pageSize.value_or(SmartOltRenderer::maxPageSize), 1 << 20));
    return ApiRequest::json(m_renderer.allOnusDetailsPage(filter, int(std::min<qint64>(*page, 1 << 24)), size));
}

HttpResponse SmartOltApi::dispatch(const HttpRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto unfiltered = [&request] {
        return !request.query.hasQueryItem(u"olt_id"_s) && !request.query.hasQueryItem(u"board"_s)
            && !request.query.hasQueryItem(u"port"_s) && !request.query.hasQueryItem(u"zone"_s);
    };

    if (get && path == u"/api/system/get_olts")
        return ApiRequest::json(m_renderer.olts());
    if (get && path == u"/api/onu/get_onus_statuses") {
        if (!unfiltered())
            return ApiRequest::json(m_renderer.onusStatuses(filterOf(request)));
        if (m_allStatuses.isEmpty())
            m_allStatuses = m_renderer.onusStatuses({});
        return ApiRequest::json(m_allStatuses);
    }
    if (get && path == u"/api/onu/get_onus_signals") {
        if (!unfiltered())
            return ApiRequest::json(m_renderer.onusSignals(filterOf(request)));
        if (m_allSignals.isEmpty())
            m_allSignals = m_renderer.onusSignals({});
        return ApiRequest::json(m_allSignals);
    }
    if (get && path == u"/api/onu/get_all_onus_details")
        return onusDetails(request);

    struct PerOnu
    {
        QStringView prefix;
        std::optional<QByteArray> (SmartOltRenderer::*render)(const QString &) const;
    };
    static const PerOnu perOnu[] = {
        {u"/api/onu/get_onu_status/", &SmartOltRenderer::onuStatus},
        {u"/api/onu/get_onu_signal/", &SmartOltRenderer::onuSignal},
        {u"/api/onu/get_onu_details/", &SmartOltRenderer::onuDetails},
    };
    for (const PerOnu &call : perOnu) {
        const QString id = ApiRequest::tail(request, call.prefix);
        if (get && !id.isEmpty() && !id.contains(u'/')) {
            const std::optional<QByteArray> body = (m_renderer.*call.render)(id);
            return body ? ApiRequest::json(*body) : unknownOnu();
        }
    }
    if (const QString id = ApiRequest::tail(request, u"/api/onu/get_onu_full_status_info/"); get && !id.isEmpty()) {
        bool asString = m_options.fullStatusJson == SmartOltFullStatusJson::String;
        if (m_options.fullStatusJson == SmartOltFullStatusJson::Alternate)
            asString = (m_fullStatusCalls++ % 2) == 1;
        const std::optional<QByteArray> body = m_renderer.onuFullStatusInfo(id, asString);
        return body ? ApiRequest::json(*body) : unknownOnu();
    }
    if (const QString sn = ApiRequest::tail(request, u"/api/onu/get_onus_details_by_sn/"); get && !sn.isEmpty())
        return ApiRequest::json(m_renderer.onusBySerial(sn));

    // Actions: accepted, and visible to tests through the server's request counters.
    static const QStringView actions[] = {u"/api/onu/reboot/", u"/api/onu/resync_config/"};
    for (const QStringView prefix : actions) {
        const QString id = ApiRequest::tail(request, prefix);
        if (post && !id.isEmpty()) {
            if (!m_renderer.onuStatus(id))
                return unknownOnu();
            return ApiRequest::json(SmartOltRenderer::actionBody(
                prefix.contains(u"reboot") ? u"Device reboot command sent"_s : u"Config resync started"_s));
        }
    }
    return error(u"Unknown method"_s, 405);
}

} // namespace Beholder::Sim
