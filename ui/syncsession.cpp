// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsession.h"

#include "access/accesspolicy.h"
#include "credentials/memorycredentialstore.h"
#include "credentials/readsecrets.h"
#include "demoisp.h"
#include "net/callbudget.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"
#include "sync/fetchers/sourcefetchers.h"
#include "sync/syncengine.h"
#include "uilogging.h"

#include <QElapsedTimer>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// "a, b, c and 12 more": a profile with 250 routers must not fill the screen.
QString someKeys(const QStringList &keys)
{
    constexpr qsizetype shown = 4;
    QString text = keys.mid(0, shown).join(u", "_s);
    if (keys.size() > shown)
        text = SyncSession::tr("%1 and %2 more").arg(text).arg(keys.size() - shown);
    return text;
}

} // namespace

SyncSession::SyncSession(const Profile &profile, CacheDatabase *cache, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_cache(cache)
    , m_store(store)
    , m_engine(std::make_unique<SyncEngine>(cache, profile.directory()))
    , m_principal(Access::defaultPrincipal(profile))
{
    connect(m_engine.get(), &SyncEngine::progressChanged, this, &SyncSession::progressChanged);
    connect(m_engine.get(), &SyncEngine::sourceFinished, this, &SyncSession::sourceFinished);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        setState(State::Idle);
        emit finished(m_trigger, summary);
    });
    if (profile.name() == Profile::demoName()) {
        m_demo = std::make_unique<DemoIsp>(profile);
        connect(m_demo.get(), &DemoIsp::step, this, [this](const QString &step) {
            if (m_state == State::Preparing)
                emit preparing(m_trigger, step);
        });
        connect(m_demo.get(), &DemoIsp::ready, this, [this](bool inMemory, const QString &text) {
            // The secrets are where the demo put them, whether or not this sync still wants them.
            if (inMemory && !m_memoryStore)
                m_memoryStore = std::make_unique<MemoryCredentialStore>(m_profile.name(), MemorySecrets::session());
            if (!text.isEmpty())
                emit notice(text);
            if (m_state == State::Preparing) {
                reloadSources();
                readSecretsAndStart();
            }
            emit demoReady();
        });
        connect(m_demo.get(), &DemoIsp::failed, this, [this](const QString &error) {
            if (m_state == State::Preparing)
                refuse(error);
            emit demoFailed(error);
        });
    }
    reloadSources();
}

SyncSession::~SyncSession()
{
    ++m_attempt;
    if (m_engine && m_engine->isRunning()) {
        QElapsedTimer clock;
        clock.start();
        m_engine->disconnect(this);
        m_engine->cancel();
        m_engine.reset(); // waits for the workers to see the cancellation
        qCInfo(lcUi) << "sync canceled at close; its workers stopped in" << clock.elapsed() << "ms";
    }
    m_engine.reset();
    m_demo.reset(); // after the engine: its clients talk to the simulator
}

void SyncSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool SyncSession::canSync() const
{
    return m_demo || m_hasSources;
}

void SyncSession::reloadSources()
{
    const SourceSettingsResult settings = loadProfileSources(m_profile.settingsFile());
    m_sources = settings.sources;
    m_sourceErrors = settings.errors;
    m_hasSources = settings.ok() && !SyncEngine::configuredSources(m_sources).isEmpty();
}

bool SyncSession::needsDemo() const
{
    return m_demo && (!m_demo->isReady() || m_demo->customers() != m_demoCustomers);
}

bool SyncSession::startDemoIsp()
{
    if (!m_demo || !needsDemo() || m_demo->isPreparing() || isBusy())
        return false;
    qCInfo(lcUi).noquote() << "starting the demo's simulated ISP for live checks";
    m_demo->prepare(m_demoCustomers, credentialStore());
    return true;
}

