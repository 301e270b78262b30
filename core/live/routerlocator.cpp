// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving a PPPoE user to the router that holds it, from the cache (see routerlocator.h).
#include "routerlocator.h"

#include "access/authorization.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiveTarget)
};

struct SecretRow
{
    qint64 nodeId = 0;
    QString name;
    bool disabled = false;
    qint64 fetchedAt = 0;
    QString nodeName;
    QString nodeHost;
};

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

LiveTarget failure(LiveTarget target, LiveTarget::Error error, const QString &message)
{
    target.error = error;
    target.errorMessage = message;
    return target;
}

std::optional<RouterConfig> configuredRouter(const ProfileSources &sources, qint64 nodeId)
{
    for (const RouterConfig &router : sources.routers) {
        if (router.nodeId == nodeId)
            return router;
    }
    return std::nullopt;
}

} // namespace

QString toString(LiveTarget::Error error)
{
    switch (error) {
    case LiveTarget::Error::None:
        return u"none"_s;
    case LiveTarget::Error::NoUser:
        return u"no-user"_s;
    case LiveTarget::Error::UnknownUser:
        return u"unknown-user"_s;
    case LiveTarget::Error::RouterNotConfigured:
        return u"router-not-configured"_s;
    case LiveTarget::Error::Cache:
        return u"cache"_s;
    case LiveTarget::Error::NotPermitted:
        return u"not-permitted"_s;
    }
    return u"unknown"_s;
}

namespace {

LiveTarget locate(QSqlDatabase db, const ProfileSources &sources, const QString &user);

} // namespace

LiveTarget resolveLiveTarget(QSqlDatabase db, const ProfileSources &sources, const QString &pppoeUser,
                             const Access::Principal &principal)
{
    LiveTarget target;
    const QString user = pppoeUser.trimmed();
    target.pppoeUser = user;
    if (user.isEmpty())
        return failure(target, LiveTarget::Error::NoUser, Tr::tr("No PPPoE user was given."));
    if (!db.isOpen())
        return failure(target, LiveTarget::Error::Cache, Tr::tr("The profile's cache is not open."));
    const Access::AuditLog audit(db);
    const QString action = Access::AuditAction::liveTraffic();
    if (const auto denied = Access::authorize(principal, Access::Permission::LiveTraffic, &audit, action, user))
        return failure(target, LiveTarget::Error::NotPermitted, *denied);
    target = locate(db, sources, user);
    if (target.ok())
        audit.append(Access::AuditEntry::by(principal, action, target.pppoeUser, target.routerName));
    return target;
}

