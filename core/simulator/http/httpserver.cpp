// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/1.1 on a QTcpServer: request parsing (Content-Length and chunked
// bodies, keep-alive, pipelining), routing, and the faults the tests inject
// at the socket level. One Connection per socket answers one request at a
// time, in order, as HTTP/1.1 requires of pipelined requests.
#include "httpserver.h"

#include "logging/logging.h"

#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 422:
        return "Unprocessable Content"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

// A pattern is an exact path or a prefix ending in '*'. Returns how specific
// the match is (longer wins; an exact path beats a prefix of the same
// length), or -1 when it does not match.
int matchScore(const QString &pattern, const QString &path)
{
    if (pattern.endsWith(u'*')) {
        const QStringView prefix = QStringView(pattern).chopped(1);
        return path.startsWith(prefix) ? int(prefix.size()) * 2 : -1;
    }
    return pattern == path ? int(pattern.size()) * 2 + 1 : -1;
}

// Never valid JSON, whatever the original was: a proper prefix of an object,
// array or string is unterminated, and '<' cannot start a JSON value.
QByteArray malformed(const QByteArray &body)
{
    return body.left(body.size() / 2) + "<<not json>>"_ba;
}

QByteArray jsonMessage(const QByteArray &message)
{
    QByteArray escaped = message;
    escaped.replace('\\', "\\\\"_ba).replace('"', "\\\""_ba);
    return "{\"message\":\""_ba + escaped + "\"}"_ba;
}

// Makes close() send a TCP RST instead of a FIN, the way a crashing server
// or a middlebox drops a connection.
void setLingerZero(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        ::linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#else
    Q_UNUSED(socket)
#endif
}

// Routes, faults and request counts: shared by every connection, and
// guarded by a mutex because faults and counts are set and read from other
// threads (tests, the demo UI).
class Router final
{
public:
    struct Route
    {
        QByteArray method;
        QString pattern;
        HttpServer::Handler handler;
    };
    struct Fault
    {
        QString pattern;
        HttpFault fault;
    };

    mutable QMutex mutex;
    QList<Route> routes;
    QList<Fault> faults;
    QHash<QString, int> countsByPath;

    void countRequest(const QString &path)
    {
        const QMutexLocker lock(&mutex);
        ++countsByPath[path];
    }

    // The most specific fault for `path` that still applies, used up by one.
    std::optional<HttpFault> takeFault(const QString &path)
    {
        const QMutexLocker lock(&mutex);
        qsizetype best = -1;
        int bestScore = -1;
        for (qsizetype i = 0; i < faults.size(); ++i) {
            const int score = matchScore(faults.at(i).pattern, path);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0)
            return std::nullopt;
        HttpFault fault = faults.at(best).fault;
        if (fault.remaining > 0 && --faults[best].fault.remaining == 0)
            faults.removeAt(best);
        return fault;
    }

    // The handler of the most specific route for the path and method; 404
    // when no route has the path, 405 when none has it with that method.
    HttpResponse dispatch(const HttpRequest &request) const
    {
        HttpServer::Handler handler;
        QByteArrayList allowed;
        {
            const QMutexLocker lock(&mutex);
            int bestScore = -1;
            for (const Route &route : routes) {
                const int score = matchScore(route.pattern, request.path);
                if (score < 0)
                    continue;
                if (!allowed.contains(route.method))
                    allowed.append(route.method);
                if (route.method == request.method && score > bestScore) {
                    handler = route.handler;
                    bestScore = score;
                }
            }
        }
        if (handler)
            return handler(request); // outside the lock: handlers may take their time
        if (allowed.isEmpty())
            return HttpResponse{404, "application/json"_ba, jsonMessage("Not found: "_ba + request.path.toUtf8()), {}};
        HttpResponse response{405, "application/json"_ba, jsonMessage("Method not allowed: "_ba + request.method), {}};
        response.headers.append({"Allow"_ba, allowed.join(", ")});
        return response;
    }
};

} // namespace

