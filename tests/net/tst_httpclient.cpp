// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against the simulator's HTTP server on 127.0.0.1: timeouts,
// retries with backoff (5xx, resets, cut bodies; never 4xx), 429 with and
// without Retry-After, cancellation, the call budget, and error messages
// that name the source and endpoint but never a secret. Waits are scaled
// down (RetryPolicy::timeScale), so nothing sleeps for real seconds.
#include "net/callbudget.h"
#include "net/httpclient.h"
#include "simulator/http/httpserver.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <functional>
#include <memory>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 20'000; // only a broken client ever reaches it

bool waitUntil(const std::function<bool()> &condition)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(1);
    deadline.start(WaitMs);
    if (!condition())
        loop.exec();
    return condition();
}

struct Outcome
{
    int calls = 0;
    ApiResult<HttpReplyData> result;
    QList<int> retryDelays;
    QStringList retryReasons; // toString(kind): QTest cannot print an ApiError::Kind
};

// Sends `call` and waits for its one result.
std::shared_ptr<Outcome> run(HttpClient &client, const HttpCall &call)
{
    auto outcome = std::make_shared<Outcome>();
    HttpJob *job = client.send(call, [outcome](const ApiResult<HttpReplyData> &result) {
        ++outcome->calls;
        outcome->result = result;
    });
    QObject::connect(job, &HttpJob::retrying, job, [outcome](int, int delayMs, const ApiError &reason) {
        outcome->retryDelays.append(delayMs);
        outcome->retryReasons.append(toString(reason.kind));
    });
    waitUntil([outcome] { return outcome->calls > 0; });
    return outcome;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 8000;
    policy.defaultRateLimitDelayMs = 30'000;
    policy.maxRateLimitWaitMs = 120'000;
    policy.maxRateLimitRetries = 2;
    policy.timeScale = 0.001; // a 30 s wait takes 30 ms
    return policy;
}

// A throwaway self-signed certificate for 127.0.0.1 (EC P-256, valid to
// 2126), made for this test only: it protects nothing.
constexpr char TestKeyPem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgi1PAqzTmTe87SfOT
7l0teL6NXNFg9Y0F8eU5C5bn0gShRANCAATGyzroBCNwvkd2fwW+sOjSOWDwss2U
T8zL/qgG1+WPKlhCePrx2VeG5sHDSmk07UbCkUpr+ajx9dcdy13eYHEd
-----END PRIVATE KEY-----
)";
constexpr char TestCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBkTCCATagAwIBAgIUEkdgnbWRvk26RMMcuLqFoYiy6TEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTIyMzczM1oYDzIxMjYxMTAx
MjIzNzMzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATGyzroBCNwvkd2fwW+sOjSOWDwss2UT8zL/qgG1+WPKlhCePrx2VeG
5sHDSmk07UbCkUpr+ajx9dcdy13eYHEdo2QwYjAdBgNVHQ4EFgQUB/GZVTQ7StKG
nyM9gOmh4eOq07cwHwYDVR0jBBgwFoAUB/GZVTQ7StKGnyM9gOmh4eOq07cwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC
IQDLr0gYaH7m7qwAgOTn1XFRajw1UNwgOR8GdQRnDQKaQAIhAIQ0XVGWFXFNp+YY
WXSYB53U1aATb0TmJD6NN427nmwR
-----END CERTIFICATE-----
)";

// Answers every request with "ok" over TLS with the certificate above.
class SelfSignedHttpsServer final
{
public:
    SelfSignedHttpsServer()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(QByteArray(TestCertificatePem)));
        tls.setPrivateKey(QSslKey(QByteArray(TestKeyPem), QSsl::Ec));
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                        socket->disconnectFromHost();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        QUrl u;
        u.setScheme(u"https"_s);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(m_server.serverPort());
        u.setPath(path);
        return u;
    }

