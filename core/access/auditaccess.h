// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log as a person reads it (the audit viewer, beholder-cli audit): ViewAudit is checked in core and a
// refusal is audited; an export is itself audited ("audit.export"). Reads run on the calling thread's cache
// connection: call them from a worker.
#pragma once

#include "access/auditlog.h"

namespace Beholder::Access {

struct AuditPage
{
    QList<AuditEntry> entries; // the filter's page, newest first
    qint64 total = 0;          // every row the filter selects (without limit and offset)
    QString error;             // a refusal or a read error; empty when fine
};

AuditPage readAudit(const Principal &by, const AuditLog &audit, const AuditFilter &filter);

// Writes the CSV of the rows `filter` selects (see auditcsv.h) to `device`; audited with the row count.
bool exportAudit(const Principal &by, const AuditLog &audit, const AuditFilter &filter, QIODevice &device,
                 const QString &destination, QString *error = nullptr);

} // namespace Beholder::Access
