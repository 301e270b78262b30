// SPDX-License-Identifier: GPL-3.0-or-later
// The results table: the core's SearchResultModel seen through a decoration
// proxy (icons, colours) and a sort proxy (ranking order until the operator
// clicks a header). Keyboard first: Up from the first row goes back to the
// search field, Enter opens a row, typing letters goes back to the search.
#pragma once

#include "search/searchresult.h"

#include <QTableView>

#include <optional>

class QSortFilterProxyModel;

namespace Beholder {

class ResultsDecorationModel;
class SearchResultModel;

class ResultsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setResultsModel(SearchResultModel *model);
    SearchResultModel *resultsModel() const { return m_results; }
    // The model the view shows (sorted and decorated), e.g. for tests.
    QAbstractItemModel *viewModel() const;

    std::optional<SearchHit> currentHit() const;
    std::optional<SearchHit> hitAt(int viewRow) const;
    int rowCountShown() const;
    // Makes `viewRow` current and selected, and scrolls to it.
    void selectRow(int viewRow);

    // What the empty table says ("No customer matches ...").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Column widths, order, visibility (not the sort: every start is in ranking order).
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    void resetColumns();
    // Back to the search ranking, as before any header click.
    void sortByRelevance();

signals:
    void currentHitChanged(const Beholder::SearchHit &hit);
    void hitActivated(const Beholder::SearchHit &hit);
    void backToSearchRequested();
    void typeAheadRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void copyCurrentRow();
    void copyText(const QString &text);

    SearchResultModel *m_results = nullptr;
    ResultsDecorationModel *m_decoration;
    QSortFilterProxyModel *m_sort;
    QString m_placeholder;
    QByteArray m_defaultHeaderState;
};

} // namespace Beholder
