// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosisservice.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "cacheddiagnosis.h"
#include "credentials/credentialstore.h"
#include "credentials/readsecrets.h"
#include "factbuilder.h"
#include "integrations/cnmaestro/cnmaestroclient.h"
#include "integrations/smartolt/smartoltclient.h"
#include "logging/logging.h"
#include "net/callbudget.h"
#include "routeros/routerosclient.h"
#include "sync/fetchers/sourcefetchers.h"
#include "triage/rulebook.h"
#include "util/timeformat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Beholder::Diagnosis {

namespace {

// RouterOS and the OLTs print local time without a zone, and a profile does not name its ISP's zone yet:
// this computer's is used (an operator's PC runs in the ISP's zone), as the sync's SmartOLT client does.
QTimeZone routerZone()
{
    return QTimeZone::systemTimeZone();
}

// How long a live call may wait for its source's call budget before the diagnosis gives up on it.
constexpr int LiveBudgetWaitMs = 1500;

UnixTime nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// "2026-11-25 10:42:03-03:00" as Huawei's CLI prints it, with its offset; without one, in the ISP's zone.
std::optional<UnixTime> oltTime(const QString &text)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), routerZone());
    return at.toSecsSinceEpoch();
}

} // namespace

struct DiagnosisService::Private
{
    CacheDatabase *cache = nullptr;
    QString profileName;
    ProfileSources sources;
    CredentialStore *store = nullptr;
    Triage::Thresholds thresholds = Triage::Thresholds::defaults();
    DiagnosisOptions options;
    Access::Principal principal;
    TaskRunner reader{u"diagnosis"_s, 1};
    TaskRunner auditWriter{u"diagnosis-audit"_s, 1}; // never canceled: audit rows are not dropped at close
    QPointer<Run> current;
    quint64 lastId = 0;

    // One client per source for the service's life: the RouterOS sessions stay logged in and the OAuth token
    // stays valid between diagnoses (one reusable connection per router).
    QHash<qint64, RouterOs::Client *> routers;
    SmartOltClient *smartOlt = nullptr;
    CnMaestroClient *cnMaestro = nullptr;

    enum class Secrets { NotRead, Reading, Read };
    Secrets secretsState = Secrets::NotRead;
    QHash<QString, QString> secrets;
    QString secretsError;

    int liveTimeoutMs() const
    {
        return options.liveTimeoutMs > 0 ? options.liveTimeoutMs : int(thresholds.value(u"live_timeout_s"_s) * 1000);
    }

    QStringList secretKeys() const
    {
        QStringList keys;
        if (const auto smartOlt = sources.source(SourceKind::SmartOlt); smartOlt && smartOlt->enabled)
            keys << SecretKeys::smartOltToken();
        if (const auto cnMaestro = sources.source(SourceKind::CnMaestro); cnMaestro && cnMaestro->enabled)
            keys << SecretKeys::cnMaestroClientSecret();
        for (const RouterConfig &router : sources.routers)
            keys << SecretKeys::routerPassword(router.nodeId);
        return keys;
    }
};

// One diagnosis: the cache's answer, then each live source's, until every source has answered or given up.
class DiagnosisService::Run final : public QObject
{
public:
    Run(DiagnosisService *service, quint64 id, const QString &user)
        : QObject(service)
        , m_service(service)
        , m_id(id)
    {
        m_report.pppoeUser = user.trimmed();
        m_report.startedAt = nowSeconds();
        m_clock.start();
    }

    ~Run() override { abandon(); }

    // Stops for good: its live calls are canceled and it publishes nothing more. Safe to call from inside its
    // own publish() (a receiver that starts another diagnosis), which is why the service deletes it later.
    void abandon()
    {
        if (m_abandoned)
            return;
        m_abandoned = true;
        m_done = true;
        if (m_router) {
            for (const RouterOs::CommandId command : std::as_const(m_routerCommands))
                m_router->cancel(command);
        }
        m_routerCommands.clear();
        Private &p = *m_service->d;
        if (p.smartOlt && source(u"smartolt"_s).state == SourceState::Pending)
            p.smartOlt->cancel();
        if (p.cnMaestro && source(u"cnmaestro"_s).state == SourceState::Pending)
            p.cnMaestro->cancel();
    }

