// SPDX-License-Identifier: GPL-3.0-or-later
// Each HttpJob is a small state machine: budget -> send -> (retry wait ->
// budget -> send)* -> finish. Every result is delivered through the event
// loop, never from inside send() or cancel(), so callers need not guard
// against re-entrance.
#include "httpclient.h"

#include "logging/logging.h"
#include "net/callbudget.h"
#include "util/appinfo.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>
#include <cmath>
#include <limits>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultTimeoutMs = 30'000;
constexpr qint64 DefaultMaxBodyBytes = qint64(512) * 1024 * 1024;
constexpr qsizetype MaxErrorTextChars = 160;

// The "message" or "error" of a small JSON error body, or its first line
// when it is short plain text: what the vendor said, for the operator.
QString serverSays(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > 4096)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString text;
    if (document.isObject()) {
        QJsonObject object = document.object();
        if (object.value("error"_L1).isObject()) // {"error":{"message":...}}
            object = object.value("error"_L1).toObject();
        // The most descriptive first: OAuth's "error" is a code, its description is the text.
        for (const auto key : {"message"_L1, "error_description"_L1, "detail"_L1, "error"_L1}) {
            if (object.value(key).isString()) {
                text = object.value(key).toString();
                break;
            }
        }
    } else if (document.isNull() && !body.trimmed().startsWith('<')) {
        text = QString::fromUtf8(body).section(u'\n', 0, 0);
    }
    text = text.simplified();
    if (text.size() > MaxErrorTextChars)
        text = text.left(MaxErrorTextChars - 1) + u'…';
    return text;
}

