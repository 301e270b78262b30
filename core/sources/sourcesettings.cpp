// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesettings.h"

#include "access/accesspolicy.h"
#include "access/auditlog.h"
#include "access/authorization.h"
#include "profile/profile.h"
#include "sourcesecrets.h"
#include "sourcevalidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceSettings)
};

const QString sourcesGroup = u"sources"_s;
const QString routersGroup = u"routers"_s;
const QString versionKey = u"sources/version"_s;

QString sourcePrefix(SourceKind kind)
{
    return sourcesGroup + u'/' + toString(kind) + u'/';
}

QString routerPrefix(qint64 nodeId)
{
    return routersGroup + u'/' + QString::number(nodeId) + u'/';
}

// Reads one group, strictly, and reports keys nobody asked for. Works on
// full keys: QSettings lists the groups of a hand-written "[sources/smartolt]"
// section in allKeys() but not in childGroups().
class GroupReader
{
public:
    GroupReader(QSettings &settings, const QString &group, const QSet<QString> &fields, SourceSettingsResult &result)
        : m_settings(settings)
        , m_group(group)
        , m_result(result)
        , m_unread(fields)
    { }

    ~GroupReader()
    {
        QStringList unread = m_unread.values();
        std::sort(unread.begin(), unread.end());
        for (const QString &key : std::as_const(unread)) {
            if (isSecretSettingKey(key)) {
                m_result.warnings.append(path(key)
                                         + Tr::tr(": a secret does not belong in settings.ini and is ignored; store it "
                                                  "in the OS keychain and delete it from the file"));
            } else {
                m_result.warnings.append(path(key) + Tr::tr(": unknown setting, ignored"));
            }
        }
    }

    Q_DISABLE_COPY_MOVE(GroupReader)

    std::optional<QString> text(QStringView key)
    {
        const QString name = key.toString();
        if (!m_unread.remove(name))
            return std::nullopt;
        const QVariant value = m_settings.value(path(name));
        // An unquoted comma in a hand-edited value makes QSettings return a list.
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList().join(u", "_s);
        return value.toString();
    }

    void string(QStringView key, QString &out)
    {
        if (const std::optional<QString> value = text(key))
            out = *value;
    }

    void boolean(QStringView key, bool &out)
    {
        const std::optional<QString> value = text(key);
        if (!value)
            return;
        const QString word = value->trimmed().toLower();
        if (word == u"true"_s || word == u"1"_s || word == u"yes"_s || word == u"on"_s)
            out = true;
        else if (word == u"false"_s || word == u"0"_s || word == u"no"_s || word == u"off"_s)
            out = false;
        else
            m_result.errors.append(path(key.toString()) + Tr::tr(": must be true or false"));
    }

    void integer(QStringView key, int &out)
    {
        const std::optional<QString> value = text(key);
        if (!value)
            return;
        bool ok = false;
        const int number = value->trimmed().toInt(&ok);
        if (ok)
            out = number;
        else
            m_result.errors.append(path(key.toString()) + Tr::tr(": must be a whole number"));
    }

    void url(QStringView key, QUrl &out)
    {
        const std::optional<QString> value = text(key);
        if (!value)
            return;
        out = parseSourceUrl(*value);
        if (!value->trimmed().isEmpty() && !out.isValid()) {
            // Not quoted back: a mistyped URL may carry a password.
            m_result.errors.append(path(key.toString()) + Tr::tr(": is not a valid URL"));
            out = QUrl();
        }
    }

private:
    QString path(const QString &key) const { return m_group + u'/' + key; }

    QSettings &m_settings;
    QString m_group;
    SourceSettingsResult &m_result;
    QSet<QString> m_unread;
};

SourceConfig readSource(QSettings &settings, SourceKind kind, const QSet<QString> &fields, SourceSettingsResult &result)
{
    SourceConfig config;
    config.kind = kind;
    GroupReader group(settings, sourcesGroup + u'/' + toString(kind), fields, result);
    group.boolean(SourceFields::enabled, config.enabled);
    group.url(SourceFields::url, config.baseUrl);
    group.string(SourceFields::user, config.user);
    group.string(SourceFields::clientId, config.clientId);
    group.integer(SourceFields::timeoutMs, config.timeoutMs);
    group.integer(SourceFields::callsPerHour, config.callsPerHour);
    return config;
}