HttpResponse HttpResponse::json(const QJsonDocument &document, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(const QByteArray &text, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8"_ba;
    response.body = text;
    return response;
}

struct HttpServer::Private
{
    Router router;
    QTcpServer *tcp = nullptr; // a child of the HttpServer, so it follows moveToThread(); a QSslServer with TLS
    QSslCertificate certificate;
    QSslKey key;
};

namespace {

// One client connection: reads requests, answers them one at a time.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, Router *router)
        : QObject(socket)
        , m_socket(socket)
        , m_router(router)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket->readAll();
            processBuffer();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_dripTimer.setSingleShot(false);
        connect(&m_dripTimer, &QTimer::timeout, this, [this] { dripNext(); });
        // A TLS client may send its request together with the end of the handshake: QSslServer then hands
        // over a socket whose readyRead was emitted before anyone listened. Read what is already there.
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_buffer += m_socket->readAll();
                    processBuffer();
                },
                Qt::QueuedConnection);
    }

private:
    struct Parsed
    {
        HttpRequest request;
        bool keepAlive = true;
    };
    enum class ParseState { NeedMore, Ready, Invalid };

    void processBuffer()
    {
        if (m_processing)
            return; // a synchronous answer inside the loop below; the loop continues
        m_processing = true;
        while (!m_busy && !m_closing && !m_silent && !m_buffer.isEmpty()) {
            Parsed parsed;
            int errorStatus = 400;
            const ParseState state = parse(parsed, errorStatus);
            if (state == ParseState::NeedMore)
                break;
            if (state == ParseState::Invalid) {
                m_buffer.clear();
                sendError(errorStatus);
                break;
            }
            m_continueSent = false;
            serve(std::move(parsed));
        }
        m_processing = false;
    }

    // Parses the first request in the buffer and removes it from there.
    ParseState parse(Parsed &out, int &errorStatus)
    {
        // Not HTTP at all (a TLS ClientHello on the plain port): say so now
        // rather than wait for a blank line that never comes.
        for (qsizetype i = 0; i < m_buffer.size() && m_buffer.at(i) != ' '; ++i) {
            const char c = m_buffer.at(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_') || i > 16)
                return ParseState::Invalid;
        }
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > HttpServer::MaxHeaderBytes) {
                errorStatus = 431;
                return ParseState::Invalid;
            }
            return ParseState::NeedMore;
        }
        if (headerEnd > HttpServer::MaxHeaderBytes) {
            errorStatus = 431;
            return ParseState::Invalid;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
            return ParseState::Invalid;
        HttpRequest &request = out.request;
        request.method = requestLine.at(0).toUpper();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return ParseState::Invalid;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            QByteArray &slot = request.headers[name];
            slot = slot.isEmpty() ? value : slot + ", "_ba + value;
        }

        const QUrl url = QUrl::fromEncoded(requestLine.at(1));
        if (!url.isValid())
            return ParseState::Invalid;
        request.path = url.path(QUrl::FullyDecoded);
        if (request.path.isEmpty())
            request.path = u"/"_s;
        request.query = QUrlQuery(url);

        const QByteArray connection = request.header("connection").toLower();
        out.keepAlive
            = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

        const qsizetype bodyStart = headerEnd + 4;
        qsizetype consumed = 0;
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            const ParseState state = parseChunked(bodyStart, request.body, consumed, errorStatus);
            if (state != ParseState::Ready)
                return maybeContinue(state, request);
        } else {
            qsizetype length = 0;
            const QByteArray lengthText = request.header("content-length");
            if (!lengthText.isEmpty()) {
                bool ok = false;
                length = lengthText.toLongLong(&ok);
                if (!ok || length < 0)
                    return ParseState::Invalid;
            }
            if (length > HttpServer::MaxBodyBytes) {
                errorStatus = 413;
                return ParseState::Invalid;
            }
            if (m_buffer.size() - bodyStart < length)
                return maybeContinue(ParseState::NeedMore, request);
            request.body = m_buffer.mid(bodyStart, length);
            consumed = bodyStart + length;
        }
        m_buffer.remove(0, consumed);
        return ParseState::Ready;
    }

    ParseState parseChunked(qsizetype pos, QByteArray &body, qsizetype &consumed, int &errorStatus)
    {
        body.clear();
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return ParseState::NeedMore;
            QByteArray sizeText = m_buffer.mid(pos, lineEnd - pos);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon); // chunk extensions
            bool ok = false;
            const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return ParseState::Invalid;
            pos = lineEnd + 2;
            if (size == 0) {
                // Trailers (ignored) up to an empty line.
                for (;;) {
                    const qsizetype end = m_buffer.indexOf("\r\n", pos);
                    if (end < 0)
                        return ParseState::NeedMore;
                    const bool empty = end == pos;
                    pos = end + 2;
                    if (empty) {
                        consumed = pos;
                        return ParseState::Ready;
                    }
                }
            }
            if (body.size() + size > HttpServer::MaxBodyBytes) {
                errorStatus = 413;
                return ParseState::Invalid;
            }
            if (m_buffer.size() < pos + size + 2)
                return ParseState::NeedMore;
            body += m_buffer.mid(pos, size);
            pos += size + 2; // the data and its CRLF
        }
    }

    // "Expect: 100-continue": tell the client to send the body it is holding back.
    ParseState maybeContinue(ParseState state, const HttpRequest &request)
    {
        if (state == ParseState::NeedMore && !m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            m_continueSent = true;
        }
        return state;
    }

    void serve(Parsed parsed)
    {
        const HttpRequest &request = parsed.request;
        m_router->countRequest(request.path);
        const HttpFault fault = m_router->takeFault(request.path).value_or(HttpFault{});

        if (fault.neverAnswer) {
            // Silent from now on; the client's timeout is what is being tested.
            m_silent = true;
            m_buffer.clear();
            return;
        }

        HttpResponse response;
        if (fault.resetConnection) {
            // No answer to build.
        } else if (fault.status > 0) {
            response.status = fault.status;
            response.body = jsonMessage("Simulated fault: HTTP "_ba + QByteArray::number(fault.status));
            if (fault.retryAfterSeconds >= 0)
                response.headers.append({"Retry-After"_ba, QByteArray::number(fault.retryAfterSeconds)});
        } else {
            response = m_router->dispatch(request);
        }

        m_busy = true;
        const bool keepAlive = parsed.keepAlive && !fault.closeConnection;
        if (fault.latencyMs > 0) {
            QTimer::singleShot(fault.latencyMs, this,
                               [this, response, fault, keepAlive] { deliver(response, fault, keepAlive); });
        } else {
            deliver(response, fault, keepAlive);
        }
    }

    void deliver(const HttpResponse &response, const HttpFault &fault, bool keepAlive)
    {
        if (fault.resetConnection) {
            m_closing = true;
            setLingerZero(m_socket);
            m_socket->abort();
            m_socket->deleteLater();
            return;
        }

        const QByteArray body = fault.malformedJson ? malformed(response.body) : response.body;
        const bool close = !keepAlive || fault.truncateBody;
        QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
            + "\r\nServer: beholder-sim\r\nContent-Type: "_ba + response.contentType + "\r\nContent-Length: "_ba
            + QByteArray::number(body.size()) + (close ? "\r\nConnection: close"_ba : "\r\nConnection: keep-alive"_ba);
        for (const auto &[name, value] : response.headers)
            head += "\r\n"_ba + name + ": "_ba + value;
        head += "\r\n\r\n"_ba;

        if (fault.truncateBody) {
            // The full length was announced; half arrives, then the connection ends.
            m_socket->write(head + body.left(body.size() / 2));
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        if (fault.dripBytes) {
            m_drip = head + body;
            m_dripPos = 0;
            m_dripClose = close;
            m_dripTimer.start(qMax(0, fault.dripIntervalMs));
            return;
        }
        m_socket->write(head + body);
        finish(close);
    }

    void dripNext()
    {
        if (m_dripPos < m_drip.size()) {
            m_socket->write(m_drip.constData() + m_dripPos, 1);
            ++m_dripPos;
            return;
        }
        m_dripTimer.stop();
        m_drip.clear();
        finish(m_dripClose);
    }

    void finish(bool close)
    {
        if (close) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_busy = false;
        processBuffer(); // pipelined requests that arrived meanwhile
    }

    void sendError(int status)
    {
        HttpResponse response;
        response.status = status;
        response.body = jsonMessage(reasonPhrase(status));
        m_busy = true;
        deliver(response, HttpFault{}, false);
    }

    QTcpSocket *m_socket;
    Router *m_router;
    QByteArray m_buffer;
    QTimer m_dripTimer{this};
    QByteArray m_drip;
    qsizetype m_dripPos = 0;
    bool m_dripClose = false;
    bool m_busy = false;       // an answer is being delivered (latency, drip)
    bool m_processing = false; // inside processBuffer()
    bool m_closing = false;    // no more requests on this connection
    bool m_silent = false;     // a never-answer fault hit this connection
    bool m_continueSent = false;
};

} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    makeServer();
}

