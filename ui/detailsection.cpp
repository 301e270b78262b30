// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailsection.h"

#include "badge.h"
#include "util/timeformat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
// Data older than this gets its age in the warning colour.
constexpr UnixTime staleAfterSeconds = 24 * 3600;
} // namespace

QString sourceAge(const QString &source, UnixTime at, UnixTime now)
{
    if (at <= 0)
        return source;
    const qint64 seconds = qMax<qint64>(0, now - at);
    const QString age = seconds < 60 ? DetailSection::tr("%n s ago", nullptr, int(seconds)) : TimeFormat::age(at, now);
    return source.isEmpty() ? age : source + u" · "_s + age;
}

void setLabelTone(QLabel *label, Tone tone)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, toneColor(tone, p));
    label->setPalette(p);
}

DetailSection::DetailSection(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_checking(new QLabel(this))
    , m_age(new QLabel(this))
    , m_notes(new QVBoxLayout)
    , m_grid(new QGridLayout)
{
    setObjectName(u"detailSection"_s);
    setAccessibleName(title);
    const int unit = fontMetrics().averageCharWidth();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 3 / 2);
    outer->setSpacing(unit);

    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    m_icon->setVisible(false);
    header->addWidget(m_icon);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    header->addWidget(m_title);
    header->addStretch(1);
    m_checking->setTextFormat(Qt::PlainText);
    m_checking->setObjectName(u"checkingLabel"_s);
    QFont italic = m_checking->font();
    italic.setItalic(true);
    m_checking->setFont(italic);
    setLabelTone(m_checking, Tone::Muted);
    m_checking->setVisible(false);
    header->addWidget(m_checking);
    m_age->setTextFormat(Qt::PlainText);
    m_age->setObjectName(u"ageLabel"_s);
    setLabelTone(m_age, Tone::Muted);
    m_age->setVisible(false);
    header->addWidget(m_age);
    outer->addLayout(header);

    m_notes->setSpacing(unit / 2);
    outer->addLayout(m_notes);

    m_grid->setHorizontalSpacing(unit * 2);
    m_grid->setVerticalSpacing(unit / 2);
    m_grid->setColumnStretch(1, 1);
    outer->addLayout(m_grid);
}

QString DetailSection::title() const
{
    return m_title->text();
}

void DetailSection::setIcon(const QIcon &icon)
{
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
    m_icon->setVisible(!icon.isNull());
}

void DetailSection::setFetchedAt(std::optional<UnixTime> fetchedAt)
{
    m_fetchedAt = fetchedAt && *fetchedAt > 0 ? fetchedAt : std::nullopt;
    m_age->setVisible(m_fetchedAt.has_value());
}

void DetailSection::setLiveSource(const QString &source)
{
    m_liveSource = source;
}

void DetailSection::setChecking(const QString &text)
{
    m_checking->setText(text);
    m_checking->setVisible(!text.isEmpty());
}

QString DetailSection::checkingText() const
{
    return m_checking->isVisibleTo(this) ? m_checking->text() : QString();
}

QString DetailSection::ageText() const
{
    return m_age->isVisibleTo(this) ? m_age->text() : QString();
}

void DetailSection::refreshAge(UnixTime now)
{
    for (const SourceTag &tag : std::as_const(m_sourceTags))
        tag.label->setText(sourceAge(tag.source, tag.at, now));
    if (!m_fetchedAt)
        return;
    if (!m_liveSource.isEmpty()) {
        m_age->setText(sourceAge(m_liveSource, *m_fetchedAt, now));
        setLabelTone(m_age, Tone::Muted);
        m_age->setToolTip(tr("Asked live from %1 during this diagnosis").arg(m_liveSource));
        return;
    }
    m_age->setText(TimeFormat::asOf(*m_fetchedAt, now));
    const bool stale = now - *m_fetchedAt > staleAfterSeconds;
    setLabelTone(m_age, stale ? Tone::Warning : Tone::Muted);
    m_age->setToolTip(stale ? tr("This data is more than a day old: it may have changed since.")
                            : tr("When this data was fetched from its source (the cache, as of the last sync)"));
}

QLabel *DetailSection::makeValueLabel(const QString &text, Tone tone)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (text.trimmed().isEmpty()) {
        label->setText(u"—"_s);
        setLabelTone(label, Tone::Muted);
    } else {
        label->setText(text);
        if (tone != Tone::Neutral)
            setLabelTone(label, tone);
        if (tone == Tone::Warning || tone == Tone::Critical) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
    }
    return label;
}

