// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispcubeapi.h"

#include "apirequest.h"
#include "jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

// The headers ISPCube checks, in the order it reports the first one missing.
constexpr QByteArrayView loginHeaders[] = {"api-key", "client-id", "login-type"};
constexpr QByteArrayView callHeaders[] = {"api-key", "client-id", "login-type", "username"};

HttpResponse error(const QString &message, int status)
{
    return ApiRequest::json(IspCubeRenderer::errorBody(message), status);
}

// Laravel's answer to a known route asked with another verb.
HttpResponse methodNotAllowed(const QByteArray &method)
{
    QByteArray body;
    JsonWriter json(body);
    json.beginObject();
    json.field(
        "message",
        QString(u"The "_s + QString::fromLatin1(method.left(16)) + u" method is not supported for this route."_s));
    json.endObject();
    return ApiRequest::json(body, 405);
}

// Laravel's own answer to a missing or expired bearer token.
HttpResponse unauthenticated()
{
    return ApiRequest::json(R"({"message":"Unauthenticated."})"_ba, 401);
}

template<std::size_t N>
std::optional<HttpResponse> missingHeader(const HttpRequest &request, const QByteArrayView (&names)[N])
{
    for (const QByteArrayView name : names) {
        if (request.header(name.toByteArray()).trimmed().isEmpty())
            return error(QString::fromLatin1(name) + u" requerido"_s, 400);
    }
    return std::nullopt;
}

} // namespace

IspCubeApi::IspCubeApi(std::shared_ptr<const SimDataset> dataset, IspCubeOptions options,
                       SimulatorCredentials credentials)
    : m_renderer(std::move(dataset), options)
    , m_options(std::move(options))
    , m_credentials(std::move(credentials))
{ }

void IspCubeApi::install(HttpServer &server)
{
    for (const QByteArray &method : {"GET"_ba, "POST"_ba, "PUT"_ba, "PATCH"_ba, "DELETE"_ba})
        server.route(method, u"/*"_s, [this](const HttpRequest &request) { return handle(request); });
}

void IspCubeApi::setCredentialsBroken(bool broken)
{
    m_broken = broken;
    if (broken)
        m_tokens.expireAll();
}

void IspCubeApi::expireTokens()
{
    m_tokens.expireAll();
}

HttpResponse IspCubeApi::login(const HttpRequest &request)
{
    if (auto refused = missingHeader(request, loginHeaders))
        return *refused;
    if (request.header("login-type"_ba).trimmed() != "api")
        return error(u"login-type inválido"_s, 400);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(u"El cuerpo de la solicitud no es JSON válido"_s, 400);
    if (body.value(u"username").toString().isEmpty())
        return error(u"username requerido"_s, 400);
    if (body.value(u"password").toString().isEmpty())
        return error(u"password requerido"_s, 400);
    const bool accepted = !m_broken && body.value(u"username").toString() == m_credentials.ispCubeUser
        && body.value(u"password").toString() == m_credentials.ispCubePassword
        && QString::fromUtf8(request.header("api-key"_ba).trimmed()) == m_credentials.ispCubeApiKey
        && QString::fromUtf8(request.header("client-id"_ba).trimmed()) == m_credentials.ispCubeClientId;
    if (!accepted)
        return error(u"Credenciales inválidas"_s, 401);
    // Sanctum tokens: "<id>|<40 characters>".
    const QString token = QString::number(++m_tokenCounter) + u'|' + TokenStore::randomText(40);
    m_tokens.add(token, m_options.tokenLifetimeSeconds);
    return ApiRequest::json(IspCubeRenderer::tokenBody(token, m_options.tokenFormat));
}

std::optional<HttpResponse> IspCubeApi::refuse(const HttpRequest &request) const
{
    // ISPCube checks its own headers before the token: a missing username is a 400 even with a valid bearer.
    if (auto refused = missingHeader(request, callHeaders))
        return refused;
    if (!m_tokens.isValid(ApiRequest::bearerToken(request)))
        return unauthenticated();
    if (QString::fromUtf8(request.header("api-key"_ba).trimmed()) != m_credentials.ispCubeApiKey
        || QString::fromUtf8(request.header("client-id"_ba).trimmed()) != m_credentials.ispCubeClientId
        || QString::fromUtf8(request.header("username"_ba).trimmed()) != m_credentials.ispCubeUser)
        return error(u"Credenciales inválidas"_s, 401);
    return std::nullopt;
}

std::optional<HttpResponse> IspCubeApi::page(const HttpRequest &request, qsizetype *offset, qsizetype *limit) const
{
    bool invalid = false;
    const std::optional<qint64> limitValue = ApiRequest::intParam(request, u"limit"_s, &invalid, 1);
    const std::optional<qint64> offsetValue = ApiRequest::intParam(request, u"offset"_s, &invalid, 0);
    if (invalid)
        return error(u"limit y offset deben ser números enteros positivos"_s, 422);
    *offset = offsetValue.value_or(0);
    *limit = limitValue ? qsizetype(*limitValue) : -1;
    if (m_options.maxPageSize > 0 && (*limit < 0 || *limit > m_options.maxPageSize))
        *limit = m_options.maxPageSize; // silently, as APIs that cap their pages do
    return std::nullopt;
}

HttpResponse IspCubeApi::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/api/sanctum/token") {
        if (request.method != "POST")
            return methodNotAllowed(request.method);
        return login(request);
    }
    static const QList<QString> lists = {
        u"/api/customers/customers_list"_s, u"/api/connections/connections_list"_s, u"/api/plans/plans_list"_s,
        u"/api/nodes/nodes_list"_s,         u"/api/tickets/tickets_list"_s,         u"/api/tickets/category_list"_s,
        u"/api/tickets/status_list"_s,      u"/api/tickets/priority_list"_s,        u"/api/tickets/areas_list"_s,
    };
    if (!lists.contains(path))
        return ApiRequest::json(R"({"message":"Not Found"})"_ba, 404);
    if (request.method != "GET")
        return methodNotAllowed(request.method);
    if (auto refused = refuse(request))
        return *refused;

    if (path == u"/api/plans/plans_list")
        return ApiRequest::json(m_renderer.plans());
    if (path == u"/api/nodes/nodes_list")
        return ApiRequest::json(m_renderer.nodes());
    if (path == u"/api/tickets/category_list")
        return ApiRequest::json(m_renderer.ticketCategories());
    if (path == u"/api/tickets/status_list")
        return ApiRequest::json(m_renderer.ticketStatuses());
    if (path == u"/api/tickets/priority_list")
        return ApiRequest::json(m_renderer.ticketPriorities());
    if (path == u"/api/tickets/areas_list")
        return ApiRequest::json(m_renderer.ticketAreas());

    qsizetype offset = 0;
    qsizetype limit = -1;
    if (auto refused = page(request, &offset, &limit))
        return *refused;
    if (path == u"/api/customers/customers_list")
        return ApiRequest::json(m_renderer.customersPage(offset, limit));
    if (path == u"/api/connections/connections_list")
        return ApiRequest::json(m_renderer.connectionsPage(offset, limit));
    // tickets_list: closed=0|1 filters; anything else (or nothing) lists every ticket.
    std::optional<bool> closed;
    if (const std::optional<QString> value = ApiRequest::param(request, u"closed"_s); value && !value->isEmpty())
        closed = *value != u"0";
    return ApiRequest::json(m_renderer.ticketsPage(closed, offset, limit));
}

} // namespace Beholder::Sim
