// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditaccess.h"

#include "access/authorization.h"

namespace Beholder::Access {

using namespace Qt::Literals::StringLiterals;

AuditPage readAudit(const Principal &by, const AuditLog &audit, const AuditFilter &filter)
{
    AuditPage page;
    if (const auto denied = authorize(by, Permission::ViewAudit, &audit, u"audit.view"_s, by.profileName())) {
        page.error = *denied;
        return page;
    }
    page.entries = audit.query(filter, &page.error);
    if (page.error.isEmpty()) {
        AuditFilter all = filter;
        all.limit = 0;
        all.offset = 0;
        page.total = audit.count(all, &page.error);
    }
    return page;
}

bool exportAudit(const Principal &by, const AuditLog &audit, const AuditFilter &filter, QIODevice &device,
                 const QString &destination, QString *error)
{
    const QString action = AuditAction::auditExport();
    if (const auto denied = authorize(by, Permission::ViewAudit, &audit, action, destination)) {
        if (error)
            *error = *denied;
        return false;
    }
    QString why;
    const qint64 rows = audit.count(filter, &why);
    const bool ok = why.isEmpty() && audit.exportCsv(filter, device, &why);
    audit.append(AuditEntry::by(by, action, destination, ok ? u"%1 rows"_s.arg(rows) : why,
                                ok ? AuditOutcome::Ok : AuditOutcome::Failed));
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace Beholder::Access