private:
    QSslServer m_server;
};

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void getReturnsStatusHeadersAndBody();
    void sendsMethodQueryHeadersAndBody();
    void timeoutWhenTheServerNeverAnswers();
    void timeoutCoversTheWholeAnswerNotJustSilence();
    void retriesServerErrorsWithBackoff_data();
    void retriesServerErrorsWithBackoff();
    void givesUpOnServerErrorsAfterTheBound();
    void retriesAConnectionReset();
    void neverRetriesClientErrors_data();
    void neverRetriesClientErrors();
    void postIsRetriedOnlyWhenIdempotent();
    void rateLimitWithRetryAfterIsHonoured();
    void rateLimitWithoutRetryAfterUsesTheDefault();
    void rateLimitGivesUpAfterTheBound();
    void rateLimitLongerThanTheMaximumIsNotWaited();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void truncatedBodyIsRetriedThenAProtocolError();
    void malformedBodyIsPassedThrough();
    void oversizedBodyIsRefused();
    void serverClosingKeepAliveIsHarmless();
    void connectionRefusedIsAConnectionError();
    void unknownHostIsADnsError();
    void tlsHandshakeFailureIsATlsError();
    void missingUrlIsAConfigError();
    void cancelStopsTheCallAndReportsCanceled();
    void cancelDuringBackoffSendsNothingMore();
    void cancelAllCancelsEveryCall();
    void destroyingTheClientDropsTheCallbacks();
    void budgetRefusalSendsNothing();
    void budgetWaitDelaysTheCall();
    void rateLimitHoldsTheSharedBudget();
    void messagesNameSourceAndEndpointButNoSecret();

private:
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;

    HttpCall call(const QString &path, const QString &endpoint = u"customers_list"_s) const
    {
        HttpCall c;
        c.url = m_server->baseUrl();
        c.url.setPath(path);
        c.endpoint = endpoint;
        c.timeoutMs = 5000;
        return c;
    }
};

void TestHttpClient::initTestCase()
{
    Test::isolateFromUserData();
}

void TestHttpClient::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("GET", u"/api/*"_s, [](const HttpRequest &request) {
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"path"_s, request.path}}));
    });
    m_server->route("POST", u"/api/*"_s, [](const HttpRequest &request) { return HttpResponse::text(request.body); });
    m_client = std::make_unique<HttpClient>(u"ISPCube"_s);
    m_client->setRetryPolicy(fastPolicy());
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestHttpClient::getReturnsStatusHeadersAndBody()
{
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QCOMPARE(outcome->calls, 1);
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    const HttpReplyData &reply = *outcome->result.value;
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, R"({"path":"/api/customers/customers_list"})"_ba);
    QCOMPARE(reply.header("CONTENT-TYPE"), "application/json"_ba);
    QCOMPARE(reply.attempts, 1);
}

void TestHttpClient::sendsMethodQueryHeadersAndBody()
{
    HttpRequest seen;
    m_server->route("PUT", u"/api/ticket/7"_s, [&seen](const HttpRequest &request) {
        seen = request;
        return HttpResponse::text("ok"_ba);
    });
    HttpCall c = call(u"/api/ticket/7"_s, u"ticket"_s);
    c.method = "put";
    c.url.setQuery(u"a=1"_s);
    c.query.addQueryItem(u"name"_s, u"Pérez & Hijos"_s);
    c.query.addQueryItem(u"offset"_s, u"500"_s);
    c.headers = {{"api-key"_ba, "K"_ba}, {"login-type"_ba, "api"_ba}};
    c.body = R"({"x":1})"_ba;
    c.contentType = "application/json";
    const auto outcome = run(*m_client, c);
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(seen.method, "PUT"_ba);
    QCOMPARE(seen.query.queryItemValue(u"a"_s), u"1"_s);
    QCOMPARE(seen.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"Pérez & Hijos"_s);
    QCOMPARE(seen.query.queryItemValue(u"offset"_s), u"500"_s);
    QCOMPARE(seen.header("api-key"), "K"_ba);
    QCOMPARE(seen.header("login-type"), "api"_ba);
    QCOMPARE(seen.header("content-type"), "application/json"_ba);
    QCOMPARE(seen.body, R"({"x":1})"_ba);
    QVERIFY(seen.header("user-agent").startsWith("Beholder/"));
}

void TestHttpClient::timeoutWhenTheServerNeverAnswers()
{
    HttpFault silent;
    silent.neverAnswer = true;
    m_server->setFault(u"/api/*"_s, silent);
    HttpCall c = call(u"/api/customers/customers_list"_s);
    c.timeoutMs = 200;
    const auto outcome = run(*m_client, c);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Timeout));
    QVERIFY2(outcome->result.error.message.contains(u"within 0.2 s"_s), qPrintable(outcome->result.error.message));
    QVERIFY(outcome->result.error.isTransient());
    // A timeout is worth another try: every attempt was sent.
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
    QCOMPARE(outcome->retryReasons, (QStringList{u"timeout"_s, u"timeout"_s}));
}

