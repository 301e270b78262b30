// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic window against a simulated router over real sockets (offscreen): a spinner until the first
// sample, then download and upload on the chart with the plan's speeds; a saturated line marked; a user the
// CRM does not link charted all the same; errors inline, never in a dialog; and closing the window (or Esc)
// leaves nothing running on the router. With BEHOLDER_SCREENSHOT_DIR (or BEHOLDER_UI_SCREENSHOT_DIR) set, the
// screenshot test saves live-traffic.png there (scripts/screenshot.sh runs it under a virtual X server).
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "livetrafficwindow.h"
#include "simulator/routeros/routerosserver.h"
#include "testsupport.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;
using Beholder::Sim::RouterOsActiveSession;
using Beholder::Sim::RouterOsFault;
using Beholder::Sim::RouterOsServer;

namespace {

const QString password = u"w1ndow-Pa55"_s;
const QString monitorPath = u"/interface/monitor-traffic"_s;
const QString profileName = u"livetest"_s;

RouterOsActiveSession activeSession(const QString &name, int n)
{
    RouterOsActiveSession s;
    s.name = name;
    s.callerId = u"AA:BB:CC:00:33:%1"_s.arg(n, 2, 10, QChar(u'0'));
    s.address = u"100.64.2.%1"_s.arg(n);
    s.sessionId = u"0x8100002%1"_s.arg(n);
    s.uptimeSeconds = 7200;
    return s;
}

QLineSeries *lineSeries(LiveTrafficWindow *window, const QString &name)
{
    const QList<QAbstractSeries *> all = window->chartView()->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QString screenshotDirectory()
{
    QString directory = qEnvironmentVariable("BEHOLDER_SCREENSHOT_DIR");
    if (directory.isEmpty())
        directory = qEnvironmentVariable("BEHOLDER_UI_SCREENSHOT_DIR");
    return directory;
}

} // namespace

class TestLiveTrafficWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<RouterOsServer> m_server;
    std::unique_ptr<MemoryCredentialStore> m_store;
    ProfileSources m_sources;

    RouterConfig router(qint64 nodeId) const
    {
        RouterConfig r;
        r.nodeId = nodeId;
        r.name = u"VMA-CCR-0%1"_s.arg(nodeId);
        r.host = u"127.0.0.1"_s;
        r.port = m_server->port();
        r.user = u"beholder"_s;
        r.timeoutMs = 5000;
        return r;
    }

    // Shown, not owned: the window deletes itself when closed.
    QPointer<LiveTrafficWindow>
    open(const QString &user, int saturationSeconds = 30, const ProfileSources *sources = nullptr,
         const Access::Principal &watcher = Access::Principal(u"tomas"_s, Access::Role::Technician, u"norte"_s))
    {
        auto *window = new LiveTrafficWindow(m_cache.get(), sources ? *sources : m_sources, m_store.get(), watcher,
                                             user, 90.0, saturationSeconds);
        window->show();
        return window;
    }

