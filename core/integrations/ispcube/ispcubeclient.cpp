// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispcubeclient.h"

#include "integrations/ispcube/ispcubeparser.h"
#include "logging/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Source = u"ISPCube"_s;
}

struct IspCubeClient::Private
{
    IspCubeClient *q = nullptr;
    SourceConfig config;
    IspCubeSecrets secrets;
    HttpClient *http = nullptr; // a child of the client
    OperationSet operations;
    int pageSize = DefaultPageSize;
    QTimeZone zone = QTimeZone::systemTimeZone();

    QString token;
    bool loggingIn = false;
    QList<std::function<void(const ApiError &)>> waitingForToken;

    explicit Private(IspCubeClient *client)
        : q(client)
        , operations(client)
    { }

    QUrl url(const QString &path) const
    {
        QUrl url = config.baseUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        url.setPath(base + u'/' + path);
        return url;
    }

    std::optional<ApiError> configError() const
    {
        QStringList missing;
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty())
            missing.append(u"address"_s);
        if (config.user.isEmpty())
            missing.append(u"user"_s);
        if (secrets.password.isEmpty())
            missing.append(u"password"_s);
        if (secrets.apiKey.isEmpty())
            missing.append(u"API key"_s);
        if (config.clientId.isEmpty())
            missing.append(u"client id"_s);
        if (missing.isEmpty())
            return std::nullopt;
        return ApiError::make(ApiError::Kind::Config,
                              Source + u": the source is not fully configured (missing: "_s + missing.join(u", "_s)
                                  + u')');
    }

    // api-key, client-id and login-type on every call, the login included.
    HttpHeaders baseHeaders() const
    {
        return {{"api-key"_ba, secrets.apiKey.toUtf8()},
                {"client-id"_ba, config.clientId.toUtf8()},
                {"login-type"_ba, "api"_ba},
                {"Accept"_ba, "application/json"_ba}};
    }

    void ensureToken(std::function<void(const ApiError &)> then)
    {
        if (!token.isEmpty()) {
            then(ApiError{});
            return;
        }
        waitingForToken.append(std::move(then));
        if (!loggingIn)
            startLogin();
    }

    void startLogin()
    {
        loggingIn = true;
        HttpCall call;
        call.method = "POST";
        call.url = url(u"sanctum/token"_s);
        call.endpoint = u"login"_s;
        call.idempotent = true; // a login may be repeated
        call.headers = baseHeaders();
        call.contentType = "application/json";
        call.body = QJsonDocument(QJsonObject{{u"username"_s, config.user}, {u"password"_s, secrets.password}})
                        .toJson(QJsonDocument::Compact);
        http->send(call, [this](const ApiResult<HttpReplyData> &result) {
            loggingIn = false;
            ApiError error = result.error;
            if (result.ok()) {
                const ApiResult<QString> parsed = IspCube::parseToken(result.value->body);
                if (parsed.ok())
                    token = *parsed.value;
                else
                    error = parsed.error;
            } else if (error.kind == ApiError::Kind::Auth || error.httpStatus == 422 || error.httpStatus == 400) {
                error.kind = ApiError::Kind::Auth;
                error.message = Source + u": the login was refused; check the user, password, API key and client id ("_s
                    + error.message + u')';
            }
            if (error.isError())
                qCWarning(lcNet).noquote() << error.message;
            else
                qCDebug(lcNet) << "ISPCube: logged in";
            const auto waiting = std::exchange(waitingForToken, {});
            for (const auto &then : waiting)
                then(error);
        });
    }

    template<typename T>
    void beginList(const QString &path, const QString &endpoint, QUrlQuery extraQuery,
                   std::function<ApiResult<QList<T>>(const QByteArray &, PageInfo *)> parse, OnPage<T> onPage,
                   OnDone onDone, int firstPageLimit = 0);

    // Sends `call` with the token; on 401 renews the token and resends, once.
    void authedCall(const std::shared_ptr<Operation> &op, HttpCall call,
                    std::function<void(const HttpReplyData &reply)> onReply, bool renewed = false)
    {
        ensureToken([this, op, call, onReply, renewed](const ApiError &loginError) mutable {
            if (op->finished)
                return;
            if (loginError.isError()) {
                operations.finish(op, loginError);
                return;
            }
            const QString used = token;
            HttpCall authed = call;
            authed.headers = baseHeaders();
            authed.headers.append({"Authorization"_ba, "Bearer "_ba + used.toUtf8()});
            authed.headers.append({"username"_ba, config.user.toUtf8()});
            op->job = http->send(authed, [this, op, call, onReply, renewed, used](const ApiResult<HttpReplyData> &r) {
                op->job = nullptr;
                if (op->finished)
                    return;
                if (r.ok()) {
                    onReply(*r.value);
                    return;
                }
                if (r.error.httpStatus == 401 && !renewed) {
                    // Expired (24 h) or revoked: log in again and resend, once.
                    qCInfo(lcNet).noquote() << r.error.message << "- renewing the token";
                    if (token == used)
                        token.clear();
                    authedCall(op, call, onReply, true);
                    return;
                }
                operations.finish(op, r.error);
            });
        });
    }
};

