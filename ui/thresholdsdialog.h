// SPDX-License-Identifier: GPL-3.0-or-later
// Tools ▸ Triage Thresholds: the admin's table of the numbers behind the
// verdicts (docs/diagnosis.md, "Thresholds"), one row each with its value,
// its default and what it decides. Values are edited in spin boxes bounded
// by each threshold's range; changed ones are bold; "Reset to Defaults" puts
// them all back. Save writes the profile's settings.ini and hands the table
// to whoever runs the diagnoses; contradictory pairs are named and refused.
#pragma once

#include "access/principal.h"
#include "triage/thresholds.h"

#include <QAbstractTableModel>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace Beholder::Access {
class AuditLog;
}

namespace Beholder {

// The thresholds as a table: name, value (editable), default.
class ThresholdsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsModel)

public:
    enum Column {
        NameColumn,
        ValueColumn,
        DefaultColumn,
        ColumnCount,
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the threshold's id ("rx_warning_dbm")

    explicit ThresholdsModel(const Triage::Thresholds &thresholds, QObject *parent = nullptr);

    const Triage::Thresholds &thresholds() const { return m_thresholds; }
    void setThresholds(const Triage::Thresholds &thresholds);
    Triage::ThresholdSpec specAt(int row) const { return m_specs.at(row); }
    int rowOf(const QString &id) const;
    // The last refused edit, said for people ("must be between -40 and 0").
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editRefused(const QString &error);

private:
    Triage::Thresholds m_thresholds;
    QList<Triage::ThresholdSpec> m_specs;
    QString m_lastError;
};

class ThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsDialog)

public:
    // `settingsFile`: the profile's settings.ini, where Save writes the [thresholds] group.
    ThresholdsDialog(const QString &settingsFile, const Triage::Thresholds &current, QWidget *parent = nullptr);

    Triage::Thresholds thresholds() const { return m_model->thresholds(); }
    ThresholdsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What the dialog says under the table (inconsistencies, a refused edit, a failed save).
    QString message() const;

    // Who saves, and where the save is audited (ProfileSession::principal() and auditLog()). Until set: the
    // profile's default principal (the OS user, or nobody when the profile requires sign-in), not audited.
    void setAccess(const Access::Principal &principal, const Access::AuditLog *audit);

    // Writes the table; on success emits saved() and closes. False, with the reason shown, otherwise (a
    // principal without EditThresholds is refused by core).
    bool save();
    void resetToDefaults();

signals:
    void saved(const Beholder::Triage::Thresholds &thresholds);

private:
    void updateState();
    void showMessage(const QString &text, bool error);

    QString m_settingsFile;
    Access::Principal m_principal;
    const Access::AuditLog *m_audit = nullptr;
    ThresholdsModel *m_model;
    QTableView *m_view;
    QLabel *m_description;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Beholder
