// SPDX-License-Identifier: GPL-3.0-or-later
// The routers: each one's PPP secrets over its own API connection, several
// routers at a time. A router that fails keeps its previous secrets; the
// source fails only when every router did.
#include "routeros/routerosclient.h"
#include "sourcefetchers.h"

#include <QCoreApplication>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// Enough to hide one slow router behind the others, few enough not to look
// like a scan from the routers' point of view.
constexpr int concurrentRouters = 8;

class RouterOsFetcher final : public SourceFetcher
{
public:
    RouterOsFetcher(const SyncContext &context, FetchProgress *progress)
        : SourceFetcher(progress)
        , m_routers(context.sources.routers)
        , m_tlsExceptions(context.sources.tlsExceptions)
        , m_secrets(context.secrets)
    { }

    void start(Done done) override
    {
        m_done = std::move(done);
        for (const RouterConfig &router : std::as_const(m_routers)) {
            Node node;
            node.id = router.nodeId;
            node.name = router.name.isEmpty() ? router.host : router.name;
            node.host = router.host;
            node.apiPort = router.port;
            node.apiTls = router.tls;
            m_result.data.routers << node;
        }
        reportProgress(0, m_routers.size());
        if (m_routers.isEmpty()) {
            finish();
            return;
        }
        for (int i = 0; i < concurrentRouters; ++i)
            startNext();
    }

    void cancel() override
    {
        if (!m_done)
            return;
        m_canceled = true;
        for (RouterOs::Client *client : std::as_const(m_clients))
            client->close();
        m_result.error = ApiError::make(ApiError::Kind::Canceled,
                                        QCoreApplication::translate("SourceFetchers", "routers: canceled"));
        std::exchange(m_done, {})(std::move(m_result));
    }

private:
    void startNext()
    {
        if (m_canceled || m_next >= m_routers.size())
            return;
        const RouterConfig router = m_routers.at(m_next++);
        ++m_running;
        auto *client = new RouterOs::Client(router, m_secrets.value(SecretKeys::routerPassword(router.nodeId)), this);
        client->connection()->setTlsExceptions(m_tlsExceptions);
        m_clients << client;
        client->pppSecrets(this, [this, client, router](const ApiResult<QList<PppSecret>> &result) {
            if (result.ok())
                m_result.data.secretsByRouter.insert(router.nodeId, *result.value);
            else
                m_result.data.routerErrors.insert(router.nodeId, result.error);
            // Done with this router: say goodbye and free the connection.
            m_clients.removeOne(client);
            client->close();
            client->deleteLater();
            --m_running;
            reportProgress(m_result.data.secretsByRouter.size() + m_result.data.routerErrors.size(), m_routers.size());
            if (m_next < m_routers.size())
                startNext();
            else if (m_running == 0)
                finish();
        });
    }

    void finish()
    {
        if (!m_done)
            return;
        if (!m_routers.isEmpty() && m_result.data.secretsByRouter.isEmpty()) {
            // Nobody answered: that is the source failing, with the first reason.
            ApiError error = *m_result.data.routerErrors.cbegin();
            error.message = QCoreApplication::translate("SourceFetchers", "all %1 routers failed, e.g. %2")
                                .arg(m_routers.size())
                                .arg(error.message);
            m_result.error = error;
        }
        std::exchange(m_done, {})(std::move(m_result));
    }

    QList<RouterConfig> m_routers;
    TlsExceptionList m_tlsExceptions;
    QHash<QString, QString> m_secrets;
    QList<RouterOs::Client *> m_clients;
    qsizetype m_next = 0;
    int m_running = 0;
    bool m_canceled = false;
    FetchResult m_result;
    Done m_done;
};

} // namespace

std::unique_ptr<SourceFetcher> makeRouterOsFetcher(const SyncContext &context, FetchProgress *progress)
{
    return std::make_unique<RouterOsFetcher>(context, progress);
}

} // namespace Beholder
