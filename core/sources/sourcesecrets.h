// SPDX-License-Identifier: GPL-3.0-or-later
// Which secrets each source needs, under which keychain key, and by which
// field name a profile description carries it: one table, so that the
// description, the settings guard and the sync agree.
#pragma once

#include "sourceconfig.h"

#include <QList>
#include <QStringList>

namespace Beholder {

struct SecretField
{
    QString field; // in the profile description: "password", "api_key", "token", "client_secret"
    QString key;   // in the keychain: SecretKeys::...
};

// ispcube: password, api_key; smartolt: token; cnmaestro: client_secret;
// routeros: none (each router has its own, routerSecretField()).
QList<SecretField> secretFields(SourceKind kind);
// A router's password: field "password", key SecretKeys::routerPassword(nodeId).
SecretField routerSecretField(qint64 nodeId);

// Every field name that holds a secret somewhere, to keep them out of settings.ini.
QStringList secretFieldNames();

// The keys a sync of `sources` needs: those of every enabled source, and each
// router's password unless the routeros source is listed and disabled.
QStringList requiredSecretKeys(const ProfileSources &sources);

} // namespace Beholder