bool SyncSession::start(SyncTrigger trigger)
{
    if (isBusy())
        return false;
    m_trigger = trigger;
    ++m_attempt;
    setState(State::Preparing);
    qCInfo(lcUi).noquote() << toString(trigger) << "sync of profile" << m_profile.name() << "requested";
    if (needsDemo()) {
        emit preparing(trigger, tr("Starting the simulated ISP…"));
        m_demo->prepare(m_demoCustomers, credentialStore());
        return true;
    }
    reloadSources();
    readSecretsAndStart();
    return true;
}

void SyncSession::readSecretsAndStart()
{
    if (!m_sourceErrors.isEmpty()) {
        refuse(tr("the sources in %1 are not valid: %2").arg(m_profile.settingsFile(), m_sourceErrors.join(u"; "_s)));
        return;
    }
    if (SyncEngine::configuredSources(m_sources).isEmpty()) {
        refuse(tr("profile “%1” has no sources to sync: import its description first (beholder-cli profile import "
                  "FILE --profile %1)")
                   .arg(m_profile.name()));
        return;
    }
    emit preparing(m_trigger, tr("Reading the credentials…"));
    const quint64 attempt = m_attempt;
    readSecrets(credentialStore(), requiredSecretKeys(m_sources), this, [this, attempt](const SecretsResult &secrets) {
        if (attempt != m_attempt || m_state != State::Preparing)
            return; // canceled meanwhile
        if (secrets.error.isError()) {
            refuse(tr("the credentials could not be read: %1").arg(secrets.error.message));
            return;
        }
        if (!secrets.missing.isEmpty()) {
            refuse(tr("the OS keychain lacks these secrets of profile “%1”: %2. Set them with "
                      "beholder-cli profile set-secret KEY --profile %1.")
                       .arg(m_profile.name(), someKeys(secrets.missing)));
            return;
        }
        SyncContext context;
        context.profileName = m_profile.name();
        context.sources = m_sources;
        context.secrets = secrets.found;
        context.retryPolicy = m_retryPolicy;
        SyncRequest request;
        request.trigger = m_trigger;
        request.principal = m_principal;
        if (m_trigger == SyncTrigger::Nightly && m_principal.isNobody())
            request.principal = Access::singleUserPrincipal(m_profile.name());
        QString error;
        if (!m_engine->start(request, context, &error)) {
            refuse(error);
            return;
        }
        setState(State::Running);
        emit started(m_trigger, m_engine->progress());
    });
}

void SyncSession::refuse(const QString &reason)
{
    qCWarning(lcUi).noquote() << toString(m_trigger) << "sync of profile" << m_profile.name()
                              << "not started:" << reason;
    ++m_attempt;
    setState(State::Idle);
    emit notStarted(m_trigger, reason, false);
}

void SyncSession::cancel()
{
    if (m_state == State::Running) {
        qCInfo(lcUi).noquote() << "canceling the sync of profile" << m_profile.name();
        m_engine->cancel();
    } else if (m_state == State::Preparing) {
        // The demo's simulator may go on starting: it is ready for the next sync then.
        ++m_attempt;
        setState(State::Idle);
        emit notStarted(m_trigger, tr("canceled before it started"), true);
    }
}

QList<SourceProgress> SyncSession::progress() const
{
    return m_engine->progress();
}

std::shared_ptr<CallBudget> SyncSession::smartOltBudget() const
{
    const std::optional<SourceConfig> config = m_sources.source(SourceKind::SmartOlt);
    if (!config || !config->enabled)
        return {};
    // The same key and limits as the sync's SmartOLT client, so this is its budget, unchanged.
    return CallBudget::forAccount(budgetAccountKey(m_profile.name(), SourceKind::SmartOlt),
                                  CallBudget::defaultLimits(SourceKind::SmartOlt, config->callsPerHour));
}

CredentialStore *SyncSession::credentialStore() const
{
    return m_memoryStore ? m_memoryStore.get() : m_store;
}

} // namespace Beholder
