// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/guardedsettings.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "profile/profile.h"

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

QString describe(const TlsException &e)
{
    const QString where = e.port == 0 ? e.host : u"%1:%2"_s.arg(e.host).arg(e.port);
    return u"%1 %2"_s.arg(where, formatFingerprint(e.sha256));
}

} // namespace

QStringList saveTlsExceptions(const Profile &profile, const TlsExceptionList &exceptions, const Access::Principal &by,
                              const Access::AuditLog *audit)
{
    const QString action = u"tls-exceptions.save"_s;
    if (const auto denied
        = Access::authorize(by, Access::Permission::EditProfileSettings, audit, action, profile.name()))
        return {*denied};
    const TlsExceptionList before = loadTlsExceptions(profile.settingsFile()).exceptions;
    if (before == exceptions)
        return {};
    const QStringList errors = saveTlsExceptions(profile.settingsFile(), exceptions);
    if (audit) {
        QStringList added;
        QStringList removed;
        for (const TlsException &e : exceptions.items()) {
            if (!before.items().contains(e))
                added << describe(e);
        }
        for (const TlsException &e : before.items()) {
            if (!exceptions.items().contains(e))
                removed << describe(e);
        }
        QStringList details;
        if (!added.isEmpty())
            details << u"trusted: "_s + added.join(u", "_s);
        if (!removed.isEmpty())
            details << u"removed: "_s + removed.join(u", "_s);
        if (!errors.isEmpty())
            details << errors;
        audit->append(
            Access::AuditEntry::by(by, action, profile.name(), details.join(u"; "_s),
                                   errors.isEmpty() ? Access::AuditOutcome::Ok : Access::AuditOutcome::Failed));
    }
    return errors;
}

QStringList saveNightlySettings(const Profile &profile, const NightlySettings &settings, const Access::Principal &by,
                                const Access::AuditLog *audit)
{
    const QString action = u"nightly-sync.save"_s;
    if (const auto denied
        = Access::authorize(by, Access::Permission::EditProfileSettings, audit, action, profile.name()))
        return {*denied};
    const NightlySettings before = NightlySettings::load(profile.settingsFile());
    if (before.enabled == settings.enabled && before.at == settings.at)
        return {};
    settings.save(profile.settingsFile());
    if (audit)
        audit->append(Access::AuditEntry::by(
            by, action, profile.name(),
            settings.enabled ? u"every night at %1"_s.arg(settings.at.toString(u"HH:mm"_s)) : u"off"_s));
    return {};
}

} // namespace Beholder
