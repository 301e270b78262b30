// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP server, checked on the wire with raw sockets on
// 127.0.0.1: parsing, routing, keep-alive and pipelining, and every fault the
// client tests rely on (what exactly reaches the client, and when the
// connection ends). One check runs through QNetworkAccessManager, the client
// the product uses.
#include "simulator/http/httpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 20'000; // only a broken server ever reaches it

// A client socket that records everything it receives.
class RawClient final
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            received += socket.readAll();
            ++reads;
        });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { disconnected = true; });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                         [this](QAbstractSocket::SocketError e) { error = e; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    QTcpSocket socket;
    QByteArray received;
    int reads = 0;
    bool disconnected = false;
    std::optional<QAbstractSocket::SocketError> error;
};

struct Reply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qsizetype size = 0; // bytes of the whole response on the wire
};

// Parses the first complete response in `data` (nullopt while incomplete).
std::optional<Reply> parseReply(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    Reply reply;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    reply.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = reply.headers.value("content-length").toLongLong();
    if (data.size() < headerEnd + 4 + length)
        return std::nullopt;
    reply.body = data.mid(headerEnd + 4, length);
    reply.size = headerEnd + 4 + length;
    return reply;
}

// Runs the event loop until `condition` holds (checked after every event
// batch) or WaitMs pass. Unlike QTRY_* it never sleeps between checks, so a
// server that sends one byte per timer tick is not slowed down by the test.
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

// Waits for one complete response on `client` and returns it.
std::optional<Reply> waitReply(RawClient &client)
{
    waitUntil([&client] { return parseReply(client.received).has_value() || client.disconnected; });
    return parseReply(client.received);
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET "_ba + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba + extraHeaders + "\r\n"_ba;
}

QByteArray post(const QByteArray &target, const QByteArray &body)
{
    return "POST "_ba + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "_ba
        + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
}

HttpResponse okJson()
{
    return HttpResponse::json(QJsonDocument(QJsonObject{{u"status"_s, true}, {u"response"_s, u"fine"_s}}));
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void handlerSeesPathQueryHeadersAndBody();
    void chunkedRequestBodyIsAssembled();
    void expectContinueIsAnswered();
    void keepAliveServesSeveralRequestsOnOneConnection();
    void pipelinedRequestsAreAnsweredInOrder();
    void connectionCloseAndHttp10CloseAfterTheAnswer();
    void mostSpecificRouteWins();
    void unknownPathIs404AndWrongMethodIs405();
    void malformedRequestIs400AndCloses();
    void oversizedHeaderIs431AndOversizedBodyIs413();
    void requestCountsByExactPathAndPrefix();

    void forcedStatusReplacesTheHandler();
    void tooManyRequestsWithAndWithoutRetryAfter();
    void malformedJsonIsNotJson();
    void truncatedBodyAnnouncesTheFullLengthThenCloses();
    void resetConnectionSendsNothing();
    void dripBytesSendsTheAnswerInPieces();
    void neverAnswerKeepsTheConnectionSilent();
    void latencyDelaysTheAnswer();
    void closeConnectionAnswersThenCloses();
    void remainingLimitsHowManyRequestsAFaultHits();
    void mostSpecificFaultWinsAndClearFaultsRemovesAll();

    void closeDropsConnectionsAndRefusesNew();
    void worksWithQNetworkAccessManagerFromAnotherThread();

private:
    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_seen; // requests the default handler received
};

void TestHttpServer::initTestCase()
{
    Test::isolateFromUserData();
}

