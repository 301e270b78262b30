// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic sampling loop against one router (see livetrafficsession.h).
#include "livetrafficsession.h"

#include "logging/logging.h"
#include "routergate.h"
#include "routeros/routerosclient.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// How often a tick that found the router busy (another chart's request) looks again before the next tick.
constexpr int gateRetryMs = 50;
// The longest wait for the TCP (and TLS) connection and for the login.
constexpr int maxConnectMs = 5000;

QString seconds(int ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

bool isMissingInterface(const ApiError &error)
{
    // RouterOS: "input does not match any value of interface" when <pppoe-USER> does not exist (no session);
    // "no such item" when it went away between two samples.
    return error.kind == ApiError::Kind::Remote
        && (error.message.contains(u"does not match any value of interface"_s, Qt::CaseInsensitive)
            || error.message.contains(u"no such item"_s, Qt::CaseInsensitive));
}

} // namespace

LiveTrafficSession::LiveTrafficSession(const LiveTarget &target, const QString &password, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_password(password)
    , m_interface(RouterOs::pppoeInterfaceName(target.pppoeUser))
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LiveTrafficSession::tick);
    m_gateRetry.setSingleShot(true);
    m_gateRetry.setInterval(gateRetryMs);
    connect(&m_gateRetry, &QTimer::timeout, this, &LiveTrafficSession::trySend);
}

LiveTrafficSession::~LiveTrafficSession()
{
    const QSignalBlocker quiet(this); // nobody listens to a dying session
    stop();
}

void LiveTrafficSession::setIntervalMs(int ms)
{
    m_intervalMs = std::max(50, ms);
}

void LiveTrafficSession::setRequestTimeoutMs(int ms)
{
    m_requestTimeoutMs = std::max(100, ms);
}

void LiveTrafficSession::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_target.ok()) {
        setState(State::Failed, m_target.errorMessage);
        return;
    }
    RouterConfig config = m_target.router;
    // Connecting and logging in may take longer than a sample, but an operator watching a spinner should hear
    // about an unreachable router within seconds, not after the sync's generous timeout.
    const int routerMs = config.timeoutMs > 0 ? config.timeoutMs : RouterConfig().timeoutMs;
    const int connectMs = std::max(m_requestTimeoutMs, std::min(routerMs, maxConnectMs));
    config.timeoutMs = m_requestTimeoutMs; // every monitor-traffic: short, so a stuck router shows at once
    m_client = new RouterOs::Client(config, m_password, this);
    m_client->connection()->setTlsExceptions(m_target.tlsExceptions);
    m_client->connection()->setConnectTimeout(connectMs);
    m_client->connection()->setLoginTimeout(connectMs);
    qCInfo(lcRouterOs) << "live traffic of" << m_target.pppoeUser << "on" << m_target.routerName << "started";
    setState(State::Connecting,
             u"connecting to %1 (%2:%3)"_s.arg(m_target.routerName, config.host, QString::number(config.port)));
    m_ticker.start(m_intervalMs);
    tick();
}

void LiveTrafficSession::stop()
{
    if (m_state == State::Stopped)
        return;
    const bool wasStarted = m_state != State::Idle && m_state != State::Failed;
    shutDown();
    if (wasStarted)
        qCInfo(lcRouterOs) << "live traffic of" << m_target.pppoeUser << "on" << m_target.routerName << "stopped after"
                           << m_requestsSent << "requests";
    setState(State::Stopped, u"stopped"_s);
}

void LiveTrafficSession::tick()
{
    if (m_inFlightSeq != 0) {
        // Never a second request while the first is out: a slow router gets fewer, not more.
        ++m_ticksSkipped;
        m_wanted = false;
        return;
    }
    m_wanted = true;
    trySend();
}

