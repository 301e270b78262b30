// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis panel, offscreen, fed with hand-made reports: every verdict
// reads as its word and icon on a colour that keeps its text legible, the
// findings and the neighbours are shown, a failed source says why instead of
// leaving blanks, "checking…" turns into the final answer, Copy Summary puts
// the ticket text on the clipboard, and the thresholds dialog writes what the
// admin typed into settings.ini. With BEHOLDER_UI_SCREENSHOT_DIR set it also
// saves one picture per verdict (scripts/screenshot.sh, until the demo ISP
// plays every scenario live).
#include "customerpanel.h"
#include "detailsection.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosispanel.h"
#include "instabilitystrip.h"
#include "testsupport.h"
#include "thresholdsdialog.h"
#include "triage/thresholds.h"
#include "verdictbanner.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <QVBoxLayout>

#include <cmath>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

using Diagnosis::DiagnosisReport;
using Diagnosis::SourceReport;
using Diagnosis::SourceState;
using Triage::Severity;
using Triage::Verdict;

constexpr UnixTime now = Test::fixtureNow;
constexpr UnixTime synced = now - 7 * 3600;

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

Triage::Finding finding(const QString &rule, Verdict verdict, Severity severity, const QString &title,
                        const QString &reason)
{
    Triage::Finding f;
    f.ruleId = rule;
    f.verdict = verdict;
    f.severity = severity;
    f.title = title;
    f.reason = reason;
    return f;
}

// María Pérez on fibre behind VMA-CCR-01 and OLT-CENTRO 0/1/3, everything up: each test bends it.
DiagnosisReport healthyFibre()
{
    DiagnosisReport r;
    r.pppoeUser = u"mperez"_s;
    r.startedAt = now - 2;
    r.final = true;
    r.elapsedMs = 1840;

    SubscriberDetails &d = r.cached;
    d.pppoeUser = u"mperez"_s;
    d.hit.kind = SearchDocKind::Connection;
    d.hit.pppoeUser = u"mperez"_s;
    d.hit.name = u"María Pérez"_s;
    Customer c;
    c.id = 1;
    c.code = u"003365"_s;
    c.name = u"María Pérez"_s;
    c.docNumber = u"27345678"_s;
    c.phones = {u"353 415-2233"_s};
    c.address = u"San Martín 1234"_s;
    c.town = u"Villa María"_s;
    c.statusRaw = u"enabled"_s;
    d.customer = Fetched<Customer>{c, synced};
    Connection conn;
    conn.id = 11;
    conn.customerId = 1;
    conn.pppoeUser = u"mperez"_s;
    conn.nodeId = 1;
    conn.planId = 10;
    conn.ip = u"100.66.1.5"_s;
    conn.mac = u"001122334455"_s;
    d.connection = Fetched<Connection>{conn, synced};
    d.plan = Fetched<Plan>{Plan{10, u"Fibra 300 Mbps"_s, Technology::Fiber, 300'000, 150'000, 0}, synced};
    Node node;
    node.id = 1;
    node.name = u"VMA-CCR-01"_s;
    d.crmNode = Fetched<Node>{node, synced};
    PppSecret secret;
    secret.nodeId = 1;
    secret.name = u"mperez"_s;
    secret.profile = u"FTTH-300M"_s;
    d.secrets = {SecretOnRouter{secret, u"VMA-CCR-01"_s, synced}};
    Onu onu;
    onu.externalId = u"HWTC1A2B3C4D"_s;
    onu.serial = u"HWTC1A2B3C4D"_s;
    onu.oltId = 1;
    onu.board = 1;
    onu.port = 3;
    onu.onuIndex = 7;
    onu.model = u"HG8145V5"_s;
    onu.rxPowerDbm = -21.3;
    onu.oltRxPowerDbm = -23.1;
    onu.distanceM = 1850;
    d.onu = Fetched<Onu>{onu, synced};
    d.olt = Fetched<Olt>{Olt{1, u"OLT-CENTRO"_s, u"huawei"_s, u"MA5800-X7"_s, {}, 161}, synced};

    r.sources = {SourceReport{u"router"_s, u"VMA-CCR-01 (RouterOS)"_s, SourceState::Ok, {}, 420, now - 1},
                 SourceReport{u"smartolt"_s, u"SmartOLT"_s, SourceState::Ok, {}, 1310, now - 1},
                 SourceReport{u"cnmaestro"_s, u"cnMaestro"_s, SourceState::NotConfigured,
                              u"not this line's equipment"_s, -1, 0}};
    r.session = Diagnosis::LiveSession{true,           u"VMA-CCR-01"_s, u"100.66.1.5"_s, u"00:11:22:33:44:55"_s,
                                       3 * 3600 + 720, now - 1};
    r.liveOnu = onu;
    r.traffic = Diagnosis::TrafficSnapshot{42.5, 3.1, 300, 150, now - 1};
    r.outage = {
        Diagnosis::NeighbourhoodScope{u"pon"_s, u"OLT-CENTRO 0/1/3"_s, 40, 0, 0, 0, 0, std::nullopt, false, now - 1}};

    Triage::FactSheet &f = r.facts;
    f.set(u"subscriber.found"_s, true, u"cache"_s, synced);
    f.set(u"service.technology"_s, u"fiber"_s, u"cache"_s, synced);
    f.set(u"crm.status"_s, u"active"_s, u"cache"_s, synced);
    f.set(u"secret.known"_s, true, u"cache"_s, synced);
    f.set(u"secret.router"_s, u"VMA-CCR-01"_s, u"cache"_s, synced);
    f.set(u"session.up"_s, true, u"router"_s, now - 1);
    f.set(u"session.starts_1h"_s, 0, u"router"_s, now - 1);
    f.set(u"session.starts_24h"_s, 1, u"router"_s, now - 1);
    f.set(u"onu.status"_s, u"online"_s, u"smartolt"_s, now - 1);
    f.set(u"onu.rx_dbm"_s, -21.3, u"smartolt"_s, now - 1);
    f.set(u"traffic.load_pct"_s, 14.2, u"router"_s, now - 1);
    f.set(u"outage.pon.total"_s, 40, u"smartolt"_s, now - 1);
    f.set(u"outage.pon.down"_s, 0, u"smartolt"_s, now - 1);

    using Kind = Diagnosis::TimelineEvent::Kind;
    const UnixTime started = now - (3 * 3600 + 720);
    r.timeline = {Diagnosis::TimelineEvent{now - 20 * 3600, Kind::RxSample, {}, -21.0, u"smartolt"_s},
                  Diagnosis::TimelineEvent{now - 14 * 3600, Kind::RxSample, {}, -21.4, u"smartolt"_s},
                  Diagnosis::TimelineEvent{started - 40, Kind::SessionEnd, u"peer-request"_s, {}, u"router"_s},
                  Diagnosis::TimelineEvent{started, Kind::SessionStart, {}, {}, u"router"_s},
                  Diagnosis::TimelineEvent{now - 2 * 3600, Kind::RxSample, {}, -21.2, u"smartolt"_s},
                  Diagnosis::TimelineEvent{now - 1, Kind::RxSample, {}, -21.3, u"smartolt"_s}};

    r.assessment.headline = Verdict::Ok;
    r.assessment.headlineReason = u"The line is up: session for 3 h 12 min, ONU Rx -21.3 dBm."_s;
    return r;
}

