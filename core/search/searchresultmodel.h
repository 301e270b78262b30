// SPDX-License-Identifier: GPL-3.0-or-later
// The search results as a table for the UI. It only holds results; running
// the search off the GUI thread is SearchService's job.
#pragma once

#include "search/searchresult.h"

#include <QAbstractTableModel>

namespace Beholder {

class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DocumentColumn,
        PppoeColumn,
        AddressColumn,
        TownColumn,
        PlanColumn,
        NodeColumn,
        StatusColumn,
        DeviceColumn,
        IpColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        HitRole = Qt::UserRole + 1, // the whole SearchHit
        KindRole,                   // SearchDocKind as int
        MatchRole,                  // MatchKind as int
        StatusRole,                 // the raw status word: active, suspended, cancelled, unlinked, online...
        TechnologyRole,             // fiber | wireless
        SortRole,                   // raw value to sort on
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const SearchResults &results);
    void clear();
    const SearchResults &results() const { return m_results; }
    const SearchHit *hitAt(int row) const;

    // The words the operator reads in the Status column.
    static QString statusText(const QString &status);

private:
    SearchResults m_results;
};

} // namespace Beholder
