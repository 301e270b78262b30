// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerosconnection.h"

#include "logging/logging.h"

#include <QCryptographicHash>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>

#include <algorithm>
#include <cctype>
#include <utility>

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int fallbackTimeoutMs = 10000;

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3) + u" s"_s;
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

Connection::Connection(const RouterConfig &config, const QString &password, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_password(password)
    , m_connectTimeoutMs(config.timeoutMs > 0 ? config.timeoutMs : fallbackTimeoutMs)
    , m_loginTimeoutMs(config.timeoutMs > 0 ? config.timeoutMs : fallbackTimeoutMs)
{
    m_clock.start();
    m_stageTimer.setSingleShot(true);
    connect(&m_stageTimer, &QTimer::timeout, this, &Connection::onStageTimeout);
}

Connection::~Connection()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_state == State::Ready) {
        // Best effort, without waiting: whatever the kernel takes now reaches the router.
        m_socket->write(encodeSentence({"/quit"_ba}));
        m_socket->flush();
    }
    m_socket->abort();
}

CommandId Connection::execute(const Command &command, QObject *context, RowHandler onRow, DoneHandler onDone,
                              int timeoutMs)
{
    const CommandId id = m_nextId++;
    Command tagged = command;
    tagged.tag = QByteArray::number(id);

    Pending pending;
    pending.id = id;
    pending.path = QString::fromUtf8(command.path);
    pending.words = tagged.toWords();
    pending.context = context;
    pending.onRow = std::move(onRow);
    pending.onDone = std::move(onDone);
    pending.timeoutMs = timeoutMs > 0 ? timeoutMs : (m_config.timeoutMs > 0 ? m_config.timeoutMs : fallbackTimeoutMs);
    Pending &entry = m_pending.emplace(id, std::move(pending)).first->second;

    if (m_state == State::Ready) {
        send(entry);
    } else if (m_state == State::Disconnected) {
        // Connect from the event loop, so that no handler ever runs inside execute().
        setState(State::Connecting);
        QMetaObject::invokeMethod(this, &Connection::startConnecting, Qt::QueuedConnection);
    }
    return id;
}

void Connection::cancel(CommandId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.internal || it->second.canceling)
        return;
    Pending &pending = it->second;
    pending.canceling = true;
    if (!pending.sent) {
        pending.sent = true; // never goes out now
        finishLater(id,
                    ApiResult<Reply>::failure(
                        makeError(ApiError::Kind::Canceled, pending.path + u" canceled before it was sent"_s)));
        return;
    }
    qCDebug(lcRouterOs) << "RouterOS" << routerName() << "canceling" << pending.path << "tag" << id;
    sendCancel(pending);
    touch(pending);
}

void Connection::close()
{
    m_stageTimer.stop();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        Pending &pending = it->second;
        stopTimer(pending);
        if (pending.internal) {
            it = m_pending.erase(it);
            continue;
        }
        // Ended from the event loop, like every handler; nothing sends it meanwhile.
        pending.sent = true;
        pending.canceling = true;
        finishLater(it->first, ApiResult<Reply>::failure(makeError(ApiError::Kind::Canceled, u"connection closed"_s)));
        ++it;
    }
    if (m_socket) {
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        disconnect(socket, nullptr, this, nullptr);
        if (m_state == State::Ready)
            socket->write(encodeSentence({"/quit"_ba}));
        socket->disconnectFromHost(); // after the pending bytes are written
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
        } else {
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(m_connectTimeoutMs, socket, &QObject::deleteLater); // a peer that never reads
        }
        qCInfo(lcRouterOs) << "RouterOS" << routerName() << "connection closed";
    }
    m_decoder.reset();
    setState(State::Disconnected);
}

int Connection::pendingCommands() const
{
    int count = 0;
    for (const auto &[id, pending] : m_pending) {
        if (!pending.internal)
            ++count;
    }
    return count;
}

