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
