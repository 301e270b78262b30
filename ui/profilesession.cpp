// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesession.h"

#include "access/accesspolicy.h"
#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "credentials/keychaincredentialstore.h"
#include "demoisp.h"
#include "diagnosis/diagnosisservice.h"
#include "logging/logfile.h"
#include "nightlysync.h"
#include "search/searchservice.h"
#include "snmp/snmpmonitor.h"
#include "sources/sourcesettings.h"
#include "syncsession.h"
#include "uilogging.h"

#include <utility>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

struct OpenResult
{
    bool ok = false;
    QString error;
    CacheSummary summary;
    Triage::Thresholds thresholds = Triage::Thresholds::defaults();
    QString thresholdsWarning;
};

std::unique_ptr<CredentialStore> makeCredentialStore(const SessionOptions &options, const QString &profileName)
{
    if (options.credentialStore)
        return options.credentialStore(profileName);
    auto store = std::make_unique<KeychainCredentialStore>(profileName);
    if (profileName == Profile::demoName()) {
        // Throw-away credentials: rather keep them in memory than keep the demo waiting on a keychain
        // that does not answer (an unlock prompt nobody sees, a hung Secret Service).
        store->setTimeout(std::chrono::seconds(15));
        store->setRetryDelay(std::chrono::seconds(1));
    }
    return store;
}

} // namespace

