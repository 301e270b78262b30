// SPDX-License-Identifier: GPL-3.0-or-later
// Where an OLT's SNMP secrets live in the profile's keychain namespace, next
// to the sources' keys (SecretKeys in sources/sourceconfig.h): the community
// for v2c, the auth and priv passwords for v3. The cache keeps none of them;
// the OLT's id (never reused, see migration 5) ties the keys to the row.
#pragma once

#include "snmp/snmpmodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Beholder::Snmp {

enum class OltSecret {
    Community,    // v2c
    AuthPassword, // v3 authNoPriv and authPriv
    PrivPassword, // v3 authPriv
};

// "snmp/olt/<id>/community", "snmp/olt/<id>/auth-password", "snmp/olt/<id>/priv-password".
QString oltSecretKey(qint64 oltId, OltSecret secret);

// The secrets `olt` needs with its version and security level, in a stable order.
QList<OltSecret> requiredSecrets(const SnmpOlt &olt);
// Their keys, for readSecrets().
QStringList requiredSecretKeys(const SnmpOlt &olt);
// Every key an OLT may have used, whatever its settings were: what to remove
// from the keychain when the OLT is deleted or switches version.
QStringList allSecretKeys(qint64 oltId);

// The session target for `olt`, with the secrets read from the keychain
// (key -> value, as SecretsResult::found holds them). Absent secrets stay
// empty: the session then fails with a clear error instead of guessing.
SnmpTarget makeTarget(const SnmpOlt &olt, const QHash<QString, QString> &secrets);

} // namespace Beholder::Snmp