void TestHttpClient::timeoutCoversTheWholeAnswerNotJustSilence()
{
    // Bytes keep coming, but the whole answer takes far longer than the timeout.
    HttpFault drip;
    drip.dripBytes = true;
    drip.dripIntervalMs = 20;
    m_server->setFault(u"/api/*"_s, drip);
    RetryPolicy once = fastPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    HttpCall c = call(u"/api/customers/customers_list"_s);
    c.timeoutMs = 300;
    const auto outcome = run(*m_client, c);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Timeout));
}

void TestHttpClient::retriesServerErrorsWithBackoff_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestHttpClient::retriesServerErrorsWithBackoff()
{
    QFETCH(int, status);
    HttpFault fault;
    fault.status = status;
    fault.remaining = 2;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->result.value->attempts, 3);
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
    // Full jitter: each wait is random within a cap that doubles (1 s, 2 s; scaled by 0.001).
    QCOMPARE(outcome->retryDelays.size(), 2);
    QVERIFY(outcome->retryDelays.at(0) >= 0 && outcome->retryDelays.at(0) <= 1);
    QVERIFY(outcome->retryDelays.at(1) >= 0 && outcome->retryDelays.at(1) <= 2);
    QCOMPARE(outcome->retryReasons, (QStringList{u"http"_s, u"http"_s}));
}

void TestHttpClient::givesUpOnServerErrorsAfterTheBound()
{
    HttpFault fault;
    fault.status = 503;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    const ApiError &e = outcome->result.error;
    QCOMPARE(toString(e.kind), toString(ApiError::Kind::Http));
    QCOMPARE(e.httpStatus, 503);
    QVERIFY(e.isTransient());
    QVERIFY2(e.message.contains(u"HTTP 503"_s) && e.message.contains(u"after 3 attempts"_s), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"Simulated fault"_s), qPrintable(e.message)); // what the server said
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
}

void TestHttpClient::retriesAConnectionReset()
{
    HttpFault reset;
    reset.resetConnection = true;
    reset.remaining = 1;
    m_server->setFault(u"/api/*"_s, reset);
    auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 2);

    reset.remaining = -1;
    m_server->setFault(u"/api/*"_s, reset);
    outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Connection));
    QVERIFY(outcome->result.error.isTransient());
}

void TestHttpClient::neverRetriesClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::Http;
    QTest::newRow("404") << 404 << ApiError::Kind::Http;
    QTest::newRow("405") << 405 << ApiError::Kind::Http;
    QTest::newRow("422") << 422 << ApiError::Kind::Http;
    QTest::newRow("401") << 401 << ApiError::Kind::Auth;
    QTest::newRow("403") << 403 << ApiError::Kind::Auth;
}

void TestHttpClient::neverRetriesClientErrors()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    HttpFault fault;
    fault.status = status;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QCOMPARE(toString(outcome->result.error.kind), toString(kind));
    QCOMPARE(outcome->result.error.httpStatus, status);
    QVERIFY(!outcome->result.error.isTransient());
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 1);
    QVERIFY(outcome->retryDelays.isEmpty());
}

void TestHttpClient::postIsRetriedOnlyWhenIdempotent()
{
    HttpFault fault;
    fault.status = 502;
    m_server->setFault(u"/api/onu/reboot/*"_s, fault);
    HttpCall reboot = call(u"/api/onu/reboot/HWTC1"_s, u"reboot"_s);
    reboot.method = "POST";
    auto outcome = run(*m_client, reboot);
    QCOMPARE(outcome->result.error.httpStatus, 502);
    QCOMPARE(m_server->requestCount(u"/api/onu/reboot/*"_s), 1); // a reboot is never sent twice

    reboot.idempotent = true;
    m_server->clearRequestCounts();
    outcome = run(*m_client, reboot);
    QCOMPARE(m_server->requestCount(u"/api/onu/reboot/*"_s), 3);
}

void TestHttpClient::rateLimitWithRetryAfterIsHonoured()
{
    HttpFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 7;
    fault.remaining = 1;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->retryDelays, QList<int>{7}); // 7 s, scaled by 0.001
    QCOMPARE(outcome->retryReasons, QStringList{u"rate-limited"_s});
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 2);
}

void TestHttpClient::rateLimitWithoutRetryAfterUsesTheDefault()
{
    HttpFault fault;
    fault.status = 429;
    fault.remaining = 1;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->retryDelays, QList<int>{30}); // the 30 s default, scaled
}

