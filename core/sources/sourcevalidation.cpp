// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcevalidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <algorithm>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceValidation)
};

class Checker
{
public:
    explicit Checker(QList<SourceIssue> &issues)
        : m_issues(issues)
    { }

    void source(const SourceConfig &config, qsizetype index)
    {
        m_section = SourceIssue::Section::Sources;
        m_index = index;
        const bool isRouterOs = config.kind == SourceKind::RouterOs;
        const bool needsUser = config.kind == SourceKind::IspCube || config.kind == SourceKind::CnMaestro;
        const bool needsClientId = config.kind == SourceKind::IspCube;

        if (isRouterOs) {
            if (!config.baseUrl.isEmpty())
                warn(SourceFields::url, Tr::tr("not used by routeros: each router has its own host and port"));
        } else {
            url(config);
        }

        if (needsUser && config.enabled && config.user.trimmed().isEmpty()) {
            error(SourceFields::user,
                  config.kind == SourceKind::CnMaestro
                      ? Tr::tr("required: the OAuth client id of the cnMaestro API client")
                      : Tr::tr("required: the ISPCube API user name"));
        } else if (!needsUser && !config.user.isEmpty()) {
            warn(SourceFields::user, Tr::tr("not used by %1").arg(toString(config.kind)));
        }

        if (needsClientId && config.enabled && config.clientId.trimmed().isEmpty()) {
            error(SourceFields::clientId, Tr::tr("required: the ISPCube company id (client-id header)"));
        } else if (!needsClientId && !config.clientId.isEmpty()) {
            warn(SourceFields::clientId,
                 config.kind == SourceKind::CnMaestro
                     ? Tr::tr("not used by cnmaestro: its OAuth client id goes in user")
                     : Tr::tr("not used by %1").arg(toString(config.kind)));
        }

        range(SourceFields::timeoutMs, config.timeoutMs, SourceLimits::minTimeoutMs, SourceLimits::maxSourceTimeoutMs);
        range(SourceFields::callsPerHour, config.callsPerHour, 0, SourceLimits::maxCallsPerHour);
        if (isRouterOs && config.callsPerHour != 0)
            warn(SourceFields::callsPerHour, Tr::tr("not used by routeros"));
    }

    void router(const RouterConfig &config, qsizetype index)
    {
        m_section = SourceIssue::Section::Routers;
        m_index = index;
        if (config.nodeId <= 0)
            error(SourceFields::nodeId, Tr::tr("must be a positive node id (nodes.id in the CRM)"));

        const QString host = config.host.trimmed();
        if (host.isEmpty())
            error(SourceFields::host, Tr::tr("required: the router's host name or IP address"));
        else if (!isValidHost(host))
            error(SourceFields::host, Tr::tr("\"%1\" is not a valid host name or IP address").arg(host.left(100)));

        range(SourceFields::port, config.port, 1, 65535);
        if (config.tls && config.port == SourceLimits::defaultRouterPort)
            warn(SourceFields::port, Tr::tr("8728 is the plain API port; API-SSL usually listens on 8729"));
        else if (!config.tls && config.port == SourceLimits::defaultRouterTlsPort)
            warn(SourceFields::port, Tr::tr("8729 is the API-SSL port; set tls to true or use 8728"));

        if (config.user.trimmed().isEmpty())
            error(SourceFields::user, Tr::tr("required: the RouterOS API user"));
        range(SourceFields::timeoutMs, config.timeoutMs, SourceLimits::minTimeoutMs, SourceLimits::maxRouterTimeoutMs);
    }