    quint64 id() const { return m_id; }
    DiagnosisReport &report() { return m_report; }

    void onCached(const CachedDiagnosis &cached, const QString &error);
    // The principal may not diagnose: one final report that says why (the refusal is audited by the service).
    void refuse(const QString &message);
    void startLive(const QHash<QString, QString> &secrets, const QString &secretsError);
    bool waitingForSecrets() const { return m_waitingForSecrets; }

private:
    SourceReport &source(const QString &id);
    void publish();
    void sourceDone(const QString &id, SourceState state, const QString &detail, bool unreachable = false);
    void armDeadline(const QString &id, const std::function<void()> &onExpired);
    void finishIfDone();

    void askRouter(const RouterConfig &router, const QString &password);
    void askSmartOlt(const SourceConfig &config, const QString &token, const Onu &onu);
    void askCnMaestro(const SourceConfig &config, const QString &secret, const WirelessSubscriber &sm);
    void askRouterLog(RouterOs::Client *client, const std::function<void()> &partDone);

    DiagnosisService *m_service;
    quint64 m_id;
    DiagnosisReport m_report;
    QElapsedTimer m_clock;
    bool m_waitingForSecrets = false;
    bool m_done = false;
    bool m_abandoned = false;
    bool m_refused = false;
    bool m_readFailed = false; // the cache could not be read
    bool m_audited = false;    // the final report's "diagnosis" audit row is queued
    QPointer<RouterOs::Client> m_router;
    QList<RouterOs::CommandId> m_routerCommands; // canceled when the run ends early
    // Parts a source still owes before it is done (router: session, log, traffic).
    QHash<QString, int> m_pending;
};

// --- Run ---------------------------------------------------------------------------------------------

SourceReport &DiagnosisService::Run::source(const QString &id)
{
    for (SourceReport &s : m_report.sources) {
        if (s.id == id)
            return s;
    }
    SourceReport added;
    added.id = id;
    m_report.sources.append(added);
    return m_report.sources.last();
}

void DiagnosisService::Run::publish()
{
    if (m_abandoned)
        return;
    const UnixTime now = nowSeconds();
    const Triage::Thresholds &thresholds = m_service->d->thresholds;
    m_report.facts = buildFacts(m_report, thresholds, now);
    if (!m_report.facts.value(u"subscriber.found"_s).toBool()) {
        m_report.assessment = Triage::Assessment{};
        m_report.assessment.headlineReason = m_report.error;
    } else {
        m_report.assessment = Triage::RuleBook::builtIn().evaluate(m_report.facts, thresholds);
    }
    m_report.elapsedMs = m_clock.elapsed();
    if (m_report.final && !m_refused && !m_audited) {
        // One row per finished diagnosis: who, which line, the verdict word.
        m_audited = true;
        Private &p = *m_service->d;
        const bool found = m_report.facts.value(u"subscriber.found"_s).toBool();
        const QString verdict = found ? Triage::verdictId(m_report.assessment.headline) : u"NOT_FOUND"_s;
        const Access::AuditOutcome outcome = m_readFailed ? Access::AuditOutcome::Failed : Access::AuditOutcome::Ok;
        Access::AuditLog(p.cache, &p.auditWriter)
            .append(Access::AuditEntry::by(p.principal, Access::AuditAction::diagnosis(), m_report.pppoeUser, verdict,
                                           outcome));
    }
    emit m_service->reportUpdated(m_id, m_report);
}

void DiagnosisService::Run::refuse(const QString &message)
{
    if (m_abandoned)
        return;
    m_refused = true;
    m_report.error = message;
    m_report.final = true;
    m_done = true;
    publish();
}

