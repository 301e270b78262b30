// SPDX-License-Identifier: GPL-3.0-or-later
// The profile settings the settings dialog writes besides the sources, behind
// the same permission (EditProfileSettings) and into the audit log: trusting a
// certificate is as privileged as changing a source's address, and the audit
// says which host and which certificate.
#pragma once

#include "net/tlsexception.h"
#include "sync/syncschedule.h"

#include <QStringList>

namespace Beholder {

class Profile;

namespace Access {
class AuditLog;
class Principal;
} // namespace Access

// Writes [tls_exceptions] for `by`; audited "tls-exceptions.save" with the hosts added and removed and their
// fingerprints. Returns the errors (the refusal is the one error); empty on success.
QStringList saveTlsExceptions(const Profile &profile, const TlsExceptionList &exceptions, const Access::Principal &by,
                              const Access::AuditLog *audit);

// Writes [sync] nightly_enabled and nightly_time for `by`; audited "nightly-sync.save" when it changed.
QStringList saveNightlySettings(const Profile &profile, const NightlySettings &settings, const Access::Principal &by,
                                const Access::AuditLog *audit);

} // namespace Beholder
