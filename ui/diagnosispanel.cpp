// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis panel: the customer card with the verdict, findings, neighbours and timeline on top.
#include "diagnosispanel.h"

#include "badge.h"
#include "customerpanel.h"
#include "detailsection.h"
#include "displayformat.h"
#include "icons.h"
#include "instabilitystrip.h"
#include "triage/thresholds.h"
#include "util/timeformat.h"
#include "verdictbanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// Ages of live values are said to the second while they are fresh: refresh them often.
constexpr int ageRefreshMilliseconds = 5000;

Tone verdictTone(Triage::Verdict verdict)
{
    switch (verdict) {
    case Triage::Verdict::MassOutage:
    case Triage::Verdict::Dispatch:
        return Tone::Critical;
    case Triage::Verdict::CustomerSide:
        return Tone::Warning;
    case Triage::Verdict::Administrative:
    case Triage::Verdict::Remote:
        return Tone::Info;
    case Triage::Verdict::Ok:
        return Tone::Ok;
    }
    return Tone::Neutral;
}

QString severityWord(Triage::Severity severity)
{
    switch (severity) {
    case Triage::Severity::Critical:
        return DiagnosisPanel::tr("Critical");
    case Triage::Severity::Warning:
        return DiagnosisPanel::tr("Warning");
    case Triage::Severity::Info:
        return DiagnosisPanel::tr("Info");
    }
    return {};
}

QIcon severityIcon(Triage::Severity severity)
{
    switch (severity) {
    case Triage::Severity::Critical:
        return Icons::severityCritical();
    case Triage::Severity::Warning:
        return Icons::warning();
    case Triage::Severity::Info:
        return Icons::severityInfo();
    }
    return {};
}

