// SPDX-License-Identifier: GPL-3.0-or-later
// How a profile reaches its data: which sources it has (ISPCube, SmartOLT,
// cnMaestro, the MikroTik routers), where they are and as whom. Secrets are
// not here: they live in the OS keychain under the keys below (see
// core/credentials), in the profile's own namespace.
#pragma once

#include "net/tlsexception.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Beholder {

enum class SourceKind {
    IspCube,   // CRM: plans, nodes, customers, connections, tickets
    SmartOlt,  // OLTs and ONUs
    CnMaestro, // access points, subscriber modules, alarms
    RouterOs,  // PPP secrets (and live sessions) from every router
};

// "ispcube", "smartolt", "cnmaestro", "routeros": the source names used in
// sync_runs, settings, the CLI (--source) and keychain keys.
QString toString(SourceKind kind);
std::optional<SourceKind> sourceKindFromString(const QString &text);
QList<SourceKind> allSourceKinds();

struct SourceConfig
{
    SourceKind kind = SourceKind::IspCube;
    bool enabled = true;
    QUrl baseUrl;          // ISPCube ".../api", SmartOLT ".../api/", cnMaestro ".../api/v2"
    QString user;          // ISPCube user name (none for SmartOLT; cnMaestro: the client id)
    QString clientId;      // ISPCube "client-id" header (company id)
    int timeoutMs = 30000; // per request, until the reply is complete
    int callsPerHour = 0;  // the account's budget; 0 = the source's default
};

struct RouterConfig
{
    qint64 nodeId = 0; // the node (nodes.id) this router is
    QString name;      // "VMA-CCR-01"
    QString host;
    int port = 8728; // 8729 with TLS
    bool tls = false;
    QString user;
    int timeoutMs = 10000; // per command
};

struct ProfileSources
{
    QList<SourceConfig> sources;
    QList<RouterConfig> routers;
    // Pinned certificates for hosts whose TLS does not verify ([tls_exceptions] in settings.ini): every HTTP
    // client and router connection made for these sources gets them.
    TlsExceptionList tlsExceptions;

    std::optional<SourceConfig> source(SourceKind kind) const;
};

// Keychain keys, one namespace per profile (the service is "beholder/<profile>").
namespace SecretKeys {
QString ispCubePassword();             // "ispcube/password"
QString ispCubeApiKey();               // "ispcube/api-key"
QString smartOltToken();               // "smartolt/token"
QString cnMaestroClientSecret();       // "cnmaestro/client-secret"
QString routerPassword(qint64 nodeId); // "routeros/<nodeId>/password"
} // namespace SecretKeys

} // namespace Beholder
