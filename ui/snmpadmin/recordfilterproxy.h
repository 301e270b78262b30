// SPDX-License-Identifier: GPL-3.0-or-later
// The search and the filter combos of an admin table: a row stays when any
// column contains the search text (case- and accent-insensitive: "munoz"
// finds "Muñoz") and every combo's column
// equals the combo's value (RecordRoles::FilterRole). Sorting uses SortRole.
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace Beholder::Snmp {

class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // An invalid value removes the column's filter.
    void setColumnFilter(int column, const QVariant &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QHash<int, QVariant> m_columnFilters;
};

} // namespace Beholder::Snmp
