// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartoltclient.h"

#include "logging/logging.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Source = u"SmartOLT"_s;

// Timeouts of the bulk ONU calls: one body with every ONU of the account
// (tens of MB at 50,000 ONUs) takes far longer than a small call.
constexpr int BulkTimeoutFactor = 10;
// The live CLI query takes 5-15 s on the OLT before SmartOLT answers.
constexpr int FullStatusMinTimeoutMs = 60'000;

} // namespace

struct SmartOltClient::Private
{
    SmartOltClient *q = nullptr;
    SourceConfig config;
    QString token;
    HttpClient *http = nullptr; // a child of the client
    OperationSet operations;
    QTimeZone zone = QTimeZone::systemTimeZone();

    explicit Private(SmartOltClient *client)
        : q(client)
        , operations(client)
    { }

    std::optional<ApiError> configError() const
    {
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty() || token.isEmpty())
            return ApiError::make(ApiError::Kind::Config,
                                  Source + u": the source is not fully configured (address and API token)"_s);
        return std::nullopt;
    }

    HttpCall call(const QString &path, const QString &endpoint) const
    {
        HttpCall c;
        c.url = config.baseUrl;
        QString base = c.url.path();
        if (!base.endsWith(u'/'))
            base += u'/';
        c.url.setPath(base + path, QUrl::TolerantMode); // `path` may hold a percent-encoded id
        c.endpoint = endpoint;
        c.headers = {{"X-Token"_ba, token.toUtf8()}, {"Accept"_ba, "application/json"_ba}};
        return c;
    }

    static QString idPath(const QString &externalId)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(externalId));
    }

    // Reports a start-up failure through the event loop, like every result.
    void failLater(const std::shared_ptr<Operation> &op, const ApiError &error)
    {
        QMetaObject::invokeMethod(
            q, [this, op, error] { operations.finish(op, error); }, Qt::QueuedConnection);
    }

    // Sends, and hands the body to `onBody` unless the operation ended meanwhile.
    void send(const std::shared_ptr<Operation> &op, const HttpCall &call,
              std::function<void(const QByteArray &body)> onBody)
    {
        op->job = http->send(call, [this, op, onBody = std::move(onBody)](const ApiResult<HttpReplyData> &r) {
            op->job = nullptr;
            if (op->finished)
                return;
            if (!r.ok()) {
                ApiError error = r.error;
                if (error.kind == ApiError::Kind::Auth)
                    error.message += u" (check the API token, and whether the tenant allow-lists this address)"_s;
                operations.finish(op, error);
                return;
            }
            onBody(r.value->body);
        });
    }

    template<typename T, typename Parse>
    void single(const QString &path, const QString &endpoint, int timeoutMs, Parse parse, OnResult<T> done)
    {
        const std::shared_ptr<Operation> op = operations.start({});
        auto result = std::make_shared<ApiResult<T>>();
        op->done = [done, result](const ApiError &error) {
            if (done)
                done(error.isError() ? ApiResult<T>::failure(error) : *result);
        };
        if (const std::optional<ApiError> error = configError()) {
            failLater(op, *error);
            return;
        }
        HttpCall c = call(path, endpoint);
        if (timeoutMs > 0)
            c.timeoutMs = timeoutMs;
        send(op, c, [this, op, result, parse](const QByteArray &body) {
            *result = parse(body);
            operations.finish(op, result->error);
        });
    }
};

SmartOltClient::SmartOltClient(const SourceConfig &config, const QString &apiToken, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->config = config;
    d->token = apiToken;
    d->http = new HttpClient(Source, this);
    d->http->setDefaultTimeoutMs(config.timeoutMs);
}

SmartOltClient::~SmartOltClient()
{
    delete d->http; // no callback into d from here on
}

HttpClient &SmartOltClient::http()
{
    return *d->http;
}

void SmartOltClient::setTimeZone(const QTimeZone &zone)
{
    d->zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void SmartOltClient::fetchOlts(OnPage<Olt> onPage, OnDone onDone)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    d->send(op, d->call(u"system/get_olts"_s, u"get_olts"_s), [this, op, onPage](const QByteArray &body) {
        ApiResult<QList<Olt>> olts = SmartOlt::parseOlts(body);
        if (!olts.ok()) {
            d->operations.finish(op, olts.error);
            return;
        }
        emit progress(u"get_olts"_s, olts.value->size(), olts.value->size());
        if (onPage && !olts.value->isEmpty())
            onPage(std::move(*olts.value));
        d->operations.finish(op, ApiError{});
    });
}