void TestHttpClient::rateLimitGivesUpAfterTheBound()
{
    HttpFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 5;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    const ApiError &e = outcome->result.error;
    QCOMPARE(toString(e.kind), toString(ApiError::Kind::RateLimited));
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(e.retryAfterSeconds, 5);
    QVERIFY2(e.message.contains(u"retry after 5 s"_s), qPrintable(e.message));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3); // 1 + maxRateLimitRetries
}

void TestHttpClient::rateLimitLongerThanTheMaximumIsNotWaited()
{
    HttpFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 3600;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::RateLimited));
    QCOMPARE(outcome->result.error.retryAfterSeconds, 3600); // for the caller to schedule
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 1);
}

void TestHttpClient::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1: none
    QTest::newRow("seconds") << "120"_ba << 120;
    QTest::newRow("spaces") << " 5 "_ba << 5;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("date ahead") << "Wed, 18 Nov 2026 11:08:40 GMT"_ba << 120;
    QTest::newRow("date ahead, offset") << "Wed, 18 Nov 2026 08:09:40 -0300"_ba << 180;
    QTest::newRow("date past") << "Wed, 18 Nov 2026 11:00:00 GMT"_ba << 0;
    QTest::newRow("bad date") << "Wed, 41 Nov 2026 11:00:00 GMT"_ba << -1;
    QTest::newRow("negative") << "-3"_ba << -1;
    QTest::newRow("words") << "soon"_ba << -1;
    QTest::newRow("empty") << ""_ba << -1;
}

void TestHttpClient::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(Test::fixtureNow, Qt::UTC); // Wed 18 Nov 2026 11:06:40Z
    const std::optional<int> parsed = HttpClient::parseRetryAfter(value, now);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestHttpClient::truncatedBodyIsRetriedThenAProtocolError()
{
    HttpFault cut;
    cut.truncateBody = true;
    cut.remaining = 1;
    m_server->setFault(u"/api/*"_s, cut);
    auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->result.value->body, R"({"path":"/api/customers/customers_list"})"_ba);
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 2);

    cut.remaining = -1;
    m_server->setFault(u"/api/*"_s, cut);
    outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Protocol));
    QVERIFY2(outcome->result.error.message.contains(u"cut short"_s), qPrintable(outcome->result.error.message));
}

void TestHttpClient::malformedBodyIsPassedThrough()
{
    HttpFault fault;
    fault.malformedJson = true;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message)); // the parser's job, not the client's
    QVERIFY(outcome->result.value->body.contains("<<not json>>"));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 1);
}

void TestHttpClient::oversizedBodyIsRefused()
{
    m_server->route("GET", u"/api/huge"_s,
                    [](const HttpRequest &) { return HttpResponse::text(QByteArray(5000, 'x')); });
    m_client->setMaxBodyBytes(1000);
    const auto outcome = run(*m_client, call(u"/api/huge"_s, u"huge"_s));
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Protocol));
    QVERIFY2(outcome->result.error.message.contains(u"larger than"_s), qPrintable(outcome->result.error.message));
    QCOMPARE(m_server->requestCount(u"/api/huge"_s), 1); // not retried: it would be as large again
    // Below the limit all is well.
    m_client->setMaxBodyBytes(10'000);
    QVERIFY(run(*m_client, call(u"/api/huge"_s, u"huge"_s))->result.ok());
}

void TestHttpClient::serverClosingKeepAliveIsHarmless()
{
    HttpFault close;
    close.closeConnection = true;
    m_server->setFault(u"/api/*"_s, close);
    for (int i = 0; i < 3; ++i) {
        const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
        QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    }
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
}

void TestHttpClient::connectionRefusedIsAConnectionError()
{
    const HttpCall c = call(u"/api/customers/customers_list"_s);
    m_server->close();
    const auto outcome = run(*m_client, c);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Connection));
    QVERIFY2(outcome->result.error.message.contains(u"refused the connection"_s),
             qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->retryDelays.size(), 2);
}

void TestHttpClient::unknownHostIsADnsError()
{
    RetryPolicy once = fastPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    HttpCall c = call(u"/api/customers/customers_list"_s);
    c.url.setHost(u"beholder-test.invalid"_s); // RFC 6761: never resolves
    const auto outcome = run(*m_client, c);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Dns));
    QVERIFY2(outcome->result.error.message.contains(u"beholder-test.invalid"_s),
             qPrintable(outcome->result.error.message));
}

