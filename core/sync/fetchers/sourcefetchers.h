// SPDX-License-Identifier: GPL-3.0-or-later
// The real fetchers: one per source, each driving that source's protocol
// client (core/integrations, core/routeros) and drawing on the account's
// shared call budget.
#pragma once

#include "sync/syncengine.h"

namespace Beholder {

// What SyncEngine uses when no factory is given.
std::unique_ptr<SourceFetcher> makeSourceFetcher(SourceKind kind, const SyncContext &context, FetchProgress *progress);

// The key under which a profile's account budget for `kind` is shared (sync and live diagnosis).
QString budgetAccountKey(const QString &profileName, SourceKind kind);

} // namespace Beholder