void TestHttpServer::init()
{
    m_seen.clear();
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_server->route("GET", u"/api/echo"_s, [this](const HttpRequest &request) {
        m_seen.append(request);
        return okJson();
    });
    m_server->route("POST", u"/api/echo"_s, [this](const HttpRequest &request) {
        m_seen.append(request);
        return HttpResponse::text(request.body, 201);
    });
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::handlerSeesPathQueryHeadersAndBody()
{
    RawClient client(m_server->port());
    client.send("POST /api/%65cho?limit=500&offset=1000&name=P%C3%A9rez HTTP/1.1\r\nHost: x\r\n"
                "X-Token: secret\r\nContent-Length: 11\r\n\r\nhello world"_ba);
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->body, "hello world"_ba);
    QCOMPARE(reply->headers.value("content-type"), "text/plain; charset=utf-8"_ba);
    QCOMPARE(reply->headers.value("connection"), "keep-alive"_ba);

    QCOMPARE(m_seen.size(), 1);
    const HttpRequest &request = m_seen.first();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, u"/api/echo"_s);
    QCOMPARE(request.query.queryItemValue(u"limit"_s), u"500"_s);
    QCOMPARE(request.query.queryItemValue(u"offset"_s), u"1000"_s);
    QCOMPARE(request.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"Pérez"_s);
    QCOMPARE(request.header("X-TOKEN"), "secret"_ba);
    QCOMPARE(request.headers.value("x-token"), "secret"_ba);
    QCOMPARE(request.body, "hello world"_ba);
}

void TestHttpServer::chunkedRequestBodyIsAssembled()
{
    RawClient client(m_server->port());
    client.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5;ext=1\r\nhello\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(client.socket.state() == QAbstractSocket::ConnectedState, WaitMs);
    client.send("6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"_ba);
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->body, "hello world"_ba);
}

void TestHttpServer::expectContinueIsAnswered()
{
    RawClient client(m_server->port());
    client.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), WaitMs);
    client.received.clear();
    client.send("abc"_ba);
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->body, "abc"_ba);
}