void SmartOltClient::fetchOnus(OnPage<Onu> onPage, OnDone onDone)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    const int bulkTimeout = std::max(d->http->defaultTimeoutMs(), d->config.timeoutMs) * BulkTimeoutFactor;
    struct State
    {
        QList<Onu> details;
        QList<Onu> statuses;
    };
    auto state = std::make_shared<State>();

    const auto finishWithSignals = [this, op, state, onPage](const QByteArray &body) {
        ApiResult<QList<SmartOlt::OnuSignal>> levels = SmartOlt::parseOnuSignals(body);
        if (!levels.ok()) {
            d->operations.finish(op, levels.error);
            return;
        }
        QList<Onu> onus = SmartOlt::joinOnus(std::move(state->details), state->statuses, *levels.value);
        state->statuses.clear();
        const qsizetype total = onus.size();
        for (qsizetype from = 0; from < total && !op->finished; from += OnuPageSize) {
            emit progress(u"onus"_s, std::min<qsizetype>(from + OnuPageSize, total), total);
            if (onPage)
                onPage(onus.mid(from, OnuPageSize));
        }
        d->operations.finish(op, ApiError{});
    };
    const auto afterStatuses = [this, op, state, bulkTimeout, finishWithSignals](const QByteArray &body) {
        ApiResult<QList<Onu>> statuses = SmartOlt::parseOnuStatuses(body, d->zone);
        if (!statuses.ok()) {
            d->operations.finish(op, statuses.error);
            return;
        }
        state->statuses = std::move(*statuses.value);
        emit progress(u"onus"_s, 0, state->details.size());
        HttpCall c = d->call(u"onu/get_onus_signals"_s, u"get_onus_signals"_s);
        c.timeoutMs = bulkTimeout;
        d->send(op, c, finishWithSignals);
    };
    HttpCall details = d->call(u"onu/get_all_onus_details"_s, u"get_all_onus_details"_s);
    details.timeoutMs = bulkTimeout;
    d->send(op, details, [this, op, state, bulkTimeout, afterStatuses](const QByteArray &body) {
        PageInfo info;
        ApiResult<QList<Onu>> parsed = SmartOlt::parseOnuDetails(body, d->zone, &info);
        if (!parsed.ok()) {
            d->operations.finish(op, parsed.error);
            return;
        }
        if (info.skipped > 0)
            qCWarning(lcNet).noquote() << Source << "skipped" << info.skipped << "ONUs without an external id";
        state->details = std::move(*parsed.value);
        HttpCall c = d->call(u"onu/get_onus_statuses"_s, u"get_onus_statuses"_s);
        c.timeoutMs = bulkTimeout;
        d->send(op, c, afterStatuses);
    });
}

void SmartOltClient::fetchOnuStates(OnPage<Onu> onPage, OnDone onDone)
{
    const std::shared_ptr<Operation> op = d->operations.start(std::move(onDone));
    if (const std::optional<ApiError> error = d->configError()) {
        d->failLater(op, *error);
        return;
    }
    const int bulkTimeout = std::max(d->http->defaultTimeoutMs(), d->config.timeoutMs) * BulkTimeoutFactor;
    auto statuses = std::make_shared<QList<Onu>>();
    const auto finishWithSignals = [this, op, statuses, onPage](const QByteArray &body) {
        ApiResult<QList<SmartOlt::OnuSignal>> levels = SmartOlt::parseOnuSignals(body);
        if (!levels.ok()) {
            d->operations.finish(op, levels.error);
            return;
        }
        QList<Onu> onus = SmartOlt::joinOnus({}, *statuses, *levels.value);
        statuses->clear();
        const qsizetype total = onus.size();
        for (qsizetype from = 0; from < total && !op->finished; from += OnuPageSize) {
            emit progress(u"onus"_s, std::min<qsizetype>(from + OnuPageSize, total), total);
            if (onPage)
                onPage(onus.mid(from, OnuPageSize));
        }
        d->operations.finish(op, ApiError{});
    };
    HttpCall call = d->call(u"onu/get_onus_statuses"_s, u"get_onus_statuses"_s);
    call.timeoutMs = bulkTimeout;
    d->send(op, call, [this, op, statuses, bulkTimeout, finishWithSignals](const QByteArray &body) {
        ApiResult<QList<Onu>> parsed = SmartOlt::parseOnuStatuses(body, d->zone);
        if (!parsed.ok()) {
            d->operations.finish(op, parsed.error);
            return;
        }
        *statuses = std::move(*parsed.value);
        HttpCall c = d->call(u"onu/get_onus_signals"_s, u"get_onus_signals"_s);
        c.timeoutMs = bulkTimeout;
        d->send(op, c, finishWithSignals);
    });
}

void SmartOltClient::fetchOnuStatus(const QString &externalId, OnResult<SmartOlt::OnuState> done)
{
    const QTimeZone zone = d->zone;
    d->single<SmartOlt::OnuState>(
        u"onu/get_onu_status/"_s + Private::idPath(externalId), u"get_onu_status"_s, 0,
        [zone](const QByteArray &body) { return SmartOlt::parseOnuStatus(body, zone); }, std::move(done));
}

void SmartOltClient::fetchOnuSignal(const QString &externalId, OnResult<SmartOlt::OnuSignal> done)
{
    d->single<SmartOlt::OnuSignal>(
        u"onu/get_onu_signal/"_s + Private::idPath(externalId), u"get_onu_signal"_s, 0,
        [externalId](const QByteArray &body) {
            ApiResult<SmartOlt::OnuSignal> result = SmartOlt::parseOnuSignal(body);
            if (result.value)
                result.value->externalId = externalId;
            return result;
        },
        std::move(done));
}

void SmartOltClient::fetchOnuFullStatus(const QString &externalId, OnResult<SmartOlt::OnuFullStatus> done)
{
    const int timeout = std::max(FullStatusMinTimeoutMs, d->http->defaultTimeoutMs());
    d->single<SmartOlt::OnuFullStatus>(u"onu/get_onu_full_status_info/"_s + Private::idPath(externalId),
                                       u"get_onu_full_status_info"_s, timeout, SmartOlt::parseOnuFullStatus,
                                       std::move(done));
}

void SmartOltClient::cancel()
{
    d->operations.cancelAll(Source + u": canceled"_s);
    d->http->cancelAll();
}

} // namespace Beholder
