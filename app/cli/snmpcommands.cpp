// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpcommands.h"

#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "snmp/snmpmonitor.h"
#include "snmp/snmpstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;
using namespace Beholder::Snmp;

namespace {

QCommandLineOption oltOption()
{
    return {u"olt"_s, u"The OLT, by its name in the SNMP admin screens (case-insensitive)."_s, u"name"_s};
}

QCommandLineOption jsonOption()
{
    return {u"json"_s, u"Print the result as JSON."_s};
}

// The profile, its cache and the OLT named by --olt; a failure exit code otherwise.
struct OltContext
{
    std::optional<Profile> profile;
    SnmpOlt olt;
};

int findOlt(const QCommandLineParser &parser, const QCommandLineOption &oltOpt, Context &context, OltContext *out)
{
    const QString name = parser.value(oltOpt).trimmed();
    if (name.isEmpty())
        return context.usageError(u"--olt NAME is required"_s);
    int exitCode = ExitOk;
    out->profile = context.existingProfile(&exitCode);
    if (!out->profile)
        return exitCode;
    QString error;
    if (!QFileInfo::exists(out->profile->cacheFile()))
        return context.failure(u"profile '%1' has no cache yet"_s.arg(out->profile->name()));
    CacheDatabase cache(out->profile->cacheFile());
    if (!cache.open(&error))
        return context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(out->profile->name(), error));
    const auto olts = SnmpStore(cache.connection()).listOlts();
    if (!olts.ok())
        return context.failure(olts.error.message);
    for (const SnmpOlt &olt : *olts.value) {
        if (olt.name.compare(name, Qt::CaseInsensitive) == 0) {
            out->olt = olt;
            return ExitOk;
        }
    }
    QStringList known;
    for (const SnmpOlt &olt : *olts.value)
        known.append(olt.name);
    return context.failure(u"profile '%1' has no SNMP OLT named '%2'%3"_s.arg(
        out->profile->name(), name, known.isEmpty() ? QString() : u" (known: %1)"_s.arg(known.join(u", "_s))));
}

bool startMonitor(SnmpMonitor &monitor, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&monitor, &SnmpMonitor::started, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&monitor, &SnmpMonitor::failed, &loop, [&](const QString &why) {
        *error = why;
        loop.quit();
    });
    monitor.start();
    loop.exec();
    return ok;
}

} // namespace

namespace {
// Who asks: the sign-in (or its failure) is audited in the profile's cache.
std::optional<Access::Principal> signInForOlt(Context &context, const Profile &profile, int *exitCode)
{
    CacheDatabase cache(profile.cacheFile());
    QString error;
    if (!cache.open(&error)) {
        *exitCode = context.failure(error);
        return std::nullopt;
    }
    const Access::AuditLog audit(&cache);
    return signIn(context, profile, &audit, exitCode);
}
} // namespace

SnmpTestCommand::SnmpTestCommand()
    : m_olt(oltOption())
    , m_json(jsonOption())
{ }

QStringList SnmpTestCommand::words() const
{
    return {u"snmp"_s, u"test"_s};
}

QString SnmpTestCommand::summary() const
{
    return u"Ask an OLT who it is over SNMP: sysDescr, sysObjectID, uptime and the vendor profile that reads it."_s;
}

QList<QCommandLineOption> SnmpTestCommand::options() const
{
    return {m_olt, m_json};
}

