// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsview.h"

#include "resultsdecorationmodel.h"
#include "search/searchresultmodel.h"
#include "tone.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDataStream>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>

#include <iterator>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// Columns an operator needs on every call; the rest can be turned on from the header menu.
bool visibleByDefault(int column)
{
    switch (column) {
    case SearchResultModel::TownColumn:
    case SearchResultModel::PlanColumn:
    case SearchResultModel::DeviceColumn:
    case SearchResultModel::IpColumn:
        return false;
    default:
        return true;
    }
}

// The default left-to-right order: who, in what state, by which identifiers, where.
constexpr int defaultOrder[] = {
    SearchResultModel::NameColumn,     SearchResultModel::StatusColumn,  SearchResultModel::PppoeColumn,
    SearchResultModel::DocumentColumn, SearchResultModel::AddressColumn, SearchResultModel::NodeColumn,
    SearchResultModel::TownColumn,     SearchResultModel::PlanColumn,    SearchResultModel::DeviceColumn,
    SearchResultModel::IpColumn,
};

// Default widths in average character widths, so they follow the font and the screen scale.
int defaultWidthInChars(int column)
{
    switch (column) {
    case SearchResultModel::NameColumn:
        return 28;
    case SearchResultModel::DocumentColumn:
        return 13;
    case SearchResultModel::PppoeColumn:
        return 17;
    case SearchResultModel::AddressColumn:
        return 24;
    case SearchResultModel::TownColumn:
        return 16;
    case SearchResultModel::PlanColumn:
        return 18;
    case SearchResultModel::NodeColumn:
        return 13;
    case SearchResultModel::StatusColumn:
        return 19;
    case SearchResultModel::DeviceColumn:
        return 19;
    case SearchResultModel::IpColumn:
        return 15;
    default:
        return 12;
    }
}

constexpr quint32 headerStateMagic = 0xbe401d01;

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
    , m_decoration(new ResultsDecorationModel(this))
    , m_sort(new QSortFilterProxyModel(this))
{
    setObjectName(u"resultsView"_s);
    setAccessibleName(tr("Search results"));
    m_decoration->setAppearance(palette(), font());
    m_sort->setSourceModel(m_decoration);
    m_sort->setSortRole(SearchResultModel::SortRole);
    m_sort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sort->setSortLocaleAware(true);
    m_sort->setDynamicSortFilter(true);
    setModel(m_sort);

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResultsView::showHeaderMenu);

    // Ranking order until the operator asks otherwise: no sort column yet.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto hit = hitAt(index.row()))
            emit hitActivated(*hit);
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const auto hit = hitAt(current.row()))
            emit currentHitChanged(*hit);
    });
    // A new result set: repaint the empty-state text if it has no rows.
    connect(m_sort, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
}

void ResultsView::setResultsModel(SearchResultModel *model)
{
    m_results = model;
    m_decoration->setSourceModel(model);
    if (!model)
        return;
    // The header lost its sections while there was no model: start from the defaults
    // (the caller restores the operator's saved layout on top).
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
        setColumnWidth(column, metrics.averageCharWidth() * defaultWidthInChars(column));
        setColumnHidden(column, !visibleByDefault(column));
    }
    static_assert(std::size(defaultOrder) == SearchResultModel::ColumnCount);
    for (int visual = 0; visual < int(std::size(defaultOrder)); ++visual)
        header->moveSection(header->visualIndex(defaultOrder[visual]), visual);
    if (m_defaultHeaderState.isEmpty())
        m_defaultHeaderState = horizontalHeader()->saveState();
    sortByRelevance();
}

QAbstractItemModel *ResultsView::viewModel() const
{
    return m_sort;
}

std::optional<SearchHit> ResultsView::hitAt(int viewRow) const
{
    if (viewRow < 0 || viewRow >= m_sort->rowCount())
        return std::nullopt;
    const QVariant value = m_sort->index(viewRow, 0).data(SearchResultModel::HitRole);
    if (!value.canConvert<SearchHit>())
        return std::nullopt;
    return value.value<SearchHit>();
}

std::optional<SearchHit> ResultsView::currentHit() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? hitAt(current.row()) : std::nullopt;
}

int ResultsView::rowCountShown() const
{
    return m_sort->rowCount();
}

