// SPDX-License-Identifier: GPL-3.0-or-later
#include "oltdialog.h"

#include "credentials/credentialstore.h"
#include "snmp/snmpvalidation.h"
#include "snmp/vendorprofile.h"
#include "snmpadminbackend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>

#include <memory>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

QString fieldOf(OltSecret secret)
{
    switch (secret) {
    case OltSecret::Community:
        return u"community"_s;
    case OltSecret::AuthPassword:
        return u"authPassword"_s;
    case OltSecret::PrivPassword:
        return u"privPassword"_s;
    }
    return {};
}

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(int(CredentialStore::maxValueBytes));
    return edit;
}

} // namespace

OltDialog::OltDialog(SnmpAdminBackend *backend, CredentialStore *secrets, const QList<SnmpBrand> &brands,
                     std::optional<SnmpOlt> existing, QWidget *parent)
    : SnmpFormDialog(backend, parent)
    , m_secrets(secrets)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_version(new QComboBox(this))
    , m_community(passwordEdit(u"community"_s, this))
    , m_user(new QLineEdit(this))
    , m_context(new QLineEdit(this))
    , m_securityLevel(new QComboBox(this))
    , m_authPassword(passwordEdit(u"authPassword"_s, this))
    , m_privPassword(passwordEdit(u"privPassword"_s, this))
    , m_brand(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("Poll this OLT"), this))
{
    setWindowTitle(m_existing ? tr("Edit OLT") : tr("Add OLT"));
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(maxNameLength + 1);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("IPv4 or IPv6 address, or host name"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(161);
    m_version->setObjectName(u"version"_s);
    m_version->addItem(u"v2c"_s, int(SnmpTarget::Version::V2c));
    m_version->addItem(u"v3"_s, int(SnmpTarget::Version::V3));
    m_user->setObjectName(u"v3User"_s);
    m_context->setObjectName(u"v3Context"_s);
    m_context->setPlaceholderText(tr("Usually empty"));
    m_context->setToolTip(tr("The SNMPv3 context name, for agents that serve several contexts"));
    m_securityLevel->setObjectName(u"securityLevel"_s);
    m_securityLevel->addItem(tr("authPriv (SHA + AES)"), int(SnmpTarget::SecurityLevel::AuthPriv));
    m_securityLevel->addItem(tr("authNoPriv (SHA)"), int(SnmpTarget::SecurityLevel::AuthNoPriv));
    m_securityLevel->addItem(tr("noAuthNoPriv"), int(SnmpTarget::SecurityLevel::NoAuthNoPriv));
    m_brand->setObjectName(u"brand"_s);
    m_brand->addItem(tr("Detect from sysObjectID"), qint64(0));
    for (const SnmpBrand &brand : brands)
        m_brand->addItem(brand.name, brand.id);
    m_profile->setObjectName(u"profile"_s);
    m_profile->addItem(tr("Detect from sysObjectID"), QString());
    for (const VendorProfile &profile : builtinProfiles())
        m_profile->addItem(profile.displayName, profile.id);
    m_enabled->setObjectName(u"enabled"_s);
    m_enabled->setChecked(true);

    const QString keepHint = tr("Leave empty to keep the stored one");
    if (m_existing) {
        for (QLineEdit *edit : {m_community, m_authPassword, m_privPassword})
            edit->setPlaceholderText(keepHint);
    }

    addField(tr("&Name:"), u"name"_s, m_name);
    addField(tr("&Host:"), u"host"_s, m_host);
    addField(tr("&Port:"), u"port"_s, m_port);
    addField(tr("SNMP &version:"), u"version"_s, m_version);
    m_communityRow = field(u"community"_s, m_community);
    form()->addRow(tr("&Community:"), m_communityRow);
    m_userRow = field(u"v3User"_s, m_user);
    form()->addRow(tr("&User:"), m_userRow);
    m_contextRow = field(u"v3Context"_s, m_context);
    form()->addRow(tr("Conte&xt:"), m_contextRow);
    m_levelRow = field(u"securityLevel"_s, m_securityLevel);
    form()->addRow(tr("&Security level:"), m_levelRow);
    m_authRow = field(u"authPassword"_s, m_authPassword);
    form()->addRow(tr("&Auth password (SHA):"), m_authRow);
    m_privRow = field(u"privPassword"_s, m_privPassword);
    form()->addRow(tr("P&riv password (AES):"), m_privRow);
    addField(tr("&Brand:"), u"brandId"_s, m_brand);
    addField(tr("Vendor p&rofile:"), u"profileId"_s, m_profile);
    addField(QString(), u"enabled"_s, m_enabled);

    if (m_existing) {
        const SnmpOlt &olt = *m_existing;
        m_name->setText(olt.name);
        m_host->setText(olt.host);
        m_port->setValue(olt.port);
        m_version->setCurrentIndex(m_version->findData(int(olt.version)));
        m_user->setText(olt.v3User);
        m_context->setText(olt.v3Context);
        m_securityLevel->setCurrentIndex(m_securityLevel->findData(int(olt.securityLevel)));
        m_brand->setCurrentIndex(qMax(0, m_brand->findData(olt.brandId.value_or(0))));
        const int profileIndex = m_profile->findData(olt.profileId);
        if (profileIndex < 0 && !olt.profileId.isEmpty())
            m_profile->addItem(olt.profileId, olt.profileId); // a profile this build does not ship: keep it
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(olt.profileId)));
        m_enabled->setChecked(olt.enabled);
    }

    for (QLineEdit *edit : {m_name, m_host, m_community, m_user, m_context, m_authPassword, m_privPassword})
        connect(edit, &QLineEdit::textChanged, this, &OltDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &OltDialog::updateState);
    for (QComboBox *combo : {m_version, m_securityLevel}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibleFields();
            updateState();
        });
    }
    updateVisibleFields();
    updateState();
}

