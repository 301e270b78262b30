// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "access/accesslogging.h"
#include "access/auditcsv.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <exception>

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::AuditLog)
};

// LIKE with '\' as the escape character, so that a typed % or _ is literal.
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return escaped;
}

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereClause(const AuditFilter &filter)
{
    QStringList conditions;
    Where where;
    if (filter.from) {
        conditions << u"at >= ?"_s;
        where.values << *filter.from;
    }
    if (filter.to) {
        conditions << u"at <= ?"_s;
        where.values << *filter.to;
    }
    if (!filter.user.isEmpty()) {
        conditions << u"user_name = ? COLLATE NOCASE"_s;
        where.values << filter.user;
    }
    if (!filter.action.isEmpty()) {
        // The index on (action, at) serves both the exact match and the prefix range.
        conditions << u"(action = ? OR (action >= ? AND action < ?))"_s;
        where.values << filter.action << QString(filter.action + u'.')
                     << QString(filter.action + u'/'); // '/' follows '.'
    }
    if (filter.outcome) {
        conditions << u"outcome = ?"_s;
        where.values << auditOutcomeId(*filter.outcome);
    }
    if (!filter.text.isEmpty()) {
        conditions << uR"((user_name LIKE ? ESCAPE '\' OR target LIKE ? ESCAPE '\' OR details LIKE ? ESCAPE '\'))"_s;
        const QString pattern = QString(u'%' + likeEscaped(filter.text) + u'%');
        where.values << pattern << pattern << pattern;
    }
    if (!conditions.isEmpty())
        where.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    return where;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

QString auditOutcomeId(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return u"ok"_s;
    case AuditOutcome::Denied:
        return u"denied"_s;
    case AuditOutcome::Failed:
        return u"failed"_s;
    }
    return u"ok"_s;
}

std::optional<AuditOutcome> auditOutcomeFromId(QStringView id)
{
    for (const AuditOutcome outcome : {AuditOutcome::Ok, AuditOutcome::Denied, AuditOutcome::Failed}) {
        if (id == auditOutcomeId(outcome))
            return outcome;
    }
    return std::nullopt;
}

QString auditOutcomeLabel(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return Tr::tr("done");
    case AuditOutcome::Denied:
        return Tr::tr("refused");
    case AuditOutcome::Failed:
        return Tr::tr("failed");
    }
    return {};
}

namespace AuditAction {
QString signIn()
{
    return u"sign-in"_s;
}
QString signInFailed()
{
    return u"sign-in.failed"_s;
}
QString syncStart()
{
    return u"sync.start"_s;
}
QString thresholdsSave()
{
    return u"thresholds.save"_s;
}
QString profileSettingsSave()
{
    return u"profile-settings.save"_s;
}
QString profileSettingsSecret()
{
    return u"profile-settings.secret"_s;
}
QString sourcesTest()
{
    return u"sources.test"_s;
}
QString liveTraffic()
{
    return u"live-traffic"_s;
}
QString search()
{
    return u"search"_s;
}
QString snmp(const QString &operation)
{
    return u"snmp."_s + operation;
}
QString accounts(const QString &operation)
{
    return u"accounts."_s + operation;
}
QString signInRequired()
{
    return u"access.sign-in-required"_s;
}
QString diagnosis()
{
    return u"diagnosis"_s;
}
QString profileCreate()
{
    return u"profile.create"_s;
}
QString profileRename()
{
    return u"profile.rename"_s;
}
QString profileDelete()
{
    return u"profile.delete"_s;
}
QString auditExport()
{
    return u"audit.export"_s;
}
} // namespace AuditAction

AuditEntry AuditEntry::by(const Principal &principal, const QString &action, const QString &target,
                          const QString &details, AuditOutcome outcome)
{
    AuditEntry entry;
    entry.userName = principal.isNobody() ? u"nobody"_s : principal.userName();
    entry.role = principal.roleIdOrEmpty();
    entry.action = action;
    entry.target = target;
    entry.details = details;
    entry.outcome = outcome;
    return entry;
}

