// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic window: locating, password, session, chart (see livetrafficwindow.h).
#include "livetrafficwindow.h"

#include "async/taskrunner.h"
#include "badge.h"
#include "cache/cachedatabase.h"
#include "credentials/credentialstore.h"
#include "tone.h"
#include "uilogging.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace LiveTrafficUi {

// A turning ring of dots while the router is being asked; it turns only while visible.
class Spinner final : public QWidget
{
public:
    explicit Spinner(QWidget *parent)
        : QWidget(parent)
    {
        const int side = fontMetrics().height() * 3;
        setFixedSize(side, side);
        m_timer.setInterval(80);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_step = (m_step + 1) % dots;
            update();
        });
    }

    bool isSpinning() const { return m_timer.isActive(); }
    void setSpinning(bool spinning)
    {
        m_spinning = spinning;
        if (spinning && isVisible())
            m_timer.start();
        else
            m_timer.stop();
        update();
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        if (m_spinning)
            m_timer.start();
        QWidget::showEvent(event);
    }
    void hideEvent(QHideEvent *event) override
    {
        m_timer.stop();
        QWidget::hideEvent(event);
    }
    void paintEvent(QPaintEvent *) override
    {
        if (!m_spinning)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(width() / 2.0, height() / 2.0);
        const double radius = width() / 2.0 - width() / 8.0;
        const double dot = width() / 14.0;
        QColor color = toneColor(Tone::Info, palette());
        for (int i = 0; i < dots; ++i) {
            const int age = (m_step - i + dots) % dots; // 0: the head
            color.setAlphaF(float(1.0 - 0.8 * age / dots));
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            const double angle = 2.0 * std::numbers::pi * i / dots;
            painter.drawEllipse(QPointF(radius * std::cos(angle), radius * std::sin(angle)), dot, dot);
        }
    }

private:
    static constexpr int dots = 10;
    QTimer m_timer;
    int m_step = 0;
    bool m_spinning = true;
};

} // namespace LiveTrafficUi

