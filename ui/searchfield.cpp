// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfield.h"

#include "icons.h"

#include <QKeyEvent>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(u"searchField"_s);
    setPlaceholderText(tr("Search name, DNI, phone, address, PPPoE user, ONU serial, MAC or IP   (Ctrl+K)"));
    setAccessibleName(tr("Search customers"));
    setClearButtonEnabled(true);
    // The core cuts queries far shorter; this only bounds what a paste can put here.
    setMaxLength(4096);
    addAction(Icons::search(), QLineEdit::LeadingPosition);

    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    setFont(larger);
    setMinimumHeight(fontMetrics().height() * 2);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::flush);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
}

void SearchField::flush()
{
    m_debounce.stop();
    const QString current = text();
    if (m_requestedOnce && current == m_lastRequested)
        return;
    m_requestedOnce = true;
    m_lastRequested = current;
    emit searchRequested(current);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        if (event->modifiers() == Qt::NoModifier) {
            flush();
            emit moveToResultsRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            flush();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        flush();
        emit openRequested();
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Beholder