bool sameUser(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

DiagnosisPanel::DiagnosisPanel(QWidget *parent)
    : QWidget(parent)
    , m_card(new CustomerPanel(this))
    , m_banner(new VerdictBanner)
    , m_view(new QWidget)
    , m_actionsRow(new QWidget(m_view))
    , m_sectionsLayout(new QVBoxLayout)
    , m_liveTraffic(new QAction(tr("&Live Traffic"), this))
    , m_copySummary(new QAction(tr("&Copy Summary"), this))
    , m_recheck(new QAction(tr("&Re-check"), this))
{
    setObjectName(u"diagnosisPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_card);
    m_card->setBanner(m_banner);

    const int unit = fontMetrics().averageCharWidth();
    m_view->setObjectName(u"diagnosisView"_s);
    auto *viewLayout = new QVBoxLayout(m_view);
    viewLayout->setContentsMargins(0, unit / 2, 0, 0);
    viewLayout->setSpacing(unit);

    m_liveTraffic->setObjectName(u"liveTrafficAction"_s);
    m_liveTraffic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_liveTraffic->setStatusTip(tr("Watch this PPPoE user's traffic second by second, from the router"));
    m_copySummary->setObjectName(u"copySummaryAction"_s);
    m_copySummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copySummary->setStatusTip(tr("Put the verdict, findings and key facts on the clipboard, for a ticket"));
    m_recheck->setObjectName(u"recheckAction"_s);
    m_recheck->setShortcut(QKeySequence(Qt::Key_F5));
    m_recheck->setStatusTip(tr("Ask the live sources again"));
    for (QAction *action : {m_liveTraffic, m_copySummary, m_recheck}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(
            u"%1 (%2)"_s.arg(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_liveTraffic, &QAction::triggered, this, [this] {
        if (!m_user.isEmpty())
            emit liveTrafficRequested(m_user);
    });
    connect(m_copySummary, &QAction::triggered, this, &DiagnosisPanel::copySummary);
    connect(m_recheck, &QAction::triggered, this, [this] {
        if (!m_user.isEmpty())
            emit recheckRequested(m_user);
    });

    auto *actions = new QHBoxLayout(m_actionsRow);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(unit);
    for (QAction *action : {m_liveTraffic, m_copySummary, m_recheck}) {
        auto *button = new QToolButton(m_actionsRow);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setFocusPolicy(Qt::StrongFocus);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    viewLayout->addWidget(m_actionsRow);

    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addLayout(m_sectionsLayout);
    m_card->setDiagnosisView(m_view);

    connect(m_banner, &VerdictBanner::activated, this, [this] {
        if (m_findings)
            m_card->ensureVisible(m_findings);
    });
    m_ageTimer.setInterval(ageRefreshMilliseconds);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] { refreshAges(TimeFormat::nowUtc()); });

    clearDiagnosis();
}

DiagnosisPanel::~DiagnosisPanel() = default;

void DiagnosisPanel::setThresholds(const Triage::Thresholds &thresholds)
{
    ToneLevels levels;
    levels.opticalOverloadDbm = thresholds.value(u"rx_overload_dbm"_s);
    levels.opticalWarningDbm = thresholds.value(u"rx_warning_dbm"_s);
    levels.opticalCriticalDbm = thresholds.value(u"rx_critical_dbm"_s);
    levels.rssiWarningDbm = thresholds.value(u"rssi_warning_dbm"_s);
    levels.rssiCriticalDbm = thresholds.value(u"rssi_critical_dbm"_s);
    levels.snrWarningDb = thresholds.value(u"snr_warning_db"_s);
    levels.snrCriticalDb = thresholds.value(u"snr_critical_db"_s);
    levels.flapStarts1h = thresholds.value(u"flap_starts_1h"_s);
    levels.saturationPct = thresholds.value(u"saturation_pct"_s);
    m_levels = levels;
    m_thresholds = thresholds;
    m_card->setToneLevels(levels);
}

void DiagnosisPanel::showStarted(const QString &pppoeUser)
{
    const UnixTime now = TimeFormat::nowUtc();
    if (m_report && sameUser(m_report->pppoeUser, pppoeUser)) {
        // A re-check: the verdict stays on screen until the new one comes.
        m_user = pppoeUser;
        Diagnosis::DiagnosisReport again = *m_report;
        again.final = false;
        for (Diagnosis::SourceReport &source : again.sources) {
            if (source.state != Diagnosis::SourceState::NotConfigured)
                source.state = Diagnosis::SourceState::Pending;
        }
        m_banner->showReport(again);
        updateActions();
        return;
    }
    m_user = pppoeUser;
    m_report.reset();
    m_banner->showStarting(pppoeUser);
    m_card->setLiveReport(std::nullopt, now);
    rebuild(now);
    updateActions();
    m_ageTimer.start();
}

void DiagnosisPanel::showReport(const Diagnosis::DiagnosisReport &report, UnixTime now)
{
    if (!m_user.isEmpty() && !sameUser(report.pppoeUser, m_user))
        return; // a report about someone the operator has left
    m_user = report.pppoeUser;
    m_report = report;
    m_card->setLiveReport(report, now);
    const std::optional<SubscriberDetails> &shown = m_card->shownDetails();
    const bool cardShowsUser = shown && sameUser(shown->pppoeUser, report.pppoeUser);
    if (!cardShowsUser && !m_card->isLoading()) {
        SubscriberDetails details = report.cached;
        if (details.pppoeUser.isEmpty())
            details.pppoeUser = report.pppoeUser;
        if (details.hit.pppoeUser.isEmpty())
            details.hit.pppoeUser = report.pppoeUser;
        m_card->showDetails(details, now);
    }
    m_banner->showReport(report);
    rebuild(now);
    updateActions();
    m_ageTimer.start();
    emit reportShown(report);
}

void DiagnosisPanel::clearDiagnosis()
{
    m_user.clear();
    m_report.reset();
    m_banner->clear();
    m_card->setLiveReport(std::nullopt, TimeFormat::nowUtc());
    rebuild(TimeFormat::nowUtc());
    updateActions();
    m_ageTimer.stop();
}

void DiagnosisPanel::rebuild(UnixTime now)
{
    delete m_sectionsHost;
    m_sectionsHost = nullptr;
    m_findings = nullptr;
    m_outage = nullptr;
    m_timeline = nullptr;
    if (!m_report)
        return;
    m_sectionsHost = new QWidget(m_view);
    m_sectionsHost->setObjectName(u"diagnosisSections"_s);
    auto *layout = new QVBoxLayout(m_sectionsHost);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth());
    m_sectionsLayout->addWidget(m_sectionsHost);
    addFindings(*m_report);
    addOutage(*m_report, now);
    addTimeline(*m_report, now);
    refreshAges(now);
}

void DiagnosisPanel::addFindings(const Diagnosis::DiagnosisReport &report)
{
    auto *s = new DetailSection(tr("Findings"), m_sectionsHost);
    s->setObjectName(u"findingsSection"_s);
    m_sectionsHost->layout()->addWidget(s);
    m_findings = s;

    // Which sources are still out, which failed: in one line, so nothing is mistaken for an empty field.
    QStringList out;
    QStringList failed;
    for (const Diagnosis::SourceReport &source : report.sources) {
        const QString name = source.label.isEmpty() ? source.id : source.label;
        if (source.state == Diagnosis::SourceState::Pending)
            out << name;
        else if (source.state == Diagnosis::SourceState::Down)
            failed << (source.detail.isEmpty() ? tr("%1 failed").arg(name)
                                               : tr("%1 failed: %2").arg(name, source.detail));
    }
    if (!out.isEmpty())
        s->setChecking(tr("checking %1…").arg(out.join(u", "_s)));
    if (!failed.isEmpty())
        s->addNote(tr("Not every source answered, so the verdict rests on fewer facts. %1.").arg(failed.join(u"; "_s)),
                   Tone::Critical);
    if (report.offline)
        s->addNote(tr("Offline: no live source was asked. These findings rest on the cache, as of the last sync."),
                   Tone::Warning);

    if (report.assessment.findings.isEmpty()) {
        if (!report.error.isEmpty())
            s->addText(report.error, Tone::Critical);
        else if (!report.final)
            s->addText(tr("Nothing found so far."));
        else
            s->addText(tr("Nothing wrong found in what the sources said."), Tone::Ok);
        return;
    }

    const int unit = fontMetrics().averageCharWidth();
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Triage::Finding &finding : report.assessment.findings) {
        auto *row = new QWidget;
        row->setObjectName(u"finding"_s);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, unit / 4, 0, unit / 4);
        layout->setSpacing(unit);
        auto *icon = new QLabel(row);
        icon->setPixmap(severityIcon(finding.severity).pixmap(QSize(side, side), devicePixelRatioF()));
        icon->setToolTip(severityWord(finding.severity));
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(unit / 4);
        auto *titleRow = new QHBoxLayout;
        titleRow->setSpacing(unit);
        auto *title = new QLabel(finding.title.isEmpty() ? finding.ruleId : finding.title, row);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        titleRow->addWidget(title, 1);
        if (finding.verdict != Triage::Verdict::Ok) {
            auto *chip = new Badge(Triage::verdictLabel(finding.verdict), verdictTone(finding.verdict), row);
            chip->setToolTip(tr("What this finding alone calls for"));
            titleRow->addWidget(chip, 0, Qt::AlignTop);
        }
        texts->addLayout(titleRow);
        if (!finding.reason.isEmpty() && finding.reason != finding.title) {
            auto *reason = new QLabel(finding.reason, row);
            reason->setTextFormat(Qt::PlainText);
            reason->setWordWrap(true);
            reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
            texts->addWidget(reason);
        }
        layout->addLayout(texts, 1);
        row->setAccessibleName(u"%1: %2"_s.arg(severityWord(finding.severity), title->text()));
        row->setAccessibleDescription(finding.reason);
        row->setToolTip(tr("Rule %1").arg(finding.ruleId));
        s->addWide(row);
    }
}