AuditLog::AuditLog(CacheDatabase *cache)
    : m_cache(cache)
{ }

AuditLog::AuditLog(CacheDatabase *cache, TaskRunner *writer)
    : m_cache(cache)
    , m_writer(writer)
{ }

AuditLog::AuditLog(QSqlDatabase connection)
    : m_connection(std::move(connection))
{ }

QSqlDatabase AuditLog::database() const
{
    if (m_cache)
        return m_cache->isOpen() ? m_cache->connection() : QSqlDatabase();
    return m_connection;
}

bool AuditLog::append(const AuditEntry &entry) const noexcept
{
    try {
        if (m_writer) {
            AuditEntry stamped = entry;
            if (stamped.at <= 0)
                stamped.at = QDateTime::currentSecsSinceEpoch(); // when it happened, not when it is written
            m_writer->run([cache = m_cache, stamped] { AuditLog(cache).append(stamped); });
            return true;
        }
        QSqlDatabase db = database();
        if (!db.isOpen()) {
            qCWarning(lcAccess).noquote()
                << "audit row lost (the cache is not open):" << entry.action << entry.userName << entry.target;
            return false;
        }
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO audit_log (at, user_name, role, action, target, details, outcome) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(entry.at > 0 ? entry.at : QDateTime::currentSecsSinceEpoch());
        // A null QString binds as SQL NULL: role and the others are '' when empty.
        const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
        query.addBindValue(text(entry.userName));
        query.addBindValue(text(entry.role));
        query.addBindValue(text(entry.action));
        query.addBindValue(text(entry.target));
        query.addBindValue(text(entry.details));
        query.addBindValue(auditOutcomeId(entry.outcome));
        if (!query.exec()) {
            qCWarning(lcAccess).noquote() << "audit row lost:" << entry.action << entry.userName << entry.target << "-"
                                          << query.lastError().text();
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        qCWarning(lcAccess) << "audit row lost:" << e.what();
    } catch (...) {
        qCWarning(lcAccess) << "audit row lost: unknown exception";
    }
    return false;
}

QList<AuditEntry> AuditLog::query(const AuditFilter &filter, QString *error) const
{
    QList<AuditEntry> entries;
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error = Tr::tr("the cache is not open");
        return entries;
    }
    const Where where = whereClause(filter);
    QString sql = u"SELECT id, at, user_name, role, action, target, details, outcome FROM audit_log"_s + where.sql
        + u" ORDER BY at DESC, id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    else if (filter.offset > 0)
        sql += u" LIMIT -1"_s;
    if (filter.offset > 0)
        sql += u" OFFSET %1"_s.arg(filter.offset);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    bindAll(query, where.values);
    if (!query.exec()) {
        if (error)
            *error = Tr::tr("the audit log could not be read: %1").arg(query.lastError().text());
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toLongLong();
        entry.userName = query.value(2).toString();
        entry.role = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.target = query.value(5).toString();
        entry.details = query.value(6).toString();
        entry.outcome = auditOutcomeFromId(query.value(7).toString()).value_or(AuditOutcome::Ok);
        entries << entry;
    }
    return entries;
}

qint64 AuditLog::count(const AuditFilter &filter, QString *error) const
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error = Tr::tr("the cache is not open");
        return 0;
    }
    const Where where = whereClause(filter);
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM audit_log"_s + where.sql);
    bindAll(query, where.values);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = Tr::tr("the audit log could not be read: %1").arg(query.lastError().text());
        return 0;
    }
    return query.value(0).toLongLong();
}

bool AuditLog::exportCsv(const AuditFilter &filter, QIODevice &device, QString *error) const
{
    QString readError;
    const QList<AuditEntry> entries = query(filter, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    return AuditCsv::write(entries, device, error);
}

} // namespace Beholder::Access
