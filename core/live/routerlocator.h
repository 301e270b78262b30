// SPDX-License-Identifier: GPL-3.0-or-later
// Where to ask for a PPPoE user's live traffic (ADR-005): the router that holds the user's PPP secret, found
// through the cache's ppp_secrets and nodes (the technical truth), never through the CRM's connection, so users
// the CRM does not link can be watched too. The CRM only contributes the plan's speeds when it knows them.
#pragma once

#include "access/principal.h"
#include "sources/sourceconfig.h"

#include <QSqlDatabase>
#include <QString>

namespace Beholder {

struct LiveTarget
{
    enum class Error {
        None,
        NoUser,              // no PPPoE user given
        UnknownUser,         // in no router's PPP secrets (as of the last sync)
        RouterNotConfigured, // the router that holds the secret is not among the profile's routers
        Cache,               // the cache could not be read
        NotPermitted,        // the principal may not watch live traffic (a "denied" row is in the audit log)
    };

    QString pppoeUser;              // as the router spells it (ppp_secrets.name)
    RouterConfig router;            // the profile's settings for that router (name, host, port, TLS, user, timeout)
    TlsExceptionList tlsExceptions; // the profile's: an API-SSL router with a pinned certificate is reachable
    QString routerName;             // for titles: the profile's name for it, else the node's, else its host
    bool secretDisabled = false;
    qint64 planDownKbps = 0; // the CRM plan's speeds; 0 = unknown (the CRM does not link the user, or no plan)
    qint64 planUpKbps = 0;
    QString planName;
    bool linkedInCrm = false; // a CRM connection names this PPPoE user
    qint64 crmNodeId = 0;     // the node that connection names (0: none); may differ from router.nodeId
    int otherRouters = 0;     // further routers holding a secret of the same name (the first usable one wins)

    Error error = Error::None;
    QString errorMessage; // one line for the operator, when error != None

    bool ok() const { return error == Error::None; }
    bool planKnown() const { return planDownKbps > 0 || planUpKbps > 0; }
};

QString toString(LiveTarget::Error error); // "unknown-user", "router-not-configured", ...

// Resolves `pppoeUser` for `principal` with a few indexed queries on `db` (the calling thread's cache connection:
// call it off the GUI thread). Watching someone's traffic is a privileged act: `principal` needs LiveTraffic,
// a refusal is audited as denied, and a resolved target is audited ("live-traffic", the user and the router) on
// `db`. The name matches ignoring case; an exact match wins. When several routers hold the user, one configured
// in the profile is preferred, then an enabled secret, then the router the CRM names, then the most recently
// synced, then the lowest node id. Every error message is translated.
LiveTarget resolveLiveTarget(QSqlDatabase db, const ProfileSources &sources, const QString &pppoeUser,
                             const Access::Principal &principal);

} // namespace Beholder