void TestHttpServer::keepAliveServesSeveralRequestsOnOneConnection()
{
    RawClient client(m_server->port());
    for (int i = 0; i < 3; ++i) {
        client.received.clear();
        client.send(get("/api/echo?page="_ba + QByteArray::number(i)));
        const auto reply = waitReply(client);
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->size, client.received.size());
    }
    QVERIFY(!client.disconnected);
    QCOMPARE(m_seen.size(), 3);
    QCOMPARE(m_server->requestCount(u"/api/echo"_s), 3);
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    RawClient client(m_server->port());
    // The first is slow, so the answers would come out of order if the server did not queue them.
    HttpFault slow;
    slow.latencyMs = 50;
    slow.remaining = 1;
    m_server->setFault(u"/api/echo"_s, slow);
    client.send(post("/api/echo", "first"_ba) + post("/api/echo", "second"_ba) + post("/api/echo", "third"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(m_seen.size() == 3 && client.received.count("HTTP/1.1 201") == 3, WaitMs);
    QByteArray data = client.received;
    for (const QByteArray &expected : {"first"_ba, "second"_ba, "third"_ba}) {
        const auto reply = parseReply(data);
        QVERIFY(reply);
        QCOMPARE(reply->body, expected);
        data.remove(0, reply->size);
    }
    QVERIFY(data.isEmpty());
}

void TestHttpServer::connectionCloseAndHttp10CloseAfterTheAnswer()
{
    RawClient closing(m_server->port());
    closing.send(get("/api/echo", "Connection: close\r\n"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(closing.disconnected, WaitMs);
    auto reply = parseReply(closing.received);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->headers.value("connection"), "close"_ba);

    RawClient old(m_server->port());
    old.send("GET /api/echo HTTP/1.0\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(old.disconnected, WaitMs);
    reply = parseReply(old.received);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);

    RawClient oldKeepAlive(m_server->port());
    oldKeepAlive.send("GET /api/echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba);
    reply = waitReply(oldKeepAlive);
    QVERIFY(reply);
    QCOMPARE(reply->headers.value("connection"), "keep-alive"_ba);
    QVERIFY(!oldKeepAlive.disconnected);
}

void TestHttpServer::mostSpecificRouteWins()
{
    m_server->route("GET", u"/api/*"_s, [](const HttpRequest &) { return HttpResponse::text("prefix"_ba); });
    m_server->route("GET", u"/api/onu/*"_s, [](const HttpRequest &) { return HttpResponse::text("onu prefix"_ba); });
    m_server->route("GET", u"/api/onu/get_onu_signal/*"_s,
                    [](const HttpRequest &r) { return HttpResponse::text(r.path.section(u'/', -1).toUtf8()); });
    m_server->route("GET", u"/api/onu/*"_s, [](const HttpRequest &) { return HttpResponse::text("replaced"_ba); });

    const QList<QPair<QByteArray, QByteArray>> cases = {
        {"/api/echo", R"({"response":"fine","status":true})"_ba}, // exact beats the prefix of the same root
        {"/api/other", "prefix"_ba},
        {"/api/onu/get_onus_statuses", "replaced"_ba}, // route() with the same method and pattern replaces
        {"/api/onu/get_onu_signal/HWTC1234", "HWTC1234"_ba},
    };
    for (const auto &[target, body] : cases) {
        RawClient client(m_server->port());
        client.send(get(target));
        const auto reply = waitReply(client);
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->body, body);
    }
}

void TestHttpServer::unknownPathIs404AndWrongMethodIs405()
{
    RawClient client(m_server->port());
    client.send(get("/nowhere"));
    auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QVERIFY(QJsonDocument::fromJson(reply->body).isObject());

    client.received.clear();
    client.send("DELETE /api/echo HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
    reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 405);
    QCOMPARE(reply->headers.value("allow"), "GET, POST"_ba);
    QVERIFY(!client.disconnected); // client errors keep the connection
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::malformedRequestIs400AndCloses()
{
    const QList<QByteArray> garbage = {
        "HELLO\r\n\r\n"_ba,
        "GET /api/echo SMTP/1.0\r\n\r\n"_ba,
        "GET /api/echo HTTP/1.1\r\nno colon here\r\n\r\n"_ba,
        "POST /api/echo HTTP/1.1\r\nContent-Length: -3\r\n\r\n"_ba,
        "POST /api/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba,
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), // a TLS ClientHello: no blank line ever comes
    };
    for (const QByteArray &bytes : garbage) {
        RawClient client(m_server->port());
        client.send(bytes);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, WaitMs);
        const auto reply = parseReply(client.received);
        QVERIFY2(reply, bytes.constData());
        QCOMPARE(reply->status, 400);
    }
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::oversizedHeaderIs431AndOversizedBodyIs413()
{
    RawClient header(m_server->port());
    header.send("GET /api/echo HTTP/1.1\r\nX-Big: "_ba + QByteArray(HttpServer::MaxHeaderBytes + 10, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(header.disconnected, WaitMs);
    auto reply = parseReply(header.received);
    QVERIFY(reply);
    QCOMPARE(reply->status, 431);

    RawClient body(m_server->port());
    body.send("POST /api/echo HTTP/1.1\r\nContent-Length: "_ba + QByteArray::number(HttpServer::MaxBodyBytes + 1)
              + "\r\n\r\nabc"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(body.disconnected, WaitMs);
    reply = parseReply(body.received);
    QVERIFY(reply);
    QCOMPARE(reply->status, 413);
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::requestCountsByExactPathAndPrefix()
{
    RawClient client(m_server->port());
    client.send(get("/api/echo") + get("/api/echo?x=1") + get("/api/missing") + get("/other"));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.count("HTTP/1.1 ") == 4, WaitMs);
    QCOMPARE(m_server->requestCount(u"/api/echo"_s), 2);
    QCOMPARE(m_server->requestCount(u"/api/missing"_s), 1); // 404s are counted too
    QCOMPARE(m_server->requestCount(u"/api/*"_s), 3);
    QCOMPARE(m_server->requestCount(u"*"_s), 4);
    QCOMPARE(m_server->requestCount(u"/api"_s), 0);
    m_server->clearRequestCounts();
    QCOMPARE(m_server->requestCount(u"*"_s), 0);
}

void TestHttpServer::forcedStatusReplacesTheHandler()
{
    for (const int status : {500, 502, 503, 401, 403, 400}) {
        HttpFault fault;
        fault.status = status;
        m_server->setFault(u"/api/echo"_s, fault);
        RawClient client(m_server->port());
        client.send(get("/api/echo"));
        const auto reply = waitReply(client);
        QVERIFY(reply);
        QCOMPARE(reply->status, status);
        QVERIFY(QJsonDocument::fromJson(reply->body).isObject());
        QVERIFY(!reply->headers.contains("retry-after"));
    }
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::tooManyRequestsWithAndWithoutRetryAfter()
{
    HttpFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 7;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient with(m_server->port());
    with.send(get("/api/echo"));
    auto reply = waitReply(with);
    QVERIFY(reply);
    QCOMPARE(reply->status, 429);
    QCOMPARE(reply->headers.value("retry-after"), "7"_ba);

    fault.retryAfterSeconds = -1;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient without(m_server->port());
    without.send(get("/api/echo"));
    reply = waitReply(without);
    QVERIFY(reply);
    QCOMPARE(reply->status, 429);
    QVERIFY(!reply->headers.contains("retry-after"));
}

void TestHttpServer::malformedJsonIsNotJson()
{
    HttpFault fault;
    fault.malformedJson = true;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo"));
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->headers.value("content-type"), "application/json"_ba);
    QJsonParseError error;
    QJsonDocument::fromJson(reply->body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_seen.size(), 1); // the handler ran; only its body was spoiled
    QVERIFY(!client.disconnected);
}

void TestHttpServer::truncatedBodyAnnouncesTheFullLengthThenCloses()
{
    HttpFault fault;
    fault.truncateBody = true;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo"));
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, WaitMs);
    QVERIFY(!parseReply(client.received)); // incomplete
    const qsizetype headerEnd = client.received.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray full = okJson().body;
    QVERIFY(client.received.contains(QByteArray("Content-Length: "_ba + QByteArray::number(full.size()))));
    QCOMPARE(client.received.mid(headerEnd + 4), full.left(full.size() / 2));
}

void TestHttpServer::resetConnectionSendsNothing()
{
    HttpFault fault;
    fault.resetConnection = true;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo"));
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, WaitMs);
    QVERIFY(client.received.isEmpty());
    QVERIFY(client.error.has_value());
    QVERIFY(m_seen.isEmpty());
}

void TestHttpServer::dripBytesSendsTheAnswerInPieces()
{
    HttpFault fault;
    fault.dripBytes = true;
    fault.dripIntervalMs = 3;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo") + get("/api/echo"));
    QVERIFY(waitUntil([&client] { return !client.received.isEmpty(); }));
    QVERIFY(!parseReply(client.received)); // the first piece is not the whole answer
    QVERIFY(waitUntil(
        [&client] { return client.received.count("HTTP/1.1 200") == 2 && client.received.endsWith("true}"); }));
    const auto reply = parseReply(client.received);
    QVERIFY(reply);
    QCOMPARE(reply->body, okJson().body);
    QVERIFY(client.reads > 2);
    QVERIFY(!client.disconnected);
}

void TestHttpServer::neverAnswerKeepsTheConnectionSilent()
{
    HttpFault fault;
    fault.neverAnswer = true;
    fault.remaining = 1;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient silent(m_server->port());
    silent.send(get("/api/echo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"/api/echo"_s), 1, WaitMs);

    // A round trip on another connection after the silent request was taken:
    // the server has had every chance to answer the first one.
    RawClient other(m_server->port());
    other.send(get("/api/echo"));
    const auto reply = waitReply(other);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    silent.send(get("/api/echo")); // further requests on the silent connection are ignored too
    other.received.clear();
    other.send(get("/api/echo"));
    QVERIFY(waitReply(other));
    QCOMPARE(m_server->requestCount(u"/api/echo"_s), 3);

    QVERIFY(silent.received.isEmpty());
    QVERIFY(!silent.disconnected);
    QCOMPARE(silent.socket.state(), QAbstractSocket::ConnectedState);
}

void TestHttpServer::latencyDelaysTheAnswer()
{
    HttpFault fault;
    fault.latencyMs = 300;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, WaitMs);
    QElapsedTimer clock;
    clock.start();
    client.send(get("/api/echo"));
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    // A lower bound only: precise timers never fire early.
    QVERIFY2(clock.elapsed() >= fault.latencyMs, QByteArray::number(clock.elapsed()).constData());
}

void TestHttpServer::closeConnectionAnswersThenCloses()
{
    HttpFault fault;
    fault.closeConnection = true;
    m_server->setFault(u"/api/echo"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo"));
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, WaitMs);
    const auto reply = parseReply(client.received);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->headers.value("connection"), "close"_ba);
    QCOMPARE(reply->body, okJson().body);
}

void TestHttpServer::remainingLimitsHowManyRequestsAFaultHits()
{
    HttpFault fault;
    fault.status = 503;
    fault.remaining = 2;
    m_server->setFault(u"/api/*"_s, fault);
    RawClient client(m_server->port());
    client.send(get("/api/echo") + get("/api/echo") + get("/api/echo") + get("/api/echo"));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.count("HTTP/1.1 ") == 4, WaitMs);
    QList<int> statuses;
    QByteArray data = client.received;
    while (const auto reply = parseReply(data)) {
        statuses.append(reply->status);
        data.remove(0, reply->size);
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200, 200}));

    // remaining = 0 clears the fault of that pattern.
    m_server->setFault(u"/api/*"_s, fault);
    fault.remaining = 0;
    m_server->setFault(u"/api/*"_s, fault);
    client.received.clear();
    client.send(get("/api/echo"));
    const auto reply = waitReply(client);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
}