QLabel *DetailSection::addRow(const QString &key, const QString &value, Tone tone, const QString &toolTip)
{
    QLabel *label = makeValueLabel(value, tone);
    label->setToolTip(toolTip);
    addRow(key, label);
    return label;
}

void DetailSection::addRow(const QString &key, QWidget *value)
{
    auto *keyLabel = new QLabel(key, this);
    keyLabel->setTextFormat(Qt::PlainText);
    keyLabel->setObjectName(u"keyLabel"_s);
    setLabelTone(keyLabel, Tone::Muted);
    keyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    keyLabel->setBuddy(value);
    value->setParent(this);
    m_grid->addWidget(keyLabel, m_rows, 0, Qt::AlignTop);
    m_grid->addWidget(value, m_rows, 1);
    ++m_rows;
}

void DetailSection::addSourcedRow(const QString &key, QWidget *value, const QString &source, UnixTime at)
{
    const int row = m_rows;
    addRow(key, value);
    auto *tag = new QLabel(this);
    tag->setObjectName(u"sourceTag"_s);
    tag->setTextFormat(Qt::PlainText);
    tag->setAlignment(Qt::AlignRight | Qt::AlignTop);
    setLabelTone(tag, Tone::Muted);
    tag->setToolTip(tr("Who said it, and when"));
    m_grid->addWidget(tag, row, 2, Qt::AlignTop | Qt::AlignRight);
    m_sourceTags.append({tag, source, at});
    tag->setText(sourceAge(source, at, at));
}

QLabel *DetailSection::addSourcedRow(const QString &key, const QString &value, const QString &source, UnixTime at,
                                     Tone tone, const QString &toolTip)
{
    QLabel *label = makeValueLabel(value, tone);
    label->setToolTip(toolTip);
    addSourcedRow(key, label, source, at);
    return label;
}

void DetailSection::addWide(QWidget *widget)
{
    widget->setParent(this);
    m_grid->addWidget(widget, m_rows++, 0, 1, -1);
}

void DetailSection::addSubheading(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    if (m_rows > 0)
        m_grid->setRowMinimumHeight(m_rows++, fontMetrics().height() / 3);
    m_grid->addWidget(label, m_rows++, 0, 1, -1);
}

void DetailSection::addNote(const QString &text, Tone tone)
{
    m_notes->addWidget(new Callout(text, tone, this));
}

void DetailSection::addText(const QString &text, Tone tone)
{
    QLabel *label = makeValueLabel(text, tone);
    m_grid->addWidget(label, m_rows++, 0, 1, -1);
}

int DetailSection::keyColumnWidth() const
{
    int width = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const QLayoutItem *key = m_grid->itemAtPosition(row, 0);
        if (key && key->widget() && key->widget()->objectName() == u"keyLabel")
            width = qMax(width, key->widget()->sizeHint().width());
    }
    return width;
}

void DetailSection::setKeyColumnWidth(int width)
{
    m_grid->setColumnMinimumWidth(0, width);
}

QString DetailSection::plainText() const
{
    const auto textOf = [](const QWidget *widget) {
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            return label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                       : label->text();
        }
        QStringList parts;
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            parts << label->text();
        return parts.join(u' ');
    };
    QStringList lines{m_title->text()};
    if (!checkingText().isEmpty())
        lines.first() += u"  ("_s + checkingText() + u')';
    for (int i = 0; i < m_notes->count(); ++i) {
        if (const auto *callout = qobject_cast<Callout *>(m_notes->itemAt(i)->widget()))
            lines << callout->text();
    }
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const QLayoutItem *first = m_grid->itemAtPosition(row, 0);
        const QLayoutItem *second = m_grid->itemAtPosition(row, 1);
        QStringList cells;
        if (first && first->widget())
            cells << textOf(first->widget());
        if (second && second != first && second->widget())
            cells << textOf(second->widget());
        if (cells.isEmpty())
            continue;
        QString line = cells.join(u": "_s);
        const QLayoutItem *third = m_grid->columnCount() > 2 ? m_grid->itemAtPosition(row, 2) : nullptr;
        if (third && third != second && third->widget())
            line += u"  ("_s + textOf(third->widget()) + u')';
        lines << line;
    }
    return lines.join(u'\n');
}

void DetailSection::paintEvent(QPaintEvent *)
{
    // A card: the base colour on the panel's window colour, with a soft border.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    QColor border = p.color(QPalette::Mid);
    border.setAlphaF(0.6f);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(p.color(QPalette::Base));
    const double radius = fontMetrics().averageCharWidth() * 0.8;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace Beholder