SnmpOlt OltDialog::olt() const
{
    SnmpOlt olt = m_existing.value_or(SnmpOlt());
    olt.name = m_name->text().trimmed();
    olt.host = m_host->text().trimmed();
    olt.port = m_port->value();
    olt.version = SnmpTarget::Version(m_version->currentData().toInt());
    olt.v3User = olt.version == SnmpTarget::Version::V3 ? m_user->text().trimmed() : QString();
    olt.v3Context = olt.version == SnmpTarget::Version::V3 ? m_context->text().trimmed() : QString();
    olt.securityLevel = SnmpTarget::SecurityLevel(m_securityLevel->currentData().toInt());
    olt.authProtocol = SnmpTarget::AuthProtocol::Sha;
    olt.privProtocol = SnmpTarget::PrivProtocol::Aes;
    const qint64 brandId = m_brand->currentData().toLongLong();
    olt.brandId = brandId > 0 ? std::optional<qint64>(brandId) : std::nullopt;
    olt.profileId = m_profile->currentData().toString();
    olt.enabled = m_enabled->isChecked();
    return olt;
}

void OltDialog::updateVisibleFields()
{
    const SnmpOlt now = olt();
    const QList<OltSecret> needed = requiredSecrets(now);
    const bool v3 = now.version == SnmpTarget::Version::V3;
    form()->setRowVisible(m_communityRow, needed.contains(OltSecret::Community));
    form()->setRowVisible(m_userRow, v3);
    form()->setRowVisible(m_contextRow, v3);
    form()->setRowVisible(m_levelRow, v3);
    form()->setRowVisible(m_authRow, needed.contains(OltSecret::AuthPassword));
    form()->setRowVisible(m_privRow, needed.contains(OltSecret::PrivPassword));
    adjustSize();
}

QString OltDialog::typedSecret(OltSecret secret) const
{
    switch (secret) {
    case OltSecret::Community:
        return m_community->text();
    case OltSecret::AuthPassword:
        return m_authPassword->text();
    case OltSecret::PrivPassword:
        return m_privPassword->text();
    }
    return {};
}

StoreError OltDialog::check() const
{
    const SnmpOlt now = olt();
    if (const StoreError error = validateOlt(now); error.isError())
        return error;
    // A secret the stored settings already had may stay empty (kept); a new one must be typed.
    const QList<OltSecret> stored = m_existing ? requiredSecrets(*m_existing) : QList<OltSecret>();
    for (OltSecret secret : requiredSecrets(now)) {
        const QString value = typedSecret(secret);
        if (value.isEmpty() && !stored.contains(secret)) {
            const QString message = secret == OltSecret::Community ? tr("the community is required")
                : secret == OltSecret::AuthPassword                ? tr("the auth password is required")
                                                                   : tr("the priv password is required");
            return StoreError::make(StoreError::Kind::Invalid, message, fieldOf(secret));
        }
        if (const CredentialError bad = CredentialStore::checkValue(value); bad.isError())
            return StoreError::make(StoreError::Kind::Invalid, bad.message, fieldOf(secret));
    }
    return {};
}

void OltDialog::save()
{
    const SnmpOlt olt = this->olt();
    if (olt.id == 0) {
        backend()->run(
            this, [olt](SnmpStore &store) { return store.insertOlt(olt); },
            [this, olt](const StoreResult<qint64> &result) {
                if (!result.ok()) {
                    saveFinished(result.error, 0);
                    return;
                }
                SnmpOlt saved = olt;
                saved.id = *result.value;
                storeSecrets(saved);
            });
        return;
    }
    backend()->run(
        this, [olt](SnmpStore &store) { return store.updateOlt(olt); },
        [this, olt](const StoreError &error) {
            if (error.isError()) {
                saveFinished(error, olt.id);
                return;
            }
            storeSecrets(olt);
        });
}

void OltDialog::storeSecrets(const SnmpOlt &saved)
{
    // From now on the form edits the saved row: a retry after a keychain error must not insert it twice.
    m_existing = saved;
    if (!m_secrets) {
        saveFinished(StoreError::make(StoreError::Kind::Database,
                                      tr("the OLT was saved, but there is no keychain for its secrets")),
                     saved.id);
        return;
    }
    struct Pending
    {
        int left = 0;
        StoreError firstError;
    };
    auto pending = std::make_shared<Pending>();
    QList<std::pair<QString, std::optional<QString>>> operations; // key -> value to write, or removal
    const QStringList needed = requiredSecretKeys(saved);
    for (OltSecret secret : requiredSecrets(saved)) {
        if (const QString value = typedSecret(secret); !value.isEmpty())
            operations.append({oltSecretKey(saved.id, secret), value});
    }
    for (const QString &key : allSecretKeys(saved.id)) {
        if (!needed.contains(key))
            operations.append({key, std::nullopt}); // settings changed: drop what they no longer use
    }
    if (operations.isEmpty()) {
        saveFinished({}, saved.id);
        return;
    }
    pending->left = int(operations.size());
    const qint64 id = saved.id;
    auto done = [this, pending, id](const CredentialError &error) {
        if (error.isError() && !pending->firstError.isError())
            pending->firstError = StoreError::make(
                StoreError::Kind::Database,
                tr("the OLT was saved, but the keychain refused its secrets: %1").arg(error.message));
        if (--pending->left == 0)
            saveFinished(pending->firstError, id);
    };
    for (const auto &[key, value] : operations) {
        if (value)
            m_secrets->write(key, *value, this, done);
        else
            m_secrets->remove(key, this, done);
    }
}

} // namespace Beholder::Snmp
