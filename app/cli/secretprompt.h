// SPDX-License-Identifier: GPL-3.0-or-later
// Runs keychain operations to completion from a command-line command. The
// CLI has no window to keep responsive, so a local event loop is the
// straightforward way to wait for QtKeychain's asynchronous jobs here.
#pragma once

#include "credentials/credentialstore.h"
#include "credentials/readsecrets.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Beholder::Cli {

// Writes each secret; stops at the first failure and returns it (no error: all written).
CredentialError writeSecretsAndWait(CredentialStore &store, const QHash<QString, QString> &secrets);

// Reads `keys` (see readSecrets()).
SecretsResult readSecretsAndWait(CredentialStore &store, const QStringList &keys);

// The user name recorded in sync_runs and audit rows for CLI actions.
QString operatingSystemUser();

} // namespace Beholder::Cli