namespace {

// Colour-blind-safe pair: blue for download, orange for upload.
const QColor downloadColor(0x1f, 0x6f, 0xc5);
const QColor uploadColor(0xe0, 0x7b, 0x00);
const QColor saturatedColor(0xc6, 0x28, 0x28);

QString mbps(double value)
{
    const int decimals = value < 10.0 ? 2 : value < 100.0 ? 1 : 0;
    return u"%1 Mbit/s"_s.arg(value, 0, 'f', decimals);
}

QString planMbps(qint64 kbps)
{
    const double value = double(kbps) / 1000.0;
    return std::fmod(value, 1.0) == 0.0 ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
}

// 1, 2, 2.5 or 5 times a power of ten: the smallest at or above `value`.
double niceStep(double value)
{
    if (value <= 0.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0}) {
        if (step * magnitude >= value - 1e-9)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

// The value axis for values up to `peak`: about five round intervals with a little headroom above the peak.
struct AxisScale
{
    double top = 10.0;
    int ticks = 6;
};

AxisScale axisScale(double peak)
{
    const double wanted = std::max(peak * 1.08, 1.0);
    const double step = niceStep(wanted / 5.0);
    AxisScale scale;
    const int intervals = std::max(1, int(std::ceil(wanted / step - 1e-9)));
    scale.top = step * intervals;
    scale.ticks = intervals + 1;
    return scale;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, toneColor(Tone::Muted, p));
    label->setPalette(p);
    return label;
}

QLabel *bigValue(const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(u"—"_s, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LiveTrafficWindow::LiveTrafficWindow(CacheDatabase *cache, const ProfileSources &sources, CredentialStore *store,
                                     const Access::Principal &principal, const QString &pppoeUser, double saturationPct,
                                     int saturationSeconds, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cache(cache)
    , m_sources(sources)
    , m_principal(principal)
    , m_store(store)
    , m_user(pppoeUser.trimmed())
    , m_series(saturationPct, saturationSeconds)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"liveTrafficWindow"_s);
    setWindowTitle(tr("Live traffic — %1").arg(m_user));
    buildUi();
    resize(920, 600);

    if (!m_cache || !m_cache->isOpen()) {
        fail(tr("The profile's cache is not open, so the router that holds %1 cannot be found.").arg(m_user));
        return;
    }
    setWaitingText(tr("Finding the router that holds %1…").arg(m_user));
    m_runner = new TaskRunner(u"live-locate"_s, 1, this);
    CacheDatabase *db = m_cache;
    const ProfileSources routers = m_sources;
    const QString user = m_user;
    const Access::Principal watcher = m_principal;
    m_runner->runThen(
        this, [db, routers, user, watcher] { return resolveLiveTarget(db->connection(), routers, user, watcher); },
        [this](const TaskResult<LiveTarget> &result) {
            if (m_closed)
                return;
            if (!result.succeeded()) {
                fail(tr("Cannot look up %1 in the cache: %2").arg(m_user, result.error));
                return;
            }
            onTargetResolved(*result.value);
        });
}

LiveTrafficWindow::~LiveTrafficWindow()
{
    if (m_session)
        m_session->stop();
}

void LiveTrafficWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    const int unit = fontMetrics().averageCharWidth();
    layout->setContentsMargins(2 * unit, 2 * unit, 2 * unit, 2 * unit);
    layout->setSpacing(unit);

    // Who and where, with the session's state and the saturation mark.
    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    m_title = new QLabel(m_user, this);
    m_title->setObjectName(u"liveTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = caption(QString(), this);
    m_subtitle->setObjectName(u"liveSubtitle"_s);
    m_subtitle->setWordWrap(true);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    m_saturatedBadge = new Badge(tr("Saturated"), Tone::Critical, this);
    m_saturatedBadge->setObjectName(u"liveSaturatedBadge"_s);
    m_saturatedBadge->setToolTip(tr("At or above %1 % of the plan for at least %2 s: the line is full, not broken.")
                                     .arg(m_series.saturationPct(), 0, 'f', 0)
                                     .arg(m_series.saturationSeconds()));
    m_saturatedBadge->hide();
    m_stateBadge = new Badge(tr("Starting"), Tone::Muted, this);
    m_stateBadge->setObjectName(u"liveStateBadge"_s);
    header->addWidget(m_saturatedBadge, 0, Qt::AlignTop);
    header->addWidget(m_stateBadge, 0, Qt::AlignTop);
    layout->addLayout(header);

    // The current values, big, once there are any.
    m_values = new QWidget(this);
    m_values->setObjectName(u"liveValues"_s);
    auto *values = new QGridLayout(m_values);
    values->setContentsMargins(0, 0, 0, 0);
    values->setHorizontalSpacing(6 * unit);
    values->setVerticalSpacing(0);
    m_downValue = bigValue(downloadColor, this);
    m_downValue->setObjectName(u"liveDownload"_s);
    m_upValue = bigValue(uploadColor, this);
    m_upValue->setObjectName(u"liveUpload"_s);
    m_percentValue = bigValue(palette().color(QPalette::WindowText), this);
    m_percentValue->setObjectName(u"livePercent"_s);
    m_percentCaption = caption(tr("Share of the plan (busier direction)"), this);
    values->addWidget(caption(tr("↓ Download"), this), 0, 0);
    values->addWidget(caption(tr("↑ Upload"), this), 0, 1);
    values->addWidget(m_percentCaption, 0, 2);
    values->addWidget(m_downValue, 1, 0);
    values->addWidget(m_upValue, 1, 1);
    values->addWidget(m_percentValue, 1, 2);
    values->setColumnStretch(3, 1);
    m_values->hide();
    layout->addWidget(m_values);

    // Errors and notices, inline: never a dialog over a running chart.
    m_message = new QLabel(this);
    m_message->setObjectName(u"liveMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setContentsMargins(unit, unit / 2, unit, unit / 2);
    m_message->hide();
    layout->addWidget(m_message);

    // The spinner until the first sample, then the chart.
    m_stack = new QStackedWidget(this);
    auto *waiting = new QWidget(m_stack);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch(1);
    m_spinner = new LiveTrafficUi::Spinner(waiting);
    waitingLayout->addWidget(m_spinner, 0, Qt::AlignHCenter);
    m_waitingText = caption(QString(), waiting);
    m_waitingText->setObjectName(u"liveWaitingText"_s);
    m_waitingText->setAlignment(Qt::AlignCenter);
    m_waitingText->setWordWrap(true);
    waitingLayout->addWidget(m_waitingText);
    waitingLayout->addStretch(1);
    m_stack->addWidget(waiting);
    buildChart();
    m_stack->addWidget(m_chartView);
    layout->addWidget(m_stack, 1);
}

void LiveTrafficWindow::buildChart()
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(u"HH:mm:ss"_s);
    m_timeAxis->setTickCount(7);
    m_timeAxis->setTitleText(tr("Local time"));
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_valueAxis->setTitleText(tr("Mbit/s"));
    m_valueAxis->setRange(0.0, 10.0);
    m_valueAxis->setTickCount(6);
    m_valueAxis->setMinorTickCount(1);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    // The shaded stretches first, so the lines draw over them.
    m_saturatedUpper = new QLineSeries(m_chart);
    m_saturatedArea = new QAreaSeries(m_saturatedUpper);
    m_saturatedArea->setName(
        tr("Saturated (≥ %1 % for %2 s)").arg(m_series.saturationPct(), 0, 'f', 0).arg(m_series.saturationSeconds()));
    QColor fill = saturatedColor;
    fill.setAlpha(40);
    m_saturatedArea->setBrush(fill);
    QColor edge = saturatedColor;
    edge.setAlpha(110);
    m_saturatedArea->setPen(QPen(edge, 1.0));

    const auto line = [this](const QString &name, const QColor &color, Qt::PenStyle style, qreal width) {
        auto *series = new QLineSeries(m_chart);
        series->setName(name);
        QPen pen(color, width, style);
        pen.setCapStyle(Qt::FlatCap);
        series->setPen(pen);
        return series;
    };
    m_planDownSeries = line(tr("Plan download"), downloadColor, Qt::DashLine, 1.5);
    m_planUpSeries = line(tr("Plan upload"), uploadColor, Qt::DashLine, 1.5);
    m_downSeries = line(tr("Download"), downloadColor, Qt::SolidLine, 2.5);
    m_upSeries = line(tr("Upload"), uploadColor, Qt::SolidLine, 2.5);

    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_saturatedArea, m_planDownSeries,
                                                                            m_planUpSeries, m_downSeries, m_upSeries}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    // Marks for things that are not there stay out of the legend (until the plan is known).
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_planDownSeries, m_planUpSeries, m_saturatedArea}) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }

    m_chartView = new QChartView(m_chart, m_stack);
    m_chartView->setObjectName(u"liveChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 14);
}

