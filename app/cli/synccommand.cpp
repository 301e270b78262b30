// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "secretprompt.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<bool> interruptRequested{false};

extern "C" void onInterrupt(int)
{
    interruptRequested = true;
}

QString progressLine(const QList<SourceProgress> &progress)
{
    QStringList parts;
    for (const SourceProgress &source : progress) {
        if (source.state == SourceState::Skipped)
            continue;
        QString part = toString(source.source) + u' ' + toString(source.state);
        if ((source.state == SourceState::Fetching || source.state == SourceState::Writing) && source.done > 0)
            part += source.total > 0 ? u" %1/%2"_s.arg(source.done).arg(source.total) : u" %1"_s.arg(source.done);
        parts << part;
    }
    return parts.join(u" · "_s);
}

} // namespace

SyncCommand::SyncCommand()
    : m_source(u"source"_s,
               u"Sync only this source: ispcube, smartolt, cnmaestro or routeros (repeat for several; default: every "
               u"configured source)."_s,
               u"name"_s)
{ }

QStringList SyncCommand::words() const
{
    return {u"sync"_s};
}

QString SyncCommand::summary() const
{
    return u"Fetch the profile's data from its sources into the cache (exit code 1 if any source failed)."_s;
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {m_source};
}

int SyncCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"sync takes no arguments, got '%1'"_s.arg(parser.positionalArguments().join(u' ')));
    SyncRequest request;
    request.trigger = SyncTrigger::Cli;
    for (const QString &name : parser.values(m_source)) {
        const std::optional<SourceKind> kind = sourceKindFromString(name);
        if (!kind)
            return context.usageError(u"unknown source '%1': use ispcube, smartolt, cnmaestro or routeros"_s.arg(name));
        if (!request.sources.contains(*kind))
            request.sources << *kind;
    }
    int exitCode = ExitOk;
    const std::optional<Profile> profile = context.existingProfile(
        &exitCode,
        u": import its description first (beholder-cli profile import FILE --profile %1)"_s.arg(context.profileName));
    if (!profile)
        return exitCode;

    // Who syncs, first: a refused or unknown user learns nothing more about the profile.
    CacheDatabase cache(profile->cacheFile());
    QString error;
    if (!cache.open(&error))
        return context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(profile->name(), error));
    const Access::AuditLog audit(&cache);
    const std::optional<Access::Principal> principal = signIn(context, *profile, &audit, &exitCode);
    if (!principal)
        return exitCode;
    request.principal = *principal;

    const SourceSettingsResult settings = loadProfileSources(*profile);
    if (!settings.ok())
        return context.failure(
            u"the sources of profile '%1' are not valid: %2"_s.arg(profile->name(), settings.errors.join(u"; "_s)));
    ProfileSources sources = settings.sources;
    if (SyncEngine::configuredSources(sources).isEmpty())
        return context.failure(u"profile '%1' has no sources to sync"_s.arg(profile->name()));

    // Only the secrets of the sources being synced.
    ProfileSources wanted = sources;
    if (!request.sources.isEmpty()) {
        wanted.sources.removeIf([&](const SourceConfig &config) { return !request.sources.contains(config.kind); });
        if (!request.sources.contains(SourceKind::RouterOs))
            wanted.routers.clear();
    }
    KeychainCredentialStore store(profile->name());
    const SecretsResult secrets = readSecretsAndWait(store, requiredSecretKeys(wanted));
    if (secrets.error.isError())
        return context.failure(secrets.error.message);
    if (!secrets.missing.isEmpty())
        return context.failure(u"profile '%1' lacks %2 secrets in the OS keychain (e.g. %3): set them with "
                               u"beholder-cli profile set-secret KEY --profile %1"_s.arg(profile->name())
                                   .arg(secrets.missing.size())
                                   .arg(secrets.missing.constFirst()));

    SyncEngine engine(&cache, profile->directory());
    SyncContext syncContext;
    syncContext.profileName = profile->name();
    syncContext.sources = sources;
    syncContext.secrets = secrets.found;

    QEventLoop loop;
    SyncSummary summary;
    QString lastLine;
    QObject::connect(&engine, &SyncEngine::progressChanged, &loop, [&](const QList<SourceProgress> &progress) {
        const QString line = progressLine(progress);
        if (line == lastLine)
            return;
        lastLine = line;
        // One line per change for logs and pipes, one line updated in place for a person.
        if (context.stderrIsTerminal)
            context.err() << u'\r' << line.leftJustified(110).left(110);
        else
            context.err() << u"sync: "_s << line << u'\n';
        context.err().flush();
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &done) {
        summary = done;
        loop.quit();
    });

    interruptRequested = false;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &loop, [&] {
        if (interruptRequested.exchange(false)) {
            context.err() << u"\nsync: canceling (the previous data is kept)\n"_s;
            engine.cancel();
        }
    });
    interruptWatch.start(100);

    if (!engine.start(request, syncContext, &error)) {
        std::signal(SIGINT, previousHandler);
        return context.failure(u"cannot start the sync: %1"_s.arg(error));
    }
    loop.exec();
    std::signal(SIGINT, previousHandler);
    if (context.stderrIsTerminal)
        context.err() << u'\n';

    QTextStream &out = context.out();
    out << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"SOURCE"_s, -10)
               .arg(u"STATE"_s, -10)
               .arg(u"FETCHED"_s, 8)
               .arg(u"ADDED"_s, 8)
               .arg(u"CHANGED"_s, 8)
               .arg(u"REMOVED"_s, 8)
               .arg(u"SECONDS"_s, 8);
    for (const SourceOutcome &outcome : std::as_const(summary.outcomes)) {
        out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(toString(outcome.source), -10)
                   .arg(toString(outcome.state), -10)
                   .arg(outcome.fetched, 8)
                   .arg(outcome.counts.added, 8)
                   .arg(outcome.counts.changed, 8)
                   .arg(outcome.counts.removed, 8)
                   .arg(outcome.seconds, 8, 'f', 1);
        if (!outcome.message.isEmpty())
            out << u"  "_s << outcome.message;
        out << u'\n';
        for (const QString &warning : outcome.warnings)
            out << u"    warning: "_s << warning << u'\n';
    }
    if (!summary.indexError.isEmpty())
        out << u"search index: "_s << summary.indexError << u'\n';
    out << u"sync %1 in %2 s\n"_s.arg(summary.allSucceeded() ? u"complete"_s : u"incomplete"_s)
               .arg(summary.seconds, 0, 'f', 1);
    out.flush();
    return summary.allSucceeded() ? ExitOk : ExitFailure;
}

} // namespace Beholder::Cli
