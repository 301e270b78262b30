// SPDX-License-Identifier: GPL-3.0-or-later
// The one search box: it asks for a search shortly after the operator stops
// typing (not on every key), clears on Escape and hands the keyboard to the
// results with Down or Enter, so a call can be handled without the mouse.
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace Beholder {

class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    static constexpr int debounceMilliseconds = 120;

    explicit SearchField(QWidget *parent = nullptr);

    // Runs the pending search now (if any) instead of after the debounce.
    void flush();

signals:
    // The text to search for, debounced; empty when the field was cleared.
    void searchRequested(const QString &text);
    // Down / Page Down: move into the results.
    void moveToResultsRequested();
    // Enter: open the best result.
    void openRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_debounce;
    QString m_lastRequested;
    bool m_requestedOnce = false;
};

} // namespace Beholder
