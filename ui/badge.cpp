// SPDX-License-Identifier: GPL-3.0-or-later
#include "badge.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyle>

namespace Beholder {

Badge::Badge(const QString &text, Tone tone, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    const int h = fontMetrics().averageCharWidth();
    setContentsMargins(h, h / 4, h, h / 4);
    applyColors();
}

void Badge::setTone(Tone tone)
{
    m_tone = tone;
    applyColors();
    update();
}

void Badge::applyColors()
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, toneColor(m_tone, p));
    setPalette(p);
}

void Badge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    QLabel::changeEvent(event);
}

void Badge::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor border = toneColor(m_tone, palette());
        border.setAlphaF(0.45f);
        painter.setPen(QPen(border, 1.0));
        painter.setBrush(toneBackground(m_tone, palette()));
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    }
    QLabel::paintEvent(event);
}

Callout::Callout(const QString &text, Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_text(new QLabel(text, this))
{
    auto *layout = new QHBoxLayout(this);
    const int unit = fontMetrics().averageCharWidth();
    layout->setContentsMargins(unit, unit / 2 + 1, unit, unit / 2 + 1);
    layout->setSpacing(unit);

    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(Icons::warning().pixmap(QSize(side, side), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    icon->setVisible(tone == Tone::Warning || tone == Tone::Critical);
    layout->addWidget(icon, 0, Qt::AlignTop);

    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, tone == Tone::Info ? palette().color(QPalette::WindowText) : toneColor(tone, p));
    m_text->setPalette(p);
    layout->addWidget(m_text, 1);
}

QString Callout::text() const
{
    return m_text->text();
}

void Callout::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor border = toneColor(m_tone, palette());
    border.setAlphaF(0.55f);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(toneBackground(m_tone, palette()));
    const int radius = fontMetrics().averageCharWidth() / 2 + 2;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace Beholder