void DiagnosisService::Run::onCached(const CachedDiagnosis &cached, const QString &error)
{
    if (m_abandoned)
        return;
    m_report.cached = cached.details;
    m_report.outage = cached.outage;
    m_report.timeline = cached.timeline;
    if (!error.isEmpty()) {
        m_report.error = error;
        m_readFailed = true;
    } else if (!cached.found) {
        m_report.error
            = tr("No connection or router secret has the PPPoE user \"%1\" in the cache.").arg(m_report.pppoeUser);
    }
    if (!cached.found || !error.isEmpty()) {
        m_report.final = true;
        m_done = true;
        publish();
        return;
    }

    const Private &p = *m_service->d;
    const DiagnosisOptions &options = p.options;
    const SubscriberDetails &d = m_report.cached;
    // Which live sources this line has.
    auto plan = [&](const QString &id, const QString &label, bool applies, bool asked, bool configured) {
        SourceReport &s = source(id);
        s.label = label;
        if (!applies || !asked || !configured) {
            s.state = SourceState::NotConfigured;
            s.detail = !applies ? tr("not this line's equipment")
                : !asked        ? tr("not asked")
                                : tr("not configured in this profile");
        } else if (options.offline) {
            s.state = SourceState::Offline;
            s.detail = tr("offline: the cache answers alone");
        } else {
            s.state = SourceState::Pending;
        }
    };
    const SecretOnRouter *secret = d.secrets.isEmpty() ? nullptr : &d.secrets.constFirst();
    const bool routerConfigured = secret
        && std::any_of(p.sources.routers.cbegin(), p.sources.routers.cend(),
                       [&](const RouterConfig &r) { return r.nodeId == secret->secret.nodeId; });
    plan(u"router"_s, secret ? tr("%1 (RouterOS)").arg(secret->nodeName) : tr("Router"), secret != nullptr,
         options.askRouter, routerConfigured);
    const auto smartOlt = p.sources.source(SourceKind::SmartOlt);
    plan(u"smartolt"_s, tr("SmartOLT"), d.onu.has_value(), options.askSmartOlt, smartOlt && smartOlt->enabled);
    const auto cnMaestro = p.sources.source(SourceKind::CnMaestro);
    plan(u"cnmaestro"_s, tr("cnMaestro"), d.subscriber.has_value(), options.askCnMaestro,
         cnMaestro && cnMaestro->enabled);
    m_report.offline = options.offline;

    const bool anyPending = std::any_of(m_report.sources.cbegin(), m_report.sources.cend(),
                                        [](const SourceReport &s) { return s.state == SourceState::Pending; });
    if (!anyPending) {
        m_report.final = true;
        m_done = true;
        publish();
        return;
    }
    publish(); // the cached verdict, at once
    m_waitingForSecrets = true;
}

void DiagnosisService::Run::startLive(const QHash<QString, QString> &secrets, const QString &secretsError)
{
    m_waitingForSecrets = false;
    if (m_abandoned)
        return;
    const Private &p = *m_service->d;
    const SubscriberDetails &d = m_report.cached;
    const auto missing = [&](const QString &id, const QString &key) {
        const QString why = !secretsError.isEmpty() ? secretsError : tr("no credentials in the keychain (%1)").arg(key);
        sourceDone(id, SourceState::Down, why);
    };
    // A copy: every answer below publishes the report, whose receivers share (and may detach) its lists.
    const QList<SourceReport> sources = m_report.sources;
    for (const SourceReport &s : sources) {
        if (s.state != SourceState::Pending)
            continue;
        if (s.id == u"router") {
            const qint64 nodeId = d.secrets.constFirst().secret.nodeId;
            const QString key = SecretKeys::routerPassword(nodeId);
            const auto router = std::find_if(p.sources.routers.cbegin(), p.sources.routers.cend(),
                                             [&](const RouterConfig &r) { return r.nodeId == nodeId; });
            if (!secrets.contains(key))
                missing(s.id, key);
            else
                askRouter(*router, secrets.value(key));
        } else if (s.id == u"smartolt") {
            const QString key = SecretKeys::smartOltToken();
            if (!secrets.contains(key))
                missing(s.id, key);
            else
                askSmartOlt(*p.sources.source(SourceKind::SmartOlt), secrets.value(key), d.onu->value);
        } else if (s.id == u"cnmaestro") {
            const QString key = SecretKeys::cnMaestroClientSecret();
            if (!secrets.contains(key))
                missing(s.id, key);
            else
                askCnMaestro(*p.sources.source(SourceKind::CnMaestro), secrets.value(key), d.subscriber->value);
        }
    }
}