namespace {

// One paged *_list fetch: limit/offset until an empty page (see onReply).
// The next page is requested before the current one is handed over, so the
// network works while the caller writes.
template<typename T>
struct ListFetch : std::enable_shared_from_this<ListFetch<T>>
{
    using Parser = std::function<ApiResult<QList<T>>(const QByteArray &, PageInfo *)>;

    IspCubeClient *client = nullptr;
    std::function<void(const std::shared_ptr<Operation> &, HttpCall, std::function<void(const HttpReplyData &)>)> send;
    std::function<void(const std::shared_ptr<Operation> &, const ApiError &)> finish;
    std::shared_ptr<Operation> op;
    QUrl url;
    QString endpoint;
    QUrlQuery extraQuery;
    int limit = IspCubeClient::DefaultPageSize;
    Parser parse;
    IspCubeClient::OnPage<T> onPage;
    qint64 offset = 0;
    qint64 received = 0;
    bool firstPageOnly = false; // a sample, not the list (Test connection)
    QByteArray previousBody;
    qsizetype previousCount = 0;

    void next()
    {
        if (op->finished)
            return;
        HttpCall call;
        call.url = url;
        call.endpoint = endpoint;
        call.query = extraQuery;
        call.query.addQueryItem(u"limit"_s, QString::number(limit));
        call.query.addQueryItem(u"offset"_s, QString::number(offset));
        send(op, call, [self = this->shared_from_this()](const HttpReplyData &reply) { self->onReply(reply); });
    }

    void onReply(const HttpReplyData &reply)
    {
        PageInfo info;
        ApiResult<QList<T>> parsed = parse(reply.body, &info);
        if (!parsed.ok()) {
            finish(op, parsed.error);
            return;
        }
        if (offset > 0 && info.received > 0 && reply.body == previousBody) {
            if (previousCount < limit) {
                // No paging on this endpoint (nodes_list, plans_list on some
                // tenants): the short first page was the whole list.
                emit client->progress(endpoint, received, received);
                finish(op, ApiError{});
                return;
            }
            // Full pages that repeat: the server ignores "offset" but honours
            // "limit". Going on would loop; stopping would lose the rest.
            finish(op,
                   Json::protocolError(Source, endpoint,
                                       u"the server sent the same page twice (it ignores \"offset\"); "
                                       "the list would be incomplete"_s));
            return;
        }
        if (info.skipped > 0)
            qCWarning(lcNet).noquote() << Source << endpoint << "skipped" << info.skipped
                                       << "items without an id at offset" << offset;
        // Until an empty page, not a short one: a server that caps the page
        // size below our limit sends short pages all along, and a mirror sync
        // that stopped at the first one would delete the rest from the cache.
        // It costs one call per list. More than the limit: the server ignored
        // it and sent everything at once.
        const bool last = firstPageOnly || info.received == 0 || info.received > limit;
        received += info.received;
        offset += info.received;
        if (!last) {
            previousBody = reply.body;
            previousCount = info.received;
            next();
        }
        emit client->progress(endpoint, received, last ? received : -1);
        if (onPage && !parsed.value->isEmpty() && !op->finished)
            onPage(std::move(*parsed.value));
        if (last)
            finish(op, ApiError{});
    }
};

} // namespace

