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
    void refreshAge(UnixTime now);

    // A key/value row; an empty value shows a muted dash.
    QLabel *addRow(const QString &key, const QString &value, Tone tone = Tone::Neutral, const QString &toolTip = {});
    // A row whose value is a widget (badges, several labels).
    void addRow(const QString &key, QWidget *value);
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

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_age;
    QVBoxLayout *m_notes;
    QGridLayout *m_grid;
    std::optional<UnixTime> m_fetchedAt;
    int m_rows = 0;
};

// Applies `tone`'s colour to a label's text.
void setLabelTone(QLabel *label, Tone tone);

} // namespace Beholder