// One report per verdict, as the rules would make it.
DiagnosisReport reportFor(Verdict verdict)
{
    DiagnosisReport r = healthyFibre();
    Onu &live = *r.liveOnu;
    using Kind = Diagnosis::TimelineEvent::Kind;
    switch (verdict) {
    case Verdict::MassOutage:
        live.status = OnuStatus::Los;
        live.lastDownCause = u"LOS"_s;
        live.lastStatusChange = now - 24 * 60;
        live.rxPowerDbm.reset();
        live.oltRxPowerDbm.reset();
        r.session->up = false;
        r.traffic.reset();
        r.outage = {Diagnosis::NeighbourhoodScope{u"pon"_s, u"OLT-CENTRO 0/1/3"_s, 40, 37, 37, 35, 2, now - 24 * 60,
                                                  false, now - 1}};
        r.facts.set(u"outage.pon.total"_s, 40, u"smartolt"_s, now - 1);
        r.timeline.append({now - 24 * 60, Kind::OnuDown, u"LOS"_s, {}, u"smartolt"_s});
        r.timeline.append({now - 24 * 60 + 5, Kind::SessionEnd, u"lost-carrier"_s, {}, u"router"_s});
        r.assessment.findings
            = {finding(u"outage.pon"_s, Verdict::MassOutage, Severity::Critical, u"PON port outage"_s,
                       u"37 of 40 ONUs on OLT-CENTRO 0/1/3 went down within 3 minutes (35 LOS, 2 power): a feeder "
                       "or splitter fault. Do not dispatch for this customer alone."_s),
               finding(u"fibre.los"_s, Verdict::Dispatch, Severity::Critical, u"ONU in LOS"_s,
                       u"The ONU lost the optical signal 24 min ago."_s)};
        r.assessment.headlineReason = r.assessment.findings.constFirst().reason;
        break;
    case Verdict::Dispatch:
        live.rxPowerDbm = -28.4;
        live.oltRxPowerDbm = -30.2;
        r.facts.set(u"onu.rx_dbm"_s, -28.4, u"smartolt"_s, now - 1);
        r.timeline.append({now - 1, Kind::RxSample, {}, -28.4, u"smartolt"_s});
        r.assessment.findings = {finding(u"fibre.rx_below_budget"_s, Verdict::Dispatch, Severity::Critical,
                                         u"Optical signal below budget"_s,
                                         u"ONU Rx -28.4 dBm is weaker than -27 dBm, and OLT Rx -30.2 dBm is weak "
                                         "too: the drop or the fibre path. Send a technician."_s)};
        r.assessment.headlineReason = r.assessment.findings.constFirst().reason;
        break;
    case Verdict::CustomerSide:
        live.status = OnuStatus::PowerFail;
        live.lastDownCause = u"dying-gasp"_s;
        live.lastStatusChange = now - 9 * 60;
        live.rxPowerDbm.reset();
        live.oltRxPowerDbm.reset();
        r.session->up = false;
        r.traffic.reset();
        r.timeline.append({now - 9 * 60, Kind::OnuDown, u"dying-gasp"_s, {}, u"smartolt"_s});
        r.timeline.append({now - 9 * 60 + 4, Kind::SessionEnd, u"lost-carrier"_s, {}, u"router"_s});
        r.assessment.findings
            = {finding(u"fibre.dying_gasp"_s, Verdict::CustomerSide, Severity::Warning, u"The ONU lost power"_s,
                       u"The ONU sent a dying gasp 9 min ago: ask the customer to check the "
                       "power strip and the breaker before anything."_s)};
        r.assessment.headlineReason = r.assessment.findings.constFirst().reason;
        break;
    case Verdict::Administrative:
        r.cached.customer->value.status = CustomerStatus::Suspended;
        r.cached.customer->value.statusRaw = u"blocked"_s;
        r.cached.customer->value.debtCents = 2'450'000;
        r.session->up = false;
        r.traffic.reset();
        r.assessment.findings
            = {finding(u"admin.suspended"_s, Verdict::Administrative, Severity::Critical, u"Account suspended"_s,
                       u"The CRM says blocked, with a debt of $ 24,500.00: the line is cut on "
                       "purpose. Billing, not a technician."_s)};
        r.assessment.headlineReason = r.assessment.findings.constFirst().reason;
        break;
    case Verdict::Remote:
        r.session->up = false;
        r.traffic.reset();
        r.facts.set(u"session.up"_s, false, u"router"_s, now - 1);
        r.assessment.findings = {finding(u"session.down_onu_online"_s, Verdict::Remote, Severity::Warning,
                                         u"ONU online, no PPPoE session"_s,
                                         u"The ONU is up with good signal but VMA-CCR-01 has no session of "
                                         "mperez: the customer's router, its credentials or the PPP profile."_s)};
        r.assessment.headlineReason = r.assessment.findings.constFirst().reason;
        break;
    case Verdict::Ok:
        r.assessment.findings = {finding(u"traffic.normal"_s, Verdict::Ok, Severity::Info, u"Line up and quiet"_s,
                                         u"Session up for 3 h 12 min; live traffic 14 % of the plan."_s)};
        break;
    }
    r.assessment.headline = verdict;
    return r;
}

