// SPDX-License-Identifier: GPL-3.0-or-later
// The probe is a chain of steps; each step arms one timer and waits for one
// signal or callback. A generation counter makes every late callback (a
// lookup, a socket, a client finishing after a cancel or a timeout) a no-op.
// DNS, TCP and TLS run on the probe's own socket, so each failure is told
// apart; authentication and the API call then go through the real clients,
// which open their own connection with the same TLS exceptions.
#include "connectionprobe.h"

#include "integrations/cnmaestro/cnmaestroclient.h"
#include "integrations/ispcube/ispcubeclient.h"
#include "integrations/smartolt/smartoltclient.h"
#include "logging/logging.h"
#include "net/callbudget.h"
#include "net/httpclient.h"
#include "routeros/routerosclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int stageCount = 5;
// Slack over a client's own timeout, so that the client's more precise error usually wins.
constexpr int guardSlackMs = 2000;

QString secondsText(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

QString sourceTitle(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return u"ISPCube"_s;
    case SourceKind::SmartOlt:
        return u"SmartOLT"_s;
    case SourceKind::CnMaestro:
        return u"cnMaestro"_s;
    case SourceKind::RouterOs:
        return u"RouterOS"_s;
    }
    return {};
}

} // namespace

bool ProbeResult::ok() const
{
    return finished && !canceled && failedStep() == nullptr;
}

const ProbeStep *ProbeResult::failedStep() const
{
    for (const ProbeStep &step : steps) {
        if (step.state == ProbeStep::State::Failed)
            return &step;
    }
    return nullptr;
}

QString ProbeResult::summary() const
{
    if (const ProbeStep *failed = failedStep())
        return ConnectionProbe::tr("%1 failed: %2").arg(stageTitle(failed->stage), failed->message);
    if (!finished)
        return ConnectionProbe::tr("in progress");
    qint64 total = 0;
    for (const ProbeStep &step : steps)
        total += step.durationMs;
    return ConnectionProbe::tr("all steps passed in %1 ms").arg(total);
}

QString toString(ProbeStep::Stage stage)
{
    switch (stage) {
    case ProbeStep::Stage::Dns:
        return u"dns"_s;
    case ProbeStep::Stage::Tcp:
        return u"tcp"_s;
    case ProbeStep::Stage::Tls:
        return u"tls"_s;
    case ProbeStep::Stage::Auth:
        return u"auth"_s;
    case ProbeStep::Stage::Api:
        return u"api"_s;
    }
    return {};
}

QString stageTitle(ProbeStep::Stage stage)
{
    switch (stage) {
    case ProbeStep::Stage::Dns:
        return ConnectionProbe::tr("DNS");
    case ProbeStep::Stage::Tcp:
        return ConnectionProbe::tr("TCP");
    case ProbeStep::Stage::Tls:
        return ConnectionProbe::tr("TLS");
    case ProbeStep::Stage::Auth:
        return ConnectionProbe::tr("authentication");
    case ProbeStep::Stage::Api:
        return ConnectionProbe::tr("API");
    }
    return {};
}

QString toString(ProbeStep::State state)
{
    switch (state) {
    case ProbeStep::State::Pending:
        return u"pending"_s;
    case ProbeStep::State::Running:
        return u"running"_s;
    case ProbeStep::State::Ok:
        return u"ok"_s;
    case ProbeStep::State::Failed:
        return u"failed"_s;
    case ProbeStep::State::Skipped:
        return u"skipped"_s;
    }
    return {};
}

struct ConnectionProbe::Private
{
    using Stage = ProbeStep::Stage;
    using State = ProbeStep::State;

    ConnectionProbe *q = nullptr;
    bool isRouter = false;
    SourceConfig source;
    RouterConfig router;
    QHash<QString, QString> secrets;
    QString routerPassword;
    TlsExceptionList tlsExceptions;
    std::shared_ptr<CallBudget> budget;
    int timeoutMs = 30000;

    QString host;
    quint16 port = 0;
    bool useTls = false;

