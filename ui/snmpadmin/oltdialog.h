// SPDX-License-Identifier: GPL-3.0-or-later
// Add or edit an OLT: where it answers SNMP and how (v2c community, or a v3
// user with SHA/AES passwords; the fields follow the version and security
// level), its brand and vendor profile (or "detect from sysObjectID") and
// whether it is polled. The row goes to the cache, the secrets to the
// profile's keychain under oltSecretKey() once the row has its id; a password
// left empty on edit keeps the stored one.
#pragma once

#include "snmp/oltsecrets.h"
#include "snmp/snmpmodel.h"
#include "snmpformdialog.h"

#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Beholder {
class CredentialStore;
}

namespace Beholder::Snmp {

class OltDialog final : public SnmpFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OltDialog)

public:
    // Without `existing`, a new OLT. `secrets` must outlive the dialog.
    OltDialog(SnmpAdminBackend *backend, CredentialStore *secrets, const QList<SnmpBrand> &brands,
              std::optional<SnmpOlt> existing, QWidget *parent = nullptr);

    SnmpOlt olt() const; // as the fields say now, without secrets

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *communityEdit() const { return m_community; }
    QComboBox *versionCombo() const { return m_version; }
    QComboBox *securityLevelCombo() const { return m_securityLevel; }

protected:
    StoreError check() const override;
    void save() override;

private:
    void updateVisibleFields();
    // The typed value of `secret`; empty when left blank.
    QString typedSecret(OltSecret secret) const;
    // Writes the typed secrets of the saved row and removes the ones its settings no longer use.
    void storeSecrets(const SnmpOlt &saved);

    CredentialStore *m_secrets;
    std::optional<SnmpOlt> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_version;
    QLineEdit *m_community;
    QLineEdit *m_user;
    QLineEdit *m_context;
    QComboBox *m_securityLevel;
    QLineEdit *m_authPassword;
    QLineEdit *m_privPassword;
    QComboBox *m_brand;
    QComboBox *m_profile;
    QCheckBox *m_enabled;
    QWidget *m_communityRow = nullptr;
    QWidget *m_userRow = nullptr;
    QWidget *m_contextRow = nullptr;
    QWidget *m_levelRow = nullptr;
    QWidget *m_authRow = nullptr;
    QWidget *m_privRow = nullptr;
};

} // namespace Beholder::Snmp