QString sectionText(CustomerPanel *card, const QString &title)
{
    const DetailSection *section = card->section(title);
    return section ? section->plainText() : QString();
}

} // namespace

class TestDiagnosisPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannerShowsEachVerdict_data();
    void bannerShowsEachVerdict();
    void verdictColoursAreLegibleAndDistinct();
    void findingsAreListedWithSeverity();
    void failedSourceIsShownAsFailedWithItsReason();
    void pendingTurnsIntoFinal();
    void reportOfAnotherUserIsIgnored();
    void offlineReportSaysSo();
    void outageSaysHowManyNeighboursAreDown();
    void timelineCountsWhatHappened();
    void unknownUserGivesNoVerdict();
    void liveTrafficNeedsARouterThatHoldsTheSecret();
    void copySummaryPutsItOnTheClipboard();
    void keyboardReachesTheBannerAndTheActions();
    void recheckKeepsTheVerdictWhileItRuns();
    void thresholdsDialogRoundTripsThroughSettingsIni();
    void thresholdsDialogRefusesContradictions();
    void screenshotsOfEachVerdict();

private:
    std::unique_ptr<QWidget> m_window;
    DiagnosisPanel *m_panel = nullptr;
};

void TestDiagnosisPanel::initTestCase()
{
    Test::isolateFromUserData();
}

