// SPDX-License-Identifier: GPL-3.0-or-later
#include "simcommand.h"

#include "simulator/isp/simulator.h"
#include "sources/profiledescription.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int)
{
    stopRequested = true;
}

} // namespace

SimCommand::SimCommand()
    : m_endpointsFile(u"endpoints-file"_s,
                      u"Write the profile description (URLs, users, secrets, routers) to FILE (required)."_s, u"file"_s)
    , m_customers(u"customers"_s, u"Size of the simulated ISP, 1 to 1000000 (default 5000)."_s, u"n"_s, u"5000"_s)
    , m_seed(u"seed"_s, u"Random seed of the simulated ISP (default %1)."_s.arg(Demo::DemoOptions{}.seed), u"s"_s,
             QString::number(Demo::DemoOptions{}.seed))
    , m_latency(u"latency-ms"_s, u"Delay every answer by this many milliseconds (default 0)."_s, u"ms"_s, u"0"_s)
{ }

QStringList SimCommand::words() const
{
    return {u"sim"_s};
}

QString SimCommand::summary() const
{
    return u"Run the simulated ISP on 127.0.0.1 until stopped (Ctrl+C), and write its profile description."_s;
}

QList<QCommandLineOption> SimCommand::options() const
{
    return {m_endpointsFile, m_customers, m_seed, m_latency};
}

int SimCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"sim takes no arguments"_s);
    if (!parser.isSet(m_endpointsFile) || parser.value(m_endpointsFile).isEmpty())
        return context.usageError(u"sim needs --endpoints-file FILE"_s);
    QString error;
    const std::optional<qint64> customers
        = parseBoundedInteger(u"customers"_s, parser.value(m_customers), 1, 1'000'000, &error);
    if (!customers)
        return context.usageError(error);
    const std::optional<qint64> latency
        = parseBoundedInteger(u"latency-ms"_s, parser.value(m_latency), 0, 600'000, &error);
    if (!latency)
        return context.usageError(error);
    bool seedOk = false;
    const quint64 seed = parser.value(m_seed).toULongLong(&seedOk);
    if (!seedOk)
        return context.usageError(u"--seed must be a whole number"_s);

    Sim::SimulatorOptions options;
    options.demo.customers = int(*customers);
    options.demo.seed = seed;
    Sim::Simulator simulator(options);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&simulator, &Sim::Simulator::started, &loop, [&](bool started) {
        ok = started;
        loop.quit();
    });
    simulator.start();
    loop.exec();
    if (!ok)
        return context.failure(u"the simulated ISP did not start: %1"_s.arg(simulator.errorString()));

    if (*latency > 0) {
        Sim::HttpFault slow;
        slow.latencyMs = int(*latency);
        for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro})
            simulator.setHttpFault(kind, u"*"_s, slow);
        Sim::RouterOsFault slowRouter;
        slowRouter.latencyMs = int(*latency);
        for (const RouterConfig &router : simulator.profileSources().routers)
            simulator.setRouterFault(router.nodeId, u"*"_s, slowRouter);
    }

    ProfileDescription description;
    description.sources = simulator.profileSources();
    description.secrets = simulator.secrets();
    description.generator = u"beholder-cli sim"_s;
    const QString file = parser.value(m_endpointsFile);
    const QString writeError = writeProfileDescription(file, description);
    if (!writeError.isEmpty())
        return context.failure(u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(file), writeError));

    const ProfileSources sources = simulator.profileSources();
    QTextStream &out = context.out();
    out << u"simulated ISP running: %1 customers, %2 routers\n"_s.arg(*customers).arg(sources.routers.size());
    for (const SourceConfig &source : sources.sources)
        out << u"  %1 %2\n"_s.arg(toString(source.kind), -10).arg(source.baseUrl.toString());
    out << u"  routeros   127.0.0.1, ports %1-%2\n"_s.arg(sources.routers.constFirst().port)
               .arg(sources.routers.constLast().port);
    out << u"profile description written to %1 (it holds the simulator's throw-away credentials)\n"_s.arg(
        QDir::toNativeSeparators(file));
    out << u"stop with Ctrl+C\n"_s;
    out.flush();

    stopRequested = false;
    const auto previousInt = std::signal(SIGINT, onStopSignal);
    const auto previousTerm = std::signal(SIGTERM, onStopSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (stopRequested)
            loop.quit();
    });
    watch.start(100);
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    simulator.stop();
    context.err() << u"simulated ISP stopped\n"_s;
    return ExitOk;
}

} // namespace Beholder::Cli
