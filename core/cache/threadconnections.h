// SPDX-License-Identifier: GPL-3.0-or-later
// Per-thread Qt SQL connections for objects that give each thread its own connection to one SQLite file
// (CacheDatabase, AccountStore). Qt SQL requires a connection to be used and closed on the thread that opened
// it: each thread's connections are closed when that thread ends, and an owner closes its own on the current
// thread with remove().
#pragma once

#include <QString>

namespace Beholder::ThreadConnections {

// A process-wide unique id for one owner object.
quint64 newOwner();
// "<prefix>-<owner>-<current thread id in hex>": a connection name no other owner or thread uses.
QString uniqueName(const QString &prefix, quint64 owner);
// The current thread's connection name for `owner`, or an empty string.
QString find(quint64 owner);
// Records `name` (already added to QSqlDatabase) as the current thread's connection for `owner`.
void add(quint64 owner, const QString &name);
// Closes and removes the current thread's connection for `owner`, if any.
void remove(quint64 owner);

} // namespace Beholder::ThreadConnections
