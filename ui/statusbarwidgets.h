// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's parts: which profile is open and how old its data is
// ("5,000 customers · data as of 14:02, 3 min ago"), and the progress of
// background work with a way to cancel it.
#pragma once

#include "cache/cachesummary.h"
#include "tone.h"

#include <QLabel>
#include <QWidget>

class QProgressBar;
class QToolButton;

namespace Beholder {

// "Profile: demo   ·   5,000 customers · data as of 14:02, 3 min ago"; the
// data part turns to the warning colour when it is more than a day old.
class CacheStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheStatusWidget)

public:
    // Data older than this is shown in the warning colour.
    static constexpr UnixTime staleAfterSeconds = 24 * 3600;

    explicit CacheStatusWidget(QWidget *parent = nullptr);

    // Everything it says, as one line (tests, accessibility).
    QString text() const;

    void setProfileName(const QString &name);
    void setSummary(const CacheSummary &summary);
    void setMessage(const QString &text, Tone tone = Tone::Neutral); // "opening the cache…", errors
    // Recomputes "3 min ago" against `now`.
    void refresh(UnixTime now);

private:
    QLabel *m_profileLabel;
    QLabel *m_dataLabel;
    QString m_profile;
    CacheSummary m_summary;
    bool m_hasSummary = false;
    QString m_message;
    Tone m_messageTone = Tone::Neutral;
};

// Per source, when it last succeeded or why its last run failed:
// "ISPCube ✓ 03:02 · SmartOLT ✗ HTTP 500 · cnMaestro ✓ 03:02 · Routers ✓ 03:02",
// a failed source in the warning colour, every detail in the tooltip; then a
// note when a nightly sync could not start.
class SourceStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceStatusWidget)

public:
    explicit SourceStatusWidget(QWidget *parent = nullptr);

    // Everything it says, as one line (tests, accessibility).
    QString text() const;
    QString toolTipText() const { return m_toolTip; }
    // Whether `source` ("ispcube", ...) is shown as failed.
    bool isFailed(const QString &source) const;

    void setSources(const QList<SourceFreshness> &sources);
    // A warning after the sources ("nightly sync not started: …"); empty removes
    // it. `shortText`, when given, is shown instead and `text` is its tooltip.
    void setNote(const QString &text, Tone tone = Tone::Warning, const QString &shortText = {});
    Tone noteTone() const { return m_noteTone; }
    // Recomputes the times against `now` (a success yesterday shows its date).
    void refresh(UnixTime now);

private:
    QList<SourceFreshness> m_sources;
    QList<QLabel *> m_labels;
    QLabel *m_note;
    QString m_noteText;
    Tone m_noteTone = Tone::Neutral;
    QString m_toolTip;
};

class BackgroundTaskWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTaskWidget)

public:
    explicit BackgroundTaskWidget(QWidget *parent = nullptr);

    void start(const QString &text);
    void setProgress(int percent, const QString &text);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Beholder
