// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerosclient.h"

#include "logging/logging.h"
#include "routerosvalues.h"

#include <QTimer>

#include <memory>

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

Client::Client(const RouterConfig &config, const QString &password, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_connection(new Connection(config, password, this))
{ }

Client::~Client() = default;

CommandId Client::pppSecrets(QObject *context, Callback<QList<PppSecret>> done, const QString &name)
{
    Command command("/ppp/secret/print"_ba);
    command.setProplist(pppSecretProperties());
    if (!name.isEmpty())
        command.addQuery("?name="_ba + encodeText(name));

    // Rows become secrets as they arrive: a router with thousands of users never holds them twice.
    auto secrets = std::make_shared<QList<PppSecret>>();
    auto skipped = std::make_shared<int>(0);
    const qint64 nodeId = m_config.nodeId;
    return m_connection->execute(
        command, context,
        [secrets, skipped, nodeId](const Reply &row) {
            if (std::optional<PppSecret> secret = toPppSecret(row, nodeId))
                secrets->append(std::move(*secret));
            else
                ++*skipped;
        },
        [this, secrets, skipped, done](const ApiResult<Reply> &result) {
            if (!result.ok()) {
                done(ApiResult<QList<PppSecret>>::failure(result.error));
                return;
            }
            if (*skipped > 0)
                qCWarning(lcRouterOs) << "RouterOS" << m_config.name << "skipped" << *skipped
                                      << "PPP secrets without a name";
            done(ApiResult<QList<PppSecret>>::success(std::move(*secrets)));
        });
}

CommandId Client::pppActive(QObject *context, Callback<QList<PppActiveSession>> done, const QString &name)
{
    Command command("/ppp/active/print"_ba);
    command.setProplist(pppActiveProperties());
    if (!name.isEmpty())
        command.addQuery("?name="_ba + encodeText(name));

    auto sessions = std::make_shared<QList<PppActiveSession>>();
    return m_connection->execute(
        command, context,
        [sessions](const Reply &row) {
            if (std::optional<PppActiveSession> session = toPppActiveSession(row))
                sessions->append(std::move(*session));
        },
        [sessions, done](const ApiResult<Reply> &result) {
            if (!result.ok())
                done(ApiResult<QList<PppActiveSession>>::failure(result.error));
            else
                done(ApiResult<QList<PppActiveSession>>::success(std::move(*sessions)));
        });
}

CommandId Client::systemResource(QObject *context, Callback<SystemResource> done)
{
    Command command("/system/resource/print"_ba);
    command.setProplist(systemResourceProperties());

    auto resource = std::make_shared<std::optional<SystemResource>>();
    return m_connection->execute(
        command, context,
        [resource](const Reply &row) {
            if (!*resource)
                *resource = toSystemResource(row);
        },
        [this, resource, done](const ApiResult<Reply> &result) {
            if (!result.ok())
                done(ApiResult<SystemResource>::failure(result.error));
            else if (!*resource)
                done(ApiResult<SystemResource>::failure(
                    error(ApiError::Kind::Protocol, u"/system/resource/print returned no row"_s)));
            else
                done(ApiResult<SystemResource>::success(**resource));
        });
}

CommandId Client::systemClock(QObject *context, Callback<RouterClock> done)
{
    Command command("/system/clock/print"_ba);
    command.setProplist(systemClockProperties());

    auto clock = std::make_shared<std::optional<RouterClock>>();
    return m_connection->execute(
        command, context,
        [clock](const Reply &row) {
            if (!*clock)
                *clock = toRouterClock(row);
        },
        [this, clock, done](const ApiResult<Reply> &result) {
            if (!result.ok())
                done(ApiResult<RouterClock>::failure(result.error));
            else if (!*clock)
                done(ApiResult<RouterClock>::failure(
                    error(ApiError::Kind::Protocol, u"/system/clock/print gave no date and time"_s)));
            else
                done(ApiResult<RouterClock>::success(**clock));
        });
}

CommandId Client::logPrint(QObject *context, Callback<QList<LogEntry>> done, const QString &topicsFilter)
{
    // Both commands go out at once on the one connection; the entries are read once both have answered, since
    // a time without a date ("10:42:03") is the router's today.
    struct Job
    {
        std::optional<RouterClock> clock;
        bool clockDone = false;
        bool logDone = false;
        std::optional<ApiError> error;
        QList<Reply> rows;
    };
    auto job = std::make_shared<Job>();
    const auto finish = [this, job, done, topicsFilter] {
        if (!job->clockDone || !job->logDone)
            return;
        if (job->error) {
            done(ApiResult<QList<LogEntry>>::failure(*job->error));
            return;
        }
        if (!job->clock) {
            qCInfo(lcRouterOs) << "RouterOS" << m_config.name << "did not tell its clock; reading its log in ours";
            job->clock = RouterClock::local();
        }
        QList<LogEntry> entries;
        entries.reserve(job->rows.size());
        for (const Reply &row : std::as_const(job->rows)) {
            LogEntry entry = toLogEntry(row, *job->clock);
            if (hasTopics(entry, topicsFilter))
                entries.append(std::move(entry));
        }
        done(ApiResult<QList<LogEntry>>::success(std::move(entries)));
    };

    Command clockCommand("/system/clock/print"_ba);
    clockCommand.setProplist(systemClockProperties());
    m_connection->execute(
        clockCommand, context,
        [job](const Reply &row) {
            if (!job->clock)
                job->clock = toRouterClock(row);
        },
        [job, finish](const ApiResult<Reply> &) {
            job->clockDone = true; // a router that refuses the clock still has a log
            finish();
        });

    Command command("/log/print"_ba);
    command.setProplist(logProperties());
    return m_connection->execute(
        command, context, [job](const Reply &row) { job->rows.append(row); },
        [job, finish](const ApiResult<Reply> &result) {
            if (!result.ok())
                job->error = result.error;
            job->logDone = true;
            finish();
        });
}

CommandId Client::monitorTrafficOnce(const QString &interfaceName, QObject *context, Callback<TrafficSample> done)
{
    if (interfaceName.isEmpty())
        return failLater(context, std::move(done), error(ApiError::Kind::Config, u"no interface to monitor"_s));
    Command command("/interface/monitor-traffic"_ba);
    command.setAttribute("interface"_ba, encodeText(interfaceName));
    command.setAttribute("once"_ba, {});
    command.setProplist(trafficProperties());

    auto sample = std::make_shared<std::optional<TrafficSample>>();
    return m_connection->execute(
        command, context,
        [sample](const Reply &row) {
            if (!*sample)
                *sample = toTrafficSample(row);
        },
        [this, sample, done, interfaceName](const ApiResult<Reply> &result) {
            if (!result.ok())
                done(ApiResult<TrafficSample>::failure(result.error));
            else if (!*sample)
                done(ApiResult<TrafficSample>::failure(error(
                    ApiError::Kind::Protocol, u"/interface/monitor-traffic gave no sample for "_s + interfaceName)));
            else
                done(ApiResult<TrafficSample>::success(**sample));
        });
}

CommandId Client::monitorTraffic(const QString &interfaceName, QObject *context, SampleHandler onSample,
                                 EndHandler onEnd)
{
    if (interfaceName.isEmpty()) {
        const ApiError why = error(ApiError::Kind::Config, u"no interface to monitor"_s);
        if (context)
            QTimer::singleShot(0, context, [onEnd, why] { onEnd(why); });
        return 0;
    }
    Command command("/interface/monitor-traffic"_ba);
    command.setAttribute("interface"_ba, encodeText(interfaceName));
    command.setProplist(trafficProperties());
    return m_connection->execute(
        command, context,
        [onSample](const Reply &row) {
            if (std::optional<TrafficSample> sample = toTrafficSample(row))
                onSample(*sample);
        },
        [this, onEnd](const ApiResult<Reply> &result) {
            // A stream that ends by itself (the interface went away) is still an end the caller must hear about.
            onEnd(result.ok() ? error(ApiError::Kind::Remote, u"the router ended the traffic monitor"_s)
                              : result.error);
        });
}

template<typename T>
CommandId Client::failLater(QObject *context, Callback<T> done, const ApiError &why)
{
    if (context) // like the connection: no context, no callback
        QTimer::singleShot(0, context, [done = std::move(done), why] { done(ApiResult<T>::failure(why)); });
    return 0;
}

ApiError Client::error(ApiError::Kind kind, const QString &what) const
{
    return ApiError::make(kind,
                          u"RouterOS %1 (%2:%3): %4"_s.arg(m_config.name.isEmpty() ? m_config.host : m_config.name,
                                                           m_config.host, QString::number(m_config.port), what));
}

} // namespace Beholder::RouterOs
