// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations keyed by PRAGMA user_version. Each migration runs in its
// own transaction together with the version bump, so a failed upgrade leaves
// the file exactly as it was.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Beholder {

struct Migration
{
    int version = 0; // the user_version the schema has after this migration
    QString description;
    QStringList statements;
};

// The migrations this build knows, in ascending version order.
const QList<Migration> &builtinMigrations();

// The version a fully migrated cache has.
int latestSchemaVersion();

struct MigrationResult
{
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0;
    QString error;
};

// Brings `db` up to the last migration in `migrations`. Refuses a file whose
// version is newer than this build knows (it was written by a newer Beholder).
MigrationResult migrate(QSqlDatabase &db, const QList<Migration> &migrations = builtinMigrations());

int schemaVersion(QSqlDatabase &db);

} // namespace Beholder