void DiagnosisPanel::addOutage(const Diagnosis::DiagnosisReport &report, UnixTime now)
{
    if (report.outage.isEmpty())
        return;
    auto *s = new DetailSection(tr("Outage check"), m_sectionsHost);
    s->setObjectName(u"outageSection"_s);
    m_sectionsHost->layout()->addWidget(s);
    m_outage = s;
    const QLocale locale;
    for (const Diagnosis::NeighbourhoodScope &scope : report.outage) {
        const QString since = scope.since ? DisplayFormat::clockTime(*scope.since, now) : QString();
        const int down = qMax(scope.down, scope.clustered);
        // Red when the neighbours meet the mass-outage rule (enough of them, a large enough share), plain
        // when a few are down (every port has some), green when all are up.
        const QString prefix = scope.scope == u"pon" ? u"pon_outage_"_s
            : scope.scope == u"ap"                   ? u"ap_outage_"_s
                                                     : u"router_outage_"_s;
        const QString minimumId = prefix
            + (scope.scope == u"pon"      ? u"min_onus"_s
                   : scope.scope == u"ap" ? u"min_sms"_s
                                          : u"min_sessions"_s);
        const double share = scope.total > 0 ? double(scope.clustered) / double(scope.total) : 0.0;
        const bool outage
            = scope.clustered >= m_thresholds.value(minimumId) && share >= m_thresholds.value(prefix + u"ratio"_s);
        Tone tone = down == 0 ? Tone::Ok : (outage ? Tone::Critical : Tone::Neutral);
        QString key;
        QString text;
        if (scope.scope == u"pon") {
            key = tr("PON port");
            if (down == 0) {
                text = tr("All %1 ONUs on %2 are up").arg(locale.toString(scope.total), scope.label);
            } else {
                text = since.isEmpty()
                    ? tr("%1 of %2 ONUs on %3 down")
                          .arg(locale.toString(down), locale.toString(scope.total), scope.label)
                    : tr("%1 of %2 ONUs on %3 down since %4")
                          .arg(locale.toString(down), locale.toString(scope.total), scope.label, since);
                QStringList causes;
                if (scope.los > 0)
                    causes << tr("%1 by LOS").arg(locale.toString(scope.los));
                if (scope.powerFail > 0)
                    causes << tr("%1 by power failure").arg(locale.toString(scope.powerFail));
                if (!causes.isEmpty())
                    text += u" ("_s + causes.join(u", "_s) + u')';
            }
        } else if (scope.scope == u"ap") {
            key = tr("Access point");
            if (scope.selfDown) {
                tone = Tone::Critical;
                text = since.isEmpty() ? tr("The access point %1 itself is down").arg(scope.label)
                                       : tr("The access point %1 itself is down since %2").arg(scope.label, since);
            } else if (down == 0) {
                text = tr("All %1 antennas on %2 are up").arg(locale.toString(scope.total), scope.label);
            } else {
                text = since.isEmpty()
                    ? tr("%1 of %2 antennas on %3 down")
                          .arg(locale.toString(down), locale.toString(scope.total), scope.label)
                    : tr("%1 of %2 antennas on %3 down since %4")
                          .arg(locale.toString(down), locale.toString(scope.total), scope.label, since);
            }
        } else {
            key = tr("Router");
            if (scope.selfDown) {
                tone = Tone::Critical;
                text = tr("%1 does not answer").arg(scope.label);
            } else if (scope.clustered < 2) {
                // One logout is a customer's own, not a wave.
                text = tr("No wave of dropped sessions on %1 (%2 sessions)")
                           .arg(scope.label, locale.toString(scope.total));
            } else {
                text = since.isEmpty()
                    ? tr("%1 of %2 sessions on %3 dropped together")
                          .arg(locale.toString(scope.clustered), locale.toString(scope.total), scope.label)
                    : tr("%1 of %2 sessions on %3 dropped together since %4")
                          .arg(locale.toString(scope.clustered), locale.toString(scope.total), scope.label, since);
            }
        }
        const Triage::Fact *fact = report.facts.fact(u"outage.%1.total"_s.arg(scope.scope));
        const QString source = fact ? sourceName(fact->source) : QString();
        const UnixTime at = scope.at > 0 ? scope.at : (fact ? fact->at : 0);
        if (source.isEmpty() && at <= 0)
            s->addRow(key, text, tone);
        else
            s->addSourcedRow(key, text, source, at > 0 ? at : now, tone);
    }
}