void TestHttpServer::mostSpecificFaultWinsAndClearFaultsRemovesAll()
{
    HttpFault broad;
    broad.status = 500;
    HttpFault specific;
    specific.status = 401;
    m_server->setFault(u"*"_s, broad);
    m_server->setFault(u"/api/echo"_s, specific);
    m_server->route("GET", u"/api/other"_s, [](const HttpRequest &) { return okJson(); });

    RawClient client(m_server->port());
    client.send(get("/api/echo") + get("/api/other"));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.count("HTTP/1.1 ") == 2, WaitMs);
    auto first = parseReply(client.received);
    QVERIFY(first);
    QCOMPARE(first->status, 401);
    const auto second = parseReply(client.received.mid(first->size));
    QVERIFY(second);
    QCOMPARE(second->status, 500);

    m_server->clearFaults();
    client.received.clear();
    client.send(get("/api/echo"));
    first = waitReply(client);
    QVERIFY(first);
    QCOMPARE(first->status, 200);
}

void TestHttpServer::closeDropsConnectionsAndRefusesNew()
{
    RawClient client(m_server->port());
    client.send(get("/api/echo"));
    QVERIFY(waitReply(client));
    const quint16 port = m_server->port();
    m_server->close();
    QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, WaitMs);

    RawClient refused(port);
    QTRY_VERIFY_WITH_TIMEOUT(refused.error.has_value(), WaitMs);
    QCOMPARE(*refused.error, QAbstractSocket::ConnectionRefusedError);
}