void TestDiagnosisPanel::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_panel = new DiagnosisPanel(m_window.get());
    layout->addWidget(m_panel);
    m_window->resize(680, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDiagnosisPanel::cleanup()
{
    m_window.reset();
    m_panel = nullptr;
}

void TestDiagnosisPanel::bannerShowsEachVerdict_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("word");
    QTest::newRow("mass outage") << Verdict::MassOutage << u"MASS OUTAGE"_s;
    QTest::newRow("dispatch") << Verdict::Dispatch << u"DISPATCH"_s;
    QTest::newRow("customer side") << Verdict::CustomerSide << u"CUSTOMER SIDE"_s;
    QTest::newRow("administrative") << Verdict::Administrative << u"ADMINISTRATIVE"_s;
    QTest::newRow("remote") << Verdict::Remote << u"REMOTE"_s;
    QTest::newRow("ok") << Verdict::Ok << u"OK"_s;
}

void TestDiagnosisPanel::bannerShowsEachVerdict()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, word);
    const DiagnosisReport report = reportFor(verdict);
    m_panel->showReport(report, now);

    VerdictBanner *banner = m_panel->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->state(), VerdictBanner::State::Verdict);
    QCOMPARE(banner->verdict(), std::optional<Verdict>(verdict));
    QCOMPARE(banner->verdictText(), word);
    QVERIFY(banner->isFinal());
    QVERIFY2(banner->progressText().isEmpty(), qPrintable(banner->progressText()));
    if (!report.assessment.headlineReason.isEmpty())
        QCOMPARE(banner->reasonText(), report.assessment.headlineReason);
    else
        QVERIFY(!banner->reasonText().isEmpty());
    // Not colour alone: the word and an icon, and a screen reader hears both word and reason.
    const auto *icon = banner->findChild<QLabel *>();
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(banner->accessibleName(), u"Verdict: %1"_s.arg(word));
    QVERIFY2(banner->accessibleDescription().contains(banner->reasonText()),
             qPrintable(banner->accessibleDescription()));
    // The card under it shows the same customer.
    QVERIFY2(m_panel->customerPanel()->plainText().contains(u"María Pérez"_s),
             qPrintable(m_panel->customerPanel()->plainText()));
}

void TestDiagnosisPanel::verdictColoursAreLegibleAndDistinct()
{
    QSet<QRgb> backgrounds;
    for (const Verdict verdict : {Verdict::MassOutage, Verdict::Dispatch, Verdict::CustomerSide,
                                  Verdict::Administrative, Verdict::Remote, Verdict::Ok}) {
        const QColor bg = VerdictStyle::background(verdict);
        const QColor fg = VerdictStyle::foreground(verdict);
        QVERIFY2(contrast(bg, fg) >= 4.5,
                 qPrintable(u"%1: contrast %2"_s.arg(Triage::verdictId(verdict)).arg(contrast(bg, fg))));
        backgrounds.insert(bg.rgb());
        // The glyph exists and is drawn in the text colour.
        const QPixmap glyph = VerdictStyle::glyph(verdict, 32, 1.0, fg);
        QVERIFY(!glyph.isNull());
        const QImage image = glyph.toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        QVERIFY2(inked > 60, qPrintable(Triage::verdictId(verdict)));
    }
    QCOMPARE(backgrounds.size(), 6);
}

void TestDiagnosisPanel::findingsAreListedWithSeverity()
{
    m_panel->showReport(reportFor(Verdict::MassOutage), now);
    const QStringList findings = m_panel->findingTexts();
    QCOMPARE(findings.size(), 2);
    QVERIFY2(findings.at(0).startsWith(u"critical · PON port outage · MASS OUTAGE: 37 of 40 ONUs"_s),
             qPrintable(findings.at(0)));
    QVERIFY2(findings.at(1).startsWith(u"critical · ONU in LOS · DISPATCH"_s), qPrintable(findings.at(1)));
    // On screen: one row per finding, with its severity for the screen reader.
    const auto *section = m_panel->findChild<DetailSection *>(u"findingsSection"_s);
    QVERIFY(section);
    const QList<QWidget *> rows = section->findChildren<QWidget *>(u"finding"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0)->accessibleName(), u"Critical: PON port outage"_s);
    QVERIFY2(section->plainText().contains(u"Do not dispatch for this customer alone"_s),
             qPrintable(section->plainText()));

    // OK with nothing to say: it says so instead of an empty box.
    DiagnosisReport quiet = reportFor(Verdict::Ok);
    quiet.assessment.findings.clear();
    m_panel->showReport(quiet, now);
    const auto *empty = m_panel->findChild<DetailSection *>(u"findingsSection"_s);
    QVERIFY(empty);
    QVERIFY2(empty->plainText().contains(u"Nothing wrong found"_s), qPrintable(empty->plainText()));
}