namespace {

LiveTarget locate(QSqlDatabase db, const ProfileSources &sources, const QString &user)
{
    LiveTarget target;
    target.pppoeUser = user;

    QString error;
    const auto cacheFailure = [&](const QString &what) {
        qCWarning(lcCache) << "live traffic: cannot read" << what << "for" << user << ':' << error;
        return failure(target, LiveTarget::Error::Cache, Tr::tr("Cannot read the cache (%1): %2").arg(what, error));
    };

    // The technical truth: every router whose secrets hold the user (the name index is NOCASE).
    QList<SecretRow> secrets;
    {
        QSqlQuery query(db);
        if (!exec(query,
                  u"SELECT s.node_id, s.name, s.disabled, s.fetched_at, n.name, n.host "
                  u"FROM ppp_secrets s LEFT JOIN nodes n ON n.id = s.node_id "
                  u"WHERE s.name = ? COLLATE NOCASE"_s,
                  {user}, &error))
            return cacheFailure(Tr::tr("the PPP secrets"));
        while (query.next()) {
            SecretRow row;
            row.nodeId = query.value(0).toLongLong();
            row.name = query.value(1).toString();
            row.disabled = query.value(2).toLongLong() != 0;
            row.fetchedAt = query.value(3).toLongLong();
            row.nodeName = query.value(4).toString();
            row.nodeHost = query.value(5).toString();
            secrets << row;
        }
    }

    // What the CRM says, only for the plan (and to word the errors): the exact spelling first, then a
    // connection whose plan exists.
    const QString crmName = secrets.isEmpty() ? user : secrets.constFirst().name;
    qint64 crmNodeId = 0;
    {
        QSqlQuery query(db);
        if (!exec(query,
                  u"SELECT c.node_id, p.name, p.down_kbps, p.up_kbps "
                  u"FROM connections c LEFT JOIN plans p ON p.id = c.plan_id "
                  u"WHERE c.pppoe_user = ? COLLATE NOCASE "
                  u"ORDER BY c.pppoe_user = ? DESC, p.id IS NULL, c.id LIMIT 1"_s,
                  {crmName, crmName}, &error))
            return cacheFailure(Tr::tr("the CRM connections"));
        if (query.next()) {
            target.linkedInCrm = true;
            crmNodeId = query.value(0).toLongLong();
            target.crmNodeId = crmNodeId;
            target.planName = query.value(1).toString();
            target.planDownKbps = std::max<qint64>(0, query.value(2).toLongLong());
            target.planUpKbps = std::max<qint64>(0, query.value(3).toLongLong());
        }
    }

    if (secrets.isEmpty()) {
        QSqlQuery any(db);
        if (!exec(any, u"SELECT 1 FROM ppp_secrets LIMIT 1"_s, {}, &error))
            return cacheFailure(Tr::tr("the PPP secrets"));
        if (!any.next())
            return failure(target, LiveTarget::Error::UnknownUser,
                           Tr::tr("The cache has no PPP secrets from any router yet: sync the routers first."));
        if (target.linkedInCrm)
            return failure(target, LiveTarget::Error::UnknownUser,
                           Tr::tr("“%1” is in the CRM but in no router's PPP secrets (as of the last sync), so no "
                                  "router can be asked.")
                               .arg(user));
        return failure(target, LiveTarget::Error::UnknownUser,
                       Tr::tr("“%1” is in no router's PPP secrets (as of the last sync).").arg(user));
    }

    // Several routers may hold the name (a migration half done): the best one to ask first.
    std::stable_sort(secrets.begin(), secrets.end(), [&](const SecretRow &a, const SecretRow &b) {
        const auto key = [&](const SecretRow &row) {
            return std::make_tuple(!configuredRouter(sources, row.nodeId).has_value(), row.name != user, row.disabled,
                                   row.nodeId != crmNodeId, -row.fetchedAt, row.nodeId);
        };
        return key(a) < key(b);
    });
    const SecretRow &best = secrets.constFirst();
    target.pppoeUser = best.name;
    target.secretDisabled = best.disabled;
    target.otherRouters = int(secrets.size()) - 1;

    const std::optional<RouterConfig> router = configuredRouter(sources, best.nodeId);
    const QString nodeLabel = best.nodeName.isEmpty() ? Tr::tr("node %1").arg(best.nodeId)
                                                      : Tr::tr("%1 (node %2)").arg(best.nodeName).arg(best.nodeId);
    if (!router) {
        target.router.nodeId = best.nodeId;
        target.router.name = best.nodeName;
        target.router.host = best.nodeHost;
        target.routerName = best.nodeName.isEmpty() ? nodeLabel : best.nodeName;
        return failure(target, LiveTarget::Error::RouterNotConfigured,
                       Tr::tr("“%1” is on router %2, which is not among this profile's routers: add it (host, API "
                              "user and password) to the profile's routers to see its live traffic.")
                           .arg(best.name, nodeLabel));
    }
    target.router = *router;
    target.tlsExceptions = sources.tlsExceptions;
    target.routerName = !router->name.isEmpty() ? router->name
        : !best.nodeName.isEmpty()              ? best.nodeName
                                                : router->host;
    return target;
}

} // namespace

} // namespace Beholder