void LiveTrafficWindow::onTargetResolved(const LiveTarget &target)
{
    m_target = target;
    if (!target.ok()) {
        // Core's sentence serves the CLI too; the console adds where routers are added.
        fail(target.error == LiveTarget::Error::RouterNotConfigured
                 ? tr("%1 (Tools > Settings > Routers)").arg(target.errorMessage)
                 : target.errorMessage);
        return;
    }
    setWindowTitle(tr("Live traffic — %1 on %2").arg(target.pppoeUser, target.routerName));
    m_title->setText(tr("%1 on %2").arg(target.pppoeUser, target.routerName));
    m_series.setPlan(target.planDownKbps, target.planUpKbps);

    QStringList notes;
    if (target.planKnown()) {
        notes << tr("Plan %1: ↓ %2 / ↑ %3 Mbit/s")
                     .arg(target.planName.isEmpty() ? tr("(no name)") : target.planName, planMbps(target.planDownKbps),
                          planMbps(target.planUpKbps));
    } else if (target.linkedInCrm) {
        notes << tr("Plan speeds unknown (the CRM names no plan with speeds)");
    } else {
        notes << tr("Not linked in the CRM: found in the router's PPP secrets; plan speeds unknown");
    }
    if (target.secretDisabled)
        notes << tr("the secret is disabled on the router");
    if (target.linkedInCrm && target.crmNodeId != 0 && target.crmNodeId != target.router.nodeId)
        notes << tr("the CRM names another router (node %1)").arg(target.crmNodeId);
    notes << tr("%1:%2").arg(target.router.host).arg(target.router.port);
    m_subtitle->setText(notes.join(u" · "_s));
    // Plan lines and the saturated shading mean something only with a plan (set once, before the chart shows:
    // markers toggled on a visible legend are not laid out again).
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_planDownSeries, m_planUpSeries, m_saturatedArea}) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(target.planKnown());
    }

    if (!m_store) {
        fail(tr("No credential store: the password of %1 cannot be read.").arg(target.routerName));
        return;
    }
    setPhase(Phase::ReadingPassword);
    setWaitingText(tr("Reading the password of %1 from the keychain…").arg(target.routerName));
    m_store->read(SecretKeys::routerPassword(target.router.nodeId), this, [this](const CredentialResult &result) {
        if (m_closed)
            return;
        if (result.ok()) {
            onPasswordRead(result.value);
        } else if (result.error.kind == CredentialError::Kind::NotFound) {
            fail(tr("The keychain has no password for %1 (key %2): set it in the profile's sources.")
                     .arg(m_target.routerName, SecretKeys::routerPassword(m_target.router.nodeId)));
        } else {
            fail(tr("Cannot read the password of %1: %2").arg(m_target.routerName, result.error.message));
        }
    });
}

