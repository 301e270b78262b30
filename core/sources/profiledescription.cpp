// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledescription.h"

#include "credentials/credentialstore.h"
#include "sourcesecrets.h"
#include "sourcevalidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDescription)
};

const QString formatField = u"format"_s;
const QString generatorField = u"generator"_s;
const QString sourcesField = u"sources"_s;
const QString routersField = u"routers"_s;

QString sectionName(SourceIssue::Section section)
{
    return section == SourceIssue::Section::Sources ? sourcesField : routersField;
}

// "routers[3]", "routers[3].port"
QString path(SourceIssue::Section section, qsizetype index, QStringView field = {})
{
    QString text = sectionName(section) + u'[' + QString::number(index) + u']';
    if (!field.isEmpty())
        text += u'.' + field;
    return text;
}

class Parser
{
public:
    ProfileDescriptionParse run(const QByteArray &json)
    {
        if (json.size() > ProfileDescriptionFormat::maxBytes) {
            m_result.errors.append(Tr::tr("the file is larger than %1 MiB: not a profile description")
                                       .arg(ProfileDescriptionFormat::maxBytes / (1024 * 1024)));
            return m_result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Qt's offset is usually just past the offending character, so as
            // a 1-based column it points at that character.
            const QByteArray before = json.left(qMax(0, parseError.offset - 1));
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = qMax<qsizetype>(1, parseError.offset - (before.lastIndexOf('\n') + 1));
            m_result.errors.append(
                Tr::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
            return m_result;
        }
        if (!document.isObject()) {
            m_result.errors.append(Tr::tr("the top level must be a JSON object"));
            return m_result;
        }
        const QJsonObject root = document.object();
        if (!checkFormat(root))
            return m_result;

        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            const QString key = it.key();
            if (key != formatField && key != generatorField && key != sourcesField && key != routersField)
                warnUnknown(key);
        }
        if (const std::optional<QString> generator = string(root, generatorField, {}))
            m_description.generator = *generator;
        const QJsonArray sources = array(root, sourcesField);
        for (qsizetype i = 0; i < sources.size(); ++i)
            source(sources.at(i), i);
        const QJsonArray routers = array(root, routersField);
        for (qsizetype i = 0; i < routers.size(); ++i)
            router(routers.at(i), i);

        for (const SourceIssue &issue : validateProfileSources(m_description.sources)) {
            const qsizetype index = issue.section == SourceIssue::Section::Sources ? m_sourceIndex.at(issue.index)
                                                                                   : m_routerIndex.at(issue.index);
            const QString text = path(issue.section, index, issue.field) + u": "_s + issue.message;
            (issue.isError() ? m_result.errors : m_result.warnings).append(text);
        }
        if (m_result.errors.isEmpty())
            m_result.description = m_description;
        return m_result;
    }

private:
    bool checkFormat(const QJsonObject &root)
    {
        const QString expected = ProfileDescriptionFormat::id.toString();
        const QJsonValue value = root.value(formatField);
        if (value.isUndefined() || value.isNull()) {
            m_result.errors.append(
                formatField + Tr::tr(": required (\"%1\"); is this a Beholder profile description?").arg(expected));
            return false;
        }
        const QString format = value.toString();
        if (format == expected)
            return true;
        const QString prefix = u"beholder-profile/"_s;
        bool isNumber = false;
        const int version = format.startsWith(prefix) ? format.mid(prefix.size()).toInt(&isNumber) : 0;
        if (isNumber && version > 1) {
            m_result.errors.append(
                formatField
                + Tr::tr(": \"%1\" is newer than this Beholder reads (\"%2\")").arg(format.left(40), expected));
        } else {
            m_result.errors.append(
                formatField + Tr::tr(": must be \"%1\"; this is not a Beholder profile description").arg(expected));
        }
        return false;
    }

