// SPDX-License-Identifier: GPL-3.0-or-later
// ISPCube, SmartOLT and cnMaestro: each fetch is a chain of paged calls whose
// pages are collected into SourceData; the first error ends the chain.
#include "integrations/cnmaestro/cnmaestroclient.h"
#include "integrations/ispcube/ispcubeclient.h"
#include "integrations/smartolt/smartoltclient.h"
#include "net/callbudget.h"
#include "sourcefetchers.h"

#include <QCoreApplication>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// A chain of steps, each given a continuation; the first failure stops it.
class StepChain
{
public:
    using Step = std::function<void(std::function<void(const ApiError &)> next)>;

    void add(Step step) { m_steps << std::move(step); }

    void run(std::function<void(const ApiError &)> finished)
    {
        m_finished = std::move(finished);
        advance({});
    }

private:
    void advance(const ApiError &error)
    {
        if (error.isError() || m_next == m_steps.size()) {
            auto finished = std::exchange(m_finished, {});
            if (finished)
                finished(error);
            return;
        }
        const Step &step = m_steps.at(m_next++);
        step([this](const ApiError &e) { advance(e); });
    }

    QList<Step> m_steps;
    qsizetype m_next = 0;
    std::function<void(const ApiError &)> m_finished;
};

template<typename T>
void appendPage(QList<T> &into, QList<T> page)
{
    into.append(std::move(page));
}

class IspCubeFetcher final : public SourceFetcher
{
public:
    IspCubeFetcher(const SyncContext &context, FetchProgress *progress)
        : SourceFetcher(progress)
        , m_client(*context.sources.source(SourceKind::IspCube),
                   {context.secrets.value(SecretKeys::ispCubePassword()),
                    context.secrets.value(SecretKeys::ispCubeApiKey())},
                   this)
    {
        const SourceConfig config = *context.sources.source(SourceKind::IspCube);
        m_client.http().setBudget(
            CallBudget::forAccount(budgetAccountKey(context.profileName, SourceKind::IspCube),
                                   CallBudget::defaultLimits(SourceKind::IspCube, config.callsPerHour)));
        if (context.retryPolicy)
            m_client.http().setRetryPolicy(*context.retryPolicy);
        m_client.http().setTlsExceptions(context.sources.tlsExceptions);
        connect(&m_client, &IspCubeClient::progress, this,
                [this](const QString &, qint64, qint64) { reportProgress(m_result.data.itemCount(), 0); });
    }