void TestHttpServer::worksWithQNetworkAccessManagerFromAnotherThread()
{
    // The simulator runs its servers in a thread of their own.
    m_server.reset();
    QThread thread;
    auto *server = new HttpServer;
    server->route("GET", u"/api/customers/*"_s, [](const HttpRequest &request) {
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"path"_s, request.path}}));
    });
    server->moveToThread(&thread);
    connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();
    // Stops the thread however the test ends (a failed QVERIFY returns early).
    const auto stop = qScopeGuard([&thread] {
        thread.quit();
        thread.wait(WaitMs);
    });
    bool listening = false;
    QUrl base;
    QMetaObject::invokeMethod(
        server,
        [server, &listening, &base] {
            listening = server->listen();
            base = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    QCOMPARE(base.host(), u"127.0.0.1"_s);

    HttpFault fault;
    fault.status = 503;
    fault.remaining = 1;
    server->setFault(u"/api/customers/*"_s, fault); // thread-safe

    QNetworkAccessManager manager;
    QStringList bodies;
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        QUrl url = base;
        url.setPath(u"/api/customers/customers_list"_s);
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(WaitMs));
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        bodies.append(QString::fromUtf8(reply->readAll()));
        reply->deleteLater();
    }
    QCOMPARE(statuses, (QList<int>{503, 200, 200}));
    QCOMPARE(bodies.last(), uR"({"path":"/api/customers/customers_list"})"_s);
    QCOMPARE(server->requestCount(u"/api/customers/*"_s), 3);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
