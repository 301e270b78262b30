// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP/1.1 server on QTcpServer for the simulated ISP and the tests.
// Not Qt HttpServer: the tests need to misbehave on purpose at the socket
// level (cut a body in the middle, reset the connection, drip bytes), which a
// high-level server does not allow.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QJsonDocument;

namespace Beholder::Sim {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path without the query: "/api/customers/customers_list"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After

    static HttpResponse json(const QJsonDocument &document, int status = 200);
    static HttpResponse text(const QByteArray &text, int status = 200);
};

// Misbehaviour injected for the requests whose path matches a pattern.
struct HttpFault
{
    int latencyMs = 0;            // wait before answering
    int status = 0;               // answer with this status instead of the handler's (e.g. 500, 401)
    int retryAfterSeconds = -1;   // with status 429: add Retry-After (omit when -1)
    bool malformedJson = false;   // send a body that is not valid JSON
    bool truncateBody = false;    // announce the full Content-Length, send half, close
    bool resetConnection = false; // abort the TCP connection instead of answering
    bool dripBytes = false;       // send the answer one byte at a time
    int dripIntervalMs = 2;
    bool neverAnswer = false;     // keep the connection open and silent (client timeouts)
    bool closeConnection = false; // answer normally with "Connection: close", then close (stale keep-alive)
    int remaining = -1;           // how many matching requests it applies to; -1 = all
};

// Thread affinity: the server, its sockets and the handlers live in the thread
// that owns the HttpServer (move it with moveToThread() before listen()).
// setFault(), clearFaults(), requestCount() and clearRequestCounts() are
// thread-safe, so a test or the demo UI can inject faults from another thread.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // HTTPS with this certificate and key (an on-premises server's self-signed
    // pair, for the TLS tests): call before listen(). A later call takes effect
    // at the next listen(), so a test can restart the "same" server with another
    // certificate. A null certificate goes back to plain HTTP.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const;

    // Listens on 127.0.0.1 by default, on an ephemeral port when port is 0.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" ("https://..." with TLS)
    // Stops listening and drops every open connection (a server that went away).
    void close();

    // `pattern` is an exact path or a prefix ending in '*'. The most specific
    // (longest) pattern wins; unknown paths get 404, a known path with another
    // method 405.
    void route(const QByteArray &method, const QString &pattern, Handler handler);

    void setFault(const QString &pattern, const HttpFault &fault);
    void clearFaults();

    // Requests received whose path matches `pattern` (for tests: how many
    // logins, pages, retries).
    int requestCount(const QString &pattern) const;
    void clearRequestCounts();

    // Limits that protect the server from a broken client: a larger header
    // block gets 431, a larger body 413, and the connection is closed.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

private:
    void makeServer();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Beholder::Sim
