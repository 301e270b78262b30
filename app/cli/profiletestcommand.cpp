// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletestcommand.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "secretprompt.h"
#include "sources/connectionprobe.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject toJson(const ProbeResult &result)
{
    QJsonArray steps;
    for (const ProbeStep &step : result.steps) {
        QJsonObject object{{u"stage"_s, toString(step.stage)},
                           {u"state"_s, toString(step.state)},
                           {u"ms"_s, step.durationMs},
                           {u"message"_s, step.message}};
        if (step.state == ProbeStep::State::Failed)
            object.insert(u"error"_s, toString(step.error.kind));
        steps.append(object);
    }
    QJsonObject object{
        {u"target"_s, result.target}, {u"ok"_s, result.ok()}, {u"summary"_s, result.summary()}, {u"steps"_s, steps}};
    if (!result.certificate.isNull()) {
        const PeerCertificate &certificate = result.certificate;
        object.insert(u"certificate"_s,
                      QJsonObject{{u"host"_s, certificate.host},
                                  {u"subject"_s, certificate.subject},
                                  {u"issuer"_s, certificate.issuer},
                                  {u"expires"_s, certificate.expires.toString(Qt::ISODate)},
                                  {u"sha256"_s, formatFingerprint(certificate.sha256)},
                                  {u"pinned"_s, result.certificatePinned}});
    }
    return object;
}

void printText(QTextStream &out, const ProbeResult &result)
{
    out << result.target << u'\n';
    for (const ProbeStep &step : result.steps) {
        out << u"  "_s << toString(step.stage).leftJustified(5) << u' ' << toString(step.state).leftJustified(8);
        if (step.state == ProbeStep::State::Ok || step.state == ProbeStep::State::Failed)
            out << QString::number(step.durationMs).rightJustified(6) << u" ms"_s;
        else
            out << QString(9, u' ');
        if (!step.message.isEmpty())
            out << u"  "_s << step.message;
        out << u'\n';
    }
    const ProbeStep *failed = result.failedStep();
    if (failed && failed->stage == ProbeStep::Stage::Tls && !result.certificate.isNull()) {
        const PeerCertificate &certificate = result.certificate;
        out << u"  certificate: %1, issued by %2, expires %3\n  SHA-256 %4\n"_s.arg(
            certificate.subject, certificate.issuer, certificate.expires.toString(Qt::ISODate),
            formatFingerprint(certificate.sha256));
        out << u"  to trust it for this host, check the fingerprint with the server's admin, then use Tools > "
               u"Settings > Test Connection in the console\n"_s;
    }
    out << u"  => "_s << result.summary() << u"\n\n"_s;
    out.flush();
}

// Runs one probe to its end in a local event loop (the CLI has no other work meanwhile).
ProbeResult runProbe(ConnectionProbe &probe)
{
    QEventLoop loop;
    ProbeResult result;
    QObject::connect(&probe, &ConnectionProbe::finished, &loop, [&](const ProbeResult &finished) {
        result = finished;
        loop.quit();
    });
    probe.start();
    loop.exec();
    return result;
}

} // namespace

ProfileTestCommand::ProfileTestCommand()
    : m_source(u"source"_s,
               u"Test only this source: ispcube, smartolt, cnmaestro or routeros (repeat for several; default: every "
               u"configured source and router)."_s,
               u"name"_s)
    , m_json(u"json"_s, u"Print JSON instead of text."_s)
{ }

QStringList ProfileTestCommand::words() const
{
    return {u"profile"_s, u"test"_s};
}

QString ProfileTestCommand::summary() const
{
    return u"Test the connection to each source and router: DNS, TCP, TLS, authentication, one API call (exit code "
           u"1 if any failed)."_s;
}

QList<QCommandLineOption> ProfileTestCommand::options() const
{
    return {m_source, m_json};
}

int ProfileTestCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            u"profile test takes no arguments, got '%1'"_s.arg(parser.positionalArguments().join(u' ')));
    QList<SourceKind> only;
    for (const QString &name : parser.values(m_source)) {
        const std::optional<SourceKind> kind = sourceKindFromString(name);
        if (!kind)
            return context.usageError(u"unknown source '%1': use ispcube, smartolt, cnmaestro or routeros"_s.arg(name));
        only << *kind;
    }
    int exitCode = ExitOk;
    const std::optional<Profile> profile = context.existingProfile(&exitCode);
    if (!profile)
        return exitCode;

    // A test signs in to the sources with the profile's credentials: the right of whoever may sync.
    CacheDatabase cache(profile->cacheFile());
    QString error;
    if (!cache.open(&error))
        return context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(profile->name(), error));
    const Access::AuditLog audit(&cache);
    const std::optional<Access::Principal> principal = signIn(context, *profile, &audit, &exitCode);
    if (!principal)
        return exitCode;
    const QString action = Access::AuditAction::sourcesTest();
    if (const auto denied = Access::authorize(*principal, Access::Permission::RunSync, &audit, action))
        return context.failure(*denied);

    const SourceSettingsResult settings = loadProfileSources(*profile);
    if (!settings.ok())
        return context.failure(
            u"the sources of profile '%1' are not valid: %2"_s.arg(profile->name(), settings.errors.join(u"; "_s)));
    ProfileSources wanted = settings.sources;
    const auto included = [&](SourceKind kind) {
        if (!only.isEmpty())
            return only.contains(kind);
        const std::optional<SourceConfig> config = settings.sources.source(kind);
        return !config || config->enabled;
    };
    wanted.sources.removeIf([&](const SourceConfig &config) {
        return config.kind == SourceKind::RouterOs || !config.baseUrl.isValid() || !included(config.kind);
    });
    if (!included(SourceKind::RouterOs))
        wanted.routers.clear();
    if (wanted.sources.isEmpty() && wanted.routers.isEmpty())
        return context.failure(u"profile '%1' has no %2 to test"_s.arg(
            profile->name(), only.isEmpty() ? u"sources"_s : u"such sources"_s));

    // The secrets of every target kept, a disabled one named with --source too. Missing secrets are not an error
    // here: the probe's authentication step says which one is missing.
    QStringList keys;
    for (const SourceConfig &config : std::as_const(wanted.sources)) {
        for (const SecretField &field : secretFields(config.kind))
            keys << field.key;
    }
    for (const RouterConfig &router : std::as_const(wanted.routers))
        keys << SecretKeys::routerPassword(router.nodeId);
    KeychainCredentialStore store(profile->name());
    const SecretsResult secrets = readSecretsAndWait(store, keys);
    if (secrets.error.isError())
        return context.failure(secrets.error.message);

    QList<ProbeResult> results;
    for (const SourceConfig &config : std::as_const(wanted.sources)) {
        ConnectionProbe probe(config, secrets.found, wanted.tlsExceptions);
        results << runProbe(probe);
        if (!parser.isSet(m_json))
            printText(context.out(), results.constLast());
    }
    for (const RouterConfig &router : std::as_const(wanted.routers)) {
        ConnectionProbe probe(router, secrets.found.value(SecretKeys::routerPassword(router.nodeId)),
                              wanted.tlsExceptions);
        results << runProbe(probe);
        if (!parser.isSet(m_json))
            printText(context.out(), results.constLast());
    }

    qsizetype failed = 0;
    QJsonArray targets;
    for (const ProbeResult &result : std::as_const(results)) {
        failed += result.ok() ? 0 : 1;
        targets.append(toJson(result));
    }
    audit.append(Access::AuditEntry::by(*principal, action,
                                        u"%1 of %2 targets passed"_s.arg(results.size() - failed).arg(results.size()),
                                        {}, failed == 0 ? Access::AuditOutcome::Ok : Access::AuditOutcome::Failed));
    if (parser.isSet(m_json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"profile"_s, profile->name()}, {u"ok"_s, failed == 0}, {u"targets"_s, targets}})
                .toJson(QJsonDocument::Indented));
    } else {
        context.out() << (failed == 0 ? u"all %1 targets passed\n"_s.arg(results.size())
                                      : u"%1 of %2 targets failed\n"_s.arg(failed).arg(results.size()));
    }
    context.out().flush();
    return failed == 0 ? ExitOk : ExitFailure;
}

} // namespace Beholder::Cli
