// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosecommand.h"

#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "credentials/keychaincredentialstore.h"
#include "diagnosis/diagnosisservice.h"
#include "sources/sourcesettings.h"
#include "triage/thresholds.h"
#include "util/timeformat.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

DiagnoseCommand::DiagnoseCommand()
    : m_json(u"json"_s, u"Print the diagnosis as JSON (schema beholder-diagnosis/1, docs/diagnosis.md)."_s)
    , m_offline(u"offline"_s, u"Ask no live source: answer from the cache alone."_s)
    , m_timeout(u"timeout"_s, u"Seconds each live source may take (default: the live_timeout_s threshold)."_s,
                u"seconds"_s)
{ }

QStringList DiagnoseCommand::words() const
{
    return {u"diagnose"_s};
}

QString DiagnoseCommand::summary() const
{
    return u"Diagnose a PPPoE user: the verdict (MASS_OUTAGE, DISPATCH, ...) and every finding behind it."_s;
}

QList<QCommandLineOption> DiagnoseCommand::options() const
{
    return {m_json, m_offline, m_timeout};
}

QList<Command::Positional> DiagnoseCommand::positionals() const
{
    return {{u"user"_s, u"The PPPoE user to diagnose."_s, u"USER"_s}};
}

int DiagnoseCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty())
        return context.usageError(u"diagnose takes exactly one PPPoE user"_s);
    const QString user = args.constFirst().trimmed();
    if (user.size() > 256)
        return context.usageError(u"a PPPoE user is at most 256 characters"_s);
    Diagnosis::DiagnosisOptions options;
    options.offline = parser.isSet(m_offline);
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 120)
            return context.usageError(u"--timeout takes more than 0 and at most 120 seconds"_s);
        options.liveTimeoutMs = int(seconds * 1000);
    }

    int exitCode = ExitOk;
    const std::optional<Profile> profile = context.existingProfile(&exitCode);
    if (!profile)
        return exitCode;
    if (!QFileInfo::exists(profile->cacheFile()))
        return context.failure(u"profile '%1' has no cache yet: sync it first"_s.arg(profile->name()));

    const SourceSettingsResult settings = loadProfileSources(*profile);
    if (!settings.ok())
        return context.failure(
            u"the sources of profile '%1' are not valid: %2"_s.arg(profile->name(), settings.errors.join(u"; "_s)));
    QString warning;
    const Triage::Thresholds thresholds = Triage::Thresholds::load(profile->settingsFile(), &warning);
    if (!warning.isEmpty())
        context.err() << u"warning: "_s << warning << u'\n';

    CacheDatabase cache(profile->cacheFile());
    QString error;
    if (!cache.open(&error))
        return context.failure(u"cannot open the cache of profile '%1': %2"_s.arg(profile->name(), error));

    const Access::AuditLog audit(&cache);
    const std::optional<Access::Principal> principal = signIn(context, *profile, &audit, &exitCode);
    if (!principal)
        return exitCode;

    KeychainCredentialStore store(profile->name());
    Diagnosis::DiagnosisService service(&cache, profile->name(), settings.sources, &store);
    service.setPrincipal(*principal);
    service.setThresholds(thresholds);
    service.setOptions(options);

    QEventLoop loop;
    Diagnosis::DiagnosisReport report;
    QObject::connect(&service, &Diagnosis::DiagnosisService::reportUpdated, &loop,
                     [&](quint64, const Diagnosis::DiagnosisReport &update) {
                         report = update;
                         if (report.final)
                             loop.quit();
                     });
    service.diagnose(user);
    loop.exec();

    const UnixTime now = TimeFormat::nowUtc();
    if (!report.error.isEmpty()) {
        // No verdict: the reason on stderr; with --json the object still goes to stdout (verdict null),
        // so that a chatbot reads one format whatever happens.
        if (parser.isSet(m_json))
            context.out() << QString::fromUtf8(
                QJsonDocument(Diagnosis::toJson(report, now)).toJson(QJsonDocument::Indented));
        context.out().flush();
        return context.failure(report.error);
    }
    if (parser.isSet(m_json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(Diagnosis::toJson(report, now)).toJson(QJsonDocument::Indented));
    } else {
        context.out() << Diagnosis::plainTextSummary(report, now);
        context.out() << u"\nSOURCE       STATE            MS  DETAIL\n"_s;
        for (const Diagnosis::SourceReport &source : std::as_const(report.sources)) {
            context.out() << u"%1 %2 %3  %4\n"_s.arg(source.id, -12)
                                 .arg(Diagnosis::sourceStateId(source.state), -14)
                                 .arg(source.elapsedMs, 5)
                                 .arg(source.detail);
        }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace Beholder::Cli