void TestHttpClient::tlsHandshakeFailureIsATlsError()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    RetryPolicy once = fastPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);

    // HTTPS to the plain HTTP server: no handshake at all.
    HttpCall plain = call(u"/api/customers/customers_list"_s);
    plain.url.setScheme(u"https"_s);
    auto outcome = run(*m_client, plain);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Tls));

    // A server with a self-signed certificate (an on-premises cnMaestro):
    // refused, unless its host is an explicit exception.
    SelfSignedHttpsServer https;
    QVERIFY(https.listen());
    HttpCall selfSigned = call(u"/api/v2/devices"_s, u"devices"_s);
    selfSigned.url = https.url(u"/api/v2/devices"_s);
    outcome = run(*m_client, selfSigned);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Tls));
    QVERIFY2(outcome->result.error.message.contains(u"the certificate is self-signed"_s),
             qPrintable(outcome->result.error.message));
    QVERIFY(!outcome->result.error.certificate.isNull());

    // An exception pinned to that certificate (tests/net/tst_tlspinning.cpp has the rest).
    TlsExceptionList exceptions;
    exceptions.add(TlsException::fromPeer(outcome->result.error.certificate, QDateTime::currentDateTimeUtc()));
    m_client->setTlsExceptions(exceptions);
    outcome = run(*m_client, selfSigned);
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(outcome->result.value->body, "ok"_ba);
}

void TestHttpClient::missingUrlIsAConfigError()
{
    HttpCall c;
    c.endpoint = u"customers_list"_s;
    const auto outcome = run(*m_client, c);
    QCOMPARE(toString(outcome->result.error.kind), toString(ApiError::Kind::Config));
}

void TestHttpClient::cancelStopsTheCallAndReportsCanceled()
{
    HttpFault silent;
    silent.neverAnswer = true;
    m_server->setFault(u"/api/*"_s, silent);
    int calls = 0;
    ApiError error;
    QPointer<HttpJob> job
        = m_client->send(call(u"/api/customers/customers_list"_s), [&](const ApiResult<HttpReplyData> &result) {
              ++calls;
              error = result.error;
          });
    QVERIFY(waitUntil([this] { return m_server->requestCount(u"/api/*"_s) == 1; }));
    job->cancel();
    QCOMPARE(calls, 0); // never from inside cancel()
    job->cancel();      // twice is harmless
    QVERIFY(waitUntil([&] { return calls > 0; }));
    QCOMPARE(toString(error.kind), toString(ApiError::Kind::Canceled));
    QVERIFY(waitUntil([&] { return job.isNull(); })); // the job cleans itself up
    QCOMPARE(calls, 1);
}

void TestHttpClient::cancelDuringBackoffSendsNothingMore()
{
    RetryPolicy slow = fastPolicy();
    slow.timeScale = 1.0;
    slow.baseDelayMs = 600'000; // the retry would wait minutes
    m_client->setRetryPolicy(slow);
    HttpFault fault;
    fault.status = 503;
    m_server->setFault(u"/api/*"_s, fault);
    int calls = 0;
    ApiError error;
    HttpJob *job
        = m_client->send(call(u"/api/customers/customers_list"_s), [&](const ApiResult<HttpReplyData> &result) {
              ++calls;
              error = result.error;
          });
    QSignalSpy retrying(job, &HttpJob::retrying);
    QVERIFY(retrying.wait(WaitMs));
    job->cancel();
    QVERIFY(waitUntil([&] { return calls > 0; }));
    QCOMPARE(toString(error.kind), toString(ApiError::Kind::Canceled));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 1);
}

void TestHttpClient::cancelAllCancelsEveryCall()
{
    HttpFault silent;
    silent.neverAnswer = true;
    m_server->setFault(u"/api/*"_s, silent);
    QStringList kinds;
    for (int i = 0; i < 3; ++i) {
        m_client->send(call(u"/api/customers/customers_list"_s),
                       [&](const ApiResult<HttpReplyData> &result) { kinds.append(toString(result.error.kind)); });
    }
    QVERIFY(waitUntil([this] { return m_server->requestCount(u"/api/*"_s) == 3; }));
    m_client->cancelAll();
    QVERIFY(waitUntil([&] { return kinds.size() == 3; }));
    QCOMPARE(kinds, QStringList(3, u"canceled"_s));
}

