// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnmaestroclient.h"

#include "integrations/cnmaestro/cnmaestroparser.h"
#include "logging/logging.h"
#include "util/textnormalize.h"

#include <QDeadlineTimer>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Source = u"cnMaestro"_s;

QString joinPath(QString base, const QString &path)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u'/' + path;
}

// One paged list: offset/limit until the announced total is reached. The
// offset advances by what actually arrived, so a server that caps the limit
// below ours loses nothing.
template<typename T>
struct PagedFetch : std::enable_shared_from_this<PagedFetch<T>>
{
    using Parser = ApiResult<QList<T>> (*)(const QByteArray &, PageInfo *);
    using Send = std::function<void(HttpCall, std::function<void(const HttpReplyData &)>)>;

    Send send;
    std::function<void(const ApiError &)> fail;
    std::function<void(QList<T> items, qint64 received, qint64 total)> onItems;
    std::function<void()> onComplete;
    std::shared_ptr<Operation> op;
    QUrl url;
    QString endpoint;
    QUrlQuery query;
    int limit = CnMaestroClient::DefaultPageSize;
    Parser parse = nullptr;
    qint64 offset = 0;
    bool firstPageOnly = false; // a sample, not the list (Test connection)

    void next()
    {
        if (op->finished)
            return;
        HttpCall call;
        call.url = url;
        call.endpoint = endpoint;
        call.query = query;
        call.query.addQueryItem(u"limit"_s, QString::number(limit));
        call.query.addQueryItem(u"offset"_s, QString::number(offset));
        send(call, [self = this->shared_from_this()](const HttpReplyData &reply) { self->onReply(reply); });
    }

    void onReply(const HttpReplyData &reply)
    {
        PageInfo info;
        ApiResult<QList<T>> parsed = parse(reply.body, &info);
        if (!parsed.ok()) {
            fail(parsed.error);
            return;
        }
        if (info.skipped > 0)
            qCWarning(lcNet).noquote() << Source << endpoint << "skipped" << info.skipped
                                       << "items without a MAC or id";
        offset += info.received;
        // With a total: until it is reached. Without: until an empty page
        // (a short one may only mean the server caps the page size).
        const bool more = !firstPageOnly && info.received > 0 && (!info.total || offset < *info.total);
        const qint64 total = info.total.value_or(more ? -1 : offset);
        if (more)
            next();
        onItems(std::move(*parsed.value), offset, total);
        if (!more && !op->finished)
            onComplete();
    }
};

} // namespace

struct CnMaestroClient::Private
{
    CnMaestroClient *q = nullptr;
    SourceConfig config;
    QString clientSecret;
    HttpClient *http = nullptr; // a child of the client
    OperationSet operations;
    int pageSize = DefaultPageSize;
    CredentialsIn credentialsIn = CredentialsIn::Body;
    QStringList deviceTypes = {u"pmp"_s, u"epmp"_s};

    QString token;
    QDeadlineTimer renewAt;
    QUrl apiBase; // the configured base, or Cloud's redirect_uri
    bool loggingIn = false;
    QList<std::function<void(const ApiError &)>> waitingForToken;

    explicit Private(CnMaestroClient *client)
        : q(client)
        , operations(client)
    { }

    QString clientId() const { return config.user.isEmpty() ? config.clientId : config.user; }

