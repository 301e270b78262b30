// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_results.hits.size() ? &m_results.hits[row] : nullptr;
}

QString SearchResultModel::statusText(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"suspended")
        return tr("Suspended");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"unlinked")
        return tr("Not in CRM");
    if (status == u"online")
        return tr("Online");
    if (status == u"offline")
        return tr("Offline");
    if (status == u"los")
        return tr("LOS");
    if (status == u"power_fail")
        return tr("Power fail");
    if (status == u"disabled")
        return tr("Disabled");
    return status;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_results.hits[index.row()];
    switch (role) {
    case HitRole:
        return QVariant::fromValue(hit);
    case KindRole:
        return int(hit.kind);
    case MatchRole:
        return int(hit.match);
    case StatusRole:
        return hit.status;
    case TechnologyRole:
        return hit.technology;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && hit.kind == SearchDocKind::Secret)
            return tr("PPPoE user %1 exists on router %2 but no CRM connection names it")
                .arg(hit.pppoeUser, hit.nodeName);
        if (hit.match == MatchKind::Identifier)
            return tr("Exact match of an identifier");
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case NameColumn:
        if (hit.name.isEmpty() && role == Qt::DisplayRole)
            return hit.kind == SearchDocKind::Secret ? tr("(not in CRM)") : tr("(no name)");
        return hit.name;
    case DocumentColumn:
        return hit.docNumber;
    case PppoeColumn:
        return hit.pppoeUser;
    case AddressColumn:
        return hit.address;
    case TownColumn:
        return hit.town;
    case PlanColumn:
        return hit.planName;
    case NodeColumn:
        return hit.nodeName;
    case StatusColumn:
        return role == SortRole ? hit.status : statusText(hit.status);
    case DeviceColumn:
        return hit.device;
    case IpColumn:
        return hit.ip;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DocumentColumn:
        return tr("DNI/CUIT");
    case PppoeColumn:
        return tr("PPPoE user");
    case AddressColumn:
        return tr("Address");
    case TownColumn:
        return tr("Town");
    case PlanColumn:
        return tr("Plan");
    case NodeColumn:
        return tr("Node");
    case StatusColumn:
        return tr("Status");
    case DeviceColumn:
        return tr("ONU / antenna");
    case IpColumn:
        return tr("IP");
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HitRole, "hit");
    names.insert(KindRole, "kind");
    names.insert(MatchRole, "match");
    names.insert(StatusRole, "status");
    names.insert(TechnologyRole, "technology");
    names.insert(SortRole, "sortValue");
    return names;
}

void SearchResultModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void SearchResultModel::clear()
{
    setResults({});
}

} // namespace Beholder