void TestHttpClient::destroyingTheClientDropsTheCallbacks()
{
    HttpFault slow;
    slow.latencyMs = 50;
    m_server->setFault(u"/api/*"_s, slow);
    bool called = false;
    m_client->send(call(u"/api/customers/customers_list"_s), [&](const ApiResult<HttpReplyData> &) { called = true; });
    QVERIFY(waitUntil([this] { return m_server->requestCount(u"/api/*"_s) == 1; }));
    m_client.reset();
    // Run the loop past the moment the answer comes back.
    HttpClient other(u"other"_s);
    const auto outcome = run(other, call(u"/api/customers/customers_list"_s));
    QVERIFY(outcome->result.ok());
    QVERIFY(!called);
}

void TestHttpClient::budgetRefusalSendsNothing()
{
    BudgetLimits limits;
    limits.callsPerHour = 1000;
    limits.endpointCallsPerHour = {{u"get_all_onus_details"_s, 3}};
    m_client->setBudget(std::make_shared<CallBudget>(limits));
    auto outcome = run(*m_client, call(u"/api/onu/get_all_onus_details"_s, u"get_all_onus_details"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    outcome = run(*m_client, call(u"/api/onu/get_all_onus_details"_s, u"get_all_onus_details"_s));
    const ApiError &e = outcome->result.error;
    QCOMPARE(toString(e.kind), toString(ApiError::Kind::Budget));
    QVERIFY(!e.isTransient());
    QVERIFY(e.retryAfterSeconds > 60);
    QVERIFY2(e.message.startsWith(u"ISPCube: get_all_onus_details: get_all_onus_details is limited to 3 calls"_s),
             qPrintable(e.message));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 1); // never sent: no 429 earned
}

void TestHttpClient::budgetWaitDelaysTheCall()
{
    auto now = std::make_shared<qint64>(0); // frozen: every call after the burst waits
    BudgetLimits limits;
    limits.callsPerHour = 3600;
    limits.burst = 1;
    auto budget = std::make_shared<CallBudget>(limits, [now] { return *now; });
    m_client->setBudget(budget);
    for (int i = 0; i < 3; ++i) {
        const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
        QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    }
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
    // Two calls went on credit: the next one waits behind them.
    QVERIFY(budget->snapshot().account.msUntilNext > 2000);

    // A canceled wait gives its call back.
    RetryPolicy slow = fastPolicy();
    slow.timeScale = 1.0;
    m_client->setRetryPolicy(slow);
    const qint64 before = budget->snapshot().account.msUntilNext;
    bool called = false;
    HttpJob *job = m_client->send(call(u"/api/customers/customers_list"_s),
                                  [&](const ApiResult<HttpReplyData> &) { called = true; });
    QVERIFY(budget->snapshot().account.msUntilNext > before);
    job->cancel();
    QVERIFY(waitUntil([&] { return called; }));
    QCOMPARE(budget->snapshot().account.msUntilNext, before);
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
}

void TestHttpClient::rateLimitHoldsTheSharedBudget()
{
    BudgetLimits limits;
    limits.callsPerHour = 1000;
    auto budget = std::make_shared<CallBudget>(limits);
    m_client->setBudget(budget);
    HttpFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 20;
    fault.remaining = 1;
    m_server->setFault(u"/api/*"_s, fault);
    const auto outcome = run(*m_client, call(u"/api/customers/customers_list"_s));
    QVERIFY2(outcome->result.ok(), qPrintable(outcome->result.error.message));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 2);
    // Another client of the same account now waits too (the hold is real time, not scaled).
    HttpClient sibling(u"SmartOLT"_s);
    sibling.setBudget(budget);
    RetryPolicy impatient = fastPolicy();
    impatient.maxBudgetWaitMs = 0;
    sibling.setRetryPolicy(impatient);
    const auto blocked = run(sibling, call(u"/api/customers/customers_list"_s));
    QCOMPARE(toString(blocked.get()->result.error.kind), toString(ApiError::Kind::Budget));
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 2);
}

void TestHttpClient::messagesNameSourceAndEndpointButNoSecret()
{
    HttpFault fault;
    fault.status = 401;
    m_server->setFault(u"/api/*"_s, fault);
    HttpCall c = call(u"/api/customers/customers_list"_s);
    c.headers = {{"Authorization"_ba, "Bearer 5|SECRETTOKEN"_ba}, {"api-key"_ba, "SECRETKEY"_ba}};
    c.query.addQueryItem(u"limit"_s, u"500"_s);
    const auto outcome = run(*m_client, c);
    const QString &message = outcome->result.error.message;
    QVERIFY2(message.startsWith(u"ISPCube: customers_list: "_s), qPrintable(message));
    QVERIFY(!message.contains(u"SECRET"_s));
    QVERIFY(!message.contains(u"limit=500"_s));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
