// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpformdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor invalidTint(0xfd, 0xe4, 0xe4);
const QColor errorText(0xb7, 0x1c, 0x1c);

void setInvalid(QWidget *editor, bool invalid)
{
    QPalette palette = editor->parentWidget() ? editor->parentWidget()->palette() : editor->palette();
    if (invalid)
        palette.setColor(QPalette::Base, invalidTint);
    editor->setPalette(palette);
}

} // namespace

SnmpFormDialog::SnmpFormDialog(SnmpAdminBackend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, errorText);
    m_message->setPalette(palette);
    m_message->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnmpFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SnmpFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

SnmpFormDialog::~SnmpFormDialog() = default;

QPushButton *SnmpFormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SnmpFormDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString SnmpFormDialog::fieldNote(const QString &field) const
{
    const QLabel *note = m_notes.value(field);
    return note && !note->isHidden() ? note->text() : QString();
}

QWidget *SnmpFormDialog::field(const QString &fieldName, QWidget *editor)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(row);
    note->setObjectName(fieldName + u"Note"_s);
    QPalette palette = note->palette();
    palette.setColor(QPalette::WindowText, errorText);
    note->setPalette(palette);
    note->hide();
    editor->setParent(row);
    layout->addWidget(editor, 1);
    layout->addWidget(note);
    m_editors.insert(fieldName, editor);
    m_notes.insert(fieldName, note);
    return row;
}

void SnmpFormDialog::addField(const QString &label, const QString &fieldName, QWidget *editor)
{
    m_form->addRow(label, field(fieldName, editor));
}

void SnmpFormDialog::updateState()
{
    if (m_saving)
        return;
    const StoreError error = check();
    showError(error);
    okButton()->setEnabled(!error.isError());
}

void SnmpFormDialog::showError(const StoreError &error)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool atFault = error.isError() && it.key() == error.field;
        setInvalid(it.value(), atFault);
        QLabel *note = m_notes.value(it.key());
        note->setText(atFault ? error.message : QString());
        note->setVisible(atFault);
    }
    m_message->setText(error.message);
    m_message->setVisible(error.isError());
}

void SnmpFormDialog::accept()
{
    if (m_saving)
        return;
    const StoreError error = check();
    showError(error);
    if (error.isError()) {
        okButton()->setEnabled(false);
        return;
    }
    m_saving = true;
    okButton()->setEnabled(false);
    save();
}

void SnmpFormDialog::saveFinished(const StoreError &error, qint64 id)
{
    m_saving = false;
    if (error.isError()) {
        showError(error);
        okButton()->setEnabled(true); // a duplicate may be fixed by typing; a database error may pass
        if (QWidget *editor = m_editors.value(error.field))
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit saved(id);
    QDialog::accept();
}

} // namespace Beholder::Snmp