template<typename T>
void IspCubeClient::Private::beginList(const QString &path, const QString &endpoint, QUrlQuery extraQuery,
                                       std::function<ApiResult<QList<T>>(const QByteArray &, PageInfo *)> parse,
                                       OnPage<T> onPage, OnDone onDone, int firstPageLimit)
{
    const std::shared_ptr<Operation> op = operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = configError()) {
        QMetaObject::invokeMethod(
            q, [this, op, error = *error] { operations.finish(op, error); }, Qt::QueuedConnection);
        return;
    }
    auto fetch = std::make_shared<ListFetch<T>>();
    fetch->client = q;
    fetch->send
        = [this](const std::shared_ptr<Operation> &o, HttpCall call, std::function<void(const HttpReplyData &)> f) {
              authedCall(o, std::move(call), std::move(f));
          };
    fetch->finish = [this](const std::shared_ptr<Operation> &o, const ApiError &e) { operations.finish(o, e); };
    fetch->op = op;
    fetch->url = url(path);
    fetch->endpoint = endpoint;
    fetch->extraQuery = std::move(extraQuery);
    fetch->limit = firstPageLimit > 0 ? firstPageLimit : pageSize;
    fetch->firstPageOnly = firstPageLimit > 0;
    fetch->parse = std::move(parse);
    fetch->onPage = std::move(onPage);
    fetch->next();
}

IspCubeClient::IspCubeClient(const SourceConfig &config, const IspCubeSecrets &secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->config = config;
    d->secrets = secrets;
    d->http = new HttpClient(Source, this);
    d->http->setDefaultTimeoutMs(config.timeoutMs);
}

IspCubeClient::~IspCubeClient()
{
    delete d->http; // no callback into d from here on
}

HttpClient &IspCubeClient::http()
{
    return *d->http;
}

void IspCubeClient::setPageSize(int limit)
{
    d->pageSize = std::max(1, limit);
}

void IspCubeClient::setTimeZone(const QTimeZone &zone)
{
    d->zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void IspCubeClient::login(OnDone done)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(done));
    if (const std::optional<ApiError> error = d->configError()) {
        QMetaObject::invokeMethod(
            this, [this, op, error = *error] { d->operations.finish(op, error); }, Qt::QueuedConnection);
        return;
    }
    d->token.clear();
    d->ensureToken([this, op](const ApiError &error) { d->operations.finish(op, error); });
}

void IspCubeClient::fetchPlans(OnPage<Plan> onPage, OnDone onDone)
{
    d->beginList<Plan>(u"plans/plans_list"_s, u"plans_list"_s, {}, IspCube::parsePlans, std::move(onPage),
                       std::move(onDone));
}

void IspCubeClient::fetchNodes(OnPage<Node> onPage, OnDone onDone)
{
    d->beginList<Node>(u"nodes/nodes_list"_s, u"nodes_list"_s, {}, IspCube::parseNodes, std::move(onPage),
                       std::move(onDone));
}

void IspCubeClient::fetchCustomers(OnPage<Customer> onPage, OnDone onDone)
{
    d->beginList<Customer>(u"customers/customers_list"_s, u"customers_list"_s, {}, IspCube::parseCustomers,
                           std::move(onPage), std::move(onDone));
}

void IspCubeClient::fetchCustomersFirstPage(int limit, OnPage<Customer> onPage, OnDone onDone)
{
    d->beginList<Customer>(u"customers/customers_list"_s, u"customers_list"_s, {}, IspCube::parseCustomers,
                           std::move(onPage), std::move(onDone), std::max(1, limit));
}

void IspCubeClient::fetchConnections(OnPage<Connection> onPage, OnDone onDone)
{
    d->beginList<Connection>(u"connections/connections_list"_s, u"connections_list"_s, {}, IspCube::parseConnections,
                             std::move(onPage), std::move(onDone));
}

void IspCubeClient::fetchOpenTickets(OnPage<Ticket> onPage, OnDone onDone)
{
    QUrlQuery open;
    open.addQueryItem(u"closed"_s, u"0"_s);
    const QTimeZone zone = d->zone;
    d->beginList<Ticket>(
        u"tickets/tickets_list"_s, u"tickets_list"_s, open,
        [zone](const QByteArray &body, PageInfo *page) { return IspCube::parseTickets(body, zone, page); },
        std::move(onPage), std::move(onDone));
}

void IspCubeClient::cancel()
{
    d->operations.cancelAll(Source + u": canceled"_s);
    d->http->cancelAll(); // the login too
}

} // namespace Beholder
