// SPDX-License-Identifier: GPL-3.0-or-later
// The demo profile is always called "demo": the console recognises it by
// name. An explicit --profile naming anything else is refused rather than
// silently ignored, so a script that meant another profile learns it at once.
#include "demoinitcommand.h"

#include "cache/cachedatabase.h"
#include "demo/demoprofile.h"
#include "profile/profilemanager.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

#include <limits>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

DemoInitCommand::DemoInitCommand()
    : m_customers(u"customers"_s,
                  u"Number of customers to generate, 1 to %1 (default %2)."_s.arg(maxCustomers).arg(defaultCustomers),
                  u"n"_s, QString::number(defaultCustomers))
    , m_seed(u"seed"_s, u"Random seed; the same seed gives the same ISP (default %1)."_s.arg(Demo::DemoOptions{}.seed),
             u"s"_s, QString::number(Demo::DemoOptions{}.seed))
{ }

QStringList DemoInitCommand::words() const
{
    return {u"demo"_s, u"init"_s};
}

QString DemoInitCommand::summary() const
{
    return u"Create or refresh the \"demo\" profile with a generated ISP."_s;
}

QList<QCommandLineOption> DemoInitCommand::options() const
{
    return {m_customers, m_seed};
}

int DemoInitCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            u"demo init takes no arguments, got '%1'"_s.arg(parser.positionalArguments().join(u' ').left(80)));
    if (context.profileGiven && context.profileName != Profile::demoName())
        return context.usageError(
            u"demo init always writes the \"%1\" profile; drop --profile or pass --profile %1"_s.arg(
                Profile::demoName()));

    QString error;
    const std::optional<qint64> customers
        = parseBoundedInteger(u"customers"_s, parser.value(m_customers), 1, maxCustomers, &error);
    if (!customers)
        return context.usageError(error);
    bool seedOk = false;
    const quint64 seed = parser.value(m_seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return context.usageError(
            u"--seed must be a whole number from 0 to %1, not '%2'"_s.arg(std::numeric_limits<quint64>::max())
                .arg(parser.value(m_seed).left(40)));

    const std::optional<Profile> profile
        = ProfileManager(context.dataDirectory).openOrCreate(Profile::demoName(), &error);
    if (!profile)
        return context.failure(error);
    context.startProfileLog(*profile);

    QElapsedTimer timer;
    timer.start();
    CacheDatabase cache(profile->cacheFile());
    if (!cache.open(&error))
        return context.failure(u"cannot open the demo cache: %1"_s.arg(error));

    // Live progress only for a person watching; cron and pipes get the summary.
    const bool showProgress = context.stderrIsTerminal;
    bool progressShown = false;
    const auto progress = [&](int percent, const QString &step) {
        if (!showProgress)
            return;
        // Padded rather than an escape sequence, which not every console understands.
        context.err() << u'\r' << u"demo init: %1% %2"_s.arg(percent, 3).arg(step).leftJustified(60);
        context.err().flush();
        progressShown = true;
    };
    Demo::DemoOptions options;
    options.customers = int(*customers);
    options.seed = seed;
    const Demo::DemoLoadResult result = Demo::loadDemoIsp(cache, options, u"cli"_s, progress);
    if (progressShown) {
        context.err() << u'\n';
        context.err().flush();
    }
    if (!result.ok)
        return context.failure(u"demo init failed: %1"_s.arg(result.error));

    context.out() << u"demo profile ready: %1 customers, %2 rows, %3 search documents in %4 s (%5)\n"_s
                         .arg(result.customers)
                         .arg(result.rowsWritten)
                         .arg(result.searchDocuments)
                         .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1)
                         .arg(QDir::toNativeSeparators(profile->cacheFile()));
    return ExitOk;
}

} // namespace Beholder::Cli
