// SPDX-License-Identifier: GPL-3.0-or-later
// One tab of the SNMP admin window: a toolbar of actions, a search field
// (every column, case-insensitive), optional filter combos, and the table
// behind a RecordFilterProxy. Selection is by record id and survives reloads.
#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;
class QToolBar;

namespace Beholder::Snmp {

class RecordFilterProxy;

class SnmpTableTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpTableTab)

public:
    // `model` provides RecordRoles; it must outlive the tab (the window owns both).
    SnmpTableTab(QAbstractItemModel *model, const QString &searchPlaceholder, QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    RecordFilterProxy *proxy() const { return m_proxy; }

    // A combo in the filter row that keeps only rows whose `column` equals the chosen item's data
    // (RecordRoles::FilterRole); its first item, "All", filters nothing. Fill it with addItem(text, value).
    QComboBox *addFilterCombo(const QString &label, int column);
    // Any other widget in the filter row, after a label (e.g. the combo that chooses which OLT's ONUs are read).
    void addFilterWidget(const QString &label, QWidget *widget);

    QList<qint64> selectedIds() const; // in view order
    qint64 currentId() const;          // 0 when none
    void selectIds(const QList<qint64> &ids);
    // Sizes the columns to their contents, within limits, once data is in.
    void fitColumns();
    void growColumns();

    void focusSearch();

signals:
    void selectionChanged();
    void activated(qint64 id); // double-click or Enter on a row

private:
    QAbstractItemModel *m_model;
    RecordFilterProxy *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QHBoxLayout *m_filterRow;
    QTableView *m_view;
    QList<qint64> m_selectionBeforeReset;
    bool m_fittedWithRows = false; // sized once with real rows in view; the admin's widths are kept after

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace Beholder::Snmp