void DiagnosisService::Run::armDeadline(const QString &id, const std::function<void()> &onExpired)
{
    QTimer::singleShot(m_service->d->liveTimeoutMs(), this, [this, id, onExpired] {
        if (source(id).state == SourceState::Pending || m_pending.value(id) > 0)
            onExpired();
    });
}

void DiagnosisService::Run::sourceDone(const QString &id, SourceState state, const QString &detail, bool unreachable)
{
    SourceReport &s = source(id);
    if (s.state == SourceState::Pending) {
        s.state = state;
        s.detail = detail;
        s.unreachable = unreachable;
        s.elapsedMs = m_clock.elapsed();
        s.at = nowSeconds();
        if (state == SourceState::Down)
            qCInfo(lcDiagnosis).noquote() << "diagnosis of" << m_report.pppoeUser << ":" << id << "down:" << detail;
    }
    m_pending.remove(id);
    if (id == u"router" && m_router) { // nothing of this run keeps running on the router
        for (const RouterOs::CommandId command : std::as_const(m_routerCommands))
            m_router->cancel(command);
        m_routerCommands.clear();
    } else if (id == u"smartolt" && m_service->d->smartOlt && state == SourceState::Down) {
        m_service->d->smartOlt->cancel();
    } else if (id == u"cnmaestro" && m_service->d->cnMaestro && state == SourceState::Down) {
        m_service->d->cnMaestro->cancel();
    }
    finishIfDone();
}

void DiagnosisService::Run::finishIfDone()
{
    if (m_done)
        return;
    const bool pending = std::any_of(m_report.sources.cbegin(), m_report.sources.cend(),
                                     [](const SourceReport &s) { return s.state == SourceState::Pending; });
    if (!pending && m_pending.isEmpty()) {
        m_done = true;
        m_report.final = true;
    }
    publish();
}