ProfileSession::ProfileSession(const Profile &profile, const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_options(options)
    , m_credentials(makeCredentialStore(options, profile.name()))
    , m_cache(std::make_unique<CacheDatabase>(profile.cacheFile()))
    , m_reader(u"cache-"_s + profile.name(), 1)
    , m_auditWriter(u"audit-"_s + profile.name(), 1)
    , m_audit(std::make_unique<Access::AuditLog>(m_cache.get(), &m_auditWriter))
    , m_signInRequired(Access::isSignInRequired(profile)) // a small INI file, like the sources read below
    , m_details(m_reader, this)
    , m_summaryTask(m_reader, this)
{
    m_principal = m_signInRequired ? Access::Principal::nobody() : Access::singleUserPrincipal(profile.name());
    if (options.installLogFile)
        m_logFile = std::make_unique<LogFile>(profile.logDirectory());
    qCInfo(lcUi).noquote() << "opening profile" << profile.name() << "from" << profile.directory();
}

ProfileSession::~ProfileSession()
{
    m_snmp.reset();      // interrupts its executions (resumed at the next open) and joins its thread
    m_diagnosis.reset(); // cancels its live calls; it reads the cache and the sync's credential store
    m_details.cancel();
    m_summaryTask.cancel();
    m_nightly.reset();
    m_sync.reset();   // cancels a running sync and waits for its workers
    m_search.reset(); // waits for its search thread
    m_reader.cancelAll();
    m_reader.waitForDone();
    m_auditWriter.waitForDone();
}

void ProfileSession::open()
{
    CacheDatabase *cache = m_cache.get();
    const QString settingsFile = m_profile.settingsFile();
    m_reader.runThen(
        this,
        [cache, settingsFile] {
            OpenResult result;
            result.ok = cache->open(&result.error);
            if (result.ok)
                result.summary = readCacheSummary(cache->connection());
            result.thresholds = Triage::Thresholds::load(settingsFile, &result.thresholdsWarning);
            return result;
        },
        [this](const TaskResult<OpenResult> &result) {
            if (!result.succeeded() || !result.value->ok) {
                m_state = State::Failed;
                m_error = result.succeeded() ? result.value->error : result.error;
                if (m_error.isEmpty())
                    m_error = tr("the cache could not be opened");
                qCWarning(lcUi).noquote() << "cannot open profile" << m_profile.name() << ":" << m_error;
                emit openFailed(m_error);
                return;
            }
            m_thresholds = result.value->thresholds;
            m_thresholdsWarning = result.value->thresholdsWarning;
            if (!m_thresholdsWarning.isEmpty())
                qCWarning(lcUi).noquote()
                    << "triage thresholds of profile" << m_profile.name() << ":" << m_thresholdsWarning;
            afterOpen(result.value->summary);
        });
}

void ProfileSession::afterOpen(const CacheSummary &summary)
{
    m_search = std::make_unique<SearchService>(m_cache.get());
    m_sync = std::make_unique<SyncSession>(m_profile, m_cache.get(), m_credentials.get());
    m_sync->setPrincipal(m_principal);
    m_sync->setRetryPolicy(m_options.syncRetryPolicy);
    m_snmp = std::make_unique<Snmp::SnmpMonitor>(m_profile.cacheFile(), m_sync->credentialStore());
    m_snmp->setPrincipal(m_principal);
    connect(m_snmp.get(), &Snmp::SnmpMonitor::failed, this, [this](const QString &error) {
        qCWarning(lcUi).noquote() << "SNMP monitoring of profile" << m_profile.name() << "did not start:" << error;
    });
    m_snmp->start();
    m_sync->setDemoCustomers(m_options.demoCustomers);
    connect(m_sync.get(), &SyncSession::finished, this, [this] {
        m_diagnosisStale = true;
        m_demoAtStart = false;
        refreshSummary();
        if (m_nightly)
            m_nightly->refreshLastRun();
    });
    connect(m_sync.get(), &SyncSession::notStarted, this, [this] { m_demoAtStart = false; });
    // The demo's simulated ISP came up (for a sync or for live checks): new ports, maybe new secrets.
    const auto afterDemo = [this] {
        m_diagnosisStale = true;
        m_snmp->setCredentialStore(m_sync->credentialStore()); // in memory when there is no keychain
        const QString user = std::exchange(m_waitingForDemo, QString());
        if (!user.isEmpty() && user == m_diagnosisUser)
            diagnose(user);
    };
    connect(m_sync.get(), &SyncSession::demoReady, this, afterDemo);
    connect(m_sync.get(), &SyncSession::demoFailed, this, afterDemo); // the cache answers, the sources say why
    createDiagnosisService();
    m_state = State::Ready;
    m_summary = summary;
    m_hasSummary = summary.ok;
    m_demoAtStart = isDemo()
        && (m_options.refreshDemoAtStart || (m_options.syncDemoWhenEmpty && summary.ok && summary.isEmpty()));
    qCInfo(lcUi).noquote() << "profile" << m_profile.name() << "ready:" << summary.customers << "customers";
    // The window connects to the sync session here, before anything starts.
    emit opened();
    emit summaryChanged(m_summary);
    if (m_demoAtStart)
        m_sync->start(SyncTrigger::Demo);
    if (m_options.nightlySync) {
        m_nightly = std::make_unique<NightlySync>(m_profile.settingsFile(), m_sync.get(), m_cache.get(), m_reader,
                                                  m_options.nightlyClock);
        m_nightly->start();
    }
}

void ProfileSession::setPrincipal(const Access::Principal &principal)
{
    if (principal == m_principal)
        return;
    m_principal = principal;
    qCInfo(lcUi).noquote() << "profile" << m_profile.name() << "now acted on by" << principal.describe();
    if (m_sync)
        m_sync->setPrincipal(principal);
    if (m_snmp)
        m_snmp->setPrincipal(principal);
    if (m_diagnosis)
        m_diagnosis->setPrincipal(principal);
    emit principalChanged(principal);
}

void ProfileSession::refreshSummary()
{
    if (m_state != State::Ready)
        return;
    CacheDatabase *cache = m_cache.get();
    m_summaryTask.start([cache] { return readCacheSummary(cache->connection()); },
                        [this](const TaskResult<CacheSummary> &result) {
                            if (!result.succeeded())
                                return;
                            m_summary = *result.value;
                            m_hasSummary = m_summary.ok;
                            if (!m_summary.ok)
                                qCWarning(lcUi).noquote() << "cannot read the cache summary:" << m_summary.error;
                            emit summaryChanged(m_summary);
                        });
}

void ProfileSession::loadDetails(const SearchHit &hit)
{
    if (m_state != State::Ready)
        return;
    CacheDatabase *cache = m_cache.get();
    m_details.start([cache, hit] { return loadSubscriberDetails(cache->connection(), hit); },
                    [this, hit](const TaskResult<SubscriberDetails> &result) {
                        if (result.succeeded()) {
                            emit detailsLoaded(*result.value);
                        } else if (result.failed()) {
                            qCWarning(lcUi).noquote() << "cannot load the details:" << result.error;
                            emit detailsFailed(hit, result.error);
                        }
                    });
}

void ProfileSession::createDiagnosisService()
{
    m_diagnosis.reset();
    m_diagnosisStale = false;
    const SourceSettingsResult settings = loadProfileSources(m_profile.settingsFile());
    if (!settings.ok())
        qCWarning(lcUi).noquote() << "the diagnosis of profile" << m_profile.name()
                                  << "asks no live source:" << settings.errors.join(u"; "_s);
    m_diagnosis = std::make_unique<Diagnosis::DiagnosisService>(m_cache.get(), m_profile.name(),
                                                                settings.ok() ? settings.sources : ProfileSources{},
                                                                m_sync->credentialStore());
    m_diagnosis->setThresholds(m_thresholds);
    m_diagnosis->setPrincipal(m_principal);
    connect(m_diagnosis.get(), &Diagnosis::DiagnosisService::reportUpdated, this,
            [this](quint64 id, const Diagnosis::DiagnosisReport &report) {
                if (id == m_diagnosisId)
                    emit diagnosisUpdated(report);
            });
}

quint64 ProfileSession::diagnose(const QString &pppoeUser)
{
    if (m_state != State::Ready || pppoeUser.isEmpty())
        return 0;
    m_diagnosisUser = pppoeUser;
    // The demo's live sources are its simulated ISP: have it running first.
    const auto demoStarting = [this] {
        return m_sync->startDemoIsp() || m_sync->isBusy() || (m_sync->demoIsp() && m_sync->demoIsp()->isPreparing());
    };
    if (isDemo() && m_sync->needsDemo() && demoStarting()) {
        m_waitingForDemo = pppoeUser;
        m_diagnosisId = 0;
        if (m_diagnosis)
            m_diagnosis->cancel();
        return 0;
    }
    // A sync since the service was made may have brought new sources (the demo's ports) or secrets.
    if (m_diagnosisStale || !m_diagnosis)
        createDiagnosisService();
    m_diagnosisId = 0; // nothing of the previous one gets through, even from inside diagnose()
    const quint64 id = m_diagnosis->diagnose(pppoeUser);
    m_diagnosisId = id;
    qCDebug(lcUi).noquote() << "diagnosis" << id << "of" << pppoeUser << "started";
    return id;
}

void ProfileSession::cancelDiagnosis()
{
    m_waitingForDemo.clear();
    m_diagnosisId = 0;
    m_diagnosisUser.clear();
    if (m_diagnosis)
        m_diagnosis->cancel();
}

bool ProfileSession::isDiagnosing() const
{
    return m_diagnosis && m_diagnosisId != 0 && m_diagnosis->isRunning();
}

void ProfileSession::setThresholds(const Triage::Thresholds &thresholds)
{
    m_thresholds = thresholds;
    m_thresholdsWarning.clear();
    if (m_diagnosis)
        m_diagnosis->setThresholds(thresholds);
}

ProfileSources ProfileSession::sources() const
{
    const SourceSettingsResult settings = loadProfileSources(m_profile.settingsFile());
    return settings.sources;
}

CredentialStore *ProfileSession::credentialStore() const
{
    return m_sync ? m_sync->credentialStore() : m_credentials.get();
}

bool ProfileSession::syncDemo(int customers)
{
    if (m_state != State::Ready || !isDemo() || m_sync->isBusy())
        return false;
    m_sync->setDemoCustomers(customers);
    return m_sync->start(SyncTrigger::Demo);
}

bool ProfileSession::isPreparingDemo() const
{
    return m_demoAtStart;
}

} // namespace Beholder