QByteArray Connection::legacyLoginResponse(const QByteArray &password, const QByteArray &challengeHex)
{
    if (challengeHex.isEmpty() || challengeHex.size() % 2 != 0)
        return {};
    for (const char c : challengeHex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(QByteArrayView("\0", 1));
    md5.addData(password);
    md5.addData(QByteArray::fromHex(challengeHex));
    return "00"_ba + md5.result().toHex();
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::startConnecting()
{
    if (m_state != State::Connecting || m_socket)
        return; // closed or already under way
    m_decoder.reset();
    m_legacyLogin = false;
    m_challengeAnswered = false;
    m_tlsFailure.clear();
    m_tlsPeer = {};
    if (m_config.host.isEmpty() || m_config.port <= 0 || m_config.port > 65535) {
        fail(makeError(ApiError::Kind::Config, u"no host or port configured"_s));
        return;
    }
    if (m_config.tls && !QSslSocket::supportsSsl()) {
        fail(makeError(ApiError::Kind::Tls, u"TLS (API-SSL) is not available: no TLS backend"_s));
        return;
    }

    if (m_config.tls) {
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &Connection::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &Connection::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onSocketDisconnected);

    qCDebug(lcRouterOs) << "RouterOS" << routerName() << "connecting to" << m_config.host << m_config.port
                        << (m_config.tls ? "(API-SSL)" : "");
    m_stageTimer.start(m_connectTimeoutMs);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->connectToHostEncrypted(m_config.host, quint16(m_config.port));
    else
        m_socket->connectToHost(m_config.host, quint16(m_config.port));
}

void Connection::finishLater(CommandId id, const ApiResult<Reply> &result)
{
    QMetaObject::invokeMethod(
        this, [this, id, result] { finish(id, result); }, Qt::QueuedConnection);
}

void Connection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small sentences: no Nagle delay
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    setState(State::LoggingIn);
    m_stageTimer.start(m_loginTimeoutMs);
    // 6.43+ takes the password in clear; an older router answers with a challenge instead (handleLoginReply).
    sendLogin({{"name"_ba, m_config.user.toUtf8()}, {"password"_ba, m_password.toUtf8()}});
}

void Connection::sendLogin(const QList<Attribute> &attributes)
{
    Command login("/login"_ba);
    login.attributes = attributes;
    m_socket->write(encodeSentence(login.toWords())); // untagged: nothing else runs during the login
}

void Connection::onReadyRead()
{
    QTcpSocket *socket = m_socket;
    if (!socket)
        return;
    ++m_reads;
    m_decoder.feed(socket->readAll());
    const QPointer<Connection> self(this);
    while (std::optional<Words> words = m_decoder.next()) {
        handleSentence(*words);
        if (!self || m_socket != socket)
            return; // a handler closed or replaced the connection
    }
    if (m_decoder.hasError())
        fail(makeError(ApiError::Kind::Protocol, m_decoder.errorString()));
}

void Connection::handleSentence(const Words &words)
{
    QString error;
    const std::optional<Reply> reply = Reply::fromWords(words, &error);
    if (!reply) {
        fail(makeError(ApiError::Kind::Protocol, error));
        return;
    }
    switch (reply->type) {
    case ReplyType::Fatal:
        fail(makeError(ApiError::Kind::Remote,
                       (m_state == State::LoggingIn ? u"the router ended the session during the login: "_s
                                                    : u"the router ended the session: "_s)
                           + QString::fromUtf8(reply->message())));
        return;
    case ReplyType::Unknown:
        // Newer RouterOS versions add reply words (7.18 added !empty): skip what we do not know.
        qCDebug(lcRouterOs) << "RouterOS" << routerName() << "ignoring unknown reply" << reply->word;
        return;
    default:
        break;
    }
    if (m_state == State::LoggingIn)
        handleLoginReply(*reply);
    else
        handleCommandReply(*reply);
}

void Connection::handleLoginReply(const Reply &reply)
{
    if (!reply.tag.isEmpty())
        return;
    if (reply.type == ReplyType::Trap) {
        // "invalid user name or password (6)", "cannot log in", or a user without the api policy.
        const QString message = QString::fromUtf8(reply.message());
        fail(makeError(ApiError::Kind::Auth,
                       u"the router refused the login as \"%1\": %2"_s.arg(
                           m_config.user, message.isEmpty() ? u"no reason given"_s : message)));
        return;
    }
    if (reply.type != ReplyType::Done)
        return;
    if (reply.hasAttribute("ret")) {
        if (m_challengeAnswered) {
            fail(makeError(ApiError::Kind::Auth, u"the router did not accept the challenge response"_s));
            return;
        }
        const QByteArray response = legacyLoginResponse(m_password.toUtf8(), reply.attribute("ret"));
        if (response.isEmpty()) {
            fail(makeError(ApiError::Kind::Protocol, u"the login challenge is not hexadecimal"_s));
            return;
        }
        qCInfo(lcRouterOs) << "RouterOS" << routerName() << "uses the pre-6.43 challenge login";
        m_challengeAnswered = true;
        m_legacyLogin = true;
        sendLogin({{"name"_ba, m_config.user.toUtf8()}, {"response"_ba, response}});
        return;
    }
    loggedIn();
}

void Connection::loggedIn()
{
    m_stageTimer.stop();
    qCInfo(lcRouterOs) << "RouterOS" << routerName() << "logged in as" << m_config.user;
    m_state = State::Ready;
    for (auto &[id, pending] : m_pending) {
        if (!pending.sent)
            send(pending);
    }
    emit stateChanged(m_state); // after the queue went out: a receiver may run or close anything now
}

void Connection::send(Pending &pending)
{
    Q_ASSERT(m_socket && m_state == State::Ready);
    qCDebug(lcRouterOs) << "RouterOS" << routerName() << "sending" << pending.path << "tag" << pending.id;
    m_socket->write(encodeSentence(pending.words));
    pending.words.clear();
    pending.sent = true;
    touch(pending);
}

void Connection::sendCancel(const Pending &pending)
{
    if (m_state != State::Ready)
        return;
    const CommandId id = m_nextId++;
    Command cancelCommand("/cancel"_ba);
    cancelCommand.setAttribute("tag"_ba, QByteArray::number(pending.id));
    cancelCommand.tag = QByteArray::number(id);
    Pending internal;
    internal.id = id;
    internal.path = QString::fromUtf8(cancelCommand.path);
    internal.words = cancelCommand.toWords();
    internal.internal = true;
    internal.timeoutMs = pending.timeoutMs;
    send(m_pending.emplace(id, std::move(internal)).first->second);
}

void Connection::touch(Pending &pending)
{
    // Cheap enough for every row of a big print: the timer is re-armed only when it fires (onCommandTimeout).
    pending.lastActivityMs = m_clock.elapsed();
    pending.readsAtActivity = m_reads;
    if (!pending.timerId)
        armTimer(pending, pending.timeoutMs);
}

void Connection::armTimer(Pending &pending, int ms)
{
    pending.timerId = startTimer(std::max(ms, 1));
    m_timerCommands.insert(pending.timerId, pending.id);
}

void Connection::stopTimer(Pending &pending)
{
    if (!pending.timerId)
        return;
    killTimer(pending.timerId);
    m_timerCommands.remove(pending.timerId);
    pending.timerId = 0;
}

void Connection::handleCommandReply(const Reply &reply)
{
    bool numeric = false;
    const CommandId id = reply.tag.toULongLong(&numeric);
    const auto it = numeric ? m_pending.find(id) : m_pending.end();
    if (it == m_pending.end()) {
        // A late reply for a command that timed out or was abandoned, or one we never sent.
        qCDebug(lcRouterOs) << "RouterOS" << routerName() << "ignoring" << reply.word << "for unknown tag" << reply.tag;
        return;
    }
    Pending &pending = it->second;
    if (!pending.canceling)
        touch(pending); // a command being canceled gets no more time for talking: only its end counts
    switch (reply.type) {
    case ReplyType::Re:
        if (!pending.internal && !pending.canceling && pending.onRow && pending.context)
            pending.onRow(reply); // may run or cancel commands; `pending` is not used after this
        return;
    case ReplyType::Empty:
        return;
    case ReplyType::Trap:
        if (!pending.trap) {
            const QString message = QString::fromUtf8(reply.message());
            pending.trap = reply.category() == 2
                ? makeError(ApiError::Kind::Canceled, pending.path + u" was interrupted"_s)
                : makeError(ApiError::Kind::Remote,
                            pending.path + u" failed: "_s + (message.isEmpty() ? u"no reason given"_s : message));
        }
        return;
    case ReplyType::Done:
        if (pending.canceling)
            finish(id, ApiResult<Reply>::failure(makeError(ApiError::Kind::Canceled, pending.path + u" canceled"_s)));
        else if (pending.trap)
            finish(id, ApiResult<Reply>::failure(*pending.trap));
        else
            finish(id, ApiResult<Reply>::success(reply));
        return;
    case ReplyType::Fatal:
    case ReplyType::Unknown:
        return; // handled in handleSentence
    }
}

void Connection::timerEvent(QTimerEvent *event)
{
    const auto found = m_timerCommands.constFind(event->timerId());
    if (found == m_timerCommands.cend()) {
        QObject::timerEvent(event);
        return;
    }
    const CommandId id = found.value();
    killTimer(event->timerId());
    m_timerCommands.erase(found);
    if (const auto it = m_pending.find(id); it != m_pending.end())
        it->second.timerId = 0;
    onCommandTimeout(id);
}

void Connection::onCommandTimeout(CommandId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &pending = it->second;
    const qint64 silentMs = m_clock.elapsed() - pending.lastActivityMs;
    if (silentMs < pending.timeoutMs) {
        armTimer(pending, int(pending.timeoutMs - silentMs)); // heard from since the timer was armed
        return;
    }
    const ApiError silent = makeError(
        ApiError::Kind::Timeout,
        u"no answer for %1 (%2); the connection was dropped"_s.arg(seconds(pending.timeoutMs), pending.path));
    const bool connectionSilent = m_reads == pending.readsAtActivity;
    if (pending.canceling && !pending.internal) {
        // The caller asked to stop and hears exactly that, whether or not the router still talks. Closing the
        // session is the one way left to stop the command there; the other commands on it fail with a
        // transient error and can be retried.
        const ApiError dropped = connectionSilent ? silent : unconfirmedCancel(pending.timeoutMs);
        const QPointer<Connection> self(this);
        finish(id, ApiResult<Reply>::failure(makeError(ApiError::Kind::Canceled, pending.path + u" canceled"_s)));
        if (self)
            fail(dropped);
        return;
    }
    if (connectionSilent) {
        // Not a byte from the router for the whole window: the connection is dead (or half-open), not just
        // this command. Drop it; the next command reconnects.
        fail(silent);
        return;
    }
    if (pending.trap) {
        finish(id, ApiResult<Reply>::failure(*pending.trap));
    } else if (pending.internal) {
        // The router did not confirm a /cancel: close the session so that nothing is left running there.
        fail(unconfirmedCancel(pending.timeoutMs));
    } else {
        // The router is alive but this command is stuck: stop it there too, so nothing is left running.
        sendCancel(pending);
        finish(id,
               ApiResult<Reply>::failure(makeError(
                   ApiError::Kind::Timeout, pending.path + u" got no answer within "_s + seconds(pending.timeoutMs))));
    }
}

void Connection::finish(CommandId id, const ApiResult<Reply> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    stopTimer(pending);
    if (result.error.isError() && !pending.internal && result.error.kind != ApiError::Kind::Canceled)
        qCInfo(lcRouterOs).noquote() << result.error.message;
    if (!pending.internal && pending.onDone && pending.context)
        pending.onDone(result);
}

void Connection::onStageTimeout()
{
    if (m_state == State::Connecting)
        fail(makeError(ApiError::Kind::Timeout, u"could not connect within "_s + seconds(m_connectTimeoutMs)));
    else if (m_state == State::LoggingIn)
        fail(makeError(ApiError::Kind::Timeout, u"the login did not complete within "_s + seconds(m_loginTimeoutMs)));
}

void Connection::setTlsExceptions(const TlsExceptionList &exceptions)
{
    m_tlsExceptions = exceptions;
    m_tlsExceptionHook = {};
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    if (!socket)
        return;
    const QSslCertificate certificate = socket->peerCertificate();
    const quint16 port = quint16(m_config.port);
    if (m_tlsExceptions) {
        const TlsVerdict verdict = m_tlsExceptions->check(m_config.host, port, certificate, errors);
        if (verdict.accepted) {
            qCWarning(lcRouterOs) << "RouterOS" << routerName() << "certificate accepted by its pinned TLS exception,"
                                  << "SHA-256" << fingerprint(certificate);
            socket->ignoreSslErrors(); // exactly these errors, for exactly this certificate
            return;
        }
        m_tlsPeer = verdict.peer;
        m_tlsFailure = u"TLS: "_s + verdict.reason;
        return;
    }
    if (m_tlsExceptionHook && m_tlsExceptionHook(m_config.host, port, certificate, errors)) {
        qCInfo(lcRouterOs) << "RouterOS" << routerName() << "certificate accepted by an exception, SHA-256"
                           << fingerprint(certificate);
        socket->ignoreSslErrors(); // the hook saw and accepted exactly these errors
        return;
    }
    m_tlsPeer = describeCertificate(certificate, m_config.host, port);
    m_tlsFailure = u"TLS: the router's certificate was refused (%1); SHA-256 %2"_s.arg(
        explainSslErrors(errors, m_config.host).join(u"; "_s), fingerprint(certificate));
}

void Connection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    ApiError::Kind kind = ApiError::Kind::Connection;
    QString what = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        kind = ApiError::Kind::Dns;
        what = u"host name not found"_s;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        kind = ApiError::Kind::Tls;
        what = m_tlsFailure.isEmpty() ? u"TLS: the handshake failed: "_s + m_socket->errorString() : m_tlsFailure;
        break;
    case QAbstractSocket::SocketTimeoutError:
        kind = ApiError::Kind::Timeout;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        what = m_state == State::LoggingIn ? u"the router closed the connection during the login"_s
                                           : u"the router closed the connection"_s;
        break;
    default:
        break;
    }
    ApiError e = makeError(kind, what);
    if (kind == ApiError::Kind::Tls)
        e.certificate = m_tlsPeer;
    fail(e);
}

