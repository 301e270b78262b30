// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli live (see livecommand.h and docs/cli.md): resolve the router from the cache, read its password
// from the keychain, run a LiveTrafficSession in a local event loop until enough samples came or it cannot go on.
#include "livecommand.h"

#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "live/livetrafficsession.h"
#include "live/routerlocator.h"
#include "live/trafficseries.h"
#include "logging/logging.h"
#include "secretprompt.h"
#include "sources/sourcesettings.h"
#include "triage/thresholds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// Consecutive failed requests after which the command stops waiting (about this many seconds).
constexpr int maxErrorsInARow = 5;

std::atomic<bool> liveInterruptRequested{false};

extern "C" void onLiveInterrupt(int)
{
    liveInterruptRequested = true;
}

struct Thresholds
{
    double saturationPct = TrafficSeries::defaultSaturationPct;
    int saturationSeconds = TrafficSeries::defaultSaturationSeconds;
};

// The profile's threshold table (docs/diagnosis.md): the same saturation rule as the console's chart.
Thresholds readThresholds(const Profile &profile)
{
    QString warning;
    const Triage::Thresholds table = Triage::Thresholds::load(profile.settingsFile(), &warning);
    Thresholds thresholds;
    thresholds.saturationPct = table.value(u"saturation_pct"_s);
    thresholds.saturationSeconds = int(table.value(u"saturation_seconds"_s));
    return thresholds;
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue planValue(qint64 kbps)
{
    return kbps > 0 ? QJsonValue(rounded(double(kbps) / 1000.0)) : QJsonValue(QJsonValue::Null);
}

QString sampleLine(const TrafficPoint &point, const TrafficSeries &series)
{
    QString line
        = u"%1  down %2 Mbit/s  up %3 Mbit/s"_s.arg(QDateTime::fromMSecsSinceEpoch(point.atMs).toString(u"HH:mm:ss"_s))
              .arg(point.downMbps, 6, 'f', 2)
              .arg(point.upMbps, 6, 'f', 2);
    if (const std::optional<double> percent = series.percentOfPlan(point))
        line += u"  (%1 % of plan)"_s.arg(*percent, 0, 'f', 0);
    return line;
}

} // namespace

LiveCommand::LiveCommand()
    : m_samples(
        u"samples"_s,
        u"How many samples to take, one per second, 1 to %1 (default %2)."_s.arg(maxSamples).arg(defaultSamples),
        u"n"_s, QString::number(defaultSamples))
    , m_json(u"json"_s, u"Print one JSON object instead of lines (see docs/cli.md for the schema)."_s)
{ }

QStringList LiveCommand::words() const
{
    return {u"live"_s};
}

QString LiveCommand::summary() const
{
    return u"Show a PPPoE user's live traffic from the router that holds its secret, one sample per second."_s;
}

QList<QCommandLineOption> LiveCommand::options() const
{
    return {m_samples, m_json};
}

QList<Command::Positional> LiveCommand::positionals() const
{
    return {{u"user"_s, u"The PPPoE user, as in the routers' PPP secrets (the CRM need not know it)."_s, u"USER"_s}};
}

int LiveCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return context.usageError(u"live needs the PPPoE user"_s);
    if (arguments.size() > 1)
        return context.usageError(u"live takes one PPPoE user, got '%1'"_s.arg(arguments.join(u' ').left(80)));
    const QString user = arguments.constFirst().trimmed();
    if (user.isEmpty())
        return context.usageError(u"live needs the PPPoE user"_s);
    QString error;
    const std::optional<qint64> samples
        = parseBoundedInteger(u"samples"_s, parser.value(m_samples), 1, maxSamples, &error);
    if (!samples)
        return context.usageError(error);
    const bool json = parser.isSet(m_json);

    int exitCode = ExitOk;
    const std::optional<Profile> profile = context.existingProfileWithCache(&exitCode);
    if (!profile)
        return exitCode;
    context.startProfileLog(*profile);

    const SourceSettingsResult settings = loadProfileSources(*profile);
    if (!settings.ok())
        return context.failure(
            u"the sources of profile '%1' are not valid: %2"_s.arg(profile->name(), settings.errors.join(u"; "_s)));

    LiveTarget target;
    {
        CacheDatabase cache(profile->cacheFile());
        if (!cache.open(&error))
            return context.failure(u"cannot read the cache of profile '%1': %2"_s.arg(profile->name(), error));
        // Who watches, first: on a profile that requires sign-in, --user; a refusal is audited by core.
        const Access::AuditLog audit(&cache);
        const std::optional<Access::Principal> principal = signIn(context, *profile, &audit, &exitCode);
        if (!principal)
            return exitCode;
        target = resolveLiveTarget(cache.connection(), settings.sources, user, *principal);
        cache.closeThreadConnection();
    }
    if (!target.ok())
        return context.failure(target.errorMessage);

    const QString key = SecretKeys::routerPassword(target.router.nodeId);
    KeychainCredentialStore store(profile->name());
    const SecretsResult secrets = readSecretsAndWait(store, {key});
    if (secrets.error.isError())
        return context.failure(secrets.error.message);
    if (!secrets.found.contains(key))
        return context.failure(
            u"profile '%1' has no password for router %2 in the OS keychain: set it with "
            u"beholder-cli profile set-secret %3 --profile %1"_s.arg(profile->name(), target.routerName, key));

    const Thresholds thresholds = readThresholds(*profile);
    TrafficSeries series(thresholds.saturationPct, thresholds.saturationSeconds,
                         std::max(TrafficSeries::defaultWindowSeconds, int(*samples) + 60));
    series.setPlan(target.planDownKbps, target.planUpKbps);
    QList<TrafficPoint> points;
    QString lastProblem;
    bool interrupted = false;

    QEventLoop loop;
    LiveTrafficSession session(target, secrets.found.value(key));
    QObject::connect(&session, &LiveTrafficSession::sampleArrived, &loop, [&](const TrafficPoint &point) {
        points.append(point);
        series.add(point);
        if (!json) {
            context.out() << sampleLine(point, series) << u'\n';
            context.out().flush();
        }
        if (points.size() >= *samples)
            loop.quit();
    });
    QObject::connect(&session, &LiveTrafficSession::stateChanged, &loop,
                     [&](LiveTrafficSession::State state, const QString &text) {
                         if (state == LiveTrafficSession::State::Failed) {
                             lastProblem = text;
                             loop.quit();
                         } else if (state == LiveTrafficSession::State::Waiting) {
                             if (text != lastProblem)
                                 context.err() << u"beholder-cli: "_s << text << u'\n';
                             context.err().flush();
                             lastProblem = text;
                             if (session.errorsInARow() >= maxErrorsInARow)
                                 loop.quit();
                         }
                     });

    // However the router behaves, the command ends: the samples' time, the timeouts and a margin.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        if (lastProblem.isEmpty())
            lastProblem = u"the router did not give %1 samples in time"_s.arg(*samples);
        loop.quit();
    });
    deadline.start(int(*samples) * session.intervalMs() + target.router.timeoutMs + 2 * session.requestTimeoutMs()
                   + 5000);

    liveInterruptRequested = false;
    const auto previousHandler = std::signal(SIGINT, onLiveInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &loop, [&] {
        if (liveInterruptRequested.exchange(false)) {
            interrupted = true;
            loop.quit();
        }
    });
    interruptWatch.start(100);

    session.start();
    if (session.state() != LiveTrafficSession::State::Failed)
        loop.exec();
    else
        lastProblem = session.stateText();
    session.stop(); // /cancel and close: nothing stays on the router
    std::signal(SIGINT, previousHandler);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the router's client, closed above

    if (points.isEmpty()) {
        if (interrupted)
            return context.failure(u"interrupted before the first sample"_s);
        return context.failure(u"no sample of %1 from %2: %3"_s.arg(
            target.pppoeUser, target.routerName, lastProblem.isEmpty() ? u"no answer"_s : lastProblem));
    }
    if (points.size() < *samples)
        context.err() << u"beholder-cli: only %1 of %2 samples: %3\n"_s.arg(points.size())
                             .arg(*samples)
                             .arg(interrupted ? u"interrupted"_s : lastProblem);

    const bool saturated = series.isSaturated();
    QTextStream &out = context.out();
    if (json) {
        QJsonArray list;
        for (const TrafficPoint &point : std::as_const(points)) {
            list.append(QJsonObject{
                {u"at"_s, QDateTime::fromMSecsSinceEpoch(point.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {u"down_mbps"_s, rounded(point.downMbps)},
                {u"up_mbps"_s, rounded(point.upMbps)},
            });
        }
        const QJsonObject object{
            {u"user"_s, target.pppoeUser},
            {u"router"_s, target.routerName},
            {u"node_id"_s, target.router.nodeId},
            {u"linked_in_crm"_s, target.linkedInCrm},
            {u"plan_down_mbps"_s, planValue(target.planDownKbps)},
            {u"plan_up_mbps"_s, planValue(target.planUpKbps)},
            {u"samples"_s, list},
            {u"saturated"_s, saturated},
            {u"saturation_pct"_s, thresholds.saturationPct},
            {u"saturation_seconds"_s, thresholds.saturationSeconds},
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        double downSum = 0.0;
        double upSum = 0.0;
        double downMax = 0.0;
        double upMax = 0.0;
        for (const TrafficPoint &point : std::as_const(points)) {
            downSum += point.downMbps;
            upSum += point.upMbps;
            downMax = std::max(downMax, point.downMbps);
            upMax = std::max(upMax, point.upMbps);
        }
        const double n = double(points.size());
        out << u"%1 on %2: %3 samples, down avg %4 max %5 Mbit/s, up avg %6 max %7 Mbit/s\n"_s
                   .arg(target.pppoeUser, target.routerName)
                   .arg(points.size())
                   .arg(downSum / n, 0, 'f', 2)
                   .arg(downMax, 0, 'f', 2)
                   .arg(upSum / n, 0, 'f', 2)
                   .arg(upMax, 0, 'f', 2);
        if (series.planKnown())
            out << u"plan %1 / %2 Mbit/s; saturated: %3 (at or above %4 % of the plan for %5 s)\n"_s
                       .arg(double(target.planDownKbps) / 1000.0, 0, 'f', 1)
                       .arg(double(target.planUpKbps) / 1000.0, 0, 'f', 1)
                       .arg(saturated ? u"yes"_s : u"no"_s)
                       .arg(thresholds.saturationPct, 0, 'f', 0)
                       .arg(thresholds.saturationSeconds);
        else
            out << u"plan unknown (%1): saturation not judged\n"_s.arg(
                target.linkedInCrm ? u"the CRM names no plan with speeds"_s : u"the CRM does not link this user"_s);
    }
    out.flush();
    qCInfo(lcCli) << "live" << target.pppoeUser << "on" << target.routerName << ":" << points.size() << "samples";
    return ExitOk;
}

} // namespace Beholder::Cli