void DiagnosisPanel::addTimeline(const Diagnosis::DiagnosisReport &report, UnixTime now)
{
    if (report.timeline.isEmpty() && !report.session)
        return;
    auto *s = new DetailSection(tr("Last 24 hours"), m_sectionsHost);
    s->setObjectName(u"timelineSection"_s);
    m_sectionsHost->layout()->addWidget(s);
    const QString technology = report.facts.value(u"service.technology"_s).toString();
    bool showOnu = technology != u"wireless";
    if (technology.isEmpty()) {
        showOnu = report.cached.onu.has_value() || report.liveOnu.has_value();
        for (const Diagnosis::TimelineEvent &event : report.timeline) {
            if (event.kind != Diagnosis::TimelineEvent::Kind::SessionStart
                && event.kind != Diagnosis::TimelineEvent::Kind::SessionEnd)
                showOnu = true;
        }
    }
    m_timeline = new InstabilityStrip;
    InstabilityStrip::Now state;
    state.session = report.session;
    if (report.liveOnu)
        state.onuDown = report.liveOnu->status != OnuStatus::Online;
    else if (report.cached.onu)
        state.onuDown = report.cached.onu->value.status != OnuStatus::Online;
    m_timeline->setEvents(report.timeline, now, showOnu, m_levels, state);
    s->addWide(m_timeline);
    s->addText(m_timeline->summary());
}

