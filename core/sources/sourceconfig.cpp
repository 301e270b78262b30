// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceconfig.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QString toString(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return u"ispcube"_s;
    case SourceKind::SmartOlt:
        return u"smartolt"_s;
    case SourceKind::CnMaestro:
        return u"cnmaestro"_s;
    case SourceKind::RouterOs:
        return u"routeros"_s;
    }
    return u"ispcube"_s;
}

std::optional<SourceKind> sourceKindFromString(const QString &text)
{
    const QString word = text.trimmed().toLower();
    for (const SourceKind kind : allSourceKinds()) {
        if (toString(kind) == word)
            return kind;
    }
    return std::nullopt;
}

QList<SourceKind> allSourceKinds()
{
    return {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro, SourceKind::RouterOs};
}

std::optional<SourceConfig> ProfileSources::source(SourceKind kind) const
{
    for (const SourceConfig &config : sources) {
        if (config.kind == kind)
            return config;
    }
    return std::nullopt;
}

namespace SecretKeys {
QString ispCubePassword()
{
    return u"ispcube/password"_s;
}
QString ispCubeApiKey()
{
    return u"ispcube/api-key"_s;
}
QString smartOltToken()
{
    return u"smartolt/token"_s;
}
QString cnMaestroClientSecret()
{
    return u"cnmaestro/client-secret"_s;
}
QString routerPassword(qint64 nodeId)
{
    return u"routeros/%1/password"_s.arg(nodeId);
}
} // namespace SecretKeys

} // namespace Beholder
