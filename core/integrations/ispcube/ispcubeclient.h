// SPDX-License-Identifier: GPL-3.0-or-later
// The ISPCube CRM client (external-apis.md §2): Sanctum token login, the
// five headers every call needs, token renewal on 401 (once), and the cached
// *_list endpoints paged with limit/offset. Pages are handed to the caller
// as they arrive, so a 100,000-customer sync never holds the list twice.
// Thread-affine and asynchronous like HttpClient: create it in the thread
// that runs its event loop.
#pragma once

#include "integrations/operationset.h"
#include "model/entities.h"
#include "net/httpclient.h"
#include "sources/sourceconfig.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Beholder {

struct IspCubeSecrets
{
    QString password;
    QString apiKey;
};

class IspCubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IspCubeClient)

public:
    template<typename T>
    using OnPage = std::function<void(QList<T> page)>;
    using OnDone = std::function<void(const ApiError &error)>; // kind None = success

    static constexpr int DefaultPageSize = 500;

    // `secrets` come from the keychain; they are kept in memory only and never logged.
    IspCubeClient(const SourceConfig &config, const IspCubeSecrets &secrets, QObject *parent = nullptr);
    ~IspCubeClient() override;

    HttpClient &http(); // budget, retry policy, TLS exceptions
    void setPageSize(int limit);
    void setTimeZone(const QTimeZone &zone); // of the tenant's dates; the system zone by default

    // Logs in now (the settings dialog's "Test connection").
    void login(OnDone done);

    // Each calls onPage zero or more times, then onDone exactly once (unless
    // the client is destroyed first). Do not delete the client from inside
    // a callback; use deleteLater().
    void fetchPlans(OnPage<Plan> onPage, OnDone onDone);
    void fetchNodes(OnPage<Node> onPage, OnDone onDone);
    void fetchCustomers(OnPage<Customer> onPage, OnDone onDone);
    void fetchConnections(OnPage<Connection> onPage, OnDone onDone);
    void fetchOpenTickets(OnPage<Ticket> onPage, OnDone onDone);
    // One page of customers_list (offset 0, at most `limit` rows) and nothing more: one call that proves the
    // account can read data (the connection test).
    void fetchCustomersFirstPage(int limit, OnPage<Customer> onPage, OnDone onDone);

    // Stops everything in progress; each onDone then reports Kind::Canceled.
    void cancel();

signals:
    // `what` is the endpoint ("customers_list"); total is -1 while unknown.
    void progress(const QString &what, qint64 done, qint64 total);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Beholder