    // Closing leaves nothing on the router: no command running, the connection closed, no request after it.
    void verifyNothingLeftOnTheRouter()
    {
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
        const int requests = m_server->commandCount(monitorPath);
        QTest::qWait(1500);
        QCOMPARE(m_server->commandCount(monitorPath), requests);
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        IspDataset isp = Test::smallIsp();
        // La Espiga on a 100/20 plan, the line the screenshot fills.
        isp.plans.append({30, u"Fibra 100 Mbps"_s, Technology::Fiber, 100'000, 20'000, 1'500'000});
        for (Connection &connection : isp.connections) {
            if (connection.pppoeUser == u"espiga"_s)
                connection.planId = 30;
        }
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), isp);
        QVERIFY(m_cache);
    }

    void cleanupTestCase()
    {
        m_cache->closeThreadConnection();
        m_cache.reset();
    }

    void init()
    {
        m_server = std::make_unique<RouterOsServer>();
        m_server->setCredentials(u"beholder"_s, password);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        // aperalta has a secret on router 2 but is not connected.
        m_server->setActiveSessions(
            {activeSession(u"mperez"_s, 1), activeSession(u"rgodoy"_s, 2), activeSession(u"espiga"_s, 3)});
        m_server->setTrafficLimits(
            {{u"mperez"_s, {300'000, 150'000}}, {u"rgodoy"_s, {50'000, 10'000}}, {u"espiga"_s, {100'000, 20'000}}});
        m_sources = ProfileSources();
        m_sources.routers = {router(1), router(2)};
        m_store = std::make_unique<MemoryCredentialStore>(profileName);
        m_store->secrets()->setValue(profileName, SecretKeys::routerPassword(1), password);
        m_store->secrets()->setValue(profileName, SecretKeys::routerPassword(2), password);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<LiveTrafficWindow *>(widget))
                widget->close();
        }
        const auto liveWindows = [] {
            int count = 0;
            for (QWidget *widget : QApplication::topLevelWidgets())
                count += qobject_cast<LiveTrafficWindow *>(widget) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE(liveWindows(), 0);
        m_server.reset();
        m_store.reset();
    }

    void spinnerThenSamples_andNothingLeftOnTheRouterAfterClosing()
    {
        // A slow first answer, so the spinner has time to be seen.
        RouterOsFault slow;
        slow.latencyMs = 800;
        slow.remaining = 1;
        m_server->setFault(monitorPath, slow);

        QPointer<LiveTrafficWindow> window = open(u"rgodoy"_s);
        QVERIFY(window->isWindow());
        QVERIFY(window->isSpinning());
        QVERIFY(!window->isShowingChart());
        QTRY_COMPARE(window->phase(), LiveTrafficWindow::Phase::WaitingForFirstSample);
        QVERIFY(window->isSpinning());
        QCOMPARE(window->windowTitle(), u"Live traffic — rgodoy on VMA-CCR-02"_s);
        const auto *subtitle = window->findChild<QLabel *>(u"liveSubtitle"_s);
        QVERIFY2(subtitle->text().contains(u"Not linked in the CRM"_s), qPrintable(subtitle->text()));

        QTRY_VERIFY_WITH_TIMEOUT(window->isShowingChart(), 10'000);
        QCOMPARE(window->phase(), LiveTrafficWindow::Phase::Charting);
        QVERIFY(!window->isSpinning());
        QTRY_VERIFY_WITH_TIMEOUT(window->series().points().size() >= 3, 10'000);
        QLineSeries *download = lineSeries(window, u"Download"_s);
        QLineSeries *upload = lineSeries(window, u"Upload"_s);
        QVERIFY(download && upload);
        QCOMPARE(download->count(), window->series().points().size());
        QCOMPARE(upload->count(), window->series().points().size());
        QCOMPARE(download->at(0).y(), window->series().points().constFirst().downMbps);
        QCOMPARE(lineSeries(window, u"Plan download"_s)->count(), 0); // no plan known: no plan line
        const auto *downValue = window->findChild<QLabel *>(u"liveDownload"_s);
        QVERIFY2(downValue->text().endsWith(u" Mbit/s"_s), qPrintable(downValue->text()));
        QVERIFY(window->messageText().isEmpty());
        QCOMPARE(m_server->acceptedConnections(), 1);

        window->close();
        QTRY_VERIFY(window.isNull()); // deleted on close
        verifyNothingLeftOnTheRouter();
    }

    void planLinesAndSaturation_areDrawn()
    {
        m_server->setTrafficLoads({{u"espiga"_s, 0.97}});
        QPointer<LiveTrafficWindow> window = open(u"espiga"_s, 3);
        QTRY_VERIFY_WITH_TIMEOUT(window->isShowingChart(), 10'000);
        QCOMPARE(window->windowTitle(), u"Live traffic — espiga on VMA-CCR-02"_s);
        QLineSeries *planDown = lineSeries(window, u"Plan download"_s);
        QLineSeries *planUp = lineSeries(window, u"Plan upload"_s);
        QCOMPARE(planDown->count(), 2);
        QCOMPARE(planDown->at(0).y(), 100.0);
        QCOMPARE(planUp->at(0).y(), 20.0);
        QVERIFY(!window->isSaturatedShown());
        QTRY_VERIFY_WITH_TIMEOUT(window->isSaturatedShown(), 15'000); // 97 % for 3 s
        QVERIFY(window->series().isSaturated());
        const auto *percent = window->findChild<QLabel *>(u"livePercent"_s);
        QVERIFY2(percent->text().endsWith(u" %"_s), qPrintable(percent->text()));
        window->close();
        verifyNothingLeftOnTheRouter();
    }

    void escape_closesTheWindow()
    {
        QPointer<LiveTrafficWindow> window = open(u"mperez"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->isShowingChart(), 10'000);
        QCOMPARE(window->windowTitle(), u"Live traffic — mperez on VMA-CCR-01"_s);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(window.isNull());
        verifyNothingLeftOnTheRouter();
    }

    void errors_areShownInline()
    {
        ProfileSources onlyFirst;
        onlyFirst.routers = {router(1)};

        // Unknown user; a router the profile lacks; no password in the store; a refused login.
        QPointer<LiveTrafficWindow> window = open(u"nobody"_s);
        QTRY_COMPARE(window->phase(), LiveTrafficWindow::Phase::Failed);
        QVERIFY2(window->messageText().contains(u"“nobody” is in no router's PPP secrets"_s),
                 qPrintable(window->messageText()));
        QVERIFY(!window->isSpinning());
        QVERIFY(!QApplication::activeModalWidget());
        window->close();

        window = open(u"rgodoy"_s, 30, &onlyFirst);
        QTRY_COMPARE(window->phase(), LiveTrafficWindow::Phase::Failed);
        QVERIFY2(window->messageText().contains(u"not among this profile's routers"_s),
                 qPrintable(window->messageText()));
        window->close();

        // A viewer: refused by core before any router is named, and told why.
        window = open(u"rgodoy"_s, 30, nullptr, Access::Principal(u"vera"_s, Access::Role::Viewer, u"norte"_s));
        QTRY_COMPARE(window->phase(), LiveTrafficWindow::Phase::Failed);
        QVERIFY2(window->messageText().contains(u"vera"_s), qPrintable(window->messageText()));
        QVERIFY(window->target().router.host.isEmpty());
        if (const QString directory = screenshotDirectory(); !directory.isEmpty())
            QVERIFY(window->grab().save(QDir(directory).filePath(u"live-traffic-refused.png"_s), "PNG"));
        window->close();

        m_store->secrets()->remove(profileName, SecretKeys::routerPassword(2));
        window = open(u"rgodoy"_s);
        QTRY_COMPARE(window->phase(), LiveTrafficWindow::Phase::Failed);
        QVERIFY2(window->messageText().contains(u"routeros/2/password"_s), qPrintable(window->messageText()));
        window->close();
        QCOMPARE(m_server->acceptedConnections(), 0); // none of these reached the router

        RouterOsFault refuse;
        refuse.refuseLogin = true;
        m_server->setFault(u"/login"_s, refuse);
        window = open(u"mperez"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->phase(), LiveTrafficWindow::Phase::Failed, 10'000);
        QVERIFY2(window->messageText().contains(u"refused the login"_s), qPrintable(window->messageText()));
        QVERIFY(!QApplication::activeModalWidget());
        window->close();
        verifyNothingLeftOnTheRouter();
    }

    void customerNotConnected_saysSoAndKeepsTrying()
    {
        QPointer<LiveTrafficWindow> window = open(u"aperalta"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->messageText().contains(u"no session: the customer is not connected"_s),
                                 10'000);
        QVERIFY(window->isSpinning()); // still waiting for a first sample
        QCOMPARE(window->phase(), LiveTrafficWindow::Phase::WaitingForFirstSample);
        const int requests = m_server->commandCount(monitorPath);
        QTRY_VERIFY(m_server->commandCount(monitorPath) > requests);
        window->close();
        verifyNothingLeftOnTheRouter();
    }

    void screenshot()
    {
        const QString directory = screenshotDirectory();
        if (directory.isEmpty())
            QSKIP("set BEHOLDER_SCREENSHOT_DIR to save docs/screenshots/live-traffic.png");
        // La Espiga's line: ordinary for a few seconds, then full (97 % of the plan) past the 30 s threshold.
        QPointer<LiveTrafficWindow> window = open(u"espiga"_s);
        window->resize(1000, 640);
        QTRY_VERIFY_WITH_TIMEOUT(window->isShowingChart(), 10'000);
        QTest::qWait(8000);
        m_server->setTrafficLoads({{u"espiga"_s, 0.97}});
        QTRY_VERIFY_WITH_TIMEOUT(window->isSaturatedShown(), 45'000);
        QTest::qWait(4500);
        const QString file = QDir(directory).filePath(u"live-traffic.png"_s);
        QVERIFY2(window->grab().save(file, "PNG"), qPrintable(file));
        qInfo("screenshot saved to %s", qPrintable(file));
        window->close();
        verifyNothingLeftOnTheRouter();
    }
};

QTEST_MAIN(TestLiveTrafficWindow)
#include "tst_livetrafficwindow.moc"
