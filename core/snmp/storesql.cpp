// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesql.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {
const QString savepointName = u"snmp_store"_s;
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(u"BEGIN IMMEDIATE"_s)) {
        m_active = true;
        return;
    }
    // SQLite's words for "the caller already opened one": nest instead.
    if (query.lastError().text().contains(u"within a transaction"_s)
        && query.exec(u"SAVEPOINT %1"_s.arg(savepointName))) {
        m_active = true;
        m_savepoint = true;
        return;
    }
    m_error = databaseError(query);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

StoreError WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint ? u"RELEASE %1"_s.arg(savepointName) : u"COMMIT"_s)) {
        m_error = databaseError(query);
        rollback();
        return m_error;
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    m_active = false;
    QSqlQuery query(m_db);
    const bool ok = m_savepoint
        ? query.exec(u"ROLLBACK TO %1"_s.arg(savepointName)) && query.exec(u"RELEASE %1"_s.arg(savepointName))
        : query.exec(u"ROLLBACK"_s);
    if (!ok)
        qCWarning(lcCache) << "cannot roll back an SNMP store transaction:" << query.lastError().text();
}

StoreError databaseError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(u"UNIQUE constraint failed"_s))
        return StoreError::make(StoreError::Kind::Duplicate,
                                QCoreApplication::translate("Snmp::SnmpStore", "already exists: %1").arg(text));
    if (text.contains(u"FOREIGN KEY constraint failed"_s))
        return StoreError::make(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("Snmp::SnmpStore", "refers to something that does not exist: %1").arg(text));
    if (text.contains(u"CHECK constraint failed"_s) || text.contains(u"NOT NULL constraint failed"_s))
        return StoreError::make(StoreError::Kind::Invalid,
                                QCoreApplication::translate("Snmp::SnmpStore", "refused by the cache: %1").arg(text));
    return StoreError::make(StoreError::Kind::Database,
                            QCoreApplication::translate("Snmp::SnmpStore", "cache error: %1")
                                .arg(text.isEmpty() ? u"unknown database error"_s : text));
}

QString noBrand(qint64 id)
{
    return QCoreApplication::translate("Snmp::SnmpStore", "no brand with id %1").arg(id);
}

QString noOlt(qint64 id)
{
    return QCoreApplication::translate("Snmp::SnmpStore", "no OLT with id %1").arg(id);
}

QString noOid(qint64 id)
{
    return QCoreApplication::translate("Snmp::SnmpStore", "no OID with id %1").arg(id);
}

QString noJob(qint64 id)
{
    return QCoreApplication::translate("Snmp::SnmpStore", "no job with id %1").arg(id);
}

QString noExecution(qint64 id)
{
    return QCoreApplication::translate("Snmp::SnmpStore", "no execution with id %1").arg(id);
}

StoreError databaseError(const QSqlQuery &query)
{
    return databaseError(query.lastError());
}

} // namespace Beholder::Snmp
