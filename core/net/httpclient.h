// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Beholder talks HTTP to a source: asynchronous, with a timeout
// on every request, cancellation, bounded retries with backoff, Retry-After,
// the account's call budget, and errors an operator can read. Bodies are
// returned as bytes: the caller parses them in its own (worker) thread.
#pragma once

#include "net/apierror.h"
#include "net/tlsexception.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QDateTime;
class QNetworkAccessManager;

namespace Beholder {

class CallBudget;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpCall
{
    QByteArray method = "GET";
    QUrl url;               // the query may be in the URL, in `query`, or both
    QUrlQuery query;        // added to the URL's own query
    HttpHeaders headers;    // names as sent; values may be secrets (never logged)
    QByteArray body;        // sent as is
    QByteArray contentType; // for the body
    // Short name for messages and the budget: "customers_list", "get_onu_signal".
    QString endpoint;
    int timeoutMs = 0; // until the reply is complete; 0 = the client's default
    // Whether repeating the call is harmless. GET, HEAD, PUT and DELETE are;
    // a POST only when the caller says so (a login, not a reboot).
    std::optional<bool> idempotent;
};

struct HttpReplyData
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    int attempts = 0; // requests sent for this call (1 = no retry)

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

struct RetryPolicy
{
    // Attempts in all for network errors, timeouts and 5xx (4xx never retries).
    int maxAttempts = 4;
    // Full-jitter exponential backoff: wait random(0, min(max, base * 2^n)).
    int baseDelayMs = 500;
    int maxDelayMs = 30'000;
    // 429: retries, and how long one wait may be. A Retry-After longer than
    // maxRateLimitWaitMs is not waited for: the call fails as RateLimited
    // with the server's Retry-After, for the caller to schedule.
    int maxRateLimitRetries = 2;
    int defaultRateLimitDelayMs = 30'000; // 429 without Retry-After
    int maxRateLimitWaitMs = 120'000;
    // How long a call may wait for the call budget before it is refused.
    int maxBudgetWaitMs = 60'000;
    // Multiplies every wait above (backoff, Retry-After, budget): tests set
    // 0.001 so that nothing waits seconds. Timeouts are not scaled.
    double timeScale = 1.0;
};

// One call in progress. Owned by its HttpClient, deleted after it finishes;
// hold it in a QPointer.
class HttpJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)

public:
    using Done = std::function<void(const ApiResult<HttpReplyData> &result)>;

    // Finishes the call with Kind::Canceled (reported asynchronously, like
    // every result); nothing else is sent for it.
    void cancel();
    bool isFinished() const;
    const HttpCall &call() const;

signals:
    // Before each wait for a retry: why, and how long (already scaled).
    void retrying(int attempt, int delayMs, const Beholder::ApiError &reason);

private:
    friend class HttpClient;
    struct Private;
    explicit HttpJob(QObject *parent);
    ~HttpJob() override;
    std::unique_ptr<Private> d;
};

class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    // `sourceName` starts every error message ("ISPCube", "SmartOLT").
    explicit HttpClient(const QString &sourceName, QObject *parent = nullptr);
    ~HttpClient() override;

    QString sourceName() const;

    void setDefaultTimeoutMs(int ms); // 30 s unless set
    int defaultTimeoutMs() const;
    // A larger answer is cut off and reported as Kind::Protocol, so a broken
    // or hostile server cannot fill the memory. 512 MiB unless set: SmartOLT
    // sends every ONU of an account in one body (~3 KB each).
    void setMaxBodyBytes(qint64 bytes);
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const;

    // Every call first takes a token from the budget (account-wide, plus the
    // call's endpoint bucket if it has one). nullptr = no budget.
    void setBudget(std::shared_ptr<CallBudget> budget);
    std::shared_ptr<CallBudget> budget() const;

    // TLS certificate errors are fatal unless an exception for the URL's host
    // and port pins the very certificate the server presents (an on-premises
    // cnMaestro with a self-signed certificate). Accepting is logged; a refusal
    // is Kind::Tls with the reason and ApiError::certificate filled in, and a
    // certificate that differs from the pinned one is refused as "changed".
    void setTlsExceptions(const TlsExceptionList &exceptions);
    TlsExceptionList tlsExceptions() const;

    // Sends `call`; `done` runs exactly once, later, in this thread, unless
    // the client is destroyed first (then never).
    HttpJob *send(const HttpCall &call, HttpJob::Done done);
    // Cancels every call in progress.
    void cancelAll();

    // For tests and messages: Retry-After as seconds (delta or HTTP date).
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Private;
    std::unique_ptr<Private> d;
    friend class HttpJob;
};

} // namespace Beholder
