// SPDX-License-Identifier: GPL-3.0-or-later
// Small coloured labels for states the operator must see at a glance: a
// status pill ("Suspended") and a callout box for warnings ("Not in CRM").
// They take their colours from the palette, so light and dark themes work.
#pragma once

#include "tone.h"

#include <QFrame>
#include <QLabel>

namespace Beholder {

// A rounded pill with a tinted background, e.g. the customer's status.
class Badge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Badge)

public:
    explicit Badge(const QString &text = {}, Tone tone = Tone::Neutral, QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    Tone m_tone;
};

// A boxed sentence with an icon, e.g. "CRM and router disagree: ...".
class Callout final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Callout)

public:
    Callout(const QString &text, Tone tone, QWidget *parent = nullptr);

    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone;
    QLabel *m_text;
};

} // namespace Beholder
