// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis at ISP scale: the simulated ISP (in this process, on its own thread) synced into a real
// cache, then (1) cached diagnoses of random subscribers — the cache's answer, no live source — and (2) full
// diagnoses while each live source (router, SmartOLT, cnMaestro) takes a fixed time to answer, which must
// cost about one source's time, not their sum. Figures only, no assertions. The last line:
//   RESULT diag_cached_p99_ms=… diag_live_ms=…
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "diagnosis/diagnosisservice.h"
#include "simulator/isp/simulator.h"
#include "sync/syncengine.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Beholder;
using namespace Beholder::Diagnosis;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(index);
}

// One diagnosis to its final report; returns the milliseconds it took and the report.
double timeDiagnosis(DiagnosisService &service, const QString &user, DiagnosisReport *report = nullptr)
{
    QEventLoop loop;
    QElapsedTimer clock;
    const auto connection = QObject::connect(&service, &DiagnosisService::reportUpdated, &loop,
                                             [&](quint64, const DiagnosisReport &update) {
                                                 if (!update.final)
                                                     return;
                                                 if (report)
                                                     *report = update;
                                                 loop.quit();
                                             });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    clock.start();
    service.diagnose(user);
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Diagnosis timings against the simulated ISP"_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Simulated ISP size (default 100000)."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption cachedOption(u"cached"_s, u"Cached diagnoses to time (default 2000)."_s, u"N"_s,
                                          u"2000"_s);
    const QCommandLineOption liveOption(u"live"_s, u"Live diagnoses to time (default 40)."_s, u"N"_s, u"40"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"What each live source takes to answer (default 200)."_s,
                                           u"ms"_s, u"200"_s);
    parser.addOptions({customersOption, cachedOption, liveOption, latencyOption});
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const int cachedRuns = parser.value(cachedOption).toInt();
    const int liveRuns = parser.value(liveOption).toInt();
    const int latencyMs = parser.value(latencyOption).toInt();

    QTemporaryDir dir;
    Sim::SimulatorOptions options;
    options.demo.customers = customers;
    options.smartOlt.callsPerHour = 10'000'000;
    options.smartOlt.unpagedDetailsPerHour = 1'000'000;
    Sim::Simulator sim(options);
    QEventLoop waitStart;
    bool started = false;
    QObject::connect(&sim, &Sim::Simulator::started, &waitStart, [&](bool ok) {
        started = ok;
        waitStart.quit();
    });
    sim.start();
    waitStart.exec();
    if (!started) {
        out << "simulator: " << sim.errorString() << "\n";
        return 1;
    }

    CacheDatabase cache(dir.filePath(u"cache.sqlite"_s));
    QString error;
    if (!cache.open(&error)) {
        out << "cache: " << error << "\n";
        return 1;
    }
    QElapsedTimer syncClock;
    syncClock.start();
    {
        SyncEngine engine(&cache, dir.path());
        SyncContext context;
        context.profileName = u"diagbench-sync"_s;
        context.sources = sim.profileSources();
        context.secrets = sim.secrets();
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
            ok = summary.allSucceeded();
            loop.quit();
        });
        if (!engine.start({{}, SyncTrigger::Cli, u"bench"_s, Access::singleUserPrincipal(u"diagbench"_s)}, context,
                          &error)) {
            out << "sync: " << error << "\n";
            return 1;
        }
        loop.exec();
        if (!ok) {
            out << "sync failed\n";
            return 1;
        }
    }
    out << "customers " << customers << ", synced in " << QString::number(syncClock.elapsed() / 1000.0, 'f', 1)
        << " s\n";

    QStringList users;
    {
        QSqlQuery q(cache.connection());
        q.exec(u"SELECT name FROM ppp_secrets"_s);
        while (q.next())
            users << q.value(0).toString();
    }
    MemoryCredentialStore store(u"diagbench"_s);
    const QHash<QString, QString> secrets = sim.secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        store.secrets()->setValue(u"diagbench"_s, it.key(), it.value());

    // (1) Cached: the cache's answer alone, random subscribers.
    DiagnosisService cachedService(&cache, u"diagbench"_s, sim.profileSources(), &store);
    cachedService.setPrincipal(Access::singleUserPrincipal(u"diagbench"_s));
    DiagnosisOptions cachedOnly;
    cachedOnly.offline = true;
    cachedService.setOptions(cachedOnly);
    QRandomGenerator random(20261126);
    QList<double> cachedMs;
    for (int i = 0; i < cachedRuns; ++i)
        cachedMs << timeDiagnosis(cachedService, users.at(random.bounded(int(users.size()))));
    out << "cached diagnosis (" << cachedRuns << " random users): p50 "
        << QString::number(percentile(cachedMs, 50), 'f', 2) << " ms, p99 "
        << QString::number(percentile(cachedMs, 99), 'f', 2) << " ms, max "
        << QString::number(percentile(cachedMs, 100), 'f', 2) << " ms\n";

    // (2) Live: every source answers after `latencyMs`.
    Sim::HttpFault slowHttp;
    slowHttp.latencyMs = latencyMs;
    sim.setHttpFault(SourceKind::SmartOlt, u"/api/onu/*"_s, slowHttp);
    sim.setHttpFault(SourceKind::CnMaestro, u"/api/v2/devices/*"_s, slowHttp);
    Sim::RouterOsFault slowRouter;
    slowRouter.latencyMs = latencyMs;
    for (const RouterConfig &router : sim.profileSources().routers) {
        for (const QString &command : {u"/ppp/active/print"_s, u"/interface/monitor-traffic"_s, u"/log/print"_s})
            sim.setRouterFault(router.nodeId, command, slowRouter);
    }
    DiagnosisService liveService(&cache, u"diagbench"_s, sim.profileSources(), &store);
    liveService.setPrincipal(Access::singleUserPrincipal(u"diagbench"_s));
    DiagnosisOptions live;
    live.liveTimeoutMs = 5000;
    liveService.setOptions(live);
    // Lines with two live sources each (router + SmartOLT, or router + cnMaestro): the scenarios' healthy
    // fibre and weak wireless lines, then random ones; a warm-up first (logins, the OAuth token).
    QStringList liveUsers;
    for (const Demo::DemoScenario &s : sim.scenarios())
        liveUsers << s.pppoeUser;
    timeDiagnosis(liveService, liveUsers.value(0, users.constFirst()));
    QList<double> liveMs;
    for (int i = 0; i < liveRuns; ++i) {
        const QString user = i < liveUsers.size() ? liveUsers.at(i) : users.at(random.bounded(int(users.size())));
        DiagnosisReport report;
        const double ms = timeDiagnosis(liveService, user, &report);
        int asked = 0;
        for (const SourceReport &source : std::as_const(report.sources))
            asked += source.state == Diagnosis::SourceState::Ok || source.state == Diagnosis::SourceState::NoData
                || source.state == Diagnosis::SourceState::Down;
        if (asked >= 2)
            liveMs << ms;
    }
    const double liveP50 = percentile(liveMs, 50);
    const double liveP95 = percentile(liveMs, 95);
    out << "live diagnosis (" << liveMs.size() << " lines with 2+ live sources, each answering in " << latencyMs
        << " ms): p50 " << QString::number(liveP50, 'f', 1) << " ms, p95 " << QString::number(liveP95, 'f', 1)
        << " ms, max " << QString::number(percentile(liveMs, 100), 'f', 1)
        << " ms (sum of sources would be >= " << 2 * latencyMs << " ms)\n";
    out << "RESULT diag_cached_p99_ms=" << QString::number(percentile(cachedMs, 99), 'f', 2)
        << " diag_live_ms=" << QString::number(liveP95, 'f', 1) << "\n";
    out.flush();
    return 0;
}
