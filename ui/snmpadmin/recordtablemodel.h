// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table of plain records (SnmpOlt, SnmpExecution, ...) whose
// columns are described by functions, so each admin table is a list of
// columns rather than another hand-written model. Rows are found by the
// record's id (IdRole), sorted on SortRole and filtered by the admin screens'
// combos on FilterRole (RecordFilterProxy).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace Beholder::Snmp {

namespace RecordRoles {
constexpr int IdRole = Qt::UserRole + 1;     // qint64: the record's id
constexpr int SortRole = Qt::UserRole + 2;   // the raw value to sort on (numbers, times)
constexpr int FilterRole = Qt::UserRole + 3; // the value a filter combo matches exactly
} // namespace RecordRoles

template<typename Record>
struct RecordColumn
{
    using Getter = std::function<QVariant(const Record &)>;

    RecordColumn() = default;
    RecordColumn(QString header, Getter display, Getter sortKey = {}, Getter filterKey = {},
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter, Getter toolTip = {})
        : header(std::move(header))
        , display(std::move(display))
        , sortKey(std::move(sortKey))
        , filterKey(std::move(filterKey))
        , alignment(alignment)
        , toolTip(std::move(toolTip))
    { }

    QString header;
    Getter display;
    Getter sortKey;   // empty: the display text
    Getter filterKey; // empty: the display text
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    Getter toolTip; // empty: none
};

template<typename Record>
class RecordTableModel final : public QAbstractTableModel
{
public:
    using Column = RecordColumn<Record>;
    using IdOf = std::function<qint64(const Record &)>;

    RecordTableModel(QList<Column> columns, IdOf idOf, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_idOf(std::move(idOf))
    { }

    const QList<Record> &records() const { return m_records; }
    const Record &recordAt(int row) const { return m_records.at(row); }
    // -1 when no row has this id.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        reindex();
        endResetModel();
    }

    // Replaces the row with the record's id, or inserts the record at `newRow` (clamped).
    void upsert(const Record &record, int newRow = 0)
    {
        const int row = rowOf(m_idOf(record));
        if (row >= 0) {
            m_records[row] = record;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        const int at = qBound(0, newRow, int(m_records.size()));
        beginInsertRows({}, at, at);
        m_records.insert(at, record);
        reindex();
        endInsertRows();
    }

    // Every cell of `column` may read something new (names of other tables, a ticking elapsed time).
    void refreshColumn(int column)
    {
        if (!m_records.isEmpty())
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(record);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(record) : QVariant();
        case RecordRoles::IdRole:
            return m_idOf(record);
        case RecordRoles::SortRole:
            return column.sortKey ? column.sortKey(record) : column.display(record);
        case RecordRoles::FilterRole:
            return column.filterKey ? column.filterKey(record) : column.display(record);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    void reindex()
    {
        m_rowById.clear();
        for (int row = 0; row < m_records.size(); ++row)
            m_rowById.insert(m_idOf(m_records.at(row)), row);
    }

    QList<Column> m_columns;
    IdOf m_idOf;
    QList<Record> m_records;
    QHash<qint64, int> m_rowById;
};

} // namespace Beholder::Snmp