RouterConfig readRouter(QSettings &settings, const QString &name, qint64 nodeId, const QSet<QString> &fields,
                        SourceSettingsResult &result)
{
    RouterConfig config;
    config.nodeId = nodeId;
    GroupReader group(settings, routersGroup + u'/' + name, fields, result);
    group.string(SourceFields::name, config.name);
    group.string(SourceFields::host, config.host);
    config.host = config.host.trimmed();
    group.boolean(SourceFields::tls, config.tls);
    config.port = config.tls ? SourceLimits::defaultRouterTlsPort : SourceLimits::defaultRouterPort;
    group.integer(SourceFields::port, config.port);
    group.string(SourceFields::user, config.user);
    group.integer(SourceFields::timeoutMs, config.timeoutMs);
    return config;
}

// "sources/ispcube/url: ..." or "routers/12/port: ...": the key to look for in the file.
QString describe(const SourceIssue &issue, const ProfileSources &sources)
{
    QString where;
    if (issue.section == SourceIssue::Section::Sources)
        where = sourcePrefix(sources.sources.at(issue.index).kind);
    else
        where = routerPrefix(sources.routers.at(issue.index).nodeId);
    if (issue.field.isEmpty())
        where.chop(1);
    return where + issue.field + u": "_s + issue.message;
}

void addIssues(const ProfileSources &sources, SourceSettingsResult &result)
{
    for (const SourceIssue &issue : validateProfileSources(sources))
        (issue.isError() ? result.errors : result.warnings).append(describe(issue, sources));
}

} // namespace

bool isSecretSettingKey(const QString &key)
{
    const QString last = key.section(u'/', -1).toLower().replace(u'-', u'_');
    if (secretFieldNames().contains(last))
        return true;
    static const QStringList hints{u"password"_s, u"passwd"_s, u"secret"_s, u"token"_s, u"api_key"_s, u"apikey"_s};
    return std::any_of(hints.cbegin(), hints.cend(), [&last](const QString &hint) { return last.contains(hint); });
}

SourceSettingsResult loadProfileSources(const QString &settingsFile)
{
    SourceSettingsResult result;
    if (!QFileInfo::exists(settingsFile))
        return result;
    QSettings settings(settingsFile, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.errors.append(Tr::tr("%1 could not be read as an INI file").arg(QDir::toNativeSeparators(settingsFile)));
        return result;
    }

    if (settings.contains(versionKey)) {
        bool ok = false;
        const int version = settings.value(versionKey).toString().trimmed().toInt(&ok);
        if (!ok || version < 1) {
            result.errors.append(versionKey + Tr::tr(": must be a whole number"));
            return result;
        }
        if (version > SourceSettings::formatVersion) {
            result.errors.append(versionKey
                                 + Tr::tr(": the sources were saved by a newer Beholder (format %1; this one reads %2)")
                                       .arg(version)
                                       .arg(SourceSettings::formatVersion));
            return result;
        }
    }

    // group name -> the fields it has, for [sources/<kind>] and [routers/<node id>]
    QMap<QString, QSet<QString>> sourceGroups;
    QMap<QString, QSet<QString>> routerGroups;
    for (const QString &key : settings.allKeys()) {
        const QStringList parts = key.split(u'/');
        const bool isSources = parts.first() == sourcesGroup;
        if (!isSources && parts.first() != routersGroup)
            continue; // another part of the profile's settings
        if (key == versionKey)
            continue;
        if (parts.size() != 3 || parts.at(1).isEmpty() || parts.at(2).isEmpty()) {
            result.warnings.append(key + Tr::tr(": unknown setting, ignored"));
            continue;
        }
        (isSources ? sourceGroups : routerGroups)[parts.at(1)].insert(parts.at(2));
    }

    for (const SourceKind kind : allSourceKinds()) {
        const auto it = sourceGroups.constFind(toString(kind));
        if (it != sourceGroups.cend())
            result.sources.sources.append(readSource(settings, kind, *it, result));
    }
    for (auto it = sourceGroups.cbegin(); it != sourceGroups.cend(); ++it) {
        const std::optional<SourceKind> kind = sourceKindFromString(it.key());
        if (!kind || toString(*kind) != it.key())
            result.warnings.append(sourcesGroup + u'/' + it.key() + Tr::tr(": unknown source, ignored"));
    }

    for (auto it = routerGroups.cbegin(); it != routerGroups.cend(); ++it) {
        const QString &group = it.key();
        bool ok = false;
        const qint64 nodeId = group.toLongLong(&ok);
        if (!ok || nodeId <= 0 || QString::number(nodeId) != group) {
            result.errors.append(routersGroup + u'/' + group
                                 + Tr::tr(": a router's group must be named by its node id (a positive number)"));
            continue;
        }
        result.sources.routers.append(readRouter(settings, group, nodeId, *it, result));
    }
    std::sort(result.sources.routers.begin(), result.sources.routers.end(),
              [](const RouterConfig &a, const RouterConfig &b) { return a.nodeId < b.nodeId; });

    addIssues(result.sources, result);

    // [tls_exceptions] is read on its own (core/net/tlsexception). An invalid entry trusts nothing, so it is a
    // warning here: it must not stop the sources that do not need it.
    TlsExceptionsLoad tls = loadTlsExceptions(settingsFile);
    result.sources.tlsExceptions = std::move(tls.exceptions);
    result.warnings.append(tls.errors);
    result.warnings.append(tls.warnings);
    return result;
}

