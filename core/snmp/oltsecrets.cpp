// SPDX-License-Identifier: GPL-3.0-or-later
#include "oltsecrets.h"

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

QString oltSecretKey(qint64 oltId, OltSecret secret)
{
    const QString prefix = u"snmp/olt/%1/"_s.arg(oltId);
    switch (secret) {
    case OltSecret::Community:
        return prefix + u"community"_s;
    case OltSecret::AuthPassword:
        return prefix + u"auth-password"_s;
    case OltSecret::PrivPassword:
        return prefix + u"priv-password"_s;
    }
    return prefix + u"community"_s;
}

QList<OltSecret> requiredSecrets(const SnmpOlt &olt)
{
    if (olt.version == SnmpTarget::Version::V2c)
        return {OltSecret::Community};
    switch (olt.securityLevel) {
    case SnmpTarget::SecurityLevel::NoAuthNoPriv:
        return {};
    case SnmpTarget::SecurityLevel::AuthNoPriv:
        return {OltSecret::AuthPassword};
    case SnmpTarget::SecurityLevel::AuthPriv:
        return {OltSecret::AuthPassword, OltSecret::PrivPassword};
    }
    return {};
}

QStringList requiredSecretKeys(const SnmpOlt &olt)
{
    QStringList keys;
    for (OltSecret secret : requiredSecrets(olt))
        keys << oltSecretKey(olt.id, secret);
    return keys;
}

QStringList allSecretKeys(qint64 oltId)
{
    return {oltSecretKey(oltId, OltSecret::Community), oltSecretKey(oltId, OltSecret::AuthPassword),
            oltSecretKey(oltId, OltSecret::PrivPassword)};
}

SnmpTarget makeTarget(const SnmpOlt &olt, const QHash<QString, QString> &secrets)
{
    const auto secret = [&](OltSecret which) { return secrets.value(oltSecretKey(olt.id, which)).toUtf8(); };
    SnmpTarget target;
    target.host = olt.host;
    target.port = quint16(olt.port);
    target.version = olt.version;
    if (olt.version == SnmpTarget::Version::V2c) {
        target.community = secret(OltSecret::Community);
        return target;
    }
    target.user = olt.v3User.toUtf8();
    target.contextName = olt.v3Context.toUtf8();
    target.securityLevel = olt.securityLevel;
    target.authProtocol = olt.authProtocol;
    target.privProtocol = olt.privProtocol;
    const QList<OltSecret> needed = requiredSecrets(olt);
    if (needed.contains(OltSecret::AuthPassword))
        target.authPassword = secret(OltSecret::AuthPassword);
    if (needed.contains(OltSecret::PrivPassword))
        target.privPassword = secret(OltSecret::PrivPassword);
    return target;
}

} // namespace Beholder::Snmp
