// SPDX-License-Identifier: GPL-3.0-or-later
// One open live traffic chart's conversation with a router (ADR-005, SPEC §5): while it runs, one
// `/interface/monitor-traffic interface=<pppoe-USER> =once=` per second, never while its previous request is
// still in flight, and never while any other session of the process has a request in flight on the same router
// (RouterGate). Each answer becomes a TrafficPoint in Mbit/s. Errors are states, not the end: a timeout, a lost
// connection or a customer without a session shows why and the next tick tries again; only what another try
// cannot fix (login refused, TLS, bad settings) fails the session. stop() leaves nothing running on the router:
// it cancels the request in flight and closes the connection.
//
// A QObject of the thread that creates it (the GUI thread is fine: nothing here blocks). Not a background
// poller: nothing runs before start() or after stop().
#pragma once

#include "net/apierror.h"
#include "routerlocator.h"
#include "routeros/routerosconnection.h"
#include "routeros/routerostypes.h"
#include "trafficseries.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace Beholder {

namespace RouterOs {
class Client;
} // namespace RouterOs

class LiveTrafficSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTrafficSession)

public:
    enum class State {
        Idle,       // not started
        Connecting, // the first request is on its way (connect, log in, first sample)
        Running,    // samples are arriving
        Waiting,    // the last request failed (no session, timeout, connection lost): trying again every tick; the
                    // text says why
        Failed,     // cannot work (login refused, TLS, settings): stopped; the text says why
        Stopped,    // stop() was called
    };
    Q_ENUM(State)

    static constexpr int defaultIntervalMs = 1000;
    static constexpr int defaultRequestTimeoutMs = 3000;

    // `password` is the router's API password (from the keychain); it is used to log in and never logged.
    LiveTrafficSession(const LiveTarget &target, const QString &password, QObject *parent = nullptr);
    // Calls stop().
    ~LiveTrafficSession() override;

    // Before start(): the sampling period and the per-request timeout (the client's per-command timeout; the
    // connect and login may take the router's own timeout, up to 5 s).
    void setIntervalMs(int ms);
    void setRequestTimeoutMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }

    // Sends the first request now, then one per interval. Does nothing unless Idle.
    void start();
    // Cancels the request in flight (/cancel on the router), closes the connection and stops the timer. Safe to
    // call more than once; no signal is emitted after it except stateChanged(Stopped).
    void stop();

    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    bool isActive() const { return m_state != State::Idle && m_state != State::Failed && m_state != State::Stopped; }
    bool requestInFlight() const { return m_inFlightSeq != 0; }
    LiveTarget target() const { return m_target; }

    int requestsSent() const { return m_requestsSent; }
    int samplesReceived() const { return m_samples; }
    int errorsInARow() const { return m_errorsInARow; }
    int ticksSkipped() const { return m_ticksSkipped; } // ticks that found our own request still in flight

signals:
    void sampleArrived(const Beholder::TrafficPoint &point);
    void stateChanged(Beholder::LiveTrafficSession::State state, const QString &text);

private:
    void tick();
    void trySend();
    void onAnswer(quint64 seq, const ApiResult<RouterOs::TrafficSample> &result);
    void releaseGate();
    void setState(State state, const QString &text);
    QString describe(const ApiError &error) const;
    void shutDown(); // timers off, request canceled, connection closed, client gone

    LiveTarget m_target;
    QString m_password;
    QString m_interface; // <pppoe-USER>
    int m_intervalMs = defaultIntervalMs;
    int m_requestTimeoutMs = defaultRequestTimeoutMs;

    RouterOs::Client *m_client = nullptr;
    QTimer m_ticker;            // one tick per interval
    QTimer m_gateRetry;         // the router was busy with another session's request: look again shortly
    bool m_wanted = false;      // this tick's request is still to be sent
    bool m_holdingGate = false; // we hold the router's turn
    quint64 m_nextSeq = 1;
    quint64 m_inFlightSeq = 0;            // the request in flight (0: none)
    RouterOs::CommandId m_inFlightId = 0; // its command, for /cancel
    State m_state = State::Idle;
    QString m_stateText;

    int m_requestsSent = 0;
    int m_samples = 0;
    int m_errorsInARow = 0;
    int m_ticksSkipped = 0;
};

} // namespace Beholder
