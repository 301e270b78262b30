// SPDX-License-Identifier: GPL-3.0-or-later
// What the brand, OLT, OID and job forms share: fields checked as the admin
// types (the field at fault tinted, its reason next to it and under the form,
// OK disabled), and a save that runs off the GUI thread and keeps the form
// open with the store's reason (a duplicate name...) when it is refused.
#pragma once

#include "snmp/storeresult.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Beholder::Snmp {

class SnmpAdminBackend;

class SnmpFormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpFormDialog)

public:
    ~SnmpFormDialog() override;

    QPushButton *okButton() const;
    // What the form says under its fields; empty when all is well.
    QString message() const;
    // The reason shown next to `field` ("host", "name"...); empty when none.
    QString fieldNote(const QString &field) const;

    // Checks, then saves; the dialog closes once the store (and the keychain) said yes.
    void accept() override;

signals:
    void saved(qint64 id);

protected:
    SnmpFormDialog(SnmpAdminBackend *backend, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    SnmpAdminBackend *backend() const { return m_backend; }
    // `editor` inside a row that can show a reason next to it; errors naming `fieldName` land there.
    QWidget *field(const QString &fieldName, QWidget *editor);
    // Adds a row "label: editor" for `fieldName`.
    void addField(const QString &label, const QString &fieldName, QWidget *editor);

    // The first rule the fields break now, or no error.
    virtual StoreError check() const = 0;
    // Writes the record off the GUI thread and ends with saveFinished().
    virtual void save() = 0;

    // Re-checks the fields; connect every editor's change signal to it.
    void updateState();
    // The end of save(): closes on success, otherwise shows why and lets the admin fix it.
    void saveFinished(const StoreError &error, qint64 id);

private:
    void showError(const StoreError &error);

    SnmpAdminBackend *m_backend;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_notes;
    bool m_saving = false;
};

} // namespace Beholder::Snmp