void DiagnosisService::Run::askRouter(const RouterConfig &config, const QString &password)
{
    const QString id = u"router"_s;
    RouterConfig router = config;
    router.timeoutMs = std::min(router.timeoutMs, m_service->d->liveTimeoutMs());
    RouterOs::Client *&shared = m_service->d->routers[router.nodeId];
    if (!shared || shared->config().host != router.host || shared->config().port != router.port) {
        delete shared;
        shared = new RouterOs::Client(router, password, m_service);
        shared->connection()->setTlsExceptions(m_service->d->sources.tlsExceptions);
    }
    RouterOs::Client *client = shared;
    m_router = client;
    m_pending.insert(id, 3); // the session, a traffic sample, and the log
    const QString user = m_report.pppoeUser;
    const QString routerName = router.name;

    armDeadline(id, [this, id, router] {
        const bool answeredSession = m_report.session.has_value();
        if (answeredSession) { // the log or the traffic sample is late: keep what came
            m_pending.remove(id);
            sourceDone(id, SourceState::Ok, tr("part of the answer came too late"));
        } else {
            sourceDone(id, SourceState::Down,
                       tr("%1 did not answer within %2 s").arg(router.name).arg(m_service->d->liveTimeoutMs() / 1000),
                       true);
        }
    });

    const auto partDone = [this, id] {
        if (m_pending.contains(id) && --m_pending[id] <= 0) {
            m_pending.remove(id);
            sourceDone(id, SourceState::Ok, {});
        } else {
            publish();
        }
    };

    m_routerCommands << client->pppActive(
        this,
        [this, id, user, routerName, partDone](const ApiResult<QList<RouterOs::PppActiveSession>> &result) {
            if (!result.ok()) {
                const bool unreachable = result.error.kind == ApiError::Kind::Connection
                    || result.error.kind == ApiError::Kind::Timeout || result.error.kind == ApiError::Kind::Dns;
                sourceDone(id, SourceState::Down, result.error.message, unreachable);
                return;
            }
            LiveSession session;
            session.routerName = routerName;
            session.at = nowSeconds();
            for (const RouterOs::PppActiveSession &active : *result.value) {
                if (active.name.compare(user, Qt::CaseInsensitive) == 0) {
                    session.up = true;
                    session.address = active.address;
                    session.callerId = active.callerId;
                    session.uptimeSeconds = active.uptimeSeconds;
                    break;
                }
            }
            m_report.session = session;
            if (!session.up)
                m_report.traffic.reset();
            partDone();
        },
        user);
    // A traffic sample at the same time (is the line full?): without a session the interface does not exist
    // and the router says so, which is no error of the diagnosis.
    m_routerCommands << client->monitorTrafficOnce(
        RouterOs::Client::pppoeInterfaceName(user), this,
        [this, partDone](const ApiResult<RouterOs::TrafficSample> &sample) {
            if (sample.ok() && (!m_report.session || m_report.session->up)) {
                TrafficSnapshot traffic;
                traffic.downMbps = double(sample.value->subscriberDownloadBitsPerSecond()) / 1e6;
                traffic.upMbps = double(sample.value->rxBitsPerSecond) / 1e6;
                if (m_report.cached.plan) {
                    traffic.planDownMbps = double(m_report.cached.plan->value.downKbps) / 1000.0;
                    traffic.planUpMbps = double(m_report.cached.plan->value.upKbps) / 1000.0;
                }
                traffic.at = nowSeconds();
                m_report.traffic = traffic;
            }
            partDone();
        });
    askRouterLog(client, partDone);
}