    ProbeResult result;
    bool running = false;
    quint64 generation = 0; // bumped at every start, cancel and finish: older callbacks do nothing
    int current = -1;       // the running step
    QElapsedTimer clock;
    QTimer stepTimer;

    int lookupId = -1;
    QList<QHostAddress> addresses;
    qsizetype addressIndex = 0;
    QPointer<QSslSocket> socket;
    std::optional<ApiError> tlsRefusal;

    QPointer<QObject> client; // the REST client or RouterOs::Client of the last two steps

    QString target() const
    {
        if (isRouter) {
            const QString name = router.name.isEmpty() ? router.host : router.name;
            return u"RouterOS %1 (%2:%3)"_s.arg(name, router.host, QString::number(router.port));
        }
        return sourceTitle(source.kind) + u' ' + source.baseUrl.toString(QUrl::RemoveUserInfo);
    }

    ProbeStep &step(Stage stage) { return result.steps[int(stage)]; }

    ApiError makeError(ApiError::Kind kind, const QString &what) const
    {
        return ApiError::make(kind, target() + u": "_s + what);
    }

    // --- step bookkeeping -------------------------------------------------

    void begin(Stage stage, int limitMs)
    {
        current = int(stage);
        ProbeStep &s = step(stage);
        s.state = State::Running;
        s.message.clear();
        clock.restart();
        stepTimer.start(limitMs);
        emit q->stepChanged(current, s);
    }

    void pass(Stage stage, const QString &message)
    {
        stepTimer.stop();
        ProbeStep &s = step(stage);
        s.state = State::Ok;
        s.durationMs = clock.elapsed();
        s.message = message;
        qCInfo(lcNet).noquote() << "connection test" << target() << toString(stage) << "ok:" << message;
        emit q->stepChanged(int(stage), s);
    }

    void skip(Stage stage, const QString &message)
    {
        ProbeStep &s = step(stage);
        s.state = State::Skipped;
        s.durationMs = 0;
        s.message = message;
        emit q->stepChanged(int(stage), s);
    }

    // Fails the running step with `error`, skips the rest and finishes.
    void fail(const ApiError &error)
    {
        if (current < 0)
            current = 0;
        const Stage stage = Stage(current);
        stepTimer.stop();
        ProbeStep &s = step(stage);
        s.state = State::Failed;
        s.durationMs = clock.isValid() ? clock.elapsed() : 0;
        s.error = error;
        // The step names the stage; the message need not repeat the target.
        const QString prefix = target() + u": "_s;
        s.message = error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
        if (error.kind == ApiError::Kind::Tls && !error.certificate.isNull())
            result.certificate = error.certificate;
        qCWarning(lcNet).noquote() << "connection test" << target() << toString(stage) << "failed:" << s.message;
        emit q->stepChanged(int(stage), s);
        for (int i = current + 1; i < stageCount; ++i)
            skip(Stage(i), ConnectionProbe::tr("not tried: %1 failed").arg(stageTitle(stage)));
        finish();
    }

    void finish()
    {
        stepTimer.stop();
        ++generation;
        running = false;
        current = -1;
        teardown();
        result.finished = true;
        // Never from inside start() or cancel(): the caller may delete the probe in the slot.
        QMetaObject::invokeMethod(
            q, [this] { emit q->finished(result); }, Qt::QueuedConnection);
    }

    void teardown()
    {
        if (lookupId >= 0) {
            QHostInfo::abortHostLookup(lookupId);
            lookupId = -1;
        }
        if (QSslSocket *s = socket.data()) {
            socket = nullptr;
            s->disconnect(q);
            s->abort();
            s->deleteLater();
        }
        if (QObject *c = client.data()) {
            client = nullptr;
            if (auto *r = qobject_cast<RouterOs::Client *>(c))
                r->close();
            else if (auto *i = qobject_cast<IspCubeClient *>(c))
                i->cancel();
            else if (auto *s = qobject_cast<SmartOltClient *>(c))
                s->cancel();
            else if (auto *m = qobject_cast<CnMaestroClient *>(c))
                m->cancel();
            c->deleteLater();
        }
    }