int SnmpTestCommand::run(const QCommandLineParser &parser, Context &context)
{
    OltContext target;
    if (const int code = findOlt(parser, m_olt, context, &target); code != ExitOk)
        return code;
    int exitCode = ExitOk;
    const std::optional<Access::Principal> principal = signInForOlt(context, *target.profile, &exitCode);
    if (!principal)
        return exitCode;
    KeychainCredentialStore secrets(target.profile->name());
    SnmpMonitorOptions options;
    options.runJobClock = false;
    SnmpMonitor monitor(target.profile->cacheFile(), &secrets, options);
    monitor.setPrincipal(*principal);
    QString error;
    if (!startMonitor(monitor, &error))
        return context.failure(error);
    QEventLoop loop;
    OltTestResult result;
    monitor.testOlt(target.olt.id, [&](const OltTestResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (parser.isSet(m_json)) {
        const QJsonObject json{{u"olt"_s, target.olt.name},
                               {u"ok"_s, result.error.isEmpty()},
                               {u"error"_s, result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error)},
                               {u"sysDescr"_s, result.sysDescr},
                               {u"sysObjectID"_s, result.sysObjectId},
                               {u"sysName"_s, result.sysName},
                               {u"uptimeSeconds"_s, result.uptimeSeconds},
                               {u"vendor"_s, result.vendor},
                               {u"model"_s, result.model},
                               {u"profile"_s, result.profileId},
                               {u"elapsedMs"_s, result.elapsedMs}};
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (result.error.isEmpty()) {
        context.out() << u"OLT:        %1 (%2:%3)\n"_s.arg(target.olt.name, target.olt.host).arg(target.olt.port)
                      << u"sysDescr:   %1\n"_s.arg(result.sysDescr) << u"sysObjectID: %1\n"_s.arg(result.sysObjectId)
                      << u"sysName:    %1\n"_s.arg(result.sysName) << u"uptime:     %1 s\n"_s.arg(result.uptimeSeconds)
                      << u"vendor:     %1%2\n"_s.arg(result.vendor.isEmpty() ? u"unknown"_s : result.vendor,
                                                     result.model.isEmpty() ? QString() : u" "_s + result.model)
                      << u"profile:    %1\n"_s.arg(result.profileId.isEmpty() ? u"none shipped for this OLT"_s
                                                                              : result.profileId)
                      << u"answered in %1 ms\n"_s.arg(result.elapsedMs);
    }
    context.out().flush();
    return result.error.isEmpty() ? ExitOk : context.failure(result.error);
}

SnmpPollCommand::SnmpPollCommand()
    : m_olt(oltOption())
    , m_json(jsonOption())
    , m_timeout(u"timeout"_s, u"Give up waiting after this many seconds (default 900)."_s, u"seconds"_s)
{ }

QStringList SnmpPollCommand::words() const
{
    return {u"snmp"_s, u"poll"_s};
}

QString SnmpPollCommand::summary() const
{
    return u"Run every enabled SNMP job of an OLT now (discovery first) and print the executions."_s;
}

QList<QCommandLineOption> SnmpPollCommand::options() const
{
    return {m_olt, m_json, m_timeout};
}

int SnmpPollCommand::run(const QCommandLineParser &parser, Context &context)
{
    int timeoutS = 900;
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        timeoutS = parser.value(m_timeout).toInt(&ok);
        if (!ok || timeoutS <= 0 || timeoutS > 86400)
            return context.usageError(u"--timeout takes 1 to 86400 seconds"_s);
    }
    OltContext target;
    if (const int code = findOlt(parser, m_olt, context, &target); code != ExitOk)
        return code;
    int exitCode = ExitOk;
    const std::optional<Access::Principal> principal = signInForOlt(context, *target.profile, &exitCode);
    if (!principal)
        return exitCode;
    KeychainCredentialStore secrets(target.profile->name());
    SnmpMonitorOptions options;
    options.runJobClock = false;
    auto monitor = std::make_unique<SnmpMonitor>(target.profile->cacheFile(), &secrets, options);
    monitor->setPrincipal(*principal);
    QString error;
    if (!startMonitor(*monitor, &error))
        return context.failure(error);

    QEventLoop loop;
    QList<qint64> ids;
    QHash<qint64, ExecutionStatus> ended;
    QObject::connect(
        monitor.get(), &SnmpMonitor::executionChanged, &loop, [&](qint64 id, ExecutionStatus status, const QString &) {
            if (status == ExecutionStatus::Pending || status == ExecutionStatus::Running)
                return;
            ended.insert(id, status);
            if (!ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [&](qint64 i) { return ended.contains(i); }))
                loop.quit();
        });
    monitor->runOlt(target.olt.id, [&](const QList<qint64> &executionIds, const QString &why) {
        ids = executionIds;
        error = why;
        if (!error.isEmpty() || ids.isEmpty()
            || std::all_of(ids.cbegin(), ids.cend(), [&](qint64 i) { return ended.contains(i); }))
            loop.quit();
    });
    QTimer::singleShot(timeoutS * 1000, &loop, [&] {
        error = u"gave up waiting after %1 s"_s.arg(timeoutS);
        loop.quit();
    });
    loop.exec();
    monitor.reset(); // anything still queued or running is recorded as interrupted
    if (ids.isEmpty() && !error.isEmpty())
        return context.failure(error);

    CacheDatabase cache(target.profile->cacheFile());
    QString openError;
    if (!cache.open(&openError))
        return context.failure(openError);
    SnmpStore store(cache.connection());
    bool allSucceeded = error.isEmpty();
    QJsonArray executions;
    QStringList lines;
    for (const qint64 id : std::as_const(ids)) {
        const auto e = store.execution(id);
        if (!e.ok())
            continue;
        const auto job = store.job(e.value->jobId);
        const auto attempts = store.attempts(id);
        const QString jobName = job.ok() ? job.value->name : QString::number(e.value->jobId);
        allSucceeded = allSucceeded && e.value->status == ExecutionStatus::Success;
        executions.append(QJsonObject{{u"id"_s, id},
                                      {u"job"_s, jobName},
                                      {u"kind"_s, job.ok() ? toString(job.value->kind) : QString()},
                                      {u"status"_s, toString(e.value->status)},
                                      {u"attempts"_s, attempts.ok() ? qint64(attempts.value->size()) : 0},
                                      {u"onus"_s, e.value->onusSeen ? QJsonValue(*e.value->onusSeen) : QJsonValue()},
                                      {u"error"_s, e.value->error.isEmpty() ? QJsonValue() : e.value->error}});
        lines.append(u"%1 %2 %3 %4 %5"_s.arg(jobName, -16)
                         .arg(toString(e.value->status), -12)
                         .arg(attempts.ok() ? attempts.value->size() : 0, 8)
                         .arg(e.value->onusSeen ? QString::number(*e.value->onusSeen) : u"-"_s, 6)
                         .arg(e.value->error));
    }
    const auto counts = store.onuCounts(target.olt.id);
    QJsonObject states;
    if (counts.ok())
        for (auto it = counts.value->byState.cbegin(); it != counts.value->byState.cend(); ++it)
            states.insert(toString(it.key()), it.value());
    if (parser.isSet(m_json)) {
        const QJsonObject json{{u"olt"_s, target.olt.name},
                               {u"ok"_s, allSucceeded},
                               {u"error"_s, error.isEmpty() ? QJsonValue() : error},
                               {u"executions"_s, executions},
                               {u"onus"_s, counts.ok() ? counts.value->total : 0},
                               {u"states"_s, states}};
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out() << u"JOB              STATUS       ATTEMPTS   ONUS ERROR\n"_s;
        for (const QString &line : std::as_const(lines))
            context.out() << line << u'\n';
        if (counts.ok()) {
            QStringList parts;
            for (auto it = counts.value->byState.cbegin(); it != counts.value->byState.cend(); ++it)
                parts.append(u"%1 %2"_s.arg(it.value()).arg(toString(it.key())));
            context.out()
                << u"OLT %1: %2 ONUs (%3)\n"_s.arg(target.olt.name).arg(counts.value->total).arg(parts.join(u", "_s));
        }
    }
    context.out().flush();
    if (!allSucceeded)
        return context.failure(error.isEmpty() ? u"an SNMP execution of OLT %1 failed"_s.arg(target.olt.name) : error);
    return ExitOk;
}

} // namespace Beholder::Cli