// The router's log: the user's session starts of the last day (how often it reconnects).
void DiagnosisService::Run::askRouterLog(RouterOs::Client *client, const std::function<void()> &partDone)
{
    const QString user = m_report.pppoeUser;
    const QString routerName = client->config().name;
    m_routerCommands << client->logPrint(
        this,
        [this, user, routerName, partDone](const ApiResult<QList<RouterOs::LogEntry>> &result) {
            if (result.ok()) {
                const UnixTime since = nowSeconds() - 86400;
                for (const UnixTime at : RouterOs::pppSessionStarts(*result.value, user)) {
                    if (at >= since)
                        m_report.timeline.append(
                            {at, TimelineEvent::Kind::SessionStart, routerName, std::nullopt, u"router"_s});
                }
                std::stable_sort(m_report.timeline.begin(), m_report.timeline.end(),
                                 [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
            } else {
                qCInfo(lcDiagnosis).noquote() << "router log of" << routerName << ":" << result.error.message;
            }
            partDone();
        },
        u"ppp"_s);
}

void DiagnosisService::Run::askSmartOlt(const SourceConfig &config, const QString &token, const Onu &cachedOnu)
{
    const QString id = u"smartolt"_s;
    Private &p = *m_service->d;
    Private &shared = *m_service->d;
    if (!shared.smartOlt) {
        shared.smartOlt = new SmartOltClient(config, token, m_service);
        shared.smartOlt->http().setTlsExceptions(m_service->d->sources.tlsExceptions);
    }
    SmartOltClient *client = shared.smartOlt;
    client->http().setBudget(
        CallBudget::forAccount(budgetAccountKey(p.profileName, SourceKind::SmartOlt),
                               CallBudget::defaultLimits(SourceKind::SmartOlt, config.callsPerHour)));
    RetryPolicy retry = client->http().retryPolicy();
    retry.maxBudgetWaitMs = LiveBudgetWaitMs;
    retry.maxAttempts = 2; // a live answer that needs more tries is too late anyway
    client->http().setRetryPolicy(retry);
    client->http().setDefaultTimeoutMs(p.liveTimeoutMs());
    client->setTimeZone(routerZone());

    m_report.liveOnu = std::nullopt;
    auto onu = std::make_shared<Onu>(cachedOnu);
    auto parts = std::make_shared<int>(2);
    auto failure = std::make_shared<ApiError>();
    m_pending.insert(id, 1); // the history (full status), after status and signal

    armDeadline(id, [this, id] {
        if (source(id).state == SourceState::Pending) {
            sourceDone(id, SourceState::Down,
                       tr("SmartOLT did not answer within %1 s").arg(m_service->d->liveTimeoutMs() / 1000));
        } else { // status and signal came; the slow history did not: keep the verdict without it
            m_pending.remove(id);
            sourceDone(id, SourceState::Ok, tr("the ONU's history (full status) did not come in time"));
        }
    });

    const auto liveDone = [this, id, onu, parts, failure] {
        if (--*parts > 0)
            return;
        if (failure->isError()) {
            m_pending.remove(id);
            const bool unknown = failure->httpStatus == 404 || failure->kind == ApiError::Kind::Remote;
            sourceDone(id, unknown ? SourceState::NoData : SourceState::Down, failure->message);
            return;
        }
        m_report.liveOnu = *onu;
        SourceReport &s = source(id);
        s.state = SourceState::Ok;
        s.elapsedMs = m_clock.elapsed();
        s.at = nowSeconds();
        // The history may have come first (over TLS it often does): then this was the last part.
        if (m_pending.contains(id))
            publish();
        else
            finishIfDone();
    };
    const QPointer<Run> self(this);
    client->fetchOnuStatus(cachedOnu.externalId,
                           [self, onu, failure, liveDone](const ApiResult<SmartOlt::OnuState> &r) {
                               if (!self)
                                   return;
                               if (r.ok()) {
                                   onu->status = r.value->status;
                                   if (r.value->lastStatusChange)
                                       onu->lastStatusChange = r.value->lastStatusChange;
                               } else if (!failure->isError()) {
                                   *failure = r.error;
                               }
                               liveDone();
                           });
    client->fetchOnuSignal(cachedOnu.externalId,
                           [self, onu, failure, liveDone](const ApiResult<SmartOlt::OnuSignal> &r) {
                               if (!self)
                                   return;
                               if (r.ok()) {
                                   onu->rxPowerDbm = r.value->rxPowerDbm;
                                   onu->oltRxPowerDbm = r.value->oltRxPowerDbm;
                               } else if (!failure->isError()) {
                                   *failure = r.error;
                               }
                               liveDone();
                           });
    client->fetchOnuFullStatus(
        cachedOnu.externalId, [this, self, id, onu](const ApiResult<SmartOlt::OnuFullStatus> &r) {
            if (!self)
                return;
            if (r.ok()) {
                for (const SmartOlt::OnuFullStatus::Down &down : r.value->history) {
                    if (const std::optional<UnixTime> at = oltTime(down.at))
                        m_report.timeline.append(
                            {*at, TimelineEvent::Kind::OnuDown, down.cause, std::nullopt, u"smartolt"_s});
                }
                // The OLT's own history supersedes the cache's copy of the same down.
                m_report.timeline.removeIf([this](const TimelineEvent &cached) {
                    return cached.source == u"cache" && cached.kind == TimelineEvent::Kind::OnuDown
                        && std::any_of(m_report.timeline.cbegin(), m_report.timeline.cend(),
                                       [&](const TimelineEvent &e) {
                                           return e.source == u"smartolt" && e.kind == TimelineEvent::Kind::OnuDown
                                               && std::llabs(e.at - cached.at) <= 120;
                                       });
                });
                if (!r.value->lastDownCause.isEmpty() && m_report.liveOnu)
                    m_report.liveOnu->lastDownCause = r.value->lastDownCause;
                if (!r.value->lastDownCause.isEmpty())
                    onu->lastDownCause = r.value->lastDownCause;
                std::stable_sort(m_report.timeline.begin(), m_report.timeline.end(),
                                 [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
            }
            if (m_pending.contains(id)) {
                m_pending.remove(id);
                if (source(id).state != SourceState::Pending)
                    sourceDone(id, source(id).state, source(id).detail);
                else
                    publish();
            }
        });
}

void DiagnosisService::Run::askCnMaestro(const SourceConfig &config, const QString &secret,
                                         const WirelessSubscriber &sm)
{
    const QString id = u"cnmaestro"_s;
    Private &p = *m_service->d;
    Private &shared = *m_service->d;
    if (!shared.cnMaestro) {
        shared.cnMaestro = new CnMaestroClient(config, secret, m_service);
        shared.cnMaestro->http().setTlsExceptions(m_service->d->sources.tlsExceptions);
    }
    CnMaestroClient *client = shared.cnMaestro;
    client->http().setBudget(
        CallBudget::forAccount(budgetAccountKey(p.profileName, SourceKind::CnMaestro),
                               CallBudget::defaultLimits(SourceKind::CnMaestro, config.callsPerHour)));
    RetryPolicy retry = client->http().retryPolicy();
    retry.maxBudgetWaitMs = LiveBudgetWaitMs;
    retry.maxAttempts = 2;
    client->http().setRetryPolicy(retry);
    client->http().setDefaultTimeoutMs(p.liveTimeoutMs());

    armDeadline(id, [this, id] {
        sourceDone(id, SourceState::Down,
                   tr("cnMaestro did not answer within %1 s").arg(m_service->d->liveTimeoutMs() / 1000));
    });
    const bool askAp = !sm.apMac.isEmpty();
    auto parts = std::make_shared<int>(askAp ? 2 : 1);
    auto failure = std::make_shared<ApiError>();
    const auto partDone = [this, id, parts, failure] {
        if (--*parts > 0)
            return;
        if (failure->isError()) {
            sourceDone(id, failure->httpStatus == 404 ? SourceState::NoData : SourceState::Down, failure->message);
            return;
        }
        sourceDone(id, SourceState::Ok, {});
    };
    const QPointer<Run> self(this);
    client->fetchDevice(sm.mac, [this, self, partDone, failure](const ApiResult<CnMaestroClient::LiveDevice> &r) {
        if (!self)
            return;
        if (r.ok() && r.value->sm)
            m_report.liveSubscriber = r.value->sm;
        else if (!r.ok() && !failure->isError())
            *failure = r.error;
        partDone();
    });
    if (askAp) {
        client->fetchDevice(sm.apMac, [this, self, partDone](const ApiResult<CnMaestroClient::LiveDevice> &r) {
            if (!self)
                return;
            if (r.ok() && r.value->ap)
                m_report.liveAccessPoint = r.value->ap;
            // The AP's own answer is a bonus: its failure does not make the antenna's source down.
            partDone();
        });
    }
}

// --- DiagnosisService ---------------------------------------------------------------------------------

DiagnosisService::DiagnosisService(CacheDatabase *cache, const QString &profileName, const ProfileSources &sources,
                                   CredentialStore *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Beholder::Diagnosis::DiagnosisReport>();
    d->cache = cache;
    d->profileName = profileName;
    d->sources = sources;
    d->store = store;
}

DiagnosisService::~DiagnosisService()
{
    cancel();
    d->reader.cancelAll();
    d->reader.waitForDone();
    d->auditWriter.waitForDone();
    // Runs waiting for deleteLater() go now, while `d` (which they use) still exists.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (dynamic_cast<Run *>(child))
            delete child;
    }
}

void DiagnosisService::setThresholds(const Triage::Thresholds &thresholds)
{
    d->thresholds = thresholds;
}

Triage::Thresholds DiagnosisService::thresholds() const
{
    return d->thresholds;
}

void DiagnosisService::setOptions(const DiagnosisOptions &options)
{
    d->options = options;
}

DiagnosisOptions DiagnosisService::options() const
{
    return d->options;
}

bool DiagnosisService::isRunning() const
{
    return !d->current.isNull();
}

void DiagnosisService::cancel()
{
    if (d->current) {
        Run *run = d->current.data();
        d->current.clear();
        run->abandon();     // every live call is canceled, nothing more is published
        run->deleteLater(); // not now: cancel() may be called from inside the run's own report
    }
}

void DiagnosisService::setPrincipal(const Access::Principal &principal)
{
    d->principal = principal;
}

Access::Principal DiagnosisService::principal() const
{
    return d->principal;
}

quint64 DiagnosisService::diagnose(const QString &pppoeUser)
{
    cancel();
    const quint64 id = ++d->lastId;
    auto *run = new Run(this, id, pppoeUser);
    d->current = run;
    const Access::AuditLog audit(d->cache, &d->auditWriter);
    if (const auto denied = Access::authorize(d->principal, Access::Permission::Diagnose, &audit,
                                              Access::AuditAction::diagnosis(), run->report().pppoeUser)) {
        // From the event loop, like every report: the caller knows the id first. Nothing is read.
        QMetaObject::invokeMethod(
            run, [run, message = *denied] { run->refuse(message); }, Qt::QueuedConnection);
        return id;
    }
    CacheDatabase *cache = d->cache;
    const QString user = run->report().pppoeUser;
    const Triage::Thresholds thresholds = d->thresholds;
    d->reader.runThen(
        run,
        [cache, user, thresholds] {
            CachedDiagnosis cached;
            QSqlDatabase db = cache->connection();
            if (!db.isOpen())
                return std::pair<CachedDiagnosis, QString>{cached, tr("The cache is not open.")};
            cached = loadCachedDiagnosis(db, user, thresholds, nowSeconds(), routerZone());
            return std::pair<CachedDiagnosis, QString>{cached, cached.details.error};
        },
        [this, run](const TaskResult<std::pair<CachedDiagnosis, QString>> &result) {
            if (!result.succeeded()) {
                run->onCached({}, result.error.isEmpty() ? tr("The cache could not be read.") : result.error);
                return;
            }
            run->onCached(result.value->first, result.value->second);
            if (!run->waitingForSecrets())
                return;
            if (d->secretsState == Private::Secrets::Read) {
                run->startLive(d->secrets, d->secretsError);
                return;
            }
            if (d->secretsState == Private::Secrets::Reading)
                return; // startLive() when they come
            d->secretsState = Private::Secrets::Reading;
            if (!d->store) {
                d->secretsState = Private::Secrets::Read;
                d->secretsError = tr("no credential store");
                run->startLive({}, d->secretsError);
                return;
            }
            readSecrets(d->store, d->secretKeys(), this, [this](const SecretsResult &secrets) {
                // A keychain that failed (locked, no backend) is asked again by the next diagnosis.
                d->secretsState = secrets.error.isError() ? Private::Secrets::NotRead : Private::Secrets::Read;
                d->secrets = secrets.found;
                d->secretsError = secrets.error.isError() ? secrets.error.message : QString();
                if (d->current && d->current->waitingForSecrets())
                    d->current->startLive(d->secrets, d->secretsError);
            });
        });
    return id;
}

} // namespace Beholder::Diagnosis