void TestDiagnosisPanel::failedSourceIsShownAsFailedWithItsReason()
{
    DiagnosisReport report = reportFor(Verdict::Remote);
    report.liveOnu.reset();
    report.session.reset();
    report.traffic.reset();
    report.sources[0].state = SourceState::Down;
    report.sources[0].detail = u"no answer within 6 s"_s;
    report.sources[1].state = SourceState::Down;
    report.sources[1].detail = u"HTTP 503 Service Unavailable"_s;
    m_panel->showReport(report, now);
    CustomerPanel *card = m_panel->customerPanel();

    const QString fibre = sectionText(card, u"Fibre"_s);
    QVERIFY2(fibre.contains(u"SmartOLT failed: HTTP 503 Service Unavailable. The values below are from the cache."_s),
             qPrintable(fibre));
    // The cached values stay, with the cache's age.
    QVERIFY2(fibre.contains(u"-21.3 dBm"_s), qPrintable(fibre));
    QVERIFY2(card->section(u"Fibre"_s)->ageText().startsWith(u"as of"_s),
             qPrintable(card->section(u"Fibre"_s)->ageText()));

    const QString session = sectionText(card, u"PPPoE session"_s);
    QVERIFY2(session.contains(u"VMA-CCR-01 (RouterOS) failed: no answer within 6 s"_s), qPrintable(session));
    QVERIFY2(session.contains(u"unknown: the router did not answer"_s), qPrintable(session));

    const auto *findings = m_panel->findChild<DetailSection *>(u"findingsSection"_s);
    QVERIFY2(findings->plainText().contains(u"SmartOLT failed: HTTP 503"_s), qPrintable(findings->plainText()));
}

void TestDiagnosisPanel::pendingTurnsIntoFinal()
{
    m_panel->showStarted(u"mperez"_s);
    QCOMPARE(m_panel->banner()->state(), VerdictBanner::State::Starting);
    QCOMPARE(m_panel->banner()->verdictText(), u"DIAGNOSING"_s);
    QVERIFY(m_panel->recheckAction()->isEnabled());
    QVERIFY(!m_panel->copySummaryAction()->isEnabled()); // nothing to copy yet

    // The cached answer first: a preliminary verdict while the router and SmartOLT are asked.
    DiagnosisReport first = reportFor(Verdict::Ok);
    first.final = false;
    first.session.reset();
    first.liveOnu.reset();
    first.traffic.reset();
    first.sources[0].state = SourceState::Pending;
    first.sources[1].state = SourceState::Pending;
    m_panel->showReport(first, now);
    VerdictBanner *banner = m_panel->banner();
    QVERIFY(!banner->isFinal());
    QCOMPARE(banner->progressText(), u"preliminary · checking VMA-CCR-01 (RouterOS), SmartOLT…"_s);
    CustomerPanel *card = m_panel->customerPanel();
    QCOMPARE(card->section(u"Fibre"_s)->checkingText(), u"checking SmartOLT…"_s);
    QCOMPARE(card->section(u"PPPoE session"_s)->checkingText(), u"checking VMA-CCR-01 (RouterOS)…"_s);
    QVERIFY(m_panel->copySummaryAction()->isEnabled());

    // Then the router: still waiting for SmartOLT.
    DiagnosisReport second = first;
    second.sources[0].state = SourceState::Ok;
    second.sources[0].at = now;
    second.session = reportFor(Verdict::Ok).session;
    m_panel->showReport(second, now);
    QCOMPARE(banner->progressText(), u"preliminary · checking SmartOLT…"_s);
    QVERIFY(card->section(u"PPPoE session"_s)->checkingText().isEmpty());
    QVERIFY2(sectionText(card, u"PPPoE session"_s).contains(u"Up"_s),
             qPrintable(sectionText(card, u"PPPoE session"_s)));

    // Final: the live ONU replaces the cached one, said by SmartOLT seconds ago.
    const DiagnosisReport last = reportFor(Verdict::Dispatch);
    m_panel->showReport(last, now);
    QVERIFY(banner->isFinal());
    QVERIFY(banner->progressText().isEmpty());
    QCOMPARE(banner->verdictText(), u"DISPATCH"_s);
    DetailSection *fibre = card->section(u"Fibre"_s);
    QVERIFY(fibre->checkingText().isEmpty());
    QCOMPARE(fibre->ageText(), u"SmartOLT · 1 s ago"_s);
    QVERIFY2(fibre->plainText().contains(u"-28.4 dBm  ·  below budget"_s), qPrintable(fibre->plainText()));
    QCOMPARE(card->section(u"PPPoE session"_s)->ageText(), u"VMA-CCR-01 · 1 s ago"_s);
    // Cached sections keep saying how old they are.
    QVERIFY(card->section(u"Customer"_s)->ageText().startsWith(u"as of"_s));
}

