// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/profilesecretkeys.h"

#include "logging/logging.h"
#include "profile/profile.h"
#include "snmp/oltsecrets.h"
#include "sources/sourceconfig.h"
#include "sources/sourcesettings.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

// The OLT ids of the SNMP monitoring tables, read through a connection of our
// own (read-only: this must never migrate or lock a cache another process uses).
QList<qint64> snmpOltIds(const QString &cacheFile)
{
    QList<qint64> ids;
    if (!QFileInfo::exists(cacheFile))
        return ids;
    const QString connectionName = u"profile-secret-keys-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(cacheFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT id FROM snmp_olts"_s)) {
                while (query.next())
                    ids << query.value(0).toLongLong();
            } else {
                // An old cache without SNMP tables has no OLT secrets either.
                qCDebug(lcCredentials) << "no SNMP OLTs in" << cacheFile << query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ids;
}

} // namespace

QStringList profileSecretKeys(const Profile &profile)
{
    QStringList keys{SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(), SecretKeys::smartOltToken(),
                     SecretKeys::cnMaestroClientSecret()};
    const SourceSettingsResult sources = loadProfileSources(profile);
    for (const RouterConfig &router : sources.sources.routers)
        keys << SecretKeys::routerPassword(router.nodeId);
    for (const qint64 oltId : snmpOltIds(profile.cacheFile()))
        keys << Snmp::allSecretKeys(oltId);
    keys.removeDuplicates();
    return keys;
}

} // namespace Beholder
