// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmptabletab.h"

#include "recordfilterproxy.h"
#include "recordtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {
// Wide enough for a timestamp or an OID, narrow enough that an error text does not push everything off screen.
constexpr int maxFittedColumnWidth = 360;
} // namespace

SnmpTableTab::SnmpTableTab(QAbstractItemModel *model, const QString &searchPlaceholder, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxy(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_filterRow(new QHBoxLayout)
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setObjectName(u"toolBar"_s);

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    m_filterRow->addWidget(m_search, 1);

    m_view->setObjectName(u"table"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnmpTableTab::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SnmpTableTab::selectionChanged);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(index.data(RecordRoles::IdRole).toLongLong()); });
    // A reload resets the model: keep what the admin had selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectionBeforeReset = selectedIds(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!isVisible())
            return;
        if (!m_fittedWithRows)
            fitColumns();
        else
            growColumns(); // a longer name came in (live executions): widen, never narrow
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        selectIds(m_selectionBeforeReset);
        emit selectionChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view, 1);
}

QComboBox *SnmpTableTab::addFilterCombo(const QString &label, int column)
{
    auto *combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(tr("All"));
    addFilterWidget(label, combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, column] { m_proxy->setColumnFilter(column, combo->currentData()); });
    return combo;
}

void SnmpTableTab::addFilterWidget(const QString &label, QWidget *widget)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    widget->setParent(this);
    m_filterRow->addWidget(caption);
    m_filterRow->addWidget(widget);
}

QList<qint64> SnmpTableTab::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : sorted)
        ids << index.data(RecordRoles::IdRole).toLongLong();
    return ids;
}

qint64 SnmpTableTab::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        return current.data(RecordRoles::IdRole).toLongLong();
    const QList<qint64> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.constFirst();
}

void SnmpTableTab::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (ids.contains(index.data(RecordRoles::IdRole).toLongLong())) {
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
            if (!first.isValid())
                first = index;
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void SnmpTableTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Tables loaded while hidden, or empty at first (executions arrive as they are queued), get their
    // widths when they are first seen with rows.
    if (!m_fittedWithRows && m_proxy->rowCount() > 0)
        fitColumns();
}

void SnmpTableTab::fitColumns()
{
    m_fittedWithRows = m_fittedWithRows || m_proxy->rowCount() > 0;
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    // The last column (often an error text) takes the room left and elides; its tooltip holds it all.
    for (int column = 0; column + 1 < header->count(); ++column) {
        // Room for the header's sort arrow, and a cap for long texts.
        const int width = qMax(header->sectionSize(column), header->sectionSizeHint(column) + 12);
        header->resizeSection(column, qMin(width, maxFittedColumnWidth));
    }
}

void SnmpTableTab::growColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column + 1 < header->count(); ++column) {
        const int wanted = qMin(qMax(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                                     header->sectionSizeHint(column) + 12),
                                maxFittedColumnWidth);
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void SnmpTableTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Beholder::Snmp