    std::optional<ApiError> configError() const
    {
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty() || clientId().isEmpty()
            || clientSecret.isEmpty())
            return ApiError::make(ApiError::Kind::Config,
                                  Source + u": the source is not fully configured (address, client id and secret)"_s);
        return std::nullopt;
    }

    QUrl apiUrl(const QString &path) const
    {
        QUrl url = apiBase.isValid() ? apiBase : config.baseUrl;
        url.setPath(joinPath(url.path(), path));
        return url;
    }

    void failLater(const std::shared_ptr<Operation> &op, const ApiError &error)
    {
        QMetaObject::invokeMethod(
            q, [this, op, error] { operations.finish(op, error); }, Qt::QueuedConnection);
    }

    bool tokenIsFresh() const { return !token.isEmpty() && !renewAt.hasExpired(); }

    void ensureToken(std::function<void(const ApiError &)> then)
    {
        if (tokenIsFresh()) {
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
        call.url = config.baseUrl; // always the configured host: Cloud answers with the account's own
        call.url.setPath(joinPath(call.url.path(), u"access/token"_s));
        call.endpoint = u"access/token"_s;
        call.idempotent = true;
        call.contentType = "application/x-www-form-urlencoded";
        call.headers = {{"Accept"_ba, "application/json"_ba}};
        call.body = "grant_type=client_credentials"_ba;
        if (credentialsIn == CredentialsIn::Body) {
            call.body += "&client_id="_ba + QUrl::toPercentEncoding(clientId()) + "&client_secret="_ba
                + QUrl::toPercentEncoding(clientSecret);
        } else {
            call.headers.append(
                {"Authorization"_ba,
                 "Basic "_ba + QByteArray(clientId().toUtf8() + ':' + clientSecret.toUtf8()).toBase64()});
        }
        http->send(call, [this](const ApiResult<HttpReplyData> &result) {
            loggingIn = false;
            ApiError error = result.error;
            if (result.ok()) {
                const ApiResult<CnMaestro::Token> parsed = CnMaestro::parseToken(result.value->body);
                if (parsed.ok()) {
                    token = parsed.value->accessToken;
                    const int lifetime = parsed.value->expiresInSeconds > 0 ? parsed.value->expiresInSeconds
                                                                            : DefaultTokenLifetimeSeconds;
                    // Renewed at half its lifetime, as the vendor's own clients do.
                    renewAt = QDeadlineTimer(qint64(lifetime) * 1000 / 2);
                    if (parsed.value->redirectUri.isValid()) {
                        QUrl base = parsed.value->redirectUri;
                        if (base.path().isEmpty() || base.path() == u"/")
                            base.setPath(config.baseUrl.path());
                        apiBase = base;
                    } else {
                        apiBase = config.baseUrl;
                    }
                } else {
                    error = parsed.error;
                }
            } else if (error.kind == ApiError::Kind::Auth || error.httpStatus == 400) {
                error.kind = ApiError::Kind::Auth;
                error.message = Source + u": the client id or secret was refused ("_s + error.message + u')';
            }
            if (error.isError()) {
                token.clear();
                qCWarning(lcNet).noquote() << error.message;
            }
            const auto waiting = std::exchange(waitingForToken, {});
            for (const auto &then : waiting)
                then(error);
        });
    }

    // Sends with the token (renewed first when due); on 401 renews and resends, once.
    void authedCall(const std::shared_ptr<Operation> &op, HttpCall call,
                    std::function<void(const HttpReplyData &)> onReply, bool renewed = false)
    {
        ensureToken([this, op, call, onReply, renewed](const ApiError &loginError) {
            if (op->finished)
                return;
            if (loginError.isError()) {
                operations.finish(op, loginError);
                return;
            }
            const QString used = token;
            HttpCall authed = call;
            // The path was made against the base; the token may have moved it (Cloud).
            authed.url = apiUrl(call.url.path());
            authed.headers = {{"Authorization"_ba, "Bearer "_ba + used.toUtf8()}, {"Accept"_ba, "application/json"_ba}};
            op->job = http->send(authed, [this, op, call, onReply, renewed, used](const ApiResult<HttpReplyData> &r) {
                op->job = nullptr;
                if (op->finished)
                    return;
                if (r.ok()) {
                    onReply(*r.value);
                    return;
                }
                if (r.error.httpStatus == 401 && !renewed) {
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

    template<typename T>
    std::shared_ptr<PagedFetch<T>> paged(const std::shared_ptr<Operation> &op, const QString &path,
                                         const QString &endpoint, QUrlQuery query, typename PagedFetch<T>::Parser parse)
    {
        auto fetch = std::make_shared<PagedFetch<T>>();
        fetch->op = op;
        fetch->send = [this, op](HttpCall call, std::function<void(const HttpReplyData &)> onReply) {
            authedCall(op, std::move(call), std::move(onReply));
        };
        fetch->fail = [this, op](const ApiError &error) { operations.finish(op, error); };
        fetch->url = QUrl(path); // relative: authedCall resolves it against the current API base
        fetch->endpoint = endpoint;
        fetch->query = std::move(query);
        fetch->limit = pageSize;
        fetch->parse = parse;
        return fetch;
    }

    // One device type: its devices, then its statistics, joined.
    void fetchType(const std::shared_ptr<Operation> &op, qsizetype typeIndex, OnPage<AccessPoint> onAccessPoints,
                   OnPage<WirelessSubscriber> onSubscribers)
    {
        if (op->finished)
            return;
        if (typeIndex >= deviceTypes.size()) {
            operations.finish(op, ApiError{});
            return;
        }
        const QString type = deviceTypes.at(typeIndex);
        QUrlQuery query;
        query.addQueryItem(u"type"_s, type);
        auto devices = std::make_shared<QList<CnMaestro::Device>>();
        auto statistics = std::make_shared<QList<CnMaestro::Device>>();

        auto statisticsFetch = paged<CnMaestro::Device>(op, u"devices/statistics"_s, u"devices/statistics"_s, query,
                                                        CnMaestro::parseDevices);
        statisticsFetch->onItems = [this, statistics, type](QList<CnMaestro::Device> items, qint64 done, qint64 total) {
            *statistics += items;
            emit q->progress(type + u" statistics"_s, done, total);
        };
        statisticsFetch->onComplete = [this, op, typeIndex, devices, statistics, onAccessPoints, onSubscribers] {
            const QList<CnMaestro::Device> joined = CnMaestro::joinDevices(std::move(*devices), *statistics);
            QList<AccessPoint> aps;
            QList<WirelessSubscriber> sms;
            qsizetype unknown = 0;
            for (const CnMaestro::Device &device : joined) {
                const bool ap = device.mode == u"ap" || (device.mode.isEmpty() && device.connectedSms);
                const bool sm = device.mode == u"sm" || (device.mode.isEmpty() && !device.apMac.isEmpty());
                if (ap)
                    aps.append(CnMaestro::toAccessPoint(device));
                else if (sm)
                    sms.append(CnMaestro::toSubscriber(device));
                else
                    ++unknown; // PTP links and the like: neither an AP nor a subscriber
            }
            if (unknown > 0)
                qCDebug(lcNet).noquote() << Source << "ignored" << unknown << "devices that are neither AP nor SM";
            if (onAccessPoints && !aps.isEmpty())
                onAccessPoints(std::move(aps));
            if (onSubscribers && !sms.isEmpty() && !op->finished)
                onSubscribers(std::move(sms));
            fetchType(op, typeIndex + 1, onAccessPoints, onSubscribers);
        };

        auto devicesFetch = paged<CnMaestro::Device>(op, u"devices"_s, u"devices"_s, query, CnMaestro::parseDevices);
        devicesFetch->onItems = [this, devices, type](QList<CnMaestro::Device> items, qint64 done, qint64 total) {
            *devices += items;
            emit q->progress(type + u" devices"_s, done, total);
        };
        devicesFetch->onComplete = [statisticsFetch] { statisticsFetch->next(); };
        devicesFetch->next();
    }
};

CnMaestroClient::CnMaestroClient(const SourceConfig &config, const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->config = config;
    d->clientSecret = clientSecret;
    d->apiBase = config.baseUrl;
    d->http = new HttpClient(Source, this);
    d->http->setDefaultTimeoutMs(config.timeoutMs);
}

CnMaestroClient::~CnMaestroClient()
{
    delete d->http; // no callback into d from here on
}

HttpClient &CnMaestroClient::http()
{
    return *d->http;
}

void CnMaestroClient::setPageSize(int limit)
{
    d->pageSize = std::max(1, limit);
}

void CnMaestroClient::setCredentialsIn(CredentialsIn where)
{
    d->credentialsIn = where;
}

void CnMaestroClient::setDeviceTypes(const QStringList &types)
{
    d->deviceTypes = types;
}

void CnMaestroClient::login(OnDone done)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(done));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    d->token.clear();
    d->ensureToken([this, op](const ApiError &error) { d->operations.finish(op, error); });
}

void CnMaestroClient::fetchDevices(OnPage<AccessPoint> onAccessPoints, OnPage<WirelessSubscriber> onSubscribers,
                                   OnDone onDone)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    d->fetchType(op, 0, std::move(onAccessPoints), std::move(onSubscribers));
}

void CnMaestroClient::fetchAlarms(OnPage<Alarm> onPage, OnDone onDone)
{
    fetchAlarmsPaged(std::move(onPage), std::move(onDone), 0);
}

void CnMaestroClient::fetchAlarmsFirstPage(int limit, OnPage<Alarm> onPage, OnDone onDone)
{
    fetchAlarmsPaged(std::move(onPage), std::move(onDone), std::max(1, limit));
}

void CnMaestroClient::fetchAlarmsPaged(OnPage<Alarm> onPage, OnDone onDone, int firstPageLimit)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    auto fetch = d->paged<Alarm>(op, u"alarms"_s, u"alarms"_s, {}, CnMaestro::parseAlarms);
    if (firstPageLimit > 0) {
        fetch->limit = firstPageLimit;
        fetch->firstPageOnly = true;
    }
    fetch->onItems = [this, op, onPage](QList<Alarm> items, qint64 done, qint64 total) {
        emit progress(u"alarms"_s, done, total);
        if (onPage && !items.isEmpty() && !op->finished)
            onPage(std::move(items));
    };
    fetch->onComplete = [this, op] { d->operations.finish(op, ApiError{}); };
    fetch->next();
}

void CnMaestroClient::fetchDevice(const QString &mac, std::function<void(const ApiResult<LiveDevice> &result)> done)
{
    auto result = std::make_shared<ApiResult<LiveDevice>>();
    const std::shared_ptr<Operation> op = d->operations.start([result, done](const ApiError &error) {
        if (error.isError())
            done(ApiResult<LiveDevice>{std::nullopt, error});
        else
            done(*result);
    });
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    const QString canonical = Text::formatMac(mac);
    if (canonical.isEmpty()) {
        d->failLater(op, ApiError::make(ApiError::Kind::Config, Source + u": not a MAC address: "_s + mac));
        return;
    }
    HttpCall call;
    call.method = "GET"_ba;
    call.url = QUrl(u"devices/"_s + canonical + u"/statistics"_s);
    call.endpoint = u"devices/statistics"_s;
    call.idempotent = true;
    d->authedCall(op, call, [this, op, result, canonical](const HttpReplyData &reply) {
        const ApiResult<QList<CnMaestro::Device>> parsed = CnMaestro::parseDevices(reply.body);
        if (!parsed.ok()) {
            d->operations.finish(op, parsed.error);
            return;
        }
        if (parsed.value->isEmpty()) {
            d->operations.finish(op, ApiError::make(ApiError::Kind::Http, Source + u": no device "_s + canonical, 404));
            return;
        }
        const CnMaestro::Device &device = parsed.value->constFirst();
        LiveDevice live;
        const bool ap = device.mode == u"ap" || (device.mode.isEmpty() && device.connectedSms);
        if (ap)
            live.ap = CnMaestro::toAccessPoint(device);
        else
            live.sm = CnMaestro::toSubscriber(device);
        result->value = std::move(live);
        d->operations.finish(op, ApiError{});
    });
}

void CnMaestroClient::cancel()
{
    d->operations.cancelAll(Source + u": canceled"_s);
    d->http->cancelAll();
}

} // namespace Beholder
