// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"

#include "displayformat.h"
#include "elidedlabel.h"
#include "icons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int budgetPollMilliseconds = 1000;

void setTone(QWidget *widget, Tone tone)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText,
               toneColor(tone, widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette()));
    widget->setPalette(p);
}

Tone stateTone(SourceState state)
{
    switch (state) {
    case SourceState::Pending:
    case SourceState::Skipped:
        return Tone::Muted;
    case SourceState::Fetching:
    case SourceState::Writing:
        return Tone::Info;
    case SourceState::Succeeded:
        return Tone::Ok;
    case SourceState::Failed:
        return Tone::Critical;
    case SourceState::Canceled:
        return Tone::Warning;
    }
    return Tone::Neutral;
}

QString stateWord(SourceState state)
{
    switch (state) {
    case SourceState::Pending:
        return SyncPanel::tr("waiting");
    case SourceState::Fetching:
        return SyncPanel::tr("fetching");
    case SourceState::Writing:
        return SyncPanel::tr("writing");
    case SourceState::Succeeded:
        return SyncPanel::tr("done");
    case SourceState::Failed:
        return SyncPanel::tr("failed");
    case SourceState::Canceled:
        return SyncPanel::tr("canceled");
    case SourceState::Skipped:
        return SyncPanel::tr("not set up");
    }
    return {};
}

bool isFinal(SourceState state)
{
    return state == SourceState::Succeeded || state == SourceState::Failed || state == SourceState::Canceled
        || state == SourceState::Skipped;
}

QString triggerName(SyncTrigger trigger)
{
    switch (trigger) {
    case SyncTrigger::Nightly:
        return SyncPanel::tr("Nightly sync");
    case SyncTrigger::Manual:
        return SyncPanel::tr("Sync");
    case SyncTrigger::Cli:
        return SyncPanel::tr("Command-line sync");
    case SyncTrigger::Demo:
        return SyncPanel::tr("Demo sync from the simulated ISP");
    }
    return SyncPanel::tr("Sync");
}

