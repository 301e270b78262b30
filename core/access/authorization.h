// SPDX-License-Identifier: GPL-3.0-or-later
// The one check every guarded core service makes before acting. A refusal is written to the audit log
// (outcome "denied") and comes back as one translated sentence for the operator. Services audit what they
// did themselves once it is done (outcome "ok" or "failed").
#pragma once

#include "access/auditlog.h"
#include "access/principal.h"

#include <QString>

#include <optional>

namespace Beholder::Access {

// Nothing when `principal` may do it; otherwise appends a "denied" row for `action` on `target` to `audit`
// (when given; with the calling thread's connection) and returns the message, e.g.
// "Signed in as maria (technician): editing the triage thresholds needs the profile admin role."
std::optional<QString> authorize(const Principal &principal, Permission permission, const AuditLog *audit,
                                 const QString &action, const QString &target = {});

// The message alone, for services that write the denial on another thread (see deniedEntry()).
QString denialMessage(const Principal &principal, Permission permission);
// The "denied" row authorize() writes.
AuditEntry deniedEntry(const Principal &principal, Permission permission, const QString &action,
                       const QString &target = {});

} // namespace Beholder::Access