    void duplicates(const ProfileSources &sources)
    {
        QHash<SourceKind, qsizetype> kinds;
        for (qsizetype i = 0; i < sources.sources.size(); ++i) {
            const SourceKind kind = sources.sources.at(i).kind;
            m_section = SourceIssue::Section::Sources;
            m_index = i;
            if (kinds.contains(kind))
                error(SourceFields::kind, Tr::tr("%1 appears more than once").arg(toString(kind)));
            else
                kinds.insert(kind, i);
        }
        QHash<qint64, qsizetype> nodes;
        QHash<QString, qsizetype> endpoints;
        for (qsizetype i = 0; i < sources.routers.size(); ++i) {
            const RouterConfig &router = sources.routers.at(i);
            m_section = SourceIssue::Section::Routers;
            m_index = i;
            if (nodes.contains(router.nodeId))
                error(SourceFields::nodeId, Tr::tr("node id %1 appears more than once").arg(router.nodeId));
            else
                nodes.insert(router.nodeId, i);
            const QString endpoint = router.host.trimmed().toLower() + u':' + QString::number(router.port);
            if (endpoints.contains(endpoint))
                warn(SourceFields::host, Tr::tr("another router has the same host and port"));
            else
                endpoints.insert(endpoint, i);
        }
    }

private:
    void url(const SourceConfig &config)
    {
        const QUrl &url = config.baseUrl;
        if (url.isEmpty()) {
            if (config.enabled)
                error(SourceFields::url, Tr::tr("required: the API's base URL"));
            return;
        }
        // Never quote the URL back: a mistyped one may carry a password.
        if (!url.isValid()) {
            error(SourceFields::url, Tr::tr("is not a valid URL"));
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme != u"https"_s && scheme != u"http"_s) {
            error(SourceFields::url, Tr::tr("must start with https:// (or http://)"));
            return;
        }
        if (url.host().isEmpty()) {
            error(SourceFields::url, Tr::tr("has no host name"));
            return;
        }
        if (url.port() == 0)
            error(SourceFields::url, Tr::tr("port must be 1-65535"));
        if (!url.userInfo().isEmpty())
            error(SourceFields::url,
                  Tr::tr("must not contain a user name or password: secrets belong in the OS keychain"));
        if (url.hasQuery() || url.hasFragment())
            error(SourceFields::url, Tr::tr("must not have a query (?...) or fragment (#...)"));
        if (scheme == u"http"_s && !QHostAddress(url.host()).isLoopback() && url.host() != u"localhost"_s)
            warn(SourceFields::url, Tr::tr("uses plain http: credentials and customer data travel unencrypted"));
    }

    static bool isValidHost(const QString &host)
    {
        if (!QHostAddress(host).isNull())
            return true;
        // A DNS name: labels of letters, digits and '-', no scheme, port or path.
        QUrl probe;
        probe.setHost(host, QUrl::StrictMode);
        if (!probe.isValid() || probe.host().isEmpty())
            return false;
        return std::all_of(host.cbegin(), host.cend(),
                           [](QChar ch) { return ch.isLetterOrNumber() || ch == u'-' || ch == u'.' || ch == u'_'; });
    }

    void range(QStringView field, qint64 value, qint64 minimum, qint64 maximum)
    {
        if (value < minimum || value > maximum)
            error(field, Tr::tr("must be %1-%2").arg(minimum).arg(maximum));
    }

    void error(QStringView field, const QString &message) { add(SourceIssue::Severity::Error, field, message); }
    void warn(QStringView field, const QString &message) { add(SourceIssue::Severity::Warning, field, message); }

    void add(SourceIssue::Severity severity, QStringView field, const QString &message)
    {
        SourceIssue issue;
        issue.severity = severity;
        issue.section = m_section;
        issue.index = m_index;
        issue.field = field.toString();
        issue.message = message;
        m_issues.append(issue);
    }

    QList<SourceIssue> &m_issues;
    SourceIssue::Section m_section = SourceIssue::Section::Sources;
    qsizetype m_index = -1;
};

} // namespace

QList<SourceIssue> validateProfileSources(const ProfileSources &sources)
{
    QList<SourceIssue> issues;
    Checker checker(issues);
    for (qsizetype i = 0; i < sources.sources.size(); ++i)
        checker.source(sources.sources.at(i), i);
    for (qsizetype i = 0; i < sources.routers.size(); ++i)
        checker.router(sources.routers.at(i), i);
    checker.duplicates(sources);
    return issues;
}

bool hasErrors(const QList<SourceIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const SourceIssue &issue) { return issue.isError(); });
}

QUrl parseSourceUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed, QUrl::StrictMode);
}

} // namespace Beholder
