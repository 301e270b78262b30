// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfilterproxy.h"

#include "recordtablemodel.h"
#include "util/textnormalize.h"

namespace Beholder::Snmp {

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString search = Text::fold(text.trimmed());
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

void RecordFilterProxy::setColumnFilter(int column, const QVariant &value)
{
    if (value.isValid())
        m_columnFilters.insert(column, value);
    else
        m_columnFilters.remove(column);
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (model->index(sourceRow, it.key(), sourceParent).data(RecordRoles::FilterRole) != it.value())
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString cell = model->index(sourceRow, column, sourceParent).data().toString();
        if (Text::fold(cell).contains(m_search))
            return true;
    }
    return false;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Empty values (never run, not measured) sort after every value.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Beholder::Snmp
