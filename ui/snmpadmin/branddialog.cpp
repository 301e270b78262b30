// SPDX-License-Identifier: GPL-3.0-or-later
#include "branddialog.h"

#include "snmp/snmpvalidation.h"
#include "snmpadminbackend.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

BrandDialog::BrandDialog(SnmpAdminBackend *backend, std::optional<SnmpBrand> existing, QWidget *parent)
    : SnmpFormDialog(backend, parent)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_enterprise(new QLineEdit(this))
{
    setWindowTitle(m_existing ? tr("Edit Brand") : tr("Add Brand"));
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(maxNameLength + 1); // one more, so the rule (not the field) says it is too long
    m_enterprise->setObjectName(u"enterprise"_s);
    m_enterprise->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,10}"_s), m_enterprise));
    m_enterprise->setPlaceholderText(tr("e.g. 2011 for Huawei, 3902 for ZTE"));
    addField(tr("&Name:"), u"name"_s, m_name);
    addField(tr("&Enterprise number (PEN):"), u"enterprise"_s, m_enterprise);
    if (m_existing) {
        m_name->setText(m_existing->name);
        if (m_existing->enterprise)
            m_enterprise->setText(QString::number(*m_existing->enterprise));
    }
    connect(m_name, &QLineEdit::textChanged, this, &BrandDialog::updateState);
    connect(m_enterprise, &QLineEdit::textChanged, this, &BrandDialog::updateState);
    updateState();
}

SnmpBrand BrandDialog::brand() const
{
    SnmpBrand brand = m_existing.value_or(SnmpBrand());
    brand.name = m_name->text().trimmed();
    bool ok = false;
    const qulonglong enterprise = m_enterprise->text().toULongLong(&ok);
    brand.enterprise = ok && enterprise <= std::numeric_limits<quint32>::max()
        ? std::optional<quint32>(quint32(enterprise))
        : std::nullopt;
    return brand;
}

StoreError BrandDialog::check() const
{
    if (!m_enterprise->text().isEmpty() && !brand().enterprise)
        return StoreError::make(StoreError::Kind::Invalid, tr("the enterprise number is too large"), u"enterprise"_s);
    return validateBrand(brand());
}

void BrandDialog::save()
{
    const SnmpBrand brand = this->brand();
    if (brand.id == 0) {
        backend()->run(
            this, [brand](SnmpStore &store) { return store.insertBrand(brand); },
            [this](const StoreResult<qint64> &result) { saveFinished(result.error, result.value.value_or(0)); });
        return;
    }
    backend()->run(
        this, [brand](SnmpStore &store) { return store.updateBrand(brand); },
        [this, id = brand.id](const StoreError &error) { saveFinished(error, id); });
}

} // namespace Beholder::Snmp
