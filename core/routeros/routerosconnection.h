// SPDX-License-Identifier: GPL-3.0-or-later
// One API session with one MikroTik router (TCP 8728, or API-SSL 8729 over TLS): connect, log in, run
// commands concurrently with .tag and hand each its replies, time out, cancel, and reconnect on the next
// command after any failure. Fully asynchronous: nothing here waits, so it can live on any thread that runs an
// event loop (a sync job's worker, the live-traffic thread, a test's main thread) and is used only from there.
#pragma once

#include "net/apierror.h"
#include "net/tlsexception.h"
#include "routeroscodec.h"
#include "routerossentence.h"
#include "sources/sourceconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

class QTcpSocket;

namespace Beholder::RouterOs {

using CommandId = quint64; // 0 is never a valid id

class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State {
        Disconnected, // no socket; the next command connects
        Connecting,   // TCP connect and, with TLS, the handshake
        LoggingIn,
        Ready,
    };
    Q_ENUM(State)

    // Each !re of a command, in order. `row` is only valid during the call.
    using RowHandler = std::function<void(const Reply &row)>;
    // Once per command: its !done (which may carry =ret=), or why there is none.
    using DoneHandler = std::function<void(const ApiResult<Reply> &done)>;
    // Asked when the router's certificate does not verify. Return true to accept exactly these errors for this
    // certificate (an explicit, per-host exception the operator made); the default refuses.
    using TlsExceptionHook = std::function<bool(const QString &host, quint16 port, const QSslCertificate &certificate,
                                                const QList<QSslError> &errors)>;

    // The password is used for the login only and never logged.
    Connection(const RouterConfig &config, const QString &password, QObject *parent = nullptr);
    // Sends /quit when logged in. Pending commands are dropped without calling their handlers.
    ~Connection() override;

    // Queues `command` (a .tag is assigned; any tag in it is replaced) and connects and logs in first when
    // needed. `onRow` and `onDone` run on this object's thread, from the event loop (never inside execute(),
    // cancel() or close()), and only while `context` lives. `timeoutMs` is the longest silence allowed for this
    // command (0 = the config's timeout): every reply restarts it, so a stream or a long print goes on while
    // data flows. A timed-out command is canceled on the router; if nothing at all came from the router in that
    // time, the connection is taken for dead and dropped. Returns the id for cancel().
    CommandId execute(const Command &command, QObject *context, RowHandler onRow, DoneHandler onDone,
                      int timeoutMs = 0);

    // Stops a command; it ends as Canceled. Not yet sent: it never will be. Running: /cancel =tag= is sent and the
    // command ends when the router confirms with its !done; rows that still arrive are dropped. A router that
    // does not confirm within the command's timeout gets the connection closed, which stops everything there.
    // Unknown or finished ids are ignored.
    void cancel(CommandId id);

    // Polite disconnect: /quit, then close. Pending commands end as Canceled. A later execute() reconnects.
    void close();

    State state() const { return m_state; }
    int pendingCommands() const; // sent or queued, not counting our own /cancel commands
    RouterConfig config() const { return m_config; }
    bool usedLegacyLogin() const { return m_legacyLogin; } // the router wanted the pre-6.43 MD5 challenge

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; } // TCP plus TLS; default: the config's timeout
    void setLoginTimeout(int ms) { m_loginTimeoutMs = ms; }     // default: the config's timeout
    void setTlsExceptionHook(TlsExceptionHook hook)
    {
        m_tlsExceptionHook = std::move(hook);
        m_tlsExceptions.reset();
    }
    // The profile's pinned exceptions (the usual way): a certificate that does not verify is accepted only when an
    // exception for this router's host and port pins it; a changed certificate is refused as such. A refusal is
    // Kind::Tls with ApiError::certificate filled in. Takes the place of any hook.
    void setTlsExceptions(const TlsExceptionList &exceptions);

    // The legacy login answer: "00" + hex(md5(0x00 + password + unhex(challenge))). Empty when the challenge is
    // not hex.
    static QByteArray legacyLoginResponse(const QByteArray &password, const QByteArray &challengeHex);

signals:
    void stateChanged(Beholder::RouterOs::Connection::State state);

private:
    struct Pending
    {
        CommandId id = 0;
        QString path; // for logs and errors; never the arguments
        Words words;  // until sent
        QPointer<QObject> context;
        RowHandler onRow;
        DoneHandler onDone;
        int timeoutMs = 0;
        bool sent = false;
        bool internal = false; // our own /cancel: no handlers, not counted
        bool canceling = false;
        std::optional<ApiError> trap; // a !trap came; its !done ends the command
        int timerId = 0;              // armed while the command waits for the router
        qint64 lastActivityMs = 0;    // m_clock when it was sent or last heard of
        quint64 readsAtActivity = 0;  // m_reads then
    };

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void setState(State state);
    void startConnecting();
    void finishLater(CommandId id, const ApiResult<Reply> &result);
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onSocketDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onStageTimeout();
    void onCommandTimeout(CommandId id);

    void handleSentence(const Words &words);
    void handleLoginReply(const Reply &reply);
    void handleCommandReply(const Reply &reply);
    void sendLogin(const QList<Attribute> &attributes);
    void loggedIn();
    void send(Pending &pending);
    void sendCancel(const Pending &pending);
    // Notes that the command was just sent or answered: its silence starts now.
    void touch(Pending &pending);
    void armTimer(Pending &pending, int ms);
    void stopTimer(Pending &pending);

    // Ends one command (handler called after it is removed, so the handler may run new commands).
    void finish(CommandId id, const ApiResult<Reply> &result);
    // Drops the socket and ends every command with `error`.
    void fail(const ApiError &error);
    void dropSocket();

    QString routerName() const;
    ApiError makeError(ApiError::Kind kind, const QString &what) const;
    ApiError unconfirmedCancel(int timeoutMs) const;

    RouterConfig m_config;
    QString m_password;
    int m_connectTimeoutMs;
    int m_loginTimeoutMs;
    TlsExceptionHook m_tlsExceptionHook;

    State m_state = State::Disconnected;
    QTcpSocket *m_socket = nullptr;
    SentenceDecoder m_decoder;
    QTimer m_stageTimer; // connect, then login
    QElapsedTimer m_clock;
    quint64 m_reads = 0; // socket reads so far: a command that times out with none since is on a dead line
    bool m_legacyLogin = false;
    bool m_challengeAnswered = false;
    QString m_tlsFailure;      // why the certificate was refused, for the error the socket reports next
    PeerCertificate m_tlsPeer; // the refused certificate, for that error
    std::optional<TlsExceptionList> m_tlsExceptions;

    CommandId m_nextId = 1;
    std::map<CommandId, Pending> m_pending; // ordered: queued commands go out in the order they came
    QHash<int, CommandId> m_timerCommands;  // timer id -> command
};

} // namespace Beholder::RouterOs
