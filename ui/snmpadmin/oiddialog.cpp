// SPDX-License-Identifier: GPL-3.0-or-later
#include "oiddialog.h"

#include "snmp/snmpvalidation.h"
#include "snmp/vendorprofile.h"
#include "snmpadminbackend.h"
#include "snmpadmincolumns.h"

#include <QComboBox>
#include <QLineEdit>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

OidDialog::OidDialog(SnmpAdminBackend *backend, const QList<SnmpBrand> &brands, std::optional<SnmpOid> existing,
                     QWidget *parent)
    : SnmpFormDialog(backend, parent)
    , m_existing(std::move(existing))
    , m_brand(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_oid(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(m_existing ? tr("Edit OID") : tr("Add OID"));
    m_brand->setObjectName(u"brand"_s);
    m_brand->addItem(tr("Choose a brand"), qint64(0));
    for (const SnmpBrand &brand : brands)
        m_brand->addItem(brand.name, brand.id);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(maxNameLength + 1);
    m_name->setPlaceholderText(tr("e.g. hwGponDeviceOntSn"));
    m_oid->setObjectName(u"oid"_s);
    m_oid->setPlaceholderText(tr("e.g. 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"));
    m_purpose->setObjectName(u"purpose"_s);
    m_purpose->setEditable(true);
    for (OidPurpose purpose : {OidPurpose::Serial, OidPurpose::Name, OidPurpose::Description, OidPurpose::RunState,
                               OidPurpose::LastDownCause, OidPurpose::RxPower, OidPurpose::TxPower, OidPurpose::Voltage,
                               OidPurpose::OltRxPower, OidPurpose::Distance})
        m_purpose->addItem(toString(purpose));
    m_kind->setObjectName(u"kind"_s);
    for (OidKind kind : {OidKind::Inventory, OidKind::Status, OidKind::Optical})
        m_kind->addItem(SnmpAdminColumns::oidKindName(kind), int(kind));

    addField(tr("&Brand:"), u"brandId"_s, m_brand);
    addField(tr("&Name:"), u"name"_s, m_name);
    addField(tr("&OID:"), u"oid"_s, m_oid);
    addField(tr("&Purpose:"), u"purpose"_s, m_purpose);
    addField(tr("&Kind:"), u"kind"_s, m_kind);

    if (m_existing) {
        m_brand->setCurrentIndex(qMax(0, m_brand->findData(m_existing->brandId)));
        m_name->setText(m_existing->name);
        m_oid->setText(m_existing->oid);
        m_purpose->setCurrentText(m_existing->purpose);
        m_kind->setCurrentIndex(m_kind->findData(int(m_existing->kind)));
    } else if (brands.size() == 1) {
        m_brand->setCurrentIndex(1);
    }

    connect(m_brand, &QComboBox::currentIndexChanged, this, &OidDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &OidDialog::updateState);
    connect(m_oid, &QLineEdit::textChanged, this, &OidDialog::updateState);
    connect(m_purpose, &QComboBox::currentTextChanged, this, &OidDialog::updateState);
    updateState();
}

SnmpOid OidDialog::oid() const
{
    SnmpOid oid = m_existing.value_or(SnmpOid());
    oid.brandId = m_brand->currentData().toLongLong();
    oid.name = m_name->text().trimmed();
    oid.oid = m_oid->text().trimmed();
    oid.purpose = m_purpose->currentText().trimmed();
    oid.kind = OidKind(m_kind->currentData().toInt());
    return oid;
}

StoreError OidDialog::check() const
{
    return validateOid(oid());
}

void OidDialog::save()
{
    const SnmpOid oid = this->oid();
    if (oid.id == 0) {
        backend()->run(
            this, [oid](SnmpStore &store) { return store.insertOid(oid); },
            [this](const StoreResult<qint64> &result) { saveFinished(result.error, result.value.value_or(0)); });
        return;
    }
    backend()->run(
        this, [oid](SnmpStore &store) { return store.updateOid(oid); },
        [this, id = oid.id](const StoreError &error) { saveFinished(error, id); });
}

} // namespace Beholder::Snmp
