// SPDX-License-Identifier: GPL-3.0-or-later
// What Beholder asks a MikroTik router, as typed results: the PPP secrets (ADR-005's technical truth), the
// active PPPoE sessions, the router's own resources and clock, its log and the live traffic of one subscriber. One
// client per router, over one reusable connection that reconnects when needed. Asynchronous like the connection: every
// call returns at once and delivers exactly one ApiResult to its callback (on this thread, while the context
// lives); errors are Auth (login refused), Remote (!trap), Protocol, Timeout, Connection, Tls or Canceled.
#pragma once

#include "net/apierror.h"
#include "routerosconnection.h"
#include "routerostypes.h"
#include "sources/sourceconfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Beholder::RouterOs {

class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &result)>;
    using SampleHandler = std::function<void(const TrafficSample &sample)>;
    using EndHandler = std::function<void(const ApiError &why)>;

    // The password comes from the keychain; it is used to log in and never logged.
    Client(const RouterConfig &config, const QString &password, QObject *parent = nullptr);
    ~Client() override;

    Connection *connection() const { return m_connection; }
    RouterConfig config() const { return m_config; }

    // /ppp/secret/print with .proplist (never the password); nodeId comes from the config. With `name`, only
    // that user (?name=).
    CommandId pppSecrets(QObject *context, Callback<QList<PppSecret>> done, const QString &name = {});
    // /ppp/active/print; with `name`, only that user's sessions.
    CommandId pppActive(QObject *context, Callback<QList<PppActiveSession>> done, const QString &name = {});
    // /system/resource/print.
    CommandId systemResource(QObject *context, Callback<SystemResource> done);
    // /system/clock/print: the router's date, time and UTC offset.
    CommandId systemClock(QObject *context, Callback<RouterClock> done);
    // /log/print: the router's memory log, oldest first, every time read in the router's own clock (asked for
    // alongside with /system/clock/print; this computer's clock when the router does not answer that). With
    // `topicsFilter` ("pppoe,ppp,info,account", "ppp,account"), only the entries carrying all of those topics:
    // the filter is applied here, since the API can only match the whole topics text. pppSessionStarts() reads
    // a user's session starts from the result. The id is the log's: cancel() it to stop both.
    CommandId logPrint(QObject *context, Callback<QList<LogEntry>> done, const QString &topicsFilter = {});
    // /interface/monitor-traffic =once=: one sample. For a subscriber use pppoeInterfaceName(user); its tx is the
    // subscriber's download.
    CommandId monitorTrafficOnce(const QString &interfaceName, QObject *context, Callback<TrafficSample> done);
    // /interface/monitor-traffic without once: a sample every second until cancel(), which stops it on the
    // router too. `onEnd` runs once: Canceled after cancel(), or the error that ended the stream.
    CommandId monitorTraffic(const QString &interfaceName, QObject *context, SampleHandler onSample, EndHandler onEnd);

    void cancel(CommandId id) { m_connection->cancel(id); }
    void close() { m_connection->close(); }

    static QString pppoeInterfaceName(const QString &user) { return RouterOs::pppoeInterfaceName(user); }

private:
    template<typename T>
    CommandId failLater(QObject *context, Callback<T> done, const ApiError &error);
    ApiError error(ApiError::Kind kind, const QString &what) const;

    RouterConfig m_config;
    Connection *m_connection;
};

} // namespace Beholder::RouterOs
