// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line plain-text label that shortens its text with "…" to the width it
// gets, instead of widening the window: for messages that come from outside
// (a source's error) and can be any length. The full text is its tooltip
// unless another one is set.
#pragma once

#include <QFrame>

namespace Beholder {

class ElidedLabel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // Shown on hover; empty: the full text when it does not fit.
    void setFullToolTip(const QString &toolTip);
    QString fullToolTip() const { return m_toolTip; }
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString m_text;
    QString m_toolTip;
};

// `text` as a tooltip that is never read as markup (a source's error may contain some), line breaks kept.
QString plainToolTip(const QString &text);

} // namespace Beholder