    // A callback for the current generation only.
    template<typename F>
    auto guarded(F f)
    {
        return [this, gen = generation, f = std::move(f)](auto &&...args) {
            if (gen == generation && running)
                f(std::forward<decltype(args)>(args)...);
        };
    }

    void onStepTimeout()
    {
        if (!running || current < 0)
            return;
        const int limit = stepTimer.interval();
        QString what;
        switch (Stage(current)) {
        case Stage::Dns:
            what = ConnectionProbe::tr("the name server did not answer for %1 within %2 s")
                       .arg(host, secondsText(limit));
            break;
        case Stage::Tcp:
            what = ConnectionProbe::tr("no answer from %1:%2 within %3 s (a firewall may be dropping the packets)")
                       .arg(host, QString::number(port), secondsText(limit));
            break;
        case Stage::Tls:
            what = ConnectionProbe::tr("TLS: the handshake with %1:%2 did not complete within %3 s (does this port "
                                       "speak TLS?)")
                       .arg(host, QString::number(port), secondsText(limit));
            break;
        case Stage::Auth:
        case Stage::Api:
            what = ConnectionProbe::tr("no answer within %1 s").arg(secondsText(limit));
            break;
        }
        fail(makeError(ApiError::Kind::Timeout, what));
    }

    // --- the steps --------------------------------------------------------

    void runDns()
    {
        begin(Stage::Dns, timeoutMs);
        const QHostAddress literal(host);
        if (!literal.isNull()) {
            stepTimer.stop();
            addresses = {literal};
            skip(Stage::Dns, ConnectionProbe::tr("%1 is an IP address: nothing to resolve").arg(host));
            runTcp();
            return;
        }
        lookupId = QHostInfo::lookupHost(host, q, guarded([this](const QHostInfo &info) {
                                             lookupId = -1;
                                             onLookup(info);
                                         }));
    }

