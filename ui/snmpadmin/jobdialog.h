// SPDX-License-Identifier: GPL-3.0-or-later
// Add or edit an SNMP job: its name, kind (discovery or polling), interval,
// whether it runs, and the OLTs and OIDs it covers (checklists).
#pragma once

#include "snmp/snmpmodel.h"
#include "snmpformdialog.h"

#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Beholder::Snmp {

class JobDialog final : public SnmpFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)

public:
    // `brandNames` labels the OIDs ("Huawei: hwGponDeviceOntSn").
    JobDialog(SnmpAdminBackend *backend, const QList<SnmpOlt> &olts, const QList<SnmpOid> &oids,
              const QHash<qint64, QString> &brandNames, std::optional<SnmpJob> existing, QWidget *parent = nullptr);

    SnmpJob job() const;

protected:
    StoreError check() const override;
    void save() override;

private:
    std::optional<SnmpJob> m_existing;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_interval;
    QCheckBox *m_enabled;
    QListWidget *m_olts;
    QListWidget *m_oids;
};

} // namespace Beholder::Snmp