void TestDiagnosisPanel::reportOfAnotherUserIsIgnored()
{
    m_panel->showReport(reportFor(Verdict::Dispatch), now);
    m_panel->showStarted(u"jgomez"_s);
    DiagnosisReport stale = reportFor(Verdict::Ok);
    m_panel->showReport(stale, now); // mperez's, arriving late
    QCOMPARE(m_panel->pppoeUser(), u"jgomez"_s);
    QCOMPARE(m_panel->banner()->state(), VerdictBanner::State::Starting);
    QVERIFY(!m_panel->report());
}

void TestDiagnosisPanel::offlineReportSaysSo()
{
    DiagnosisReport report = reportFor(Verdict::Ok);
    report.offline = true;
    report.session.reset();
    report.liveOnu.reset();
    report.traffic.reset();
    for (SourceReport &source : report.sources) {
        if (source.state != SourceState::NotConfigured)
            source.state = SourceState::Offline;
    }
    m_panel->showReport(report, now);
    QCOMPARE(m_panel->banner()->offlineText(), u"OFFLINE — cached facts"_s);
    QVERIFY(m_panel->banner()->accessibleDescription().contains(u"OFFLINE"_s));
    QVERIFY(!m_panel->liveTrafficAction()->isEnabled());
    const QString session = sectionText(m_panel->customerPanel(), u"PPPoE session"_s);
    QVERIFY2(session.contains(u"Offline"_s), qPrintable(session));
}

void TestDiagnosisPanel::outageSaysHowManyNeighboursAreDown()
{
    m_panel->showReport(reportFor(Verdict::MassOutage), now);
    const QStringList lines = m_panel->outageTexts();
    QCOMPARE(lines.size(), 1);
    const QString since = QDateTime::fromSecsSinceEpoch(now - 24 * 60).toLocalTime().toString(u"HH:mm"_s);
    QVERIFY2(lines.constFirst().startsWith(u"PON port: 37 of 40 ONUs on OLT-CENTRO 0/1/3 down since %1 (35 by LOS, 2 "
                                           "by power failure)"_s.arg(since)),
             qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().endsWith(u"(SmartOLT · 1 s ago)"_s), qPrintable(lines.constFirst()));

    m_panel->showReport(reportFor(Verdict::Ok), now);
    QVERIFY2(m_panel->outageTexts().constFirst().contains(u"All 40 ONUs on OLT-CENTRO 0/1/3 are up"_s),
             qPrintable(m_panel->outageTexts().join(u'\n')));
}