    void onLookup(const QHostInfo &info)
    {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString why = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                ? ConnectionProbe::tr("the host %1 was not found (DNS)").arg(host)
                : ConnectionProbe::tr("the host %1 could not be looked up (DNS): %2").arg(host, info.errorString());
            fail(makeError(ApiError::Kind::Dns, why));
            return;
        }
        addresses = info.addresses();
        QStringList texts;
        for (const QHostAddress &address : std::as_const(addresses))
            texts << address.toString();
        pass(Stage::Dns, ConnectionProbe::tr("%1 resolves to %2").arg(host, texts.join(u", "_s)));
        runTcp();
    }

    void runTcp()
    {
        begin(Stage::Tcp, timeoutMs);
        addressIndex = 0;
        connectNext();
    }

    void connectNext()
    {
        if (QSslSocket *old = socket.data()) {
            old->disconnect(q);
            old->abort();
            old->deleteLater();
        }
        auto *s = new QSslSocket(q);
        socket = s;
        QObject::connect(s, &QSslSocket::connected, q, guarded([this] { onTcpConnected(); }));
        QObject::connect(s, &QSslSocket::errorOccurred, q,
                         guarded([this](QAbstractSocket::SocketError e) { onSocketError(e); }));
        QObject::connect(s, &QSslSocket::sslErrors, q,
                         guarded([this](const QList<QSslError> &errors) { onSslErrors(errors); }));
        QObject::connect(s, &QSslSocket::encrypted, q, guarded([this] { onEncrypted(); }));
        s->connectToHost(addresses.at(addressIndex), port);
    }

    void onTcpConnected()
    {
        pass(Stage::Tcp,
             ConnectionProbe::tr("connected to %1 port %2")
                 .arg(addresses.at(addressIndex).toString(), QString::number(port)));
        if (useTls) {
            runTls();
            return;
        }
        skip(Stage::Tls,
             isRouter ? ConnectionProbe::tr("the plain API (not API-SSL): nothing is encrypted, the "
                                            "password travels in clear")
                      : ConnectionProbe::tr("plain HTTP: nothing is encrypted"));
        dropSocket();
        runAuth();
    }

    void runTls()
    {
        begin(Stage::Tls, timeoutMs);
        tlsRefusal.reset();
        socket->setPeerVerifyName(host);
        socket->startClientEncryption();
    }

    void onSslErrors(const QList<QSslError> &errors)
    {
        const TlsVerdict verdict = tlsExceptions.check(host, port, socket->peerCertificate(), errors);
        result.certificate = verdict.peer;
        if (verdict.accepted) {
            result.certificatePinned = true;
            socket->ignoreSslErrors();
            return;
        }
        ApiError error = makeError(ApiError::Kind::Tls, u"TLS: "_s + verdict.reason);
        error.certificate = verdict.peer;
        tlsRefusal = error;
    }

    void onEncrypted()
    {
        const QSslCertificate leaf = socket->peerCertificate();
        const bool pinned = result.certificatePinned;
        result.certificate = describeCertificate(leaf, host, port);
        const QString expires = result.certificate.expires.toString(u"yyyy-MM-dd"_s);
        if (pinned) {
            const QList<TlsException> pins = tlsExceptions.forHost(host, port);
            const QString added = pins.isEmpty() ? QString() : pins.constFirst().addedAt.toString(u"yyyy-MM-dd"_s);
            pass(Stage::Tls,
                 ConnectionProbe::tr("the certificate does not verify but is pinned by the TLS exception "
                                     "added %1 (SHA-256 %2, %3, valid until %4)")
                     .arg(added, formatFingerprint(result.certificate.sha256), result.certificate.subject, expires));
        } else {
            pass(Stage::Tls,
                 ConnectionProbe::tr("certificate verified: %1, issued by %2, valid until %3")
                     .arg(result.certificate.subject, result.certificate.issuer, expires));
        }
        dropSocket();
        runAuth();
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (current == int(Stage::Tcp)) {
            if (addressIndex + 1 < addresses.size()) {
                ++addressIndex; // the next address of the name, within the same step's time
                connectNext();
                return;
            }
            const QString where = host + u':' + QString::number(port);
            QString what;
            switch (error) {
            case QAbstractSocket::ConnectionRefusedError:
                what = ConnectionProbe::tr("%1 refused the connection (nothing listens on that port, or a firewall "
                                           "rejects it)")
                           .arg(where);
                break;
            case QAbstractSocket::NetworkError:
                what = ConnectionProbe::tr("%1 is unreachable: %2").arg(where, socket->errorString());
                break;
            default:
                what = ConnectionProbe::tr("could not connect to %1: %2").arg(where, socket->errorString());
                break;
            }
            fail(makeError(ApiError::Kind::Connection, what));
            return;
        }
        if (current == int(Stage::Tls)) {
            if (tlsRefusal) {
                fail(*tlsRefusal);
                return;
            }
            ApiError e = makeError(
                ApiError::Kind::Tls,
                ConnectionProbe::tr("TLS: the handshake with %1 failed: %2").arg(host, socket->errorString()));
            e.certificate = describeCertificate(socket->peerCertificate(), host, port);
            fail(e);
        }
    }

    void dropSocket()
    {
        if (QSslSocket *s = socket.data()) {
            socket = nullptr;
            s->disconnect(q);
            s->disconnectFromHost();
            s->deleteLater();
        }
    }

    void configure(HttpClient &http)
    {
        http.setDefaultTimeoutMs(timeoutMs);
        RetryPolicy policy = http.retryPolicy();
        policy.maxAttempts = 1; // a test reports the first failure as it is
        policy.maxRateLimitRetries = 0;
        policy.maxBudgetWaitMs = timeoutMs;
        http.setRetryPolicy(policy);
        http.setTlsExceptions(tlsExceptions);
        http.setBudget(budget);
    }

    void runAuth()
    {
        // A REST step is one call and its own timeout; a router connects and logs in again.
        begin(Stage::Auth, (isRouter ? 2 * timeoutMs : timeoutMs) + guardSlackMs);
        if (isRouter) {
            runRouter();
            return;
        }
        switch (source.kind) {
        case SourceKind::IspCube: {
            auto *c = new IspCubeClient(
                source, {secrets.value(SecretKeys::ispCubePassword()), secrets.value(SecretKeys::ispCubeApiKey())}, q);
            client = c;
            configure(c->http());
            c->login(guarded([this, c](const ApiError &error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                pass(Stage::Auth, ConnectionProbe::tr("logged in as %1").arg(source.user));
                begin(Stage::Api, timeoutMs + guardSlackMs);
                auto rows = std::make_shared<qsizetype>(0);
                c->fetchCustomersFirstPage(
                    1, [rows](QList<Customer> page) { *rows += page.size(); }, guarded([this, rows](const ApiError &e) {
                        if (e.isError())
                            fail(e);
                        else
                            apiPassed(ConnectionProbe::tr("customers_list answered (%n customer(s) on a first page "
                                                          "of 1)",
                                                          nullptr, int(*rows)));
                    }));
            }));
            return;
        }
        case SourceKind::SmartOlt: {
            auto *c = new SmartOltClient(source, secrets.value(SecretKeys::smartOltToken()), q);
            client = c;
            configure(c->http());
            auto olts = std::make_shared<qsizetype>(0);
            // SmartOLT has no login: its token is checked on every call, so one call answers both steps.
            c->fetchOlts(
                [olts](QList<Olt> page) { *olts += page.size(); }, guarded([this, olts](const ApiError &error) {
                    using Kind = ApiError::Kind;
                    const bool serverAnswered = error.kind == Kind::None || error.kind == Kind::Http
                        || error.kind == Kind::Protocol || error.kind == Kind::Remote
                        || error.kind == Kind::RateLimited;
                    if (!serverAnswered) {
                        fail(error);
                        return;
                    }
                    pass(Stage::Auth, ConnectionProbe::tr("the API token (X-Token) was accepted"));
                    begin(Stage::Api, timeoutMs);
                    if (error.isError())
                        fail(error);
                    else
                        apiPassed(ConnectionProbe::tr("system/get_olts answered (%n OLT(s))", nullptr, int(*olts)));
                }));
            return;
        }
        case SourceKind::CnMaestro: {
            auto *c = new CnMaestroClient(source, secrets.value(SecretKeys::cnMaestroClientSecret()), q);
            client = c;
            configure(c->http());
            c->login(guarded([this, c](const ApiError &error) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                pass(Stage::Auth, ConnectionProbe::tr("an OAuth2 token was issued to client %1").arg(source.user));
                begin(Stage::Api, timeoutMs + guardSlackMs);
                auto rows = std::make_shared<qsizetype>(0);
                c->fetchAlarmsFirstPage(
                    1, [rows](QList<Alarm> page) { *rows += page.size(); }, guarded([this, rows](const ApiError &e) {
                        if (e.isError())
                            fail(e);
                        else
                            apiPassed(ConnectionProbe::tr("alarms answered (%n alarm(s) on a first page of 1)", nullptr,
                                                          int(*rows)));
                    }));
            }));
            return;
        }
        case SourceKind::RouterOs:
            break;
        }
        fail(makeError(ApiError::Kind::Config, ConnectionProbe::tr("not a source with an address of its own")));
    }

    void runRouter()
    {
        auto *c = new RouterOs::Client(router, routerPassword, q);
        client = c;
        RouterOs::Connection *connection = c->connection();
        connection->setTlsExceptions(tlsExceptions);
        connection->setConnectTimeout(timeoutMs);
        connection->setLoginTimeout(timeoutMs);
        QObject::connect(connection, &RouterOs::Connection::stateChanged, q,
                         guarded([this](RouterOs::Connection::State state) {
                             if (state != RouterOs::Connection::State::Ready || current != int(Stage::Auth))
                                 return;
                             pass(Stage::Auth, ConnectionProbe::tr("logged in as %1").arg(router.user));
                             begin(Stage::Api, timeoutMs + guardSlackMs);
                         }));
        c->systemResource(q, guarded([this](const ApiResult<RouterOs::SystemResource> &r) {
                              if (!r.ok()) {
                                  fail(r.error);
                                  return;
                              }
                              const RouterOs::SystemResource &resource = *r.value;
                              apiPassed(ConnectionProbe::tr("/system/resource/print answered: RouterOS %1 on %2")
                                            .arg(resource.version, resource.boardName));
                          }));
    }

    void apiPassed(const QString &message)
    {
        pass(Stage::Api, message);
        finish();
    }
};