void LiveTrafficSession::trySend()
{
    if (!m_wanted || m_inFlightSeq != 0 || !m_client)
        return;
    if (!RouterGate::tryAcquire(m_target.router.nodeId)) {
        // Another chart's request is out on this router: look again shortly, until the next tick replaces it.
        m_gateRetry.start();
        return;
    }
    m_holdingGate = true;
    m_wanted = false;
    const quint64 seq = m_nextSeq++;
    m_inFlightSeq = seq;
    ++m_requestsSent;
    m_inFlightId = m_client->monitorTrafficOnce(
        m_interface, this, [this, seq](const ApiResult<RouterOs::TrafficSample> &result) { onAnswer(seq, result); });
}

void LiveTrafficSession::onAnswer(quint64 seq, const ApiResult<RouterOs::TrafficSample> &result)
{
    if (seq != m_inFlightSeq)
        return; // an answer to a request stop() already gave up on
    m_inFlightSeq = 0;
    m_inFlightId = 0;
    releaseGate();
    if (m_state == State::Stopped || m_state == State::Failed)
        return;

    if (result.ok()) {
        const RouterOs::TrafficSample &sample = *result.value;
        TrafficPoint point;
        point.atMs = QDateTime::currentMSecsSinceEpoch();
        point.downMbps = double(sample.subscriberDownloadBitsPerSecond()) / 1e6;
        point.upMbps = double(sample.subscriberUploadBitsPerSecond()) / 1e6;
        ++m_samples;
        m_errorsInARow = 0;
        if (m_state != State::Running)
            setState(State::Running,
                     u"live from %1, one sample per %2"_s.arg(m_target.routerName, seconds(m_intervalMs)));
        emit sampleArrived(point);
        return;
    }

    const ApiError &error = result.error;
    if (error.kind == ApiError::Kind::Canceled)
        return;
    ++m_errorsInARow;
    const QString text = describe(error);
    switch (error.kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Config:
        // Another try cannot fix these, and a router must not see a wrong password once a second.
        qCWarning(lcRouterOs) << "live traffic of" << m_target.pppoeUser << "failed:" << error.message;
        shutDown();
        setState(State::Failed, text);
        return;
    default:
        qCDebug(lcRouterOs) << "live traffic of" << m_target.pppoeUser << ":" << error.message;
        setState(State::Waiting, text);
        return;
    }
}

QString LiveTrafficSession::describe(const ApiError &error) const
{
    const QString router = m_target.routerName;
    if (isMissingInterface(error))
        return u"no session: the customer is not connected (%1 has no %2 interface)"_s.arg(router, m_interface);
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return u"%1 did not answer within %2 (busy or unreachable)"_s.arg(router, seconds(m_requestTimeoutMs));
    case ApiError::Kind::Auth:
        return u"%1 refused the login of API user '%2': check the router's password (keychain key %3). %4"_s.arg(
            router, m_target.router.user, SecretKeys::routerPassword(m_target.router.nodeId), error.message);
    case ApiError::Kind::Dns:
    case ApiError::Kind::Connection:
        return u"cannot reach %1: %2"_s.arg(router, error.message);
    default:
        return error.message;
    }
}

void LiveTrafficSession::releaseGate()
{
    if (m_holdingGate) {
        m_holdingGate = false;
        RouterGate::release(m_target.router.nodeId);
    }
}

void LiveTrafficSession::setState(State state, const QString &text)
{
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    emit stateChanged(state, text);
}

void LiveTrafficSession::shutDown()
{
    m_ticker.stop();
    m_gateRetry.stop();
    m_wanted = false;
    RouterOs::Client *client = std::exchange(m_client, nullptr);
    if (client) {
        if (m_inFlightSeq != 0 && m_inFlightId != 0)
            client->cancel(m_inFlightId); // /cancel =tag=: the router stops it even before the close lands
        client->close();                  // /quit and close: nothing of ours is left on the router
        // Deleted from the event loop: stop() may run inside one of this client's own callbacks.
        client->setParent(nullptr);
        client->deleteLater();
    }
    m_inFlightSeq = 0;
    m_inFlightId = 0;
    releaseGate();
}

} // namespace Beholder