void TestDiagnosisPanel::timelineCountsWhatHappened()
{
    DiagnosisReport report = reportFor(Verdict::Remote);
    using Kind = Diagnosis::TimelineEvent::Kind;
    for (int i = 0; i < 6; ++i) {
        report.timeline.append({now - 3000 + i * 400, Kind::SessionStart, {}, {}, u"router"_s});
        report.timeline.append({now - 2900 + i * 400, Kind::SessionEnd, u"lost-carrier"_s, {}, u"router"_s});
    }
    report.timeline.append({now - 30 * 3600, Kind::SessionStart, {}, {}, u"router"_s}); // out of the window
    report.timeline.append({now - 10 * 3600, Kind::OnuDown, u"LOSi"_s, {}, u"smartolt"_s});
    report.timeline.append({now - 9 * 3600, Kind::OnuUp, {}, {}, u"smartolt"_s});
    std::stable_sort(report.timeline.begin(), report.timeline.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    m_panel->showReport(report, now);
    InstabilityStrip *strip = m_panel->timeline();
    QVERIFY(strip);
    QCOMPARE(strip->sessionStarts(), 7);
    QCOMPARE(strip->onuDowns(), 1);
    QCOMPARE(strip->rxSamples(), 4);
    QVERIFY2(strip->summary().contains(u"7 session starts"_s), qPrintable(strip->summary()));
    QVERIFY2(strip->summary().contains(u"ONU down once (1 LOS)"_s), qPrintable(strip->summary()));
    QVERIFY2(strip->summary().contains(u"Rx -21.4 … -21.0 dBm"_s), qPrintable(strip->summary()));
    QCOMPARE(strip->accessibleDescription(), strip->summary());
    QTRY_VERIFY(strip->isVisible() && strip->height() >= strip->fontMetrics().height() * 5);
    QVERIFY(!strip->grab().isNull());

    // A wireless line has no ONU lane.
    report.facts.set(u"service.technology"_s, u"wireless"_s, u"cache"_s, synced);
    m_panel->showReport(report, now);
    QVERIFY2(!m_panel->timeline()->summary().contains(u"ONU"_s), qPrintable(m_panel->timeline()->summary()));
}

void TestDiagnosisPanel::unknownUserGivesNoVerdict()
{
    DiagnosisReport report;
    report.pppoeUser = u"nobody"_s;
    report.final = true;
    report.error = u"No connection or router secret has the PPPoE user \"nobody\" in the cache."_s;
    report.assessment.headlineReason = report.error;
    m_panel->showReport(report, now);
    QCOMPARE(m_panel->banner()->state(), VerdictBanner::State::Failed);
    QCOMPARE(m_panel->banner()->verdictText(), u"NO VERDICT"_s);
    QCOMPARE(m_panel->banner()->reasonText(), report.error);
    QVERIFY(!m_panel->liveTrafficAction()->isEnabled());
}

void TestDiagnosisPanel::liveTrafficNeedsARouterThatHoldsTheSecret()
{
    QSignalSpy requested(m_panel, &DiagnosisPanel::liveTrafficRequested);
    DiagnosisReport report = reportFor(Verdict::Ok);
    m_panel->showReport(report, now);
    QVERIFY(m_panel->liveTrafficAction()->isEnabled());
    m_panel->liveTrafficAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), u"mperez"_s);

    // A user the CRM does not link still has live traffic: the router holds the secret.
    DiagnosisReport unlinked = report;
    unlinked.cached.customer.reset();
    unlinked.cached.connection.reset();
    unlinked.cached.plan.reset();
    unlinked.cached.crmNode.reset();
    m_panel->showReport(unlinked, now);
    QVERIFY(m_panel->liveTrafficAction()->isEnabled());

    // No router holds it: nothing to watch.
    DiagnosisReport noSecret = report;
    noSecret.cached.secrets.clear();
    noSecret.facts.set(u"secret.known"_s, false, u"cache"_s, synced);
    m_panel->showReport(noSecret, now);
    QVERIFY(!m_panel->liveTrafficAction()->isEnabled());
    QVERIFY2(m_panel->liveTrafficAction()->toolTip().contains(u"No router holds"_s),
             qPrintable(m_panel->liveTrafficAction()->toolTip()));
}

