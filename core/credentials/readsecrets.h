// SPDX-License-Identifier: GPL-3.0-or-later
// Reads several secrets in one go, because a sync needs every secret of its
// profile before it starts (and should ask the operator once for all that
// are missing, not once per source).
#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace Beholder {

struct SecretsResult
{
    QHash<QString, QString> found; // key -> value
    QStringList missing;           // keys with nothing stored, in the order asked
    CredentialError error;         // the first failure other than "not found"; reading stopped there

    // Everything asked for was read.
    bool complete() const { return !error.isError() && missing.isEmpty(); }
};

// Reads `keys` (duplicates are read once) one after another, so that a
// locked keychain prompts once and a missing one fails once. `done` runs on
// the store's thread, later, exactly once, unless the store or `context`
// (optional; must live in the store's thread) is destroyed first.
void readSecrets(CredentialStore *store, const QStringList &keys, const QObject *context,
                 std::function<void(const SecretsResult &result)> done);

} // namespace Beholder
