// SPDX-License-Identifier: GPL-3.0-or-later
// A full sync at ISP scale, through the real clients, from the simulated ISP
// running in its own process (`beholder-cli sim`, so its memory is not
// counted here). While the sync runs, a timer on this (the "GUI") thread
// measures the longest stall of its event loop: the sync must never block it.
// The last line is machine-readable:
//   RESULT sync_s=… gui_stall_ms=… rss_mb=…
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "sources/profiledescription.h"
#include "sync/syncengine.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Full sync from the simulated ISP"_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Simulated ISP size (default 100000)."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"The beholder-cli to run the simulator with."_s, u"PATH"_s,
                                       u"" BEHOLDER_CLI_PATH ""_s);
    const QCommandLineOption sourceOption(u"source"_s, u"Sync only this source (repeatable; default all)."_s,
                                          u"NAME"_s);
    parser.addOptions({customersOption, cliOption, sourceOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString description = dir.filePath(u"isp.json"_s);

    // 1. The simulated ISP, in its own process.
    QElapsedTimer timer;
    timer.start();
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(cliOption),
              {u"sim"_s, u"--endpoints-file"_s, description, u"--customers"_s, parser.value(customersOption)});
    while (!(QFileInfo(description).size() > 0 && sim.canReadLine())) {
        if (!sim.waitForReadyRead(1000) && sim.state() != QProcess::Running)
            qFatal("the simulator did not start");
    }
    out << "simulator ready in " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1) << " s\n";
    const ProfileDescriptionParse parsed = readProfileDescription(description);
    if (!parsed.ok())
        qFatal("bad description: %s", qPrintable(parsed.errors.join(u"; "_s)));

    CacheDatabase cache(dir.filePath(u"cache.sqlite"_s));
    QString error;
    if (!cache.open(&error))
        qFatal("%s", qPrintable(error));

    // 2. The sync, with a stall probe on this thread.
    SyncEngine engine(&cache, dir.path());
    SyncContext context;
    context.profileName = u"bench"_s;
    context.sources = parsed.description->sources;
    context.secrets = parsed.description->secrets;

    QEventLoop loop;
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &done) {
        summary = done;
        loop.quit();
    });
    QElapsedTimer probe;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &loop,
                     [&] { longestStallMs = std::max(longestStallMs, probe.restart() - 5); });

    SyncRequest request{{}, SyncTrigger::Cli, u"bench"_s, Access::singleUserPrincipal(u"bench"_s)};
    for (const QString &name : parser.values(sourceOption)) {
        if (const std::optional<SourceKind> kind = sourceKindFromString(name))
            request.sources << *kind;
    }
    timer.restart();
    if (!engine.start(request, context, &error))
        qFatal("cannot start: %s", qPrintable(error));
    probe.start();
    ticker.start();
    loop.exec();
    ticker.stop();
    const double seconds = timer.nsecsElapsed() / 1e9;

    sim.terminate();
    sim.waitForFinished(10000);

    for (const SourceOutcome &outcome : std::as_const(summary.outcomes)) {
        out << toString(outcome.source).leftJustified(10) << ' ' << toString(outcome.state).leftJustified(10) << ' '
            << QString::number(outcome.fetched).rightJustified(8) << " items in "
            << QString::number(outcome.seconds, 'f', 2)
            << " s = " << QString::number(outcome.seconds > 0 ? outcome.fetched / outcome.seconds : 0, 'f', 0)
            << " rows/s";
        if (!outcome.message.isEmpty())
            out << "  " << outcome.message;
        out << '\n';
    }
    out << "search index rebuilt: " << (summary.indexRebuilt ? "yes" : "no") << "; whole sync "
        << QString::number(seconds, 'f', 2) << " s; file "
        << QString::number(QFileInfo(cache.filePath()).size() / 1048576.0, 'f', 1) << " MiB\n";
    if (!summary.allSucceeded())
        out << "WARNING: not every source succeeded\n";
    out << "RESULT sync_s=" << QString::number(seconds, 'f', 2) << " gui_stall_ms=" << longestStallMs
        << " rss_mb=" << QString::number(peakRssMb(), 'f', 1) << "\n";
    return summary.allSucceeded() ? 0 : 1;
}