SourceSettingsResult loadProfileSources(const Profile &profile)
{
    return loadProfileSources(profile.settingsFile());
}

namespace {
QStringList writeProfileSources(const QString &settingsFile, const ProfileSources &sources);
} // namespace

QStringList saveProfileSources(const QString &settingsFile, const ProfileSources &sources, const Access::Principal &by,
                               const Access::AuditLog *audit)
{
    const QString action = Access::AuditAction::profileSettingsSave();
    if (const auto denied
        = Access::authorize(by, Access::Permission::EditProfileSettings, audit, action, by.profileName()))
        return {*denied};
    const QStringList errors = writeProfileSources(settingsFile, sources);
    if (audit) {
        QStringList kinds;
        for (const SourceConfig &config : sources.sources)
            kinds << toString(config.kind);
        const QString details = errors.isEmpty()
            ? u"sources %1; %2 routers"_s.arg(kinds.join(u","_s)).arg(sources.routers.size())
            : errors.join(u"; "_s);
        audit->append(
            Access::AuditEntry::by(by, action, by.profileName(), details,
                                   errors.isEmpty() ? Access::AuditOutcome::Ok : Access::AuditOutcome::Failed));
    }
    return errors;
}

namespace {
QStringList writeProfileSources(const QString &settingsFile, const ProfileSources &sources)
{
    SourceSettingsResult checked;
    addIssues(sources, checked);
    if (!checked.ok())
        return checked.errors;

    QList<std::pair<QString, QVariant>> entries{{versionKey, SourceSettings::formatVersion}};
    const auto add = [&entries](const QString &prefix, QStringView field, const QVariant &value) {
        entries.append({prefix + field, value});
    };
    for (const SourceConfig &config : sources.sources) {
        const QString prefix = sourcePrefix(config.kind);
        add(prefix, SourceFields::enabled, config.enabled);
        if (config.kind == SourceKind::RouterOs)
            continue; // each router has its own settings
        add(prefix, SourceFields::url, config.baseUrl.toString(QUrl::FullyEncoded));
        add(prefix, SourceFields::user, config.user);
        add(prefix, SourceFields::clientId, config.clientId);
        add(prefix, SourceFields::timeoutMs, config.timeoutMs);
        add(prefix, SourceFields::callsPerHour, config.callsPerHour);
    }
    for (const RouterConfig &router : sources.routers) {
        const QString prefix = routerPrefix(router.nodeId);
        add(prefix, SourceFields::name, router.name);
        add(prefix, SourceFields::host, router.host.trimmed());
        add(prefix, SourceFields::port, router.port);
        add(prefix, SourceFields::tls, router.tls);
        add(prefix, SourceFields::user, router.user);
        add(prefix, SourceFields::timeoutMs, router.timeoutMs);
    }

    // A tripwire, checked before anything is written: a secret must never
    // reach this file, whatever someone adds to the lists above.
    for (const auto &[key, value] : std::as_const(entries)) {
        if (isSecretSettingKey(key)) {
            Q_ASSERT_X(false, "saveProfileSources", "a secret-like key would be written to settings.ini");
            return {key + Tr::tr(": refusing to write a secret to settings.ini")};
        }
    }

    const QFileInfo file(settingsFile);
    if (!QDir().mkpath(file.absolutePath()))
        return {Tr::tr("%1 cannot be created").arg(QDir::toNativeSeparators(file.absolutePath()))};
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.remove(sourcesGroup);
    settings.remove(routersGroup);
    for (const auto &[key, value] : std::as_const(entries))
        settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return {Tr::tr("%1 could not be written").arg(QDir::toNativeSeparators(settingsFile))};
    return {};
}
} // namespace

QStringList saveProfileSources(const Profile &profile, const ProfileSources &sources, const Access::Principal &by,
                               const Access::AuditLog *audit)
{
    return saveProfileSources(profile.settingsFile(), sources, by, audit);
}

QStringList saveProfileSources(const QString &settingsFile, const ProfileSources &sources)
{
    return saveProfileSources(settingsFile, sources, Access::defaultPrincipalForFile(settingsFile));
}

QStringList saveProfileSources(const Profile &profile, const ProfileSources &sources)
{
    return saveProfileSources(profile.settingsFile(), sources);
}

} // namespace Beholder