    void source(const QJsonValue &value, qsizetype index)
    {
        const QString where = path(SourceIssue::Section::Sources, index);
        if (!value.isObject()) {
            error(where, Tr::tr("must be an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        const std::optional<QString> kindName = string(object, SourceFields::kind, where);
        if (!kindName) {
            if (!object.contains(SourceFields::kind))
                error(path(SourceIssue::Section::Sources, index, SourceFields::kind),
                      Tr::tr("required: ispcube, smartolt, cnmaestro or routeros"));
            return;
        }
        const std::optional<SourceKind> kind = sourceKindFromString(*kindName);
        if (!kind || toString(*kind) != *kindName) {
            error(path(SourceIssue::Section::Sources, index, SourceFields::kind),
                  Tr::tr("\"%1\" is not one of ispcube, smartolt, cnmaestro, routeros").arg(kindName->left(40)));
            return;
        }

        SourceConfig config;
        config.kind = *kind;
        boolean(object, SourceFields::enabled, where, config.enabled);
        if (const std::optional<QString> url = string(object, SourceFields::url, where)) {
            config.baseUrl = parseSourceUrl(*url);
            if (!url->trimmed().isEmpty() && !config.baseUrl.isValid()) {
                // Not quoted back: a mistyped URL may carry a password.
                error(where + u'.' + SourceFields::url, Tr::tr("is not a valid URL"));
                config.baseUrl = QUrl();
            }
        }
        if (const std::optional<QString> user = string(object, SourceFields::user, where))
            config.user = *user;
        if (const std::optional<QString> clientId = string(object, SourceFields::clientId, where))
            config.clientId = *clientId;
        integer(object, SourceFields::timeoutMs, where, config.timeoutMs);
        integer(object, SourceFields::callsPerHour, where, config.callsPerHour);

        // Secrets: only those of this kind; any other would be lost silently.
        const QList<SecretField> ownSecrets = secretFields(config.kind);
        QStringList ownNames;
        for (const SecretField &secret : ownSecrets) {
            ownNames.append(secret.field);
            if (const std::optional<QString> value = string(object, secret.field, where))
                this->secret(where + u'.' + secret.field, secret.key, *value, false);
        }
        const QStringList known{SourceFields::kind.toString(),        SourceFields::enabled.toString(),
                                SourceFields::url.toString(),         SourceFields::user.toString(),
                                SourceFields::clientId.toString(),    SourceFields::timeoutMs.toString(),
                                SourceFields::callsPerHour.toString()};
        const QStringList allSecrets = secretFieldNames();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (known.contains(key) || ownNames.contains(key))
                continue;
            if (allSecrets.contains(key)) {
                error(where + u'.' + key,
                      ownNames.isEmpty()
                          ? Tr::tr("%1 takes no secret here").arg(*kindName)
                          : Tr::tr("not a secret of %1 (it takes %2)").arg(*kindName, ownNames.join(u", "_s)));
            } else {
                warnUnknown(where + u'.' + key);
            }
        }
        m_description.sources.sources.append(config);
        m_sourceIndex.append(index);
    }

    void router(const QJsonValue &value, qsizetype index)
    {
        const QString where = path(SourceIssue::Section::Routers, index);
        if (!value.isObject()) {
            error(where, Tr::tr("must be an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        RouterConfig config;
        if (!object.contains(SourceFields::nodeId)) {
            error(path(SourceIssue::Section::Routers, index, SourceFields::nodeId),
                  Tr::tr("required: the node (nodes.id in the CRM) this router is"));
            return;
        }
        if (!integer(object, SourceFields::nodeId, where, config.nodeId))
            return;
        if (const std::optional<QString> name = string(object, SourceFields::name, where))
            config.name = *name;
        if (const std::optional<QString> host = string(object, SourceFields::host, where))
            config.host = host->trimmed();
        boolean(object, SourceFields::tls, where, config.tls);
        config.port = config.tls ? SourceLimits::defaultRouterTlsPort : SourceLimits::defaultRouterPort;
        integer(object, SourceFields::port, where, config.port);
        if (const std::optional<QString> user = string(object, SourceFields::user, where))
            config.user = *user;
        integer(object, SourceFields::timeoutMs, where, config.timeoutMs);

        const SecretField password = routerSecretField(config.nodeId);
        if (const std::optional<QString> value = string(object, password.field, where)) {
            if (config.nodeId > 0)
                secret(where + u'.' + password.field, password.key, *value, true);
        }
        const QStringList known{SourceFields::nodeId.toString(),    SourceFields::name.toString(),
                                SourceFields::host.toString(),      SourceFields::port.toString(),
                                SourceFields::tls.toString(),       SourceFields::user.toString(),
                                SourceFields::timeoutMs.toString(), password.field};
        const QStringList allSecrets = secretFieldNames();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (known.contains(it.key()))
                continue;
            if (allSecrets.contains(it.key()))
                error(where + u'.' + it.key(), Tr::tr("not a secret of a router (it takes password)"));
            else
                warnUnknown(where + u'.' + it.key());
        }
        m_description.sources.routers.append(config);
        m_routerIndex.append(index);
    }

    void secret(const QString &where, const QString &key, const QString &value, bool mayBeEmpty)
    {
        if (value.isEmpty() && !mayBeEmpty) {
            error(where, Tr::tr("must not be empty; leave it out to set it later"));
            return;
        }
        const CredentialError refused = CredentialStore::checkValue(value);
        if (refused.isError()) {
            error(where, refused.message);
            return;
        }
        m_description.secrets.insert(key, value);
    }

    // Typed readers. Absent and null are "not given"; a wrong type is an error.
    std::optional<QString> string(const QJsonObject &object, QStringView key, const QString &where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString()) {
            error(field(where, key), Tr::tr("must be a string"));
            return std::nullopt;
        }
        return value.toString();
    }

    void boolean(const QJsonObject &object, QStringView key, const QString &where, bool &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool()) {
            error(field(where, key), Tr::tr("must be true or false"));
            return;
        }
        out = value.toBool();
    }

    template<typename Integer>
    bool integer(const QJsonObject &object, QStringView key, const QString &where, Integer &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        constexpr qint64 invalid = std::numeric_limits<qint64>::min();
        const qint64 number = value.isDouble() ? value.toInteger(invalid) : invalid;
        if (!value.isDouble() || number == invalid) {
            error(field(where, key), Tr::tr("must be a whole number"));
            return false;
        }
        if (number < qint64(std::numeric_limits<Integer>::min())
            || number > qint64(std::numeric_limits<Integer>::max())) {
            error(field(where, key), Tr::tr("is out of range"));
            return false;
        }
        out = Integer(number);
        return true;
    }

    QJsonArray array(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            error(key, Tr::tr("must be an array"));
            return {};
        }
        return value.toArray();
    }

    static QString field(const QString &where, QStringView key)
    {
        return where.isEmpty() ? key.toString() : where + u'.' + key;
    }

    void error(const QString &where, const QString &message) { m_result.errors.append(where + u": "_s + message); }
    void warnUnknown(const QString &where) { m_result.warnings.append(where + Tr::tr(": unknown field, ignored")); }

    ProfileDescriptionParse m_result;
    ProfileDescription m_description;
    QList<qsizetype> m_sourceIndex; // list position -> index in the JSON array
    QList<qsizetype> m_routerIndex;
};

} // namespace