ConnectionProbe::ConnectionProbe(const SourceConfig &source, const QHash<QString, QString> &secrets,
                                 const TlsExceptionList &tlsExceptions, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->source = source;
    d->secrets = secrets;
    d->tlsExceptions = tlsExceptions;
    d->timeoutMs = source.timeoutMs > 0 ? source.timeoutMs : SourceConfig().timeoutMs;
    d->host = source.baseUrl.host();
    d->useTls = source.baseUrl.scheme() == "https"_L1;
    d->port = quint16(source.baseUrl.port(d->useTls ? 443 : 80));
    d->stepTimer.setSingleShot(true);
    connect(&d->stepTimer, &QTimer::timeout, this, [this] { d->onStepTimeout(); });
}

ConnectionProbe::ConnectionProbe(const RouterConfig &router, const QString &password,
                                 const TlsExceptionList &tlsExceptions, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->isRouter = true;
    d->router = router;
    d->routerPassword = password;
    d->tlsExceptions = tlsExceptions;
    d->timeoutMs = router.timeoutMs > 0 ? router.timeoutMs : RouterConfig().timeoutMs;
    d->host = router.host;
    d->useTls = router.tls;
    d->port = quint16(std::clamp(router.port, 0, 65535));
    d->stepTimer.setSingleShot(true);
    connect(&d->stepTimer, &QTimer::timeout, this, [this] { d->onStepTimeout(); });
}

