// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's append-only audit log (the cache's `audit_log` table; triggers abort UPDATE and DELETE):
// every privileged action (allowed and done, refused, or failed) and every finished diagnosis.
//
// Like SyncRunLog it works on the calling thread's cache connection (CacheDatabase::connection()), so it is
// used from worker threads: services on the GUI thread hand their rows to one of their runners.
#pragma once

#include "access/principal.h"
#include "model/entities.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;

namespace Beholder {
class CacheDatabase;
class TaskRunner;
} // namespace Beholder

namespace Beholder::Access {

enum class AuditOutcome {
    Ok,     // done
    Denied, // refused: the principal lacked the permission
    Failed, // allowed but it did not work (the details say why)
};

QString auditOutcomeId(AuditOutcome outcome); // "ok", "denied", "failed"
std::optional<AuditOutcome> auditOutcomeFromId(QStringView id);
QString auditOutcomeLabel(AuditOutcome outcome); // translated

// The stable action ids (docs/ARCHITECTURE.md, "Users, roles and the audit log").
namespace AuditAction {
QString signIn();                           // "sign-in"
QString signInFailed();                     // "sign-in.failed"
QString syncStart();                        // "sync.start"
QString thresholdsSave();                   // "thresholds.save"
QString profileSettingsSave();              // "profile-settings.save"
QString profileSettingsSecret();            // "profile-settings.secret" (the key, never the value)
QString sourcesTest();                      // "sources.test"
QString liveTraffic();                      // "live-traffic" (whose traffic, on which router)
QString search();                           // "search" (refusals only: searches are not audited)
QString snmp(const QString &operation);     // "snmp.<operation>": "snmp.olt.insert", "snmp.job.run"
QString accounts(const QString &operation); // "accounts.<operation>": "accounts.create", "accounts.passwd"
QString signInRequired();                   // "access.sign-in-required"
QString diagnosis();                        // "diagnosis"
QString profileCreate();                    // "profile.create"
QString profileRename();                    // "profile.rename"
QString profileDelete();                    // "profile.delete"
QString auditExport();                      // "audit.export"
} // namespace AuditAction

struct AuditEntry
{
    qint64 id = 0;    // set when read
    UnixTime at = 0;  // 0 when appending: now
    QString userName; // who; "nobody" rows are refusals before anyone signed in
    QString role;     // the role id at the time ("" for nobody)
    QString action;   // AuditAction
    QString target;   // what it acted on: a PPPoE user, a source list, an OLT name, an account
    QString details;
    AuditOutcome outcome = AuditOutcome::Ok;

    // A row for `principal` (user and role filled in).
    static AuditEntry by(const Principal &principal, const QString &action, const QString &target = {},
                         const QString &details = {}, AuditOutcome outcome = AuditOutcome::Ok);
};

// Unset fields do not filter. Newest first.
struct AuditFilter
{
    std::optional<UnixTime> from; // at or after
    std::optional<UnixTime> to;   // at or before
    QString user;                 // exact (case-insensitive)
    QString action;               // "snmp" matches "snmp" and "snmp.*"; "sign-in.failed" only itself
    std::optional<AuditOutcome> outcome;
    QString text;   // contained in the user, target or details (case-insensitive)
    int limit = 0;  // 0: no limit
    int offset = 0; // rows skipped, for paging
};

class AuditLog final
{
public:
    // `cache` must be open (and migrated to version 7) and outlive this object.
    explicit AuditLog(CacheDatabase *cache);
    // On one connection of such a cache, for code that holds one (SnmpStore): then it belongs to that
    // connection's thread.
    explicit AuditLog(QSqlDatabase connection);
    // For the GUI thread: append() hands the row to `writer` (which, like `cache`, must outlive this object)
    // and returns at once; reads still run on the calling thread, so call them from a worker.
    AuditLog(CacheDatabase *cache, TaskRunner *writer);

    // Writes one row with the calling thread's connection (or queues it to the writer). Never throws; a failure
    // is logged and returns false (an action is not undone because its audit row could not be written, but the
    // log says so). Queued rows return true.
    bool append(const AuditEntry &entry) const noexcept;

    QList<AuditEntry> query(const AuditFilter &filter, QString *error = nullptr) const;
    qint64 count(const AuditFilter &filter, QString *error = nullptr) const;
    // The rows `filter` selects as CSV (see auditcsv.h). False, with the reason, when nothing could be written.
    bool exportCsv(const AuditFilter &filter, QIODevice &device, QString *error = nullptr) const;

private:
    QSqlDatabase database() const;

    CacheDatabase *m_cache = nullptr;
    TaskRunner *m_writer = nullptr;
    QSqlDatabase m_connection;
};

} // namespace Beholder::Access
