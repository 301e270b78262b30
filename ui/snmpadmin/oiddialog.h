// SPDX-License-Identifier: GPL-3.0-or-later
// Add or edit an OID of a brand: its name (the key of the raw values), the
// dotted OID, what a profile uses it for and how often it is worth walking.
#pragma once

#include "snmp/snmpmodel.h"
#include "snmpformdialog.h"

#include <QList>

#include <optional>

class QComboBox;
class QLineEdit;

namespace Beholder::Snmp {

class OidDialog final : public SnmpFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidDialog)

public:
    OidDialog(SnmpAdminBackend *backend, const QList<SnmpBrand> &brands, std::optional<SnmpOid> existing,
              QWidget *parent = nullptr);

    SnmpOid oid() const;

protected:
    StoreError check() const override;
    void save() override;

private:
    std::optional<SnmpOid> m_existing;
    QComboBox *m_brand;
    QLineEdit *m_name;
    QLineEdit *m_oid;
    QComboBox *m_purpose;
    QComboBox *m_kind;
};

} // namespace Beholder::Snmp