    void start(Done done) override
    {
        m_done = std::move(done);
        SourceData &d = m_result.data;
        m_chain.add([this, &d](auto next) {
            m_client.fetchPlans([&d](QList<Plan> p) { appendPage(d.plans, std::move(p)); }, next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchNodes([&d](QList<Node> p) { appendPage(d.nodes, std::move(p)); }, next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchCustomers(
                [this, &d](QList<Customer> p) {
                    appendPage(d.customers, std::move(p));
                    reportProgress(d.itemCount(), 0);
                },
                next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchConnections(
                [this, &d](QList<Connection> p) {
                    appendPage(d.connections, std::move(p));
                    reportProgress(d.itemCount(), 0);
                },
                next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchOpenTickets([&d](QList<Ticket> p) { appendPage(d.tickets, std::move(p)); }, next);
        });
        m_chain.run([this](const ApiError &error) {
            m_result.error = error;
            reportProgress(m_result.data.itemCount(), m_result.data.itemCount());
            if (m_done)
                std::exchange(m_done, {})(std::move(m_result));
        });
    }

    void cancel() override { m_client.cancel(); }

private:
    IspCubeClient m_client;
    StepChain m_chain;
    FetchResult m_result;
    Done m_done;
};

class SmartOltFetcher final : public SourceFetcher
{
public:
    SmartOltFetcher(const SyncContext &context, FetchProgress *progress)
        : SourceFetcher(progress)
        , m_client(*context.sources.source(SourceKind::SmartOlt), context.secrets.value(SecretKeys::smartOltToken()),
                   this)
    {
        const SourceConfig config = *context.sources.source(SourceKind::SmartOlt);
        m_client.http().setBudget(
            CallBudget::forAccount(budgetAccountKey(context.profileName, SourceKind::SmartOlt),
                                   CallBudget::defaultLimits(SourceKind::SmartOlt, config.callsPerHour)));
        if (context.retryPolicy)
            m_client.http().setRetryPolicy(*context.retryPolicy);
        m_client.http().setTlsExceptions(context.sources.tlsExceptions);
    }

    void start(Done done) override
    {
        m_done = std::move(done);
        SourceData &d = m_result.data;
        m_chain.add([this, &d](auto next) {
            m_client.fetchOlts([&d](QList<Olt> p) { appendPage(d.olts, std::move(p)); }, next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchOnus(
                [this, &d](QList<Onu> p) {
                    appendPage(d.onus, std::move(p));
                    reportProgress(d.itemCount(), 0);
                },
                [this, &d, next](const ApiError &error) {
                    if (error.kind != ApiError::Kind::Budget) {
                        next(error);
                        return;
                    }
                    // The full listing is allowed only a few times an hour: refresh
                    // what changes by the minute (status, optical power) instead.
                    d.onus.clear();
                    d.onusAreStatesOnly = true;
                    m_result.warnings << QCoreApplication::translate(
                                             "SourceFetchers",
                                             "full ONU listing not refreshed (%1): status and optical power were")
                                             .arg(error.message);
                    m_client.fetchOnuStates(
                        [this, &d](QList<Onu> p) {
                            appendPage(d.onus, std::move(p));
                            reportProgress(d.itemCount(), 0);
                        },
                        next);
                });
        });
        m_chain.run([this](const ApiError &error) {
            m_result.error = error;
            reportProgress(m_result.data.itemCount(), m_result.data.itemCount());
            if (m_done)
                std::exchange(m_done, {})(std::move(m_result));
        });
    }

    void cancel() override { m_client.cancel(); }

private:
    SmartOltClient m_client;
    StepChain m_chain;
    FetchResult m_result;
    Done m_done;
};

class CnMaestroFetcher final : public SourceFetcher
{
public:
    CnMaestroFetcher(const SyncContext &context, FetchProgress *progress)
        : SourceFetcher(progress)
        , m_client(*context.sources.source(SourceKind::CnMaestro),
                   context.secrets.value(SecretKeys::cnMaestroClientSecret()), this)
    {
        const SourceConfig config = *context.sources.source(SourceKind::CnMaestro);
        m_client.http().setBudget(
            CallBudget::forAccount(budgetAccountKey(context.profileName, SourceKind::CnMaestro),
                                   CallBudget::defaultLimits(SourceKind::CnMaestro, config.callsPerHour)));
        if (context.retryPolicy)
            m_client.http().setRetryPolicy(*context.retryPolicy);
        m_client.http().setTlsExceptions(context.sources.tlsExceptions);
    }

    void start(Done done) override
    {
        m_done = std::move(done);
        SourceData &d = m_result.data;
        m_chain.add([this, &d](auto next) {
            m_client.fetchDevices([&d](QList<AccessPoint> p) { appendPage(d.accessPoints, std::move(p)); },
                                  [this, &d](QList<WirelessSubscriber> p) {
                                      appendPage(d.subscribers, std::move(p));
                                      reportProgress(d.itemCount(), 0);
                                  },
                                  next);
        });
        m_chain.add([this, &d](auto next) {
            m_client.fetchAlarms([&d](QList<Alarm> p) { appendPage(d.alarms, std::move(p)); }, next);
        });
        m_chain.run([this](const ApiError &error) {
            m_result.error = error;
            reportProgress(m_result.data.itemCount(), m_result.data.itemCount());
            if (m_done)
                std::exchange(m_done, {})(std::move(m_result));
        });
    }

    void cancel() override { m_client.cancel(); }

private:
    CnMaestroClient m_client;
    StepChain m_chain;
    FetchResult m_result;
    Done m_done;
};

} // namespace

std::unique_ptr<SourceFetcher> makeRouterOsFetcher(const SyncContext &context, FetchProgress *progress);

QString budgetAccountKey(const QString &profileName, SourceKind kind)
{
    return profileName + u'/' + toString(kind);
}

std::unique_ptr<SourceFetcher> makeSourceFetcher(SourceKind kind, const SyncContext &context, FetchProgress *progress)
{
    switch (kind) {
    case SourceKind::IspCube:
        if (!context.sources.source(kind))
            return nullptr;
        return std::make_unique<IspCubeFetcher>(context, progress);
    case SourceKind::SmartOlt:
        if (!context.sources.source(kind))
            return nullptr;
        return std::make_unique<SmartOltFetcher>(context, progress);
    case SourceKind::CnMaestro:
        if (!context.sources.source(kind))
            return nullptr;
        return std::make_unique<CnMaestroFetcher>(context, progress);
    case SourceKind::RouterOs:
        return makeRouterOsFetcher(context, progress);
    }
    return nullptr;
}

} // namespace Beholder