void Connection::onSocketDisconnected()
{
    fail(makeError(ApiError::Kind::Connection, u"the router closed the connection"_s));
}

void Connection::fail(const ApiError &error)
{
    std::map<CommandId, Pending> pending = std::exchange(m_pending, {});
    for (const int timerId : m_timerCommands.keys())
        killTimer(timerId);
    m_timerCommands.clear();
    dropSocket();
    setState(State::Disconnected);

    bool anyone = false;
    for (const auto &[id, command] : pending)
        anyone = anyone || !command.internal;
    if (anyone)
        qCWarning(lcRouterOs).noquote() << error.message;
    else
        qCInfo(lcRouterOs).noquote() << error.message;

    const QPointer<Connection> self(this);
    for (auto &[id, command] : pending) {
        // A command its caller canceled ends as canceled, whatever ended the connection meanwhile.
        if (!command.internal && command.onDone && command.context)
            command.onDone(ApiResult<Reply>::failure(
                command.canceling ? makeError(ApiError::Kind::Canceled, command.path + u" canceled"_s) : error));
        if (!self)
            return;
    }
}

void Connection::dropSocket()
{
    m_stageTimer.stop();
    m_decoder.reset();
    if (!m_socket)
        return;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

QString Connection::routerName() const
{
    return m_config.name.isEmpty() ? m_config.host : m_config.name;
}

ApiError Connection::unconfirmedCancel(int timeoutMs) const
{
    return makeError(ApiError::Kind::Timeout,
                     u"the router did not confirm a /cancel within %1; the connection was dropped so that nothing "
                     u"is left running"_s.arg(seconds(timeoutMs)));
}

ApiError Connection::makeError(ApiError::Kind kind, const QString &what) const
{
    return ApiError::make(
        kind, u"RouterOS %1 (%2:%3): %4"_s.arg(routerName(), m_config.host, QString::number(m_config.port), what));
}

} // namespace Beholder::RouterOs
