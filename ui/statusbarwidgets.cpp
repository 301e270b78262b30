// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbarwidgets.h"

#include "tone.h"
#include "util/timeformat.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
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
