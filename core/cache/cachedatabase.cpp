// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedatabase.h"

#include "cache/migrations.h"
#include "cache/threadconnections.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

bool execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma)) {
        qCWarning(lcCache) << "pragma failed:" << pragma << query.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase openConnection(const QString &name, const QString &filePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(filePath);
    // Wait for a concurrent writer (sync on another thread) instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open cache" << filePath << db.lastError().text();
        return db;
    }
    execPragma(db, u"PRAGMA foreign_keys = ON"_s);
    execPragma(db, u"PRAGMA synchronous = NORMAL"_s); // safe with WAL: a crash loses at most the last commit
    execPragma(db, u"PRAGMA temp_store = MEMORY"_s);
    execPragma(db, u"PRAGMA cache_size = -32768"_s); // 32 MiB page cache per connection
    // No memory-mapped I/O: mapped pages of a 150 MB cache count in the
    // process's resident memory and made no measurable difference to search.
    execPragma(db, u"PRAGMA mmap_size = 0"_s);
    return db;
}

} // namespace

CacheDatabase::CacheDatabase(const QString &filePath)
    : m_filePath(filePath)
    , m_instanceId(ThreadConnections::newOwner())
{ }

CacheDatabase::~CacheDatabase()
{
    // Connections opened by other threads close when those threads end.
    closeThreadConnection();
}

bool CacheDatabase::open(QString *error)
{
    const auto fail = [&](const QString &message) {
        qCWarning(lcCache) << message;
        if (error)
            *error = message;
        m_open = false;
        return false;
    };

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("CacheDatabase", "cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    m_open = true; // connection() refuses to hand out connections before this
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(QCoreApplication::translate("CacheDatabase", "cannot open the cache %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));

    // WAL lets the search read while a sync writes. The mode is stored in
    // the file, so setting it once at open is enough for every connection.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(QCoreApplication::translate("CacheDatabase", "cannot switch the cache %1 to WAL mode: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), query.lastError().text()));
    query.finish();

    // A file that is not SQLite fails here with a clear message, not later.
    const MigrationResult migration = migrate(db);
    if (!migration.ok)
        return fail(QCoreApplication::translate("CacheDatabase", "cannot prepare the cache %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), migration.error));
    return true;
}

QSqlDatabase CacheDatabase::connection() const
{
    if (!m_open)
        return {};
    QString name = ThreadConnections::find(m_instanceId);
    if (!name.isEmpty())
        return QSqlDatabase::database(name, false);

    name = ThreadConnections::uniqueName(u"beholder-cache"_s, m_instanceId);
    QSqlDatabase db = openConnection(name, m_filePath);
    ThreadConnections::add(m_instanceId, name);
    return db;
}

void CacheDatabase::closeThreadConnection() const
{
    ThreadConnections::remove(m_instanceId);
}

} // namespace Beholder
