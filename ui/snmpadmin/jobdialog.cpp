// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdialog.h"

#include "snmp/snmpvalidation.h"
#include "snmpadminbackend.h"
#include "snmpadmincolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole;

void addCheckItem(QListWidget *list, const QString &text, qint64 id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setData(idRole, id);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(idRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

JobDialog::JobDialog(SnmpAdminBackend *backend, const QList<SnmpOlt> &olts, const QList<SnmpOid> &oids,
                     const QHash<qint64, QString> &brandNames, std::optional<SnmpJob> existing, QWidget *parent)
    : SnmpFormDialog(backend, parent)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Run on its interval"), this))
    , m_olts(new QListWidget(this))
    , m_oids(new QListWidget(this))
{
    setWindowTitle(m_existing ? tr("Edit Job") : tr("Add Job"));
    const SnmpJob initial = m_existing.value_or(SnmpJob());
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(maxNameLength + 1);
    m_kind->setObjectName(u"kind"_s);
    for (JobKind kind : {JobKind::Discovery, JobKind::Polling})
        m_kind->addItem(SnmpAdminColumns::jobKindName(kind), int(kind));
    m_interval->setObjectName(u"interval"_s);
    m_interval->setRange(minJobIntervalS, maxJobIntervalS);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccelerated(true);
    m_enabled->setObjectName(u"enabled"_s);
    m_olts->setObjectName(u"olts"_s);
    m_oids->setObjectName(u"oids"_s);
    for (const SnmpOlt &olt : olts)
        addCheckItem(m_olts, u"%1 (%2)"_s.arg(olt.name, olt.host), olt.id, initial.oltIds.contains(olt.id));
    for (const SnmpOid &oid : oids)
        addCheckItem(m_oids, u"%1: %2"_s.arg(brandNames.value(oid.brandId), oid.name), oid.id,
                     initial.oidIds.contains(oid.id));

    addField(tr("&Name:"), u"name"_s, m_name);
    addField(tr("&Kind:"), u"kind"_s, m_kind);
    addField(tr("&Interval:"), u"intervalS"_s, m_interval);
    addField(QString(), u"enabled"_s, m_enabled);
    addField(tr("&OLTs:"), u"oltIds"_s, m_olts);
    addField(tr("O&IDs:"), u"oidIds"_s, m_oids);

    m_name->setText(initial.name);
    m_kind->setCurrentIndex(m_kind->findData(int(initial.kind)));
    m_interval->setValue(initial.intervalS);
    m_enabled->setChecked(initial.enabled);

    connect(m_name, &QLineEdit::textChanged, this, &JobDialog::updateState);
    connect(m_interval, &QSpinBox::valueChanged, this, &JobDialog::updateState);
    connect(m_olts, &QListWidget::itemChanged, this, &JobDialog::updateState);
    connect(m_oids, &QListWidget::itemChanged, this, &JobDialog::updateState);
    updateState();
}

SnmpJob JobDialog::job() const
{
    SnmpJob job = m_existing.value_or(SnmpJob());
    job.name = m_name->text().trimmed();
    job.kind = JobKind(m_kind->currentData().toInt());
    job.intervalS = m_interval->value();
    job.enabled = m_enabled->isChecked();
    job.oltIds = checkedIds(m_olts);
    job.oidIds = checkedIds(m_oids);
    return job;
}

StoreError JobDialog::check() const
{
    return validateJob(job());
}

void JobDialog::save()
{
    const SnmpJob job = this->job();
    if (job.id == 0) {
        backend()->run(
            this, [job](SnmpStore &store) { return store.insertJob(job); },
            [this](const StoreResult<qint64> &result) { saveFinished(result.error, result.value.value_or(0)); });
        return;
    }
    backend()->run(
        this, [job](SnmpStore &store) { return store.updateJob(job); },
        [this, id = job.id](const StoreError &error) { saveFinished(error, id); });
}

} // namespace Beholder::Snmp