QString secondsText(qint64 ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

QByteArray HttpReplyData::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Private
{
    QString sourceName;
    QNetworkAccessManager *manager = nullptr;
    int defaultTimeoutMs = DefaultTimeoutMs;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    RetryPolicy policy;
    std::shared_ptr<CallBudget> budget;
    TlsExceptionList tlsExceptions;
};

struct HttpJob::Private
{
    HttpJob *q = nullptr;
    HttpClient *client = nullptr;
    HttpCall call;
    QUrl url; // with the query merged
    Done done;
    QPointer<QNetworkReply> reply;
    QTimer timeout;
    QTimer wait; // retry backoff and budget waits
    int attempts = 0;
    int rateLimitRetries = 0;
    qint64 extraBudgetWaitMs = 0; // after a 429: the budget's hold is the wait
    bool reserved = false;        // a budget call is counted for the pending send
    bool timedOut = false;
    bool tooLarge = false;
    bool finished = false;
    std::optional<ApiError> tlsRefusal; // why the certificate was refused, for the error that follows

    const RetryPolicy &policy() const { return client->d->policy; }
    QString source() const { return client->d->sourceName; }
    QString host() const { return url.host(); }
    quint16 port() const { return quint16(url.port(url.scheme() == "https"_L1 ? 443 : 80)); }

    QString prefix() const { return source() + u": "_s + call.endpoint; }

    qint64 scaled(qint64 ms) const
    {
        return std::max<qint64>(0, std::llround(double(ms) * std::max(0.0, policy().timeScale)));
    }

    ApiError error(ApiError::Kind kind, const QString &what, int status = 0) const
    {
        return ApiError::make(kind, prefix() + u": "_s + what, status);
    }

    void start()
    {
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            finish(ApiResult<HttpReplyData>::failure(
                error(ApiError::Kind::Config, u"the source's address is missing or invalid"_s)));
            return;
        }
        attempt();
    }

    // Takes a call from the budget, then sends (now or after the budget's wait).
    void attempt()
    {
        const std::shared_ptr<CallBudget> &budget = client->d->budget;
        if (!budget) {
            sendNow();
            return;
        }
        const qint64 maxWait = std::max<qint64>(policy().maxBudgetWaitMs, extraBudgetWaitMs);
        extraBudgetWaitMs = 0;
        const BudgetDecision decision = budget->acquire(call.endpoint, maxWait);
        switch (decision.verdict) {
        case BudgetDecision::Verdict::Go:
            sendNow();
            return;
        case BudgetDecision::Verdict::Wait:
            reserved = true;
            qCDebug(lcNet).noquote() << prefix() << "waits" << decision.waitMs << "ms for the call budget";
            schedule(scaled(decision.waitMs), [this] { sendNow(); });
            return;
        case BudgetDecision::Verdict::Refused: {
            ApiError e = error(ApiError::Kind::Budget, decision.reason);
            e.retryAfterSeconds = int((decision.waitMs + 999) / 1000);
            finish(ApiResult<HttpReplyData>::failure(e));
            return;
        }
        }
    }

    template<typename F>
    void schedule(qint64 ms, F then)
    {
        QObject::disconnect(&wait, &QTimer::timeout, nullptr, nullptr);
        QObject::connect(&wait, &QTimer::timeout, q, then, Qt::SingleShotConnection);
        wait.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    }

    void sendNow()
    {
        reserved = false;
        timedOut = false;
        tooLarge = false;
        tlsRefusal.reset();
        ++attempts;
        QNetworkRequest request(url);
        // Vendors' support asks which integration is calling: say it.
        request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Beholder/"_s + applicationVersion()));
        for (const auto &[name, value] : call.headers)
            request.setRawHeader(name, value);
        if (!call.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        QNetworkAccessManager *manager = client->d->manager;
        QNetworkReply *r = nullptr;
        if (call.method == "GET")
            r = manager->get(request);
        else if (call.method == "HEAD")
            r = manager->head(request);
        else
            r = manager->sendCustomRequest(request, call.method, call.body);
        reply = r;
        qCDebug(lcNet).noquote() << prefix() << call.method << host() << "attempt" << attempts;
        QObject::connect(r, &QNetworkReply::finished, q, [this, r] { onFinished(r); });
        QObject::connect(r, &QNetworkReply::downloadProgress, q, [this, r](qint64 received, qint64 total) {
            const qint64 limit = client->d->maxBodyBytes;
            if (!tooLarge && (received > limit || total > limit)) {
                tooLarge = true;
                r->abort();
            }
        });
#if QT_CONFIG(ssl)
        QObject::connect(r, &QNetworkReply::sslErrors, q,
                         [this, r](const QList<QSslError> &errors) { onSslErrors(r, errors); });
#endif
        timeout.start(call.timeoutMs);
    }

#if QT_CONFIG(ssl)
    void onSslErrors(QNetworkReply *r, const QList<QSslError> &errors)
    {
        const QSslCertificate leaf = r->sslConfiguration().peerCertificate();
        const TlsVerdict verdict = client->d->tlsExceptions.check(host(), port(), leaf, errors);
        if (verdict.accepted) {
            qCWarning(lcNet).noquote() << source() << "accepts the pinned certificate of" << host() << port()
                                       << "SHA-256" << formatFingerprint(verdict.peer.sha256) << "(TLS exception added"
                                       << verdict.exception.addedAt.toString(Qt::ISODate)
                                       << "):" << explainSslErrors(errors, host()).join(u"; "_s);
            r->ignoreSslErrors(errors);
            return;
        }
        ApiError e = error(ApiError::Kind::Tls, u"TLS: "_s + verdict.reason);
        e.certificate = verdict.peer;
        tlsRefusal = e;
        qCWarning(lcNet).noquote() << e.message;
    }
#endif

    void onFinished(QNetworkReply *r)
    {
        r->deleteLater();
        timeout.stop();
        if (finished || r != reply)
            return; // canceled: the result is already on its way
        reply = nullptr;

        if (tooLarge) {
            finish(ApiResult<HttpReplyData>::failure(
                error(ApiError::Kind::Protocol,
                      u"the answer from "_s + host() + u" is larger than "_s
                          + QLocale(QLocale::English).formattedDataSize(client->d->maxBodyBytes) + u"; refused"_s)));
            return;
        }
        if (timedOut) {
            retryOrFail(
                error(ApiError::Kind::Timeout,
                      u"no complete answer from "_s + host() + u" within "_s + secondsText(call.timeoutMs) + u" s"_s),
                true);
            return;
        }

        const QVariant statusAttribute = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError networkError = r->error();
        if (!statusAttribute.isValid()) {
            const ApiError e = tlsRefusal ? *tlsRefusal : mapNetworkError(networkError);
            retryOrFail(e, e.kind != ApiError::Kind::Tls && e.kind != ApiError::Kind::Protocol);
            return;
        }

        HttpReplyData data;
        data.status = statusAttribute.toInt();
        data.headers = r->rawHeaderPairs();
        data.body = r->readAll();
        data.attempts = attempts;

        // A body that ended before its announced length: the connection broke mid-answer.
        const QByteArray lengthText = data.header("content-length");
        const QByteArray encoding = data.header("content-encoding").toLower();
        bool lengthOk = false;
        const qint64 announced = lengthText.toLongLong(&lengthOk);
        const bool plainBody = encoding.isEmpty() || encoding == "identity";
        const bool cutShort = (lengthOk && plainBody && data.body.size() < announced)
            || (data.status < 400 && isTransportError(networkError));
        if (cutShort) {
            QString what = u"the answer from "_s + host() + u" was cut short"_s;
            if (lengthOk && plainBody)
                what += u" (got "_s + QString::number(data.body.size()) + u" of "_s + QString::number(announced)
                    + u" bytes)"_s;
            retryOrFail(error(ApiError::Kind::Protocol, what, data.status), true);
            return;
        }

        const int status = data.status;
        if (status < 400) {
            finish(ApiResult<HttpReplyData>::success(std::move(data)));
            return;
        }
        const QString says = serverSays(data.body);
        const QString suffix = says.isEmpty() ? QString() : u": "_s + says;
        if (status == 429) {
            onRateLimited(data);
            return;
        }
        if (status == 401) {
            finish(ApiResult<HttpReplyData>::failure(
                error(ApiError::Kind::Auth, u"the credentials were refused (HTTP 401)"_s + suffix, status)));
            return;
        }
        if (status == 403) {
            finish(ApiResult<HttpReplyData>::failure(
                error(ApiError::Kind::Auth, u"the user lacks permission for this (HTTP 403)"_s + suffix, status)));
            return;
        }
        const ApiError e = error(ApiError::Kind::Http, u"HTTP "_s + QString::number(status) + suffix, status);
        retryOrFail(e, status >= 500);
    }

    static bool isTransportError(QNetworkReply::NetworkError e)
    {
        return e == QNetworkReply::RemoteHostClosedError || e == QNetworkReply::TemporaryNetworkFailureError
            || e == QNetworkReply::NetworkSessionFailedError || e == QNetworkReply::UnknownNetworkError
            || e == QNetworkReply::ProtocolFailure;
    }

    ApiError mapNetworkError(QNetworkReply::NetworkError e) const
    {
        switch (e) {
        case QNetworkReply::HostNotFoundError:
            return error(ApiError::Kind::Dns, u"the host "_s + host() + u" was not found (DNS)"_s);
        case QNetworkReply::ConnectionRefusedError:
            return error(ApiError::Kind::Connection, host() + u" refused the connection"_s);
        case QNetworkReply::RemoteHostClosedError:
            return error(ApiError::Kind::Connection, host() + u" closed the connection before answering"_s);
        case QNetworkReply::TimeoutError:
            return error(ApiError::Kind::Timeout, host() + u" did not answer in time"_s);
        case QNetworkReply::SslHandshakeFailedError:
            return error(ApiError::Kind::Tls,
                         u"TLS: the handshake with "_s + host()
                             + u" failed (no common protocol or cipher, or the server is not speaking TLS)"_s);
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return error(ApiError::Kind::Protocol, host() + u" redirected too often or to an insecure address"_s);
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return error(ApiError::Kind::Protocol, host() + u" spoke a protocol Beholder does not understand"_s);
        case QNetworkReply::ProtocolFailure:
            return error(ApiError::Kind::Connection, host() + u" sent an answer that broke off or made no sense"_s);
        default:
            return error(ApiError::Kind::Connection, u"the network failed while talking to "_s + host());
        }
    }

    bool idempotent() const
    {
        if (call.idempotent.has_value())
            return *call.idempotent;
        return call.method == "GET" || call.method == "HEAD" || call.method == "PUT" || call.method == "DELETE";
    }

    void retryOrFail(ApiError e, bool retryable)
    {
        if (retryable && idempotent() && attempts < policy().maxAttempts) {
            // Full jitter: random(0, min(max, base * 2^(n-1))).
            const double cap
                = std::min<double>(policy().maxDelayMs, double(policy().baseDelayMs) * std::pow(2.0, attempts - 1));
            const qint64 delay = scaled(qint64(QRandomGenerator::global()->generateDouble() * cap));
            qCInfo(lcNet).noquote() << e.message << "- retry" << attempts << "of" << policy().maxAttempts - 1 << "in"
                                    << delay << "ms";
            emit q->retrying(attempts, int(delay), e);
            schedule(delay, [this] { attempt(); });
            return;
        }
        if (attempts > 1)
            e.message += u" (after "_s + QString::number(attempts) + u" attempts)"_s;
        finish(ApiResult<HttpReplyData>::failure(std::move(e)));
    }

    void onRateLimited(const HttpReplyData &data)
    {
        const std::optional<int> retryAfter
            = HttpClient::parseRetryAfter(data.header("retry-after"), QDateTime::currentDateTimeUtc());
        const qint64 delayMs = retryAfter ? qint64(*retryAfter) * 1000 : policy().defaultRateLimitDelayMs;
        const std::shared_ptr<CallBudget> &budget = client->d->budget;
        if (budget)
            budget->holdOff(delayMs); // every client of this account backs off, not only this call

        ApiError e
            = error(ApiError::Kind::RateLimited,
                    u"the source is rate limiting (HTTP 429)"_s
                        + (retryAfter ? u"; retry after "_s + QString::number(*retryAfter) + u" s"_s : QString()),
                    429);
        e.retryAfterSeconds = int((delayMs + 999) / 1000);
        if (rateLimitRetries < policy().maxRateLimitRetries && delayMs <= policy().maxRateLimitWaitMs && idempotent()) {
            ++rateLimitRetries;
            qCInfo(lcNet).noquote() << e.message << "- waiting" << delayMs << "ms";
            const bool budgetWaits = budget && budget->limits().callsPerHour > 0;
            const qint64 wait = budgetWaits ? 0 : scaled(delayMs);
            emit q->retrying(attempts, int(budgetWaits ? scaled(delayMs) : wait), e);
            if (budgetWaits)
                extraBudgetWaitMs = delayMs + 1000; // the budget's hold is the wait
            schedule(wait, [this] { attempt(); });
            return;
        }
        finish(ApiResult<HttpReplyData>::failure(std::move(e)));
    }

    void onTimeout()
    {
        if (reply) {
            timedOut = true;
            reply->abort(); // finished() follows, with the timeout flag set
        }
    }

    void cancel()
    {
        if (finished)
            return;
        if (reserved && client->d->budget)
            client->d->budget->refund(call.endpoint);
        reserved = false;
        finish(ApiResult<HttpReplyData>::failure(error(ApiError::Kind::Canceled, u"canceled"_s)));
    }

    void finish(ApiResult<HttpReplyData> result)
    {
        finished = true;
        timeout.stop();
        wait.stop();
        if (QNetworkReply *r = reply) {
            reply = nullptr;
            r->abort();
        }
        if (!result.ok())
            qCDebug(lcNet).noquote() << result.error.message;
        QMetaObject::invokeMethod(
            q,
            [this, result = std::move(result)] {
                const Done callback = std::move(done);
                q->deleteLater();
                if (callback)
                    callback(result);
            },
            Qt::QueuedConnection);
    }

    // The client goes away: no callback, no more network.
    void detach()
    {
        finished = true;
        timeout.stop();
        wait.stop();
        if (QNetworkReply *r = reply) {
            reply = nullptr;
            QObject::disconnect(r, nullptr, q, nullptr);
            r->abort();
        }
    }
};

HttpJob::HttpJob(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->timeout.setSingleShot(true);
    d->wait.setSingleShot(true);
    connect(&d->timeout, &QTimer::timeout, this, [this] { d->onTimeout(); });
}

HttpJob::~HttpJob() = default;

void HttpJob::cancel()
{
    d->cancel();
}

bool HttpJob::isFinished() const
{
    return d->finished;
}

const HttpCall &HttpJob::call() const
{
    return d->call;
}

HttpClient::HttpClient(const QString &sourceName, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->sourceName = sourceName;
    d->manager = new QNetworkAccessManager(this);
    // Redirects only to as-safe places (never https -> http); the default,
    // stated because cnMaestro Cloud and tenants behind proxies redirect.
    d->manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient()
{
    const QList<HttpJob *> jobs = findChildren<HttpJob *>(Qt::FindDirectChildrenOnly);
    for (HttpJob *job : jobs)
        job->d->detach();
    delete d->manager;
}

void HttpClient::setMaxBodyBytes(qint64 bytes)
{
    d->maxBodyBytes = bytes > 0 ? bytes : DefaultMaxBodyBytes;
}

QString HttpClient::sourceName() const
{
    return d->sourceName;
}

void HttpClient::setDefaultTimeoutMs(int ms)
{
    d->defaultTimeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

int HttpClient::defaultTimeoutMs() const
{
    return d->defaultTimeoutMs;
}

void HttpClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
    d->policy.maxAttempts = std::max(1, policy.maxAttempts);
}

const RetryPolicy &HttpClient::retryPolicy() const
{
    return d->policy;
}

void HttpClient::setBudget(std::shared_ptr<CallBudget> budget)
{
    d->budget = std::move(budget);
}

std::shared_ptr<CallBudget> HttpClient::budget() const
{
    return d->budget;
}

void HttpClient::setTlsExceptions(const TlsExceptionList &exceptions)
{
    d->tlsExceptions = exceptions;
}

TlsExceptionList HttpClient::tlsExceptions() const
{
    return d->tlsExceptions;
}

HttpJob *HttpClient::send(const HttpCall &call, HttpJob::Done done)
{
    auto *job = new HttpJob(this);
    HttpJob::Private &j = *job->d;
    j.client = this;
    j.call = call;
    j.call.method = call.method.toUpper();
    if (j.call.timeoutMs <= 0)
        j.call.timeoutMs = d->defaultTimeoutMs;
    if (j.call.endpoint.isEmpty())
        j.call.endpoint = call.url.path().section(u'/', -1);
    j.done = std::move(done);
    j.url = call.url;
    if (!call.query.isEmpty()) {
        QUrlQuery merged(call.url);
        const auto items = call.query.queryItems(QUrl::FullyEncoded);
        for (const auto &[key, value] : items)
            merged.addQueryItem(key, value);
        j.url.setQuery(merged);
    }
    j.start();
    return job;
}

void HttpClient::cancelAll()
{
    const QList<HttpJob *> jobs = findChildren<HttpJob *>(Qt::FindDirectChildrenOnly);
    for (HttpJob *job : jobs)
        job->cancel();
}

std::optional<int> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(int(std::min<qint64>(seconds, 86'400 * 7))) : std::nullopt;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT" (Qt wants the zone as an offset).
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT"_s) || date.endsWith(u" UTC"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(at), 0, 86'400 * 7));
}

} // namespace Beholder
