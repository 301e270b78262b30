// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesecrets.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QList<SecretField> secretFields(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return {{u"password"_s, SecretKeys::ispCubePassword()}, {u"api_key"_s, SecretKeys::ispCubeApiKey()}};
    case SourceKind::SmartOlt:
        return {{u"token"_s, SecretKeys::smartOltToken()}};
    case SourceKind::CnMaestro:
        return {{u"client_secret"_s, SecretKeys::cnMaestroClientSecret()}};
    case SourceKind::RouterOs:
        return {};
    }
    return {};
}

SecretField routerSecretField(qint64 nodeId)
{
    return {u"password"_s, SecretKeys::routerPassword(nodeId)};
}

QStringList secretFieldNames()
{
    QStringList names{routerSecretField(0).field};
    for (const SourceKind kind : allSourceKinds()) {
        for (const SecretField &secret : secretFields(kind))
            names.append(secret.field);
    }
    names.removeDuplicates();
    return names;
}

QStringList requiredSecretKeys(const ProfileSources &sources)
{
    QStringList keys;
    for (const SourceConfig &config : sources.sources) {
        if (!config.enabled)
            continue;
        for (const SecretField &secret : secretFields(config.kind))
            keys.append(secret.key);
    }
    const std::optional<SourceConfig> routerOs = sources.source(SourceKind::RouterOs);
    if (!routerOs || routerOs->enabled) {
        for (const RouterConfig &router : sources.routers)
            keys.append(routerSecretField(router.nodeId).key);
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace Beholder
