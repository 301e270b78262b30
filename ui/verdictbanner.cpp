// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict banner of the customer card and the look of each verdict.
#include "verdictbanner.h"

#include "icons.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int busyStepMilliseconds = 90;

// While no verdict is known yet (starting, failed): a blue grey that takes white text at 7:1.
const QColor neutralBackground(0x45, 0x5a, 0x64);

QString glyphName(Triage::Verdict verdict)
{
    switch (verdict) {
    case Triage::Verdict::MassOutage:
        return u"verdict-mass-outage"_s;
    case Triage::Verdict::Dispatch:
        return u"verdict-dispatch"_s;
    case Triage::Verdict::CustomerSide:
        return u"verdict-customer-side"_s;
    case Triage::Verdict::Administrative:
        return u"verdict-administrative"_s;
    case Triage::Verdict::Remote:
        return u"verdict-remote"_s;
    case Triage::Verdict::Ok:
        return u"verdict-ok"_s;
    }
    return u"verdict-ok"_s;
}

QColor faded(const QColor &foreground, const QColor &background, double towardsBackground)
{
    const double keep = 1.0 - towardsBackground;
    return QColor::fromRgbF(float(foreground.redF() * keep + background.redF() * towardsBackground),
                            float(foreground.greenF() * keep + background.greenF() * towardsBackground),
                            float(foreground.blueF() * keep + background.blueF() * towardsBackground));
}

QString secondsText(qint64 milliseconds)
{
    return QLocale().toString(double(milliseconds) / 1000.0, 'f', milliseconds < 10'000 ? 1 : 0);
}

} // namespace

namespace VerdictStyle {

QColor background(Triage::Verdict verdict)
{
    // Material 700-900 tones: white text on each is at least 5:1; amber takes dark text instead.
    switch (verdict) {
    case Triage::Verdict::MassOutage:
        return QColor(0x6a, 0x1b, 0x9a); // deep purple
    case Triage::Verdict::Dispatch:
        return QColor(0xc6, 0x28, 0x28); // red
    case Triage::Verdict::CustomerSide:
        return QColor(0xff, 0xb3, 0x00); // amber
    case Triage::Verdict::Administrative:
        return QColor(0x39, 0x49, 0xab); // indigo
    case Triage::Verdict::Remote:
        return QColor(0x00, 0x6d, 0x77); // teal
    case Triage::Verdict::Ok:
        return QColor(0x2e, 0x7d, 0x32); // green
    }
    return neutralBackground;
}

QColor foreground(Triage::Verdict verdict)
{
    return verdict == Triage::Verdict::CustomerSide ? QColor(0x1f, 0x1a, 0x0e) : QColor(Qt::white);
}

QPixmap glyph(Triage::Verdict verdict, int side, qreal devicePixelRatio, const QColor &color)
{
    return Icons::glyph(glyphName(verdict), side, devicePixelRatio, color);
}

} // namespace VerdictStyle

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_color(palette().color(QPalette::WindowText))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_timer.setInterval(busyStepMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

void BusyIndicator::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void BusyIndicator::setRunning(bool running)
{
    m_running = running;
    setVisible(running);
    if (running && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height() * 4 / 5;
    return {side, side};
}

void BusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_running)
        m_timer.start();
}

void BusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = qMin(width(), height());
    const double pen = qMax(1.5, side / 7.0);
    const QRectF box((width() - side) / 2.0 + pen / 2, (height() - side) / 2.0 + pen / 2, side - pen, side - pen);
    QColor track = m_color;
    track.setAlphaF(0.3f);
    painter.setPen(QPen(track, pen));
    painter.drawEllipse(box);
    painter.setPen(QPen(m_color, pen, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(box, -m_angle * 16, 100 * 16);
}

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_word(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_offlineChip(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_progress(new QLabel(this))
{
    setObjectName(u"verdictBanner"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(false);
    setAccessibleName(tr("Verdict"));
    const int unit = fontMetrics().averageCharWidth();

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(unit * 3 / 2, unit, unit * 2, unit * 5 / 4);
    outer->setSpacing(unit * 3 / 2);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    outer->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(unit / 4);
    auto *top = new QHBoxLayout;
    top->setSpacing(unit);
    QFont wordFont = m_word->font();
    wordFont.setBold(true);
    wordFont.setPointSizeF(wordFont.pointSizeF() * 1.35);
    wordFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_word->setFont(wordFont);
    m_word->setObjectName(u"verdictWord"_s);
    m_word->setTextFormat(Qt::PlainText);
    top->addWidget(m_word);
    top->addStretch(1);
    QFont small = m_offlineChip->font();
    small.setBold(true);
    m_offlineChip->setFont(small);
    m_offlineChip->setObjectName(u"offlineChip"_s);
    m_offlineChip->setTextFormat(Qt::PlainText);
    m_offlineChip->setContentsMargins(unit, unit / 4, unit, unit / 4);
    m_offlineChip->setVisible(false);
    top->addWidget(m_offlineChip, 0, Qt::AlignVCenter);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    m_progress->setObjectName(u"verdictProgress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    top->addWidget(m_progress, 0, Qt::AlignVCenter);
    texts->addLayout(top);

    m_reason->setObjectName(u"verdictReason"_s);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont reasonFont = m_reason->font();
    reasonFont.setPointSizeF(reasonFont.pointSizeF() * 1.05);
    m_reason->setFont(reasonFont);
    texts->addWidget(m_reason);
    outer->addLayout(texts, 1);

    m_busy->setRunning(false);
    clear();
}

void VerdictBanner::clear()
{
    m_state = State::Empty;
    m_verdict.reset();
    m_final = false;
    m_offline = false;
    setColors(neutralBackground, Qt::white);
    setIcon(std::nullopt);
    m_word->clear();
    m_reason->clear();
    m_offlineChip->setVisible(false);
    setProgress({});
    updateAccessibility();
}

void VerdictBanner::showStarting(const QString &pppoeUser)
{
    m_state = State::Starting;
    m_verdict.reset();
    m_final = false;
    m_offline = false;
    setColors(neutralBackground, Qt::white);
    setIcon(std::nullopt);
    m_word->setText(tr("DIAGNOSING"));
    m_reason->setText(tr("Looking up “%1” in the cache…").arg(pppoeUser));
    m_offlineChip->setVisible(false);
    setProgress(tr("checking…"));
    updateAccessibility();
}

void VerdictBanner::showReport(const Diagnosis::DiagnosisReport &report)
{
    m_final = report.final;
    m_offline = report.offline;
    const bool unknown = !report.error.isEmpty();
    if (unknown) {
        m_state = State::Failed;
        m_verdict.reset();
        setColors(neutralBackground, Qt::white);
        setIcon(std::nullopt);
        m_word->setText(tr("NO VERDICT"));
        m_reason->setText(report.error);
    } else {
        m_state = State::Verdict;
        const Triage::Verdict verdict = report.assessment.headline;
        m_verdict = verdict;
        setColors(VerdictStyle::background(verdict), VerdictStyle::foreground(verdict));
        setIcon(verdict);
        m_word->setText(Triage::verdictLabel(verdict));
        QString reason = report.assessment.headlineReason;
        if (reason.isEmpty())
            reason = verdict == Triage::Verdict::Ok ? tr("Nothing wrong found in what the sources said.")
                                                    : tr("See the findings below.");
        m_reason->setText(reason);
    }

    m_offlineChip->setText(tr("OFFLINE — cached facts"));
    m_offlineChip->setToolTip(tr("There is no network: this verdict rests on the cache alone, as of the last sync."));
    m_offlineChip->setVisible(report.offline);

    if (!report.final) {
        QStringList pending;
        for (const Diagnosis::SourceReport &source : report.sources) {
            if (source.state == Diagnosis::SourceState::Pending)
                pending << (source.label.isEmpty() ? source.id : source.label);
        }
        setProgress(pending.isEmpty() ? tr("preliminary · checking…")
                                      : tr("preliminary · checking %1…").arg(pending.join(u", "_s)));
    } else if (report.elapsedMs > 0 && !report.offline) {
        setProgress({});
        m_progress->setText(report.elapsedMs < 1000 ? tr("checked in %1 ms").arg(report.elapsedMs)
                                                    : tr("checked in %1 s").arg(secondsText(report.elapsedMs)));
        m_progress->setVisible(true);
    } else {
        setProgress({});
    }
    updateAccessibility();
}

QString VerdictBanner::verdictText() const
{
    return m_word->text();
}

QString VerdictBanner::reasonText() const
{
    return m_reason->text();
}

QString VerdictBanner::progressText() const
{
    return m_busy->isRunning() ? m_progress->text() : QString();
}

QString VerdictBanner::offlineText() const
{
    return m_offlineChip->isVisibleTo(this) ? m_offlineChip->text() : QString();
}

QString VerdictBanner::text() const
{
    QStringList parts;
    for (const QString &part : {verdictText(), reasonText(), offlineText(), progressText()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u" — "_s);
}

void VerdictBanner::setColors(const QColor &background, const QColor &foreground)
{
    m_background = background;
    m_foreground = foreground;
    for (QLabel *label : {m_word, m_reason, m_progress, m_offlineChip}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, label == m_progress ? faded(foreground, background, 0.12) : foreground);
        p.setColor(QPalette::Text, foreground);
        p.setColor(QPalette::Highlight, foreground);
        p.setColor(QPalette::HighlightedText, background);
        label->setPalette(p);
    }
    m_busy->setColor(foreground);
    update();
}

void VerdictBanner::setIcon(std::optional<Triage::Verdict> verdict)
{
    const int side = fontMetrics().height() * 2;
    if (verdict) {
        m_icon->setPixmap(VerdictStyle::glyph(*verdict, side, devicePixelRatioF(), m_foreground));
    } else {
        QPixmap blank(QSize(side, side) * devicePixelRatioF());
        blank.setDevicePixelRatio(devicePixelRatioF());
        blank.fill(Qt::transparent);
        m_icon->setPixmap(blank);
    }
}

void VerdictBanner::setProgress(const QString &text)
{
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
    m_busy->setRunning(!text.isEmpty());
}

void VerdictBanner::updateAccessibility()
{
    const QString name = m_word->text().isEmpty() ? tr("Verdict") : tr("Verdict: %1").arg(m_word->text());
    QStringList description;
    for (const QString &part : {reasonText(), offlineText(), progressText()}) {
        if (!part.isEmpty())
            description << part;
    }
    const bool nameChanged = accessibleName() != name;
    const QString joined = description.join(u". "_s);
    const bool descriptionChanged = accessibleDescription() != joined;
    setAccessibleName(name);
    setAccessibleDescription(joined);
    setToolTip(m_state == State::Verdict && !m_final ? tr("Preliminary: live sources are still answering") : QString());
    if (nameChanged && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (descriptionChanged && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    setVisible(m_state != State::Empty);
}

void VerdictBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double radius = fontMetrics().averageCharWidth() * 0.9;
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(m_background.darker(125), 1.0));
    painter.setBrush(m_background);
    painter.drawRoundedRect(box, radius, radius);
    if (m_state == State::Verdict && !m_final) {
        // Preliminary: a lighter stripe along the bottom edge says "not settled yet" besides the words.
        QColor stripe = m_foreground;
        stripe.setAlphaF(0.35f);
        painter.setPen(QPen(stripe, 2.0, Qt::DashLine));
        painter.drawLine(QPointF(box.left() + radius, box.bottom() - 2.0),
                         QPointF(box.right() - radius, box.bottom() - 2.0));
    }
    if (m_offlineChip->isVisible()) {
        const QRectF chip = QRectF(m_offlineChip->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(QPen(m_foreground, 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    }
    if (hasFocus()) {
        painter.setPen(QPen(m_foreground, 2.0, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), radius * 0.7, radius * 0.7);
    }
}

void VerdictBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void VerdictBanner::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        setIcon(m_verdict);
}

} // namespace Beholder