ConnectionProbe::~ConnectionProbe()
{
    ++d->generation;
    d->running = false;
    d->teardown();
}

void ConnectionProbe::setBudget(std::shared_ptr<CallBudget> budget)
{
    d->budget = std::move(budget);
}

void ConnectionProbe::setStepTimeoutMs(int ms)
{
    if (ms > 0)
        d->timeoutMs = ms;
}

void ConnectionProbe::start()
{
    if (d->running)
        return;
    d->teardown();
    ++d->generation;
    d->running = true;
    d->current = -1;
    d->result = {};
    d->result.target = d->target();
    for (int i = 0; i < stageCount; ++i) {
        ProbeStep step;
        step.stage = ProbeStep::Stage(i);
        d->result.steps.append(step);
    }
    // From the event loop: start() returns before the first stepChanged().
    QMetaObject::invokeMethod(this, d->guarded([this] {
        const bool restSourceWithoutAddress = !d->isRouter && d->source.kind == SourceKind::RouterOs;
        const bool badUrl = !d->isRouter
            && (!d->source.baseUrl.isValid() || d->host.isEmpty()
                || (d->source.baseUrl.scheme() != "https"_L1 && d->source.baseUrl.scheme() != "http"_L1));
        const bool badRouter = d->isRouter && (d->host.isEmpty() || d->router.port <= 0 || d->router.port > 65535);
        if (restSourceWithoutAddress || badUrl || badRouter) {
            d->begin(ProbeStep::Stage::Dns, d->timeoutMs);
            d->fail(d->makeError(ApiError::Kind::Config,
                                 restSourceWithoutAddress
                                     ? tr("the routers are tested one by one, each at its own address")
                                     : tr("the address is missing or invalid")));
            return;
        }
        d->runDns();
    }),
                              Qt::QueuedConnection);
}

void ConnectionProbe::cancel()
{
    if (!d->running)
        return;
    if (d->current < 0) {
        d->current = 0;
        d->clock.restart();
    }
    d->fail(d->makeError(ApiError::Kind::Canceled, tr("canceled")));
    d->result.canceled = true;
}

bool ConnectionProbe::isRunning() const
{
    return d->running;
}

const ProbeResult &ConnectionProbe::result() const
{
    return d->result;
}

} // namespace Beholder
