// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbarwidgets.h"

#include "displayformat.h"
#include "elidedlabel.h"
#include "tone.h"
#include "util/timeformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QToolButton>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

CacheStatusWidget::CacheStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_profileLabel(new QLabel(this))
    , m_dataLabel(new QLabel(this))
{
    setObjectName(u"cacheStatus"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(fontMetrics().averageCharWidth(), 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth() * 3);
    m_profileLabel->setTextFormat(Qt::PlainText);
    m_dataLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_profileLabel);
    layout->addWidget(m_dataLabel, 1);
}

QString CacheStatusWidget::text() const
{
    return m_profileLabel->text() + u"   "_s + m_dataLabel->text();
}

void CacheStatusWidget::setProfileName(const QString &name)
{
    m_profile = name;
    m_hasSummary = false;
    m_message.clear();
}

void CacheStatusWidget::setSummary(const CacheSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    m_message.clear();
}

void CacheStatusWidget::setMessage(const QString &text, Tone tone)
{
    m_message = text;
    m_messageTone = tone;
}

void CacheStatusWidget::refresh(UnixTime now)
{
    const QLocale locale;
    m_profileLabel->setText(tr("Profile: %1").arg(m_profile));
    QStringList parts;
    Tone tone = Tone::Neutral;
    QStringList tip;
    if (!m_message.isEmpty()) {
        parts << m_message;
        tone = m_messageTone;
    } else if (m_hasSummary && !m_summary.ok) {
        parts << tr("cache unreadable: %1").arg(m_summary.error);
        tone = Tone::Critical;
    } else if (m_hasSummary) {
        if (m_summary.isEmpty()) {
            parts << tr("no cached data");
            tone = Tone::Warning;
        } else {
            parts << (m_summary.customers == 1 ? tr("1 customer")
                                               : tr("%1 customers").arg(locale.toString(m_summary.customers)));
            if (m_summary.dataAsOf) {
                parts << tr("data %1").arg(TimeFormat::asOf(*m_summary.dataAsOf, now));
                if (now - *m_summary.dataAsOf > staleAfterSeconds) {
                    tone = Tone::Warning;
                    tip << tr("The data is more than a day old: sync to refresh it.");
                }
            }
        }
        tip << tr("%1 connections, %2 PPP secrets, %3 routers, %4 OLTs, %5 ONUs, %6 access points, %7 antennas")
                   .arg(locale.toString(m_summary.connections), locale.toString(m_summary.pppSecrets),
                        locale.toString(m_summary.nodes), locale.toString(m_summary.olts),
                        locale.toString(m_summary.onus), locale.toString(m_summary.accessPoints),
                        locale.toString(m_summary.wirelessSubscribers));
        for (const SourceFreshness &source : std::as_const(m_summary.sources)) {
            QString line = source.source + u": "_s
                + (source.lastSuccessAt ? TimeFormat::asOf(*source.lastSuccessAt, now) : tr("never synced"));
            if (!source.lastStatus.isEmpty() && source.lastStatus != u"success")
                line += tr(" (last run: %1)").arg(source.lastStatus);
            tip << line;
        }
    }
    m_dataLabel->setText(parts.join(u"  ·  "_s));
    m_dataLabel->setToolTip(tip.join(u'\n'));
    QPalette p = m_dataLabel->palette();
    p.setColor(QPalette::WindowText, toneColor(tone, palette()));
    m_dataLabel->setPalette(p);
}

namespace {

// The order of the sources in the status bar: as the sync lists them.
int sourceOrder(const QString &source)
{
    const std::optional<SourceKind> kind = sourceKindFromString(source);
    return kind ? int(*kind) : 100;
}

// "03:02" today, "17 Nov" before.
QString shortWhen(UnixTime then, UnixTime now)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(then).toLocalTime();
    const QDate today = QDateTime::fromSecsSinceEpoch(now).toLocalTime().date();
    const QLocale locale;
    return local.date() == today ? local.toString(u"HH:mm"_s) : locale.toString(local.date(), u"d MMM"_s);
}

// The gist of a run's error for the status bar ("HTTP 500"); the tooltip has it all.
QString shortReason(const QString &error, const QString &sourceName)
{
    static const QRegularExpression httpStatus(u"\\bHTTP \\d{3}\\b"_s);
    if (const QRegularExpressionMatch match = httpStatus.match(error); match.hasMatch())
        return match.captured(0);
    QString first = error.section(u"; "_s, 0, 0).simplified();
    if (first.startsWith(sourceName + u": "_s))
        first = first.mid(sourceName.size() + 2);
    constexpr int maxLength = 32;
    if (first.size() > maxLength)
        first = first.left(maxLength - 1) + u'…';
    return first;
}

} // namespace

SourceStatusWidget::SourceStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    setObjectName(u"sourceStatus"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);
    layout->setSpacing(fontMetrics().averageCharWidth() * 2);
    m_note->setObjectName(u"sourceStatusNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(false);
    layout->addWidget(m_note);
    setVisible(false);
}

