// SPDX-License-Identifier: GPL-3.0-or-later
// One card of the customer panel: a title, the age of its data ("as of 03:02,
// 7 h ago") and key/value rows the operator can select and copy. Values are
// plain text: whatever the CRM or a router says is never read as markup.
#pragma once

#include "model/entities.h"
#include "tone.h"

#include <QFrame>
#include <QIcon>

#include <optional>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace Beholder {

class DetailSection final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailSection)

public:
    explicit DetailSection(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    void setIcon(const QIcon &icon);

    // The fetch time of the section's data (the oldest one, when it has
    // several). The age label is computed against `now` by refreshAge().
    void setFetchedAt(std::optional<UnixTime> fetchedAt);
    std::optional<UnixTime> fetchedAt() const { return m_fetchedAt; }
    // Who said the section's data when it is not the cache: the age then reads
    // "SmartOLT · 3 s ago" instead of "as of 03:02, 7 h ago".
    void setLiveSource(const QString &source);
    QString liveSource() const { return m_liveSource; }
    // A muted "checking SmartOLT…" in the header while a live source has not answered.
    void setChecking(const QString &text);
    QString checkingText() const;
    void refreshAge(UnixTime now);
    // The header's age text as shown ("as of 03:02, 7 h ago", "SmartOLT · 3 s ago").
    QString ageText() const;

    // A key/value row; an empty value shows a muted dash.
    QLabel *addRow(const QString &key, const QString &value, Tone tone = Tone::Neutral, const QString &toolTip = {});
    // A row whose value is a widget (badges, several labels).
    void addRow(const QString &key, QWidget *value);
    // A row that says who said it and when, at its right: "router · 3 s ago".
    void addSourcedRow(const QString &key, QWidget *value, const QString &source, UnixTime at);
    QLabel *addSourcedRow(const QString &key, const QString &value, const QString &source, UnixTime at,
                          Tone tone = Tone::Neutral, const QString &toolTip = {});
    // A widget across every column (a finding, a chart).
    void addWide(QWidget *widget);
    // A muted heading across both columns, e.g. one per router or ticket.
    void addSubheading(const QString &text);
    // A full-width boxed sentence above the rows (warnings, unexpected absences).
    void addNote(const QString &text, Tone tone);
    // A full-width muted sentence ("No open tickets").
    void addText(const QString &text, Tone tone = Tone::Muted);

    // The width the key column needs, and a width to give it (to line up several sections).
    int keyColumnWidth() const;
    void setKeyColumnWidth(int width);

    // Every text of the section, one line per row ("Key: value"), for tests and copy.
    QString plainText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *makeValueLabel(const QString &text, Tone tone);

    struct SourceTag
    {
        QLabel *label = nullptr;
        QString source;
        UnixTime at = 0;
    };

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_checking;
    QLabel *m_age;
    QVBoxLayout *m_notes;
    QGridLayout *m_grid;
    std::optional<UnixTime> m_fetchedAt;
    QString m_liveSource;
    QList<SourceTag> m_sourceTags;
    int m_rows = 0;
};

// Applies `tone`'s colour to a label's text.
void setLabelTone(QLabel *label, Tone tone);

// "SmartOLT · 3 s ago": who said a live value and how long ago (seconds while it is fresh).
QString sourceAge(const QString &source, UnixTime at, UnixTime now);

} // namespace Beholder