void ResultsView::selectRow(int viewRow)
{
    if (viewRow < 0 || viewRow >= m_sort->rowCount())
        return;
    int column = horizontalHeader()->logicalIndexAt(0);
    if (column < 0)
        column = 0;
    const QModelIndex index = m_sort->index(viewRow, column);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void ResultsView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

QByteArray ResultsView::saveHeaderState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << headerStateMagic << int(SearchResultModel::ColumnCount) << horizontalHeader()->saveState();
    return state;
}

void ResultsView::restoreHeaderState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    int columns = 0;
    QByteArray headerState;
    stream >> magic >> columns >> headerState;
    // A state saved with another set of columns would show the wrong ones: keep the defaults.
    if (stream.status() != QDataStream::Ok || magic != headerStateMagic || columns != SearchResultModel::ColumnCount)
        return;
    horizontalHeader()->restoreState(headerState);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Never hide every column.
    bool anyVisible = false;
    for (int column = 0; column < SearchResultModel::ColumnCount; ++column)
        anyVisible = anyVisible || !isColumnHidden(column);
    if (!anyVisible)
        resetColumns();
}

void ResultsView::resetColumns()
{
    if (!m_defaultHeaderState.isEmpty())
        horizontalHeader()->restoreState(m_defaultHeaderState);
    sortByRelevance();
}

void ResultsView::sortByRelevance()
{
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_sort->sort(-1);
}

void ResultsView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAbstractItemModel *source = m_sort;
    int visibleCount = 0;
    for (int column = 0; column < SearchResultModel::ColumnCount; ++column)
        visibleCount += isColumnHidden(column) ? 0 : 1;
    for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(source->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The last visible column cannot be hidden.
        action->setEnabled(isColumnHidden(column) || visibleCount > 1);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
    }
    menu.addSeparator();
    QAction *relevance = menu.addAction(tr("Sort by Relevance"));
    relevance->setEnabled(horizontalHeader()->sortIndicatorSection() >= 0);
    connect(relevance, &QAction::triggered, this, &ResultsView::sortByRelevance);
    menu.addAction(tr("Reset Columns"), this, &ResultsView::resetColumns);
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void ResultsView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        if (modifiers == Qt::NoModifier && (!current.isValid() || current.row() == 0)) {
            emit backToSearchRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (modifiers == Qt::NoModifier) {
            emit backToSearchRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const auto hit = currentHit()) {
            emit hitActivated(*hit);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentRow();
        event->accept();
        return;
    }
    // Letters and digits typed in the table go on with the search instead of jumping to a row.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)
        && event->key() != Qt::Key_Space) {
        emit typeAheadRequested(text);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ResultsView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_sort->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(toneColor(Tone::Muted, palette()));
    const int margin = fontMetrics().averageCharWidth() * 4;
    const QRect area = viewport()->rect().adjusted(margin, margin * 2, -margin, -margin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void ResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const auto hit = hitAt(index.row());
    if (!hit)
        return;
    QMenu menu(this);
    if (!hit->pppoeUser.isEmpty())
        menu.addAction(tr("Copy PPPoE User"), this, [this, user = hit->pppoeUser] { copyText(user); });
    if (!hit->name.isEmpty())
        menu.addAction(tr("Copy Name"), this, [this, name = hit->name] { copyText(name); });
    if (!hit->ip.isEmpty())
        menu.addAction(tr("Copy IP"), this, [this, ip = hit->ip] { copyText(ip); });
    if (!hit->device.isEmpty())
        menu.addAction(tr("Copy ONU Serial / MAC"), this, [this, device = hit->device] { copyText(device); });
    menu.addSeparator();
    QAction *copyRow = menu.addAction(tr("Copy Row"), this, &ResultsView::copyCurrentRow);
    copyRow->setShortcut(QKeySequence::Copy);
    selectRow(index.row());
    menu.exec(event->globalPos());
}

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_decoration->setAppearance(palette(), font());
    QTableView::changeEvent(event);
}

void ResultsView::copyCurrentRow()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    QStringList cells;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!isColumnHidden(column))
            cells << m_sort->index(current.row(), column).data().toString();
    }
    copyText(cells.join(u'\t'));
}

void ResultsView::copyText(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

} // namespace Beholder