QString SourceStatusWidget::text() const
{
    QStringList parts;
    for (const QLabel *label : m_labels)
        parts << label->text();
    QString line = parts.join(u"  ·  "_s);
    if (!m_noteText.isEmpty())
        line += (line.isEmpty() ? QString() : u"   "_s) + m_noteText;
    return line;
}

bool SourceStatusWidget::isFailed(const QString &source) const
{
    for (const SourceFreshness &freshness : m_sources) {
        if (freshness.source == source)
            return freshness.lastStatus == u"failed";
    }
    return false;
}

void SourceStatusWidget::setSources(const QList<SourceFreshness> &sources)
{
    m_sources = sources;
    std::stable_sort(m_sources.begin(), m_sources.end(), [](const SourceFreshness &a, const SourceFreshness &b) {
        return sourceOrder(a.source) < sourceOrder(b.source);
    });
    auto *box = static_cast<QHBoxLayout *>(layout());
    while (m_labels.size() > m_sources.size())
        delete m_labels.takeLast();
    while (m_labels.size() < m_sources.size()) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        box->insertWidget(int(m_labels.size()), label);
        m_labels << label;
    }
}

void SourceStatusWidget::setNote(const QString &text, Tone tone, const QString &shortText)
{
    m_noteText = text;
    m_noteTone = text.isEmpty() ? Tone::Neutral : tone;
    constexpr int maxLength = 60;
    const QString shown = shortText.isEmpty() ? text : shortText;
    m_note->setText(shown.size() > maxLength ? shown.left(maxLength - 1) + u'…' : shown);
    m_note->setToolTip(plainToolTip(text));
    QPalette p = m_note->palette();
    p.setColor(QPalette::WindowText, toneColor(tone, palette()));
    m_note->setPalette(p);
    m_note->setVisible(!text.isEmpty());
    setVisible(!m_sources.isEmpty() || !m_noteText.isEmpty());
}

void SourceStatusWidget::refresh(UnixTime now)
{
    QStringList tip;
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        const SourceFreshness &source = m_sources.at(i);
        QLabel *label = m_labels.at(i);
        const QString name = DisplayFormat::sourceName(source.source);
        QString text;
        Tone tone = Tone::Neutral;
        const QString lastGood
            = source.lastSuccessAt ? TimeFormat::asOf(*source.lastSuccessAt, now) : tr("never synced successfully");
        QString line = tr("%1: last success %2").arg(name, lastGood);
        if (source.lastStatus == u"success") {
            text = source.lastSuccessAt ? tr("%1 ✓ %2").arg(name, shortWhen(*source.lastSuccessAt, now))
                                        : tr("%1 ✓").arg(name);
        } else if (source.lastStatus == u"failed") {
            text = tr("%1 ✗ %2").arg(name, shortReason(source.lastError, name));
            tone = Tone::Warning;
            line += u'\n' + tr("    last run failed: %1").arg(source.lastError);
            line += u'\n' + tr("    its previous data is kept");
        } else if (source.lastStatus == u"running") {
            text = tr("%1 … syncing").arg(name);
            tone = Tone::Muted;
            line += u'\n' + tr("    a sync is running");
        } else {
            // canceled or interrupted: the previous data stands.
            text = source.lastSuccessAt ? tr("%1 ⊘ %2").arg(name, shortWhen(*source.lastSuccessAt, now))
                                        : tr("%1 ⊘").arg(name);
            tone = Tone::Muted;
            line += u'\n' + tr("    last run: %1; the previous data is kept").arg(source.lastStatus);
        }
        if (source.lastStatus == u"success" && !source.lastError.isEmpty())
            line += u'\n' + tr("    warnings: %1").arg(source.lastError);
        tip << line;
        label->setText(text);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, toneColor(tone, palette()));
        label->setPalette(p);
    }
    m_toolTip = tip.join(u'\n');
    for (QLabel *label : std::as_const(m_labels))
        label->setToolTip(plainToolTip(m_toolTip));
    setVisible(!m_sources.isEmpty() || !m_noteText.isEmpty());
}

BackgroundTaskWidget::BackgroundTaskWidget(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"backgroundTask"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth());
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_bar->setMaximumHeight(fontMetrics().height());
    layout->addWidget(m_bar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the background work; the data already cached stays as it was"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &BackgroundTaskWidget::cancelRequested);
    layout->addWidget(m_cancel);
    setVisible(false);
}

void BackgroundTaskWidget::start(const QString &text)
{
    m_text->setText(text);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    setVisible(true);
}

void BackgroundTaskWidget::setProgress(int percent, const QString &text)
{
    if (!text.isEmpty())
        m_text->setText(text + u'…');
    m_bar->setValue(percent);
}

void BackgroundTaskWidget::finish()
{
    setVisible(false);
}

} // namespace Beholder