void LiveTrafficWindow::onPasswordRead(const QString &password)
{
    startSession(password);
}

void LiveTrafficWindow::startSession(const QString &password)
{
    m_session = new LiveTrafficSession(m_target, password, this);
    connect(m_session, &LiveTrafficSession::sampleArrived, this, &LiveTrafficWindow::onSample);
    connect(m_session, &LiveTrafficSession::stateChanged, this, &LiveTrafficWindow::onSessionState);
    setPhase(Phase::WaitingForFirstSample);
    setWaitingText(tr("Waiting for the first sample from %1…").arg(m_target.routerName));
    m_session->start();
}

void LiveTrafficWindow::onSample(const TrafficPoint &point)
{
    m_series.add(point);
    if (m_phase != Phase::Charting) {
        setPhase(Phase::Charting);
        m_stack->setCurrentWidget(m_chartView);
        m_spinner->setSpinning(false);
        m_values->show();
    }
    updateChart();
    updateValues();
}

void LiveTrafficWindow::onSessionState(LiveTrafficSession::State state, const QString &text)
{
    switch (state) {
    case LiveTrafficSession::State::Idle:
    case LiveTrafficSession::State::Connecting:
        m_stateBadge->setText(tr("Connecting"));
        m_stateBadge->setTone(Tone::Info);
        break;
    case LiveTrafficSession::State::Running:
        m_stateBadge->setText(tr("Live"));
        m_stateBadge->setTone(Tone::Ok);
        hideMessage();
        break;
    case LiveTrafficSession::State::Waiting:
        m_stateBadge->setText(tr("Retrying"));
        m_stateBadge->setTone(Tone::Warning);
        showMessage(tr("%1 — trying again every second.").arg(text), false);
        if (m_phase == Phase::WaitingForFirstSample)
            setWaitingText(tr("Waiting for the first sample from %1…").arg(m_target.routerName));
        break;
    case LiveTrafficSession::State::Failed:
        fail(text);
        break;
    case LiveTrafficSession::State::Stopped:
        m_stateBadge->setText(tr("Stopped"));
        m_stateBadge->setTone(Tone::Muted);
        break;
    }
    m_stateBadge->setToolTip(text);
}

void LiveTrafficWindow::fail(const QString &message)
{
    qCInfo(lcUi) << "live traffic of" << m_user << ":" << message;
    setPhase(Phase::Failed);
    m_stateBadge->setText(tr("Failed"));
    m_stateBadge->setTone(Tone::Critical);
    m_stateBadge->setToolTip(message);
    showMessage(message, true);
    if (m_stack->currentWidget() != m_chartView) {
        m_spinner->setSpinning(false);
        m_waitingText->setText(tr("No live traffic."));
    }
}

void LiveTrafficWindow::setPhase(Phase phase)
{
    m_phase = phase;
}

void LiveTrafficWindow::setWaitingText(const QString &text)
{
    m_waitingText->setText(text);
}

