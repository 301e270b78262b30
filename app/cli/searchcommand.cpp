// SPDX-License-Identifier: GPL-3.0-or-later
// Opens only a cache that already exists (a typo in --profile must not leave
// an empty profile behind), runs the product's search on it and prints either
// the table or the JSON documented in docs/cli.md.
#include "searchcommand.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "cliaccess.h"
#include "logging/logging.h"
#include "search/searchengine.h"
#include "search/searchjson.h"
#include "searchtable.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

SearchCommand::SearchCommand()
    : m_json(u"json"_s, u"Print one JSON object instead of a table (see docs/cli.md for the schema)."_s)
    , m_limit(u"limit"_s, u"At most <n> results, 1 to %1 (default %2)."_s.arg(SearchEngine::maxLimit).arg(defaultLimit),
              u"n"_s, QString::number(defaultLimit))
{ }

QStringList SearchCommand::words() const
{
    return {u"search"_s};
}

QString SearchCommand::summary() const
{
    return u"Search the profile's cache like the console's search box: name, DNI/CUIT, phone, address, PPPoE "
           u"user, ONU serial, MAC or IP."_s;
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return {m_json, m_limit};
}

QList<Command::Positional> SearchCommand::positionals() const
{
    return {{u"text"_s,
             u"What to look for; several words are joined with spaces. Put `--` before text that "
             u"starts with '-'."_s,
             u"TEXT..."_s}};
}

int SearchCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.usageError(u"search needs the text to look for"_s);
    QString error;
    const std::optional<qint64> limit
        = parseBoundedInteger(u"limit"_s, parser.value(m_limit), 1, SearchEngine::maxLimit, &error);
    if (!limit)
        return context.usageError(error);

    int exitCode = ExitOk;
    const std::optional<Profile> profile = context.existingProfileWithCache(&exitCode);
    if (!profile)
        return exitCode;
    context.startProfileLog(*profile);

    CacheDatabase cache(profile->cacheFile());
    if (!cache.open(&error))
        return context.failure(u"cannot read the cache of profile '%1': %2"_s.arg(profile->name(), error));
    // On a profile that requires sign-in, customers' data is for who signs in (--user) like in the console.
    {
        const Access::AuditLog audit(&cache);
        const std::optional<Access::Principal> principal = signIn(context, *profile, &audit, &exitCode);
        if (!principal)
            return exitCode;
        if (const auto denied
            = Access::authorize(*principal, Access::Permission::ViewCustomers, &audit, Access::AuditAction::search()))
            return context.failure(*denied);
    }

    SearchResults results;
    {
        // The engine keeps prepared queries on the connection: it must go
        // before the cache closes it.
        SearchEngine engine(cache.connection());
        results = engine.search(words.join(u' '), int(*limit));
    }
    if (!results.error.isEmpty())
        return context.failure(u"cannot search the cache of profile '%1': %2"_s.arg(profile->name(), results.error));
    qCDebug(lcCli) << "search found" << results.hits.size() << "hits in" << results.elapsedMicroseconds << "us";

    if (parser.isSet(m_json))
        context.out() << QString::fromUtf8(
            QJsonDocument(toJson(results, profile->name())).toJson(QJsonDocument::Compact))
                      << u'\n';
    else
        context.out() << formatSearchTable(results);
    return ExitOk;
}

} // namespace Beholder::Cli