void TestDiagnosisPanel::copySummaryPutsItOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    const DiagnosisReport report = reportFor(Verdict::Dispatch);
    m_panel->showReport(report, now);
    QSignalSpy copied(m_panel, &DiagnosisPanel::summaryCopied);
    // Ctrl+Shift+C from anywhere in the window.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(copied.size(), 1);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, copied.constFirst().constFirst().toString());
    QVERIFY2(text.startsWith(u"Diagnosis of mperez — María Pérez (003365)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Verdict: DISPATCH — ONU Rx -28.4 dBm"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Optical signal below budget"_s) || text.contains(u"[critical]"_s), qPrintable(text));
}

void TestDiagnosisPanel::keyboardReachesTheBannerAndTheActions()
{
    m_panel->showReport(reportFor(Verdict::Dispatch), now);
    VerdictBanner *banner = m_panel->banner();
    QVERIFY(banner->focusPolicy() & Qt::TabFocus);
    banner->setFocus();
    QTRY_VERIFY(banner->hasFocus());
    QSignalSpy activated(banner, &VerdictBanner::activated);
    QTest::keyClick(banner, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);

    // Tab goes on to the actions, which carry their shortcuts.
    QWidget *next = banner->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QVERIFY(next);
    QCOMPARE(next->objectName(), u"liveTrafficActionButton"_s);
    QCOMPARE(m_panel->recheckAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(m_panel->copySummaryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QSignalSpy recheck(m_panel, &DiagnosisPanel::recheckRequested);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(recheck.size(), 1);
    QCOMPARE(recheck.constFirst().constFirst().toString(), u"mperez"_s);
}

void TestDiagnosisPanel::recheckKeepsTheVerdictWhileItRuns()
{
    m_panel->showReport(reportFor(Verdict::Dispatch), now);
    m_panel->showStarted(u"mperez"_s); // F5
    QCOMPARE(m_panel->banner()->verdictText(), u"DISPATCH"_s);
    QVERIFY(!m_panel->banner()->isFinal());
    QVERIFY2(m_panel->banner()->progressText().contains(u"checking"_s), qPrintable(m_panel->banner()->progressText()));
    m_panel->showReport(reportFor(Verdict::Ok), now);
    QCOMPARE(m_panel->banner()->verdictText(), u"OK"_s);
    QVERIFY(m_panel->banner()->isFinal());
}

void TestDiagnosisPanel::thresholdsDialogRoundTripsThroughSettingsIni()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"sync/nightly_time"_s, u"03:00"_s);
    }
    ThresholdsDialog dialog(file, Triage::Thresholds::load(file));
    QSignalSpy saved(&dialog, &ThresholdsDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ThresholdsModel *model = dialog.model();
    QCOMPARE(model->rowCount(), int(Triage::Thresholds::ids().size()));
    const int row = model->rowOf(u"rx_warning_dbm"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ThresholdsModel::DefaultColumn).data().toString(),
             Triage::Thresholds::formatValue(u"rx_warning_dbm"_s, -24));

    // Edited the way an admin does it: select the value, type, Enter.
    QTableView *view = dialog.view();
    view->setFocus();
    view->setCurrentIndex(model->index(row, ThresholdsModel::ValueColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QDoubleSpinBox *>(u"thresholdEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->minimum(), -40.0);
    QCOMPARE(editor->suffix(), u" dBm"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"-25.5"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->thresholds().value(u"rx_warning_dbm"_s), -25.5);
    QVERIFY(model->index(row, ThresholdsModel::ValueColumn).data(Qt::FontRole).value<QFont>().bold());
    // Out of range through the model: refused and said.
    QVERIFY(!model->setData(model->index(model->rowOf(u"saturation_pct"_s), ThresholdsModel::ValueColumn), 250.0));
    QVERIFY2(!dialog.message().isEmpty(), "a refused value is explained");

    QVERIFY2(dialog.save(), qPrintable(dialog.message()));
    QCOMPARE(saved.size(), 1);
    QString warning;
    const Triage::Thresholds reread = Triage::Thresholds::load(file, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(reread.value(u"rx_warning_dbm"_s), -25.5);
    QCOMPARE(reread.value(u"saturation_pct"_s), 90.0);
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"sync/nightly_time"_s).toString(), u"03:00"_s);

    // Reset to defaults, saved: the file no longer overrides anything.
    ThresholdsDialog again(file, reread);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *buttons = again.findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(again.thresholds().value(u"rx_warning_dbm"_s), -24.0);
    QVERIFY(again.save());
    QCOMPARE(Triage::Thresholds::load(file), Triage::Thresholds::defaults());
}

void TestDiagnosisPanel::thresholdsDialogRefusesContradictions()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    ThresholdsDialog dialog(file, Triage::Thresholds::defaults());
    dialog.show();
    ThresholdsModel *model = dialog.model();
    // A critical level above the warning level makes no sense.
    QVERIFY(model->setData(model->index(model->rowOf(u"rx_critical_dbm"_s), ThresholdsModel::ValueColumn), -20.0));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY2(!dialog.message().isEmpty(), "the contradiction is named");
    QVERIFY(!dialog.save());
    QVERIFY(!QFile::exists(file) || Triage::Thresholds::load(file) == Triage::Thresholds::defaults());
}

void TestDiagnosisPanel::screenshotsOfEachVerdict()
{
    const QString directory = qEnvironmentVariable("BEHOLDER_UI_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set BEHOLDER_UI_SCREENSHOT_DIR to save the pictures");
    m_window->resize(720, 1060);
    for (const Verdict verdict : {Verdict::MassOutage, Verdict::Dispatch, Verdict::CustomerSide,
                                  Verdict::Administrative, Verdict::Remote, Verdict::Ok}) {
        m_panel->clearDiagnosis();
        m_panel->customerPanel()->showPlaceholder({}); // each report brings its own card
        m_panel->showReport(reportFor(verdict), now);
        QTest::qWait(300);
        const QString file
            = QDir(directory).filePath(u"panel-verdict-%1.png"_s.arg(Triage::verdictId(verdict).toLower()));
        QVERIFY2(m_window->grab().save(file, "PNG"), qPrintable(file));
        qInfo("screenshot saved to %s", qPrintable(file));
    }
    // The thresholds editor, with one value changed.
    QTemporaryDir dir;
    ThresholdsDialog dialog(dir.filePath(u"settings.ini"_s), Triage::Thresholds::defaults());
    dialog.model()->setData(
        dialog.model()->index(dialog.model()->rowOf(u"rx_critical_dbm"_s), ThresholdsModel::ValueColumn), -28.0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    const QString file = QDir(directory).filePath(u"panel-thresholds.png"_s);
    QVERIFY2(dialog.grab().save(file, "PNG"), qPrintable(file));
}

QTEST_MAIN(TestDiagnosisPanel)
#include "tst_diagnosispanel.moc"