QString DiagnosisPanel::sourceName(const QString &sourceId) const
{
    if (sourceId.isEmpty())
        return {};
    if (m_report) {
        for (const Diagnosis::SourceReport &source : m_report->sources) {
            if (source.id == sourceId && !source.label.isEmpty())
                return source.label;
        }
    }
    if (sourceId == u"cache")
        return tr("cache");
    if (sourceId == u"derived")
        return tr("computed");
    if (sourceId == u"router")
        return tr("router");
    if (sourceId == u"snmp")
        return tr("OLT over SNMP"); // the ONU as the OLT itself said it at its last poll
    return DisplayFormat::sourceName(sourceId);
}

void DiagnosisPanel::updateActions()
{
    const bool active = !m_user.isEmpty();
    m_actionsRow->setVisible(active);
    m_recheck->setEnabled(active);
    m_copySummary->setEnabled(m_report.has_value());
    const bool routerHoldsSecret
        = m_report && (!m_report->cached.secrets.isEmpty() || m_report->facts.value(u"secret.known"_s).toBool());
    const bool offline = m_report && m_report->offline;
    m_liveTraffic->setEnabled(m_liveTrafficAllowed && active && routerHoldsSecret && !offline);
    QString why;
    if (!m_liveTrafficAllowed)
        why = m_liveTrafficRefusal;
    else if (offline)
        why = tr("Offline: the router cannot be asked");
    else if (m_report && !routerHoldsSecret)
        why = tr("No router holds a PPP secret for this user");
    const QString shortcut = m_liveTraffic->shortcut().toString(QKeySequence::NativeText);
    m_liveTraffic->setToolTip(why.isEmpty() ? tr("Live traffic (%1)").arg(shortcut)
                                            : tr("Live traffic (%1): %2").arg(shortcut, why));
}

void DiagnosisPanel::setLiveTrafficAllowed(bool allowed, const QString &why)
{
    m_liveTrafficAllowed = allowed;
    m_liveTrafficRefusal = why;
    updateActions();
}

void DiagnosisPanel::copySummary()
{
    const QString text = summaryText(TimeFormat::nowUtc());
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit summaryCopied(text);
}

QString DiagnosisPanel::summaryText(UnixTime now) const
{
    return m_report ? Diagnosis::plainTextSummary(*m_report, now) : QString();
}

QStringList DiagnosisPanel::findingTexts() const
{
    QStringList texts;
    if (!m_report)
        return texts;
    for (const Triage::Finding &finding : m_report->assessment.findings) {
        texts << u"%1 · %2 · %3: %4"_s.arg(Triage::severityId(finding.severity), finding.title,
                                           Triage::verdictLabel(finding.verdict), finding.reason);
    }
    return texts;
}

QStringList DiagnosisPanel::outageTexts() const
{
    if (!m_outage)
        return {};
    QStringList lines = m_outage->plainText().split(u'\n');
    lines.removeFirst(); // the title
    return lines;
}

void DiagnosisPanel::refreshAges(UnixTime now)
{
    m_card->refreshAges(now);
    if (!m_sectionsHost)
        return;
    const QList<DetailSection *> own = m_sectionsHost->findChildren<DetailSection *>(Qt::FindDirectChildrenOnly);
    for (DetailSection *section : own)
        section->refreshAge(now);
}

} // namespace Beholder