// As TimeFormat says times everywhere else: "03:02".
// "ISPCube: customers_list: HTTP 500" in the ISPCube row: the row already says whose it is.
QString withoutSourceName(const QString &message, SourceKind kind)
{
    const QString prefix = DisplayFormat::sourceName(kind) + u": "_s;
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

QString clock(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QString seconds(double value)
{
    return SyncPanel::tr("%1 s").arg(QLocale().toString(value, 'f', value < 10 ? 1 : 0));
}

} // namespace

SyncPanel::SyncPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Sync"), this))
    , m_budget(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(u"syncPanel"_s);
    const int unit = fontMetrics().averageCharWidth();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit / 2, unit * 3 / 2, unit);
    layout->setSpacing(unit / 2);

    auto *top = new QHBoxLayout;
    m_headline->setObjectName(u"syncHeadline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    top->addWidget(m_headline, 1);
    m_cancel->setObjectName(u"syncCancelButton"_s);
    m_cancel->setToolTip(tr("Stop the sync; every source not finished yet keeps its previous data"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPanel::cancelRequested);
    top->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(unit * 2);
    grid->setVerticalSpacing(unit / 2);
    grid->setColumnStretch(4, 1);
    const QList<SourceKind> kinds = allSourceKinds();
    m_rows.resize(kinds.size());
    for (const SourceKind kind : kinds) {
        Row &r = m_rows[int(kind)];
        const int line = int(kind);
        r.dot = new QLabel(this);
        r.name = new QLabel(DisplayFormat::sourceName(kind), this);
        r.name->setTextFormat(Qt::PlainText);
        r.state = new QLabel(this);
        r.state->setTextFormat(Qt::PlainText);
        r.state->setMinimumWidth(unit * 10);
        r.bar = new QProgressBar(this);
        r.bar->setTextVisible(false);
        r.bar->setFixedWidth(unit * 22);
        r.bar->setMaximumHeight(fontMetrics().height());
        r.detail = new ElidedLabel(this);
        r.detail->setObjectName(u"syncDetail_"_s + toString(kind));
        grid->addWidget(r.dot, line, 0);
        grid->addWidget(r.name, line, 1);
        grid->addWidget(r.state, line, 2);
        grid->addWidget(r.bar, line, 3);
        grid->addWidget(r.detail, line, 4);
    }
    layout->addLayout(grid);

    m_budget->setObjectName(u"syncBudget"_s);
    m_budget->setTextFormat(Qt::PlainText);
    setTone(m_budget, Tone::Muted);
    layout->addWidget(m_budget);
    m_notice->setObjectName(u"syncNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    setTone(m_notice, Tone::Info);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    m_budgetTimer.setInterval(budgetPollMilliseconds);
    connect(&m_budgetTimer, &QTimer::timeout, this, &SyncPanel::updateBudget);
    reset();
}

SyncPanel::~SyncPanel() = default;

SyncPanel::Row *SyncPanel::row(SourceKind kind)
{
    const int index = int(kind);
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

const SyncPanel::Row *SyncPanel::row(SourceKind kind) const
{
    const int index = int(kind);
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

void SyncPanel::reset()
{
    m_running = false;
    m_cancel->setEnabled(false);
    setHeadline(tr("No sync in this session yet. Data ▸ Sync Now fetches every source of the profile."), Tone::Muted);
    for (Row &r : m_rows) {
        r.hasOutcome = false;
        setRowState(r, SourceState::Pending);
        r.state->clear();
        r.bar->setRange(0, 1);
        r.bar->setValue(0);
        setRowDetail(r, {}, {}, Tone::Neutral);
    }
    setNotice({});
    setBudget({});
}

void SyncPanel::setBudget(std::shared_ptr<CallBudget> budget)
{
    m_meter.setBudget(std::move(budget));
    updateBudget();
    if (m_meter.hasBudget() && isVisible())
        m_budgetTimer.start();
    else
        m_budgetTimer.stop();
}

void SyncPanel::sampleBudget()
{
    updateBudget();
}

void SyncPanel::updateBudget()
{
    m_meter.sample();
    m_budget->setText(m_meter.text(DisplayFormat::sourceName(SourceKind::SmartOlt)));
    m_budget->setVisible(m_meter.hasBudget());
}

void SyncPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_meter.hasBudget()) {
        updateBudget();
        m_budgetTimer.start();
    }
}

void SyncPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_budgetTimer.stop();
}

void SyncPanel::showPreparing(SyncTrigger trigger, const QString &step)
{
    if (!m_running) {
        // A new sync: forget the last one's rows.
        for (Row &r : m_rows) {
            r.hasOutcome = false;
            setRowState(r, SourceState::Pending);
            r.bar->setRange(0, 1);
            r.bar->setValue(0);
            setRowDetail(r, {}, {}, Tone::Neutral);
        }
    }
    m_running = true;
    m_trigger = trigger;
    m_cancel->setEnabled(true);
    setHeadline(tr("%1: %2").arg(triggerName(trigger), step), Tone::Info);
}

void SyncPanel::showStarted(SyncTrigger trigger, const QList<SourceProgress> &progress)
{
    m_running = true;
    m_trigger = trigger;
    m_startedAt = QTime::currentTime();
    m_cancel->setEnabled(true);
    for (Row &r : m_rows)
        r.hasOutcome = false;
    showProgress(progress);
    updateBudget();
}

void SyncPanel::showProgress(const QList<SourceProgress> &progress)
{
    for (const SourceProgress &source : progress) {
        Row *r = row(source.source);
        if (!r || r->hasOutcome)
            continue;
        setRowState(*r, source.state);
        const QLocale locale;
        QString detail = source.step;
        switch (source.state) {
        case SourceState::Pending:
            r->bar->setRange(0, 1);
            r->bar->setValue(0);
            if (detail.isEmpty())
                detail = tr("waiting for its turn");
            break;
        case SourceState::Fetching:
        case SourceState::Writing:
            if (source.total > 0) {
                // QProgressBar counts in int: scale large totals down.
                const int scale = source.total > 1'000'000'000 ? 1000 : 1;
                r->bar->setRange(0, int(source.total / scale));
                r->bar->setValue(int(std::min(source.done, source.total) / scale));
            } else {
                r->bar->setRange(0, 0); // busy: the total is not known yet
            }
            if (detail.isEmpty()) {
                if (source.state == SourceState::Writing)
                    detail = tr("writing %1 items to the cache…").arg(locale.toString(source.done));
                else if (source.done > 0 && source.total > 0)
                    detail = tr("fetching: %1 of %2 items")
                                 .arg(locale.toString(source.done), locale.toString(source.total));
                else if (source.done > 0)
                    detail = tr("fetching: %1 items so far").arg(locale.toString(source.done));
                else
                    detail = tr("connecting…");
            }
            break;
        case SourceState::Skipped:
            r->bar->setRange(0, 1);
            r->bar->setValue(0);
            detail = tr("not set up for this profile");
            break;
        case SourceState::Succeeded:
        case SourceState::Failed:
        case SourceState::Canceled:
            // The outcome (showOutcome) says more; until it comes, the state is enough.
            r->bar->setRange(0, 1);
            r->bar->setValue(source.state == SourceState::Succeeded ? 1 : 0);
            break;
        }
        setRowDetail(*r, detail, {}, source.state == SourceState::Skipped ? Tone::Muted : Tone::Neutral);
    }
    updateRunningHeadline();
}

void SyncPanel::showOutcome(const SourceOutcome &outcome)
{
    Row *r = row(outcome.source);
    if (!r)
        return;
    r->hasOutcome = true;
    setRowState(*r, outcome.state);
    r->bar->setRange(0, 1);
    r->bar->setValue(outcome.state == SourceState::Succeeded ? 1 : 0);
    const QLocale locale;
    QString text;
    QStringList tip;
    Tone tone = Tone::Neutral;
    switch (outcome.state) {
    case SourceState::Succeeded:
        text = tr("%1   in %2   (%3 items fetched)")
                   .arg(DisplayFormat::mirrorCounts(outcome.counts), seconds(outcome.seconds),
                        locale.toString(outcome.fetched));
        tip << tr("%1 added, %2 changed, %3 removed, %4 unchanged; %5 items fetched in %6")
                   .arg(locale.toString(outcome.counts.added), locale.toString(outcome.counts.changed),
                        locale.toString(outcome.counts.removed), locale.toString(outcome.counts.unchanged),
                        locale.toString(outcome.fetched), seconds(outcome.seconds));
        if (!outcome.warnings.isEmpty())
            text += tr("   ·   warnings: %1 (see the tooltip)").arg(outcome.warnings.size());
        break;
    case SourceState::Failed:
        text = tr("%1 — the previous data is kept").arg(withoutSourceName(outcome.message, outcome.source));
        tip << outcome.message << tr("The data this source synced before is kept as it was.");
        tone = Tone::Critical;
        break;
    case SourceState::Canceled:
        text = tr("canceled; the previous data is kept");
        tone = Tone::Warning;
        break;
    case SourceState::Skipped:
        text = tr("not set up for this profile");
        tone = Tone::Muted;
        break;
    case SourceState::Pending:
    case SourceState::Fetching:
    case SourceState::Writing:
        text = outcome.message;
        break;
    }
    if (!outcome.warnings.isEmpty()) {
        tip << tr("Warnings:");
        tip << outcome.warnings;
    }
    setRowDetail(*r, text, tip.join(u'\n'), tone);
    updateRunningHeadline();
    updateBudget();
}

void SyncPanel::showFinished(const SyncSummary &summary)
{
    m_running = false;
    m_cancel->setEnabled(false);
    for (const SourceOutcome &outcome : summary.outcomes) {
        const Row *r = row(outcome.source);
        if (r && !r->hasOutcome)
            showOutcome(outcome);
    }
    int ran = 0;
    int failed = 0;
    int canceled = 0;
    for (const SourceOutcome &outcome : summary.outcomes) {
        ran += outcome.state == SourceState::Skipped ? 0 : 1;
        failed += outcome.state == SourceState::Failed ? 1 : 0;
        canceled += outcome.state == SourceState::Canceled ? 1 : 0;
    }
    const QString when = clock(QTime::currentTime());
    QString text;
    Tone tone = Tone::Ok;
    if (canceled > 0) {
        text = tr("%1 canceled at %2; the sources not finished keep their previous data.")
                   .arg(triggerName(m_trigger), when);
        tone = Tone::Warning;
    } else if (failed > 0) {
        text = tr("%1 finished at %2 in %3: %4 of %5 sources failed; their previous data is kept.")
                   .arg(triggerName(m_trigger), when, seconds(summary.seconds))
                   .arg(failed)
                   .arg(ran);
        tone = Tone::Critical;
    } else {
        text = tr("%1 finished at %2 in %3: every source succeeded.")
                   .arg(triggerName(m_trigger), when, seconds(summary.seconds));
    }
    if (!summary.indexError.isEmpty()) {
        text += u' ' + tr("The search index could not be rebuilt: %1").arg(summary.indexError);
        tone = Tone::Critical;
    }
    setHeadline(text, tone);
    updateBudget();
}

void SyncPanel::showNotStarted(const QString &reason, bool canceled)
{
    m_running = false;
    m_cancel->setEnabled(false);
    for (Row &r : m_rows) {
        if (r.current == SourceState::Pending) {
            r.state->clear();
            setRowDetail(r, {}, {}, Tone::Neutral);
        }
    }
    if (canceled)
        setHeadline(tr("%1 canceled before it started; the data is as it was.").arg(triggerName(m_trigger)),
                    Tone::Warning);
    else
        setHeadline(tr("%1 not started: %2").arg(triggerName(m_trigger), reason), Tone::Critical);
}

void SyncPanel::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SyncPanel::updateRunningHeadline()
{
    if (!m_running || !m_startedAt.isValid())
        return;
    int total = 0;
    int done = 0;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.current == SourceState::Skipped)
            continue;
        ++total;
        done += isFinal(r.current) ? 1 : 0;
    }
    setHeadline(tr("%1 started at %2: %3 of %4 sources done…")
                    .arg(triggerName(m_trigger), clock(m_startedAt))
                    .arg(done)
                    .arg(total),
                Tone::Info);
}

