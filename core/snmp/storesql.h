// SPDX-License-Identifier: GPL-3.0-or-later
// SQL plumbing shared by SnmpStore's parts: one write transaction per store
// call, SQLite errors turned into StoreErrors, optional values as NULLs.
#pragma once

#include "snmp/storeresult.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlError;
class QSqlQuery;

namespace Beholder::Snmp {

// Opens a write transaction at once (BEGIN IMMEDIATE), so that reading and
// then writing inside it cannot fail half-way because another connection
// wrote in between (WAL would refuse to upgrade a stale read snapshot).
// Inside a transaction the caller already holds, it nests as a savepoint.
// Rolls back on destruction unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    // Begun: otherwise error() says why.
    bool isActive() const { return m_active; }
    StoreError commit();
    StoreError error() const { return m_error; }

private:
    void rollback();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_savepoint = false;
    StoreError m_error;
};

// A failed statement as a StoreError: constraint failures get the kind an
// admin form can act on (Duplicate, NotFound, Invalid), the rest Database.
StoreError databaseError(const QSqlError &error);
StoreError databaseError(const QSqlQuery &query);

// Runs `checks` (callables returning StoreError) in order and returns the
// first error; the checks after it do not run.
template<typename... Checks>
StoreError firstError(Checks &&...checks)
{
    StoreError error;
    ((error.isError() ? void() : void(error = checks())), ...);
    return error;
}

template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// The operator's words for a row that is not there.
QString noBrand(qint64 id);
QString noOlt(qint64 id);
QString noOid(qint64 id);
QString noJob(qint64 id);
QString noExecution(qint64 id);

inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace Beholder::Snmp