ProfileDescriptionParse parseProfileDescription(const QByteArray &json)
{
    return Parser().run(json);
}

ProfileDescriptionParse readProfileDescription(const QString &path)
{
    ProfileDescriptionParse result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return result;
    }
    // Read one byte more than allowed, so an oversized file is refused without reading it all.
    return parseProfileDescription(file.read(ProfileDescriptionFormat::maxBytes + 1));
}

QByteArray serializeProfileDescription(const ProfileDescription &description)
{
    const auto secretOf = [&description](const QString &key) -> std::optional<QString> {
        const auto it = description.secrets.constFind(key);
        if (it == description.secrets.cend())
            return std::nullopt;
        return *it;
    };

    QJsonArray sources;
    for (const SourceConfig &config : description.sources.sources) {
        QJsonObject object{{SourceFields::kind.toString(), toString(config.kind)},
                           {SourceFields::enabled.toString(), config.enabled}};
        if (config.kind != SourceKind::RouterOs) {
            if (!config.baseUrl.isEmpty())
                object.insert(SourceFields::url, config.baseUrl.toString(QUrl::FullyEncoded));
            if (!config.user.isEmpty())
                object.insert(SourceFields::user, config.user);
            if (!config.clientId.isEmpty())
                object.insert(SourceFields::clientId, config.clientId);
            object.insert(SourceFields::timeoutMs, config.timeoutMs);
            object.insert(SourceFields::callsPerHour, config.callsPerHour);
        }
        for (const SecretField &secret : secretFields(config.kind)) {
            if (const std::optional<QString> value = secretOf(secret.key))
                object.insert(secret.field, *value);
        }
        sources.append(object);
    }

    QJsonArray routers;
    for (const RouterConfig &router : description.sources.routers) {
        QJsonObject object{
            {SourceFields::nodeId.toString(), router.nodeId}, {SourceFields::host.toString(), router.host},
            {SourceFields::port.toString(), router.port},     {SourceFields::tls.toString(), router.tls},
            {SourceFields::user.toString(), router.user},     {SourceFields::timeoutMs.toString(), router.timeoutMs}};
        if (!router.name.isEmpty())
            object.insert(SourceFields::name, router.name);
        const SecretField password = routerSecretField(router.nodeId);
        if (const std::optional<QString> value = secretOf(password.key))
            object.insert(password.field, *value);
        routers.append(object);
    }

    QJsonObject root{
        {formatField, ProfileDescriptionFormat::id.toString()}, {sourcesField, sources}, {routersField, routers}};
    if (!description.generator.isEmpty())
        root.insert(generatorField, description.generator);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString writeProfileDescription(const QString &path, const ProfileDescription &description)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // Before the first byte: a file with secrets is never readable by others.
    if (!description.secrets.isEmpty())
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(serializeProfileDescription(description));
    if (!file.commit())
        return Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Beholder
