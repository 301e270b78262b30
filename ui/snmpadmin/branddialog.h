// SPDX-License-Identifier: GPL-3.0-or-later
// Add or edit a brand: its name and the enterprise number (PEN) that
// recognises its OLTs in sysObjectID.
#pragma once

#include "snmp/snmpmodel.h"
#include "snmpformdialog.h"

#include <optional>

class QLineEdit;

namespace Beholder::Snmp {

class BrandDialog final : public SnmpFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandDialog)

public:
    // Without `existing`, a new brand.
    BrandDialog(SnmpAdminBackend *backend, std::optional<SnmpBrand> existing, QWidget *parent = nullptr);

    SnmpBrand brand() const; // as the fields say now

protected:
    StoreError check() const override;
    void save() override;

private:
    std::optional<SnmpBrand> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_enterprise;
};

} // namespace Beholder::Snmp