void SyncPanel::setHeadline(const QString &text, Tone tone)
{
    m_headline->setText(text);
    setTone(m_headline, tone);
}

void SyncPanel::setRowState(Row &r, SourceState state)
{
    r.current = state;
    const Tone tone = stateTone(state);
    const int side = fontMetrics().height();
    r.dot->setPixmap(Icons::dot(toneColor(tone, palette())).pixmap(side, side));
    r.state->setText(stateWord(state));
    setTone(r.state, tone);
    r.bar->setVisible(state != SourceState::Skipped);
}

void SyncPanel::setRowDetail(Row &r, const QString &text, const QString &toolTip, Tone tone)
{
    r.detail->setText(text);
    r.detail->setFullToolTip(toolTip);
    setTone(r.detail, tone);
}

QString SyncPanel::headline() const
{
    return m_headline->text();
}

QString SyncPanel::budgetText() const
{
    return m_budget->isVisibleTo(this) ? m_budget->text() : QString();
}

QString SyncPanel::noticeText() const
{
    return m_notice->text();
}

std::optional<SourceState> SyncPanel::stateOf(SourceKind kind) const
{
    const Row *r = row(kind);
    if (!r || r->state->text().isEmpty())
        return std::nullopt;
    return r->current;
}

QString SyncPanel::detailOf(SourceKind kind) const
{
    const Row *r = row(kind);
    return r ? r->detail->text() : QString();
}

QString SyncPanel::detailToolTipOf(SourceKind kind) const
{
    const Row *r = row(kind);
    return r ? r->detail->fullToolTip() : QString();
}

bool SyncPanel::isCancelEnabled() const
{
    return m_cancel->isEnabled();
}

} // namespace Beholder