void LiveTrafficWindow::showMessage(const QString &text, bool critical)
{
    const Tone tone = critical ? Tone::Critical : Tone::Warning;
    QPalette p = m_message->palette();
    p.setColor(QPalette::Window, toneBackground(tone, palette()));
    p.setColor(QPalette::WindowText, toneColor(tone, palette()));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

void LiveTrafficWindow::hideMessage()
{
    m_message->clear();
    m_message->hide();
}

bool LiveTrafficWindow::isShowingChart() const
{
    return m_stack->currentWidget() == m_chartView;
}

bool LiveTrafficWindow::isSpinning() const
{
    return m_stack->currentWidget() != m_chartView && m_spinner->isSpinning();
}

bool LiveTrafficWindow::isSaturatedShown() const
{
    return !m_saturatedBadge->isHidden();
}

QString LiveTrafficWindow::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LiveTrafficWindow::updateChart()
{
    const QList<TrafficPoint> &points = m_series.points();
    if (points.isEmpty())
        return;
    QList<QPointF> down;
    QList<QPointF> up;
    down.reserve(points.size());
    up.reserve(points.size());
    for (const TrafficPoint &point : points) {
        down.append(QPointF(qreal(point.atMs), point.downMbps));
        up.append(QPointF(qreal(point.atMs), point.upMbps));
    }
    m_downSeries->replace(down);
    m_upSeries->replace(up);

    // The time axis starts with the first sample and grows to a minute, then to the window, then scrolls.
    const qint64 last = points.constLast().atMs;
    const qint64 first = points.constFirst().atMs;
    const qint64 from = first;
    const qint64 to = std::max(last, from + 60'000);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));

    const double planDown = double(m_series.planDownKbps()) / 1000.0;
    const double planUp = double(m_series.planUpKbps()) / 1000.0;
    const AxisScale scale = axisScale(std::max({m_series.peakMbps(), planDown, planUp}));
    const double top = scale.top;
    m_valueAxis->setRange(0.0, top);
    m_valueAxis->setTickCount(scale.ticks);
    m_valueAxis->setLabelFormat(top < 5.0 ? u"%.1f"_s : u"%.0f"_s);

    if (planDown > 0.0)
        m_planDownSeries->replace(QList<QPointF>{QPointF(qreal(from), planDown), QPointF(qreal(to), planDown)});
    if (planUp > 0.0)
        m_planUpSeries->replace(QList<QPointF>{QPointF(qreal(from), planUp), QPointF(qreal(to), planUp)});

    // The saturated stretches, as a step function up to the top of the axis.
    const QList<TrafficSeries::Span> spans = m_series.saturatedSpans();
    QList<QPointF> shade;
    for (const TrafficSeries::Span &span : spans) {
        shade << QPointF(qreal(span.fromMs), 0.0) << QPointF(qreal(span.fromMs), top) << QPointF(qreal(span.toMs), top)
              << QPointF(qreal(span.toMs), 0.0);
    }
    m_saturatedUpper->replace(shade);
}

void LiveTrafficWindow::updateValues()
{
    const std::optional<TrafficPoint> latest = m_series.latest();
    if (!latest)
        return;
    m_downValue->setText(mbps(latest->downMbps));
    m_upValue->setText(mbps(latest->upMbps));
    const std::optional<double> percent = m_series.percentOfPlan(*latest);
    QPalette p = m_percentValue->palette();
    if (percent) {
        m_percentValue->setText(u"%1 %"_s.arg(*percent, 0, 'f', 0));
        const Tone tone = m_series.isSaturated() ? Tone::Critical
            : m_series.isAtLimit(*latest)        ? Tone::Warning
                                                 : Tone::Neutral;
        p.setColor(QPalette::WindowText, toneColor(tone, palette()));
    } else {
        m_percentValue->setText(tr("unknown"));
        p.setColor(QPalette::WindowText, toneColor(Tone::Muted, palette()));
    }
    m_percentValue->setPalette(p);

    const bool saturated = m_series.isSaturated();
    m_saturatedBadge->setVisible(saturated);
    if (saturated)
        m_saturatedBadge->setText(tr("Saturated for %1 s").arg(m_series.atLimitForMs() / 1000));
}

void LiveTrafficWindow::closeEvent(QCloseEvent *event)
{
    m_closed = true;
    if (m_session)
        m_session->stop(); // /cancel and close now: nothing stays on the router
    if (m_runner)
        m_runner->cancelAll();
    setPhase(Phase::Closed);
    QWidget::closeEvent(event);
}

void LiveTrafficWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Beholder