void HttpServer::makeServer()
{
    if (!d->certificate.isNull()) {
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(d->certificate);
        configuration.setPrivateKey(d->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        server->setHandshakeTimeout(5000);
        d->tcp = server;
    } else {
        d->tcp = new QTcpServer(this);
    }
    // Emitted for a TLS connection only once its handshake is done.
    connect(d->tcp, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = d->tcp->nextPendingConnection())
            new Connection(socket, &d->router);
    });
}

void HttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    d->certificate = certificate;
    d->key = key;
}

bool HttpServer::isTls() const
{
    return !d->certificate.isNull();
}

HttpServer::~HttpServer()
{
    close();
    delete d->tcp; // before d: its sockets' connections point into d
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (isTls() != bool(qobject_cast<QSslServer *>(d->tcp))
        || (isTls() && static_cast<QSslServer *>(d->tcp)->sslConfiguration().localCertificate() != d->certificate)) {
        close();
        delete d->tcp;
        makeServer();
    }
    if (!d->tcp->listen(address, port)) {
        qCWarning(lcSim) << "simulated HTTP server cannot listen on" << address.toString() << port << ":"
                         << d->tcp->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return d->tcp->serverPort();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    const QHostAddress address = d->tcp->serverAddress();
    url.setHost(address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? u"127.0.0.1"_s
                    : address.toString());
    url.setPort(port());
    return url;
}

void HttpServer::close()
{
    d->tcp->close();
    const QList<QTcpSocket *> sockets = d->tcp->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(); // no more handlers while it goes
        socket->abort();
        delete socket;
    }
}

void HttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    const QMutexLocker lock(&d->router.mutex);
    const QByteArray upper = method.toUpper();
    for (Router::Route &existing : d->router.routes) {
        if (existing.method == upper && existing.pattern == pattern) {
            existing.handler = std::move(handler);
            return;
        }
    }
    d->router.routes.append({upper, pattern, std::move(handler)});
}

void HttpServer::setFault(const QString &pattern, const HttpFault &fault)
{
    const QMutexLocker lock(&d->router.mutex);
    d->router.faults.removeIf([&pattern](const Router::Fault &f) { return f.pattern == pattern; });
    if (fault.remaining != 0)
        d->router.faults.append({pattern, fault});
}

void HttpServer::clearFaults()
{
    const QMutexLocker lock(&d->router.mutex);
    d->router.faults.clear();
}

int HttpServer::requestCount(const QString &pattern) const
{
    const QMutexLocker lock(&d->router.mutex);
    if (!pattern.endsWith(u'*'))
        return d->router.countsByPath.value(pattern);
    int count = 0;
    for (auto it = d->router.countsByPath.cbegin(); it != d->router.countsByPath.cend(); ++it) {
        if (matchScore(pattern, it.key()) >= 0)
            count += it.value();
    }
    return count;
}

void HttpServer::clearRequestCounts()
{
    const QMutexLocker lock(&d->router.mutex);
    d->router.countsByPath.clear();
}

} // namespace Beholder::Sim
