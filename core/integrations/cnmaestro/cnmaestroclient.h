// SPDX-License-Identifier: GPL-3.0-or-later
// The Cambium cnMaestro client (external-apis.md §3): OAuth2 client
// credentials, refreshed at half the token's lifetime and on 401 (once);
// cnMaestro Cloud's redirect_uri honoured; offset/limit paging; devices and
// their statistics joined by MAC into access points and subscriber modules;
// alarms. Thread-affine and asynchronous: create it in the thread that runs
// its event loop.
#pragma once

#include "integrations/operationset.h"
#include "model/entities.h"
#include "net/httpclient.h"
#include "sources/sourceconfig.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Beholder {

class CnMaestroClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CnMaestroClient)

public:
    template<typename T>
    using OnPage = std::function<void(QList<T> page)>;
    using OnDone = std::function<void(const ApiError &error)>; // kind None = success

    // How the client credentials travel: in the form body (the default, as
    // LibreQoE does) or as HTTP Basic (as the official Python client does).
    enum class CredentialsIn { Body, BasicAuth };

    static constexpr int DefaultPageSize = 100;
    // Tokens without expires_in are renewed after this long.
    static constexpr int DefaultTokenLifetimeSeconds = 3600;

    // The client id is config.user (or config.clientId when user is empty);
    // `clientSecret` comes from the keychain, kept in memory, never logged.
    CnMaestroClient(const SourceConfig &config, const QString &clientSecret, QObject *parent = nullptr);
    ~CnMaestroClient() override;

    HttpClient &http(); // budget, retry policy, TLS exceptions (self-signed on-premises servers)
    void setPageSize(int limit);
    void setCredentialsIn(CredentialsIn where);
    // Device types to fetch (the "type" filter); {"pmp", "epmp"} by default.
    void setDeviceTypes(const QStringList &types);

    // Gets a token now (the settings dialog's "Test connection").
    void login(OnDone done);

    // Devices of every type, joined with their statistics: access points to
    // onAccessPoints, subscriber modules to onSubscribers, a page per type.
    void fetchDevices(OnPage<AccessPoint> onAccessPoints, OnPage<WirelessSubscriber> onSubscribers, OnDone onDone);
    // The active alarms.
    void fetchAlarms(OnPage<Alarm> onPage, OnDone onDone);
    // One page of alarms (offset 0, at most `limit`) and nothing more: one call that proves the account can read
    // data (the connection test).
    void fetchAlarmsFirstPage(int limit, OnPage<Alarm> onPage, OnDone onDone);
    // One device live (/devices/{mac}/statistics, the live diagnosis): a subscriber module in `sm`, an access
    // point in `ap` (whichever the device is). Kind::Http with status 404 when cnMaestro does not know the MAC.
    struct LiveDevice
    {
        std::optional<WirelessSubscriber> sm;
        std::optional<AccessPoint> ap;
    };
    void fetchDevice(const QString &mac, std::function<void(const ApiResult<LiveDevice> &result)> done);

    // Stops everything in progress; each onDone then reports Kind::Canceled.
    void cancel();

signals:
    void progress(const QString &what, qint64 done, qint64 total);

private:
    void fetchAlarmsPaged(OnPage<Alarm> onPage, OnDone onDone, int firstPageLimit);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Beholder
