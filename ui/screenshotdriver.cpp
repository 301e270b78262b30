// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotdriver.h"

#include "customerpanel.h"
#include "diagnosispanel.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "search/searchquery.h"
#include "searchfield.h"
#include "settings/connectiontestview.h"
#include "settings/routerspage.h"
#include "settings/settingsdialog.h"
#include "settings/sourcepage.h"
#include "snmpadmin/recordfilterproxy.h"
#include "snmpadmin/snmpadminwindow.h"
#include "snmpadmin/snmptabletab.h"
#include "triage/verdict.h"
#include "uilogging.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
// Lets the last layout pass and paint settle before the picture is taken.
constexpr int settleMilliseconds = 500;
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow *window, const ScreenshotRequest &request, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_request(request)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(request.timeoutSeconds * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(u"timed out waiting for the window"_s); });
}

void ScreenshotDriver::start()
{
    m_timeout.start();
    if (!m_request.settingsPages.isEmpty()) {
        const auto afterData = [this] {
            QTimer::singleShot(std::max(m_request.grabAfterMilliseconds, 0), this, &ScreenshotDriver::nextSettingsPage);
        };
        if (m_window->isDataReady())
            afterData();
        else
            connect(m_window, &MainWindow::dataReady, this, afterData, Qt::SingleShotConnection);
        return;
    }
    if (!m_request.snmpTabs.isEmpty()) {
        const auto afterData = [this] {
            QTimer::singleShot(std::max(m_request.grabAfterMilliseconds, 0), this, &ScreenshotDriver::openSnmpAdmin);
        };
        if (m_window->isDataReady())
            afterData();
        else
            connect(m_window, &MainWindow::dataReady, this, afterData, Qt::SingleShotConnection);
        return;
    }
    if (m_request.grabAfterMilliseconds > 0) {
        QTimer::singleShot(m_request.grabAfterMilliseconds, this, &ScreenshotDriver::grab);
        return;
    }
    connect(m_window, &MainWindow::resultsShown, this, [this](const SearchResults &results) {
        if (m_typed && !m_selected && results.query == SearchQuery::parse(m_request.query).text())
            selectRow();
    });
    if (!m_request.diagnoseUsers.isEmpty()) {
        connect(m_window->diagnosisPanel(), &DiagnosisPanel::reportShown, this, &ScreenshotDriver::onReport);
        if (m_window->isDataReady())
            nextDiagnosis();
        else
            connect(m_window, &MainWindow::dataReady, this, &ScreenshotDriver::nextDiagnosis, Qt::SingleShotConnection);
        return;
    }
    // The card first, then its diagnosis once it is final (a card without a PPPoE user has none).
    connect(m_window->customerPanel(), &CustomerPanel::detailsShown, this, [this] {
        if (!m_selected)
            return;
        const DiagnosisPanel *diagnosis = m_window->diagnosisPanel();
        if (diagnosis->pppoeUser().isEmpty() || diagnosis->isFinal())
            grabSoon();
    });
    connect(m_window->diagnosisPanel(), &DiagnosisPanel::reportShown, this,
            [this](const Diagnosis::DiagnosisReport &report) {
                const auto shown = m_window->customerPanel()->shownDetails();
                if (m_selected && report.final && shown
                    && shown->pppoeUser.compare(report.pppoeUser, Qt::CaseInsensitive) == 0)
                    grabSoon();
            });
    if (m_window->isDataReady())
        typeQuery();
    else
        connect(m_window, &MainWindow::dataReady, this, &ScreenshotDriver::typeQuery, Qt::SingleShotConnection);
}

void ScreenshotDriver::nextDiagnosis()
{
    ++m_diagnosis;
    if (m_diagnosis >= m_request.diagnoseUsers.size()) {
        m_done = true;
        m_timeout.stop();
        emit finished(true, m_saved.join(u'\n'));
        return;
    }
    const QString user = m_request.diagnoseUsers.at(m_diagnosis);
    m_request.query = user;
    m_request.pppoeUser = user;
    m_request.row = 0;
    m_typed = false;
    m_selected = false;
    m_fileOfThisShot.clear();
    typeQuery(); // resultsShown selects the user's row; the diagnosis starts when the selection rests
}

void ScreenshotDriver::onReport(const Diagnosis::DiagnosisReport &report)
{
    if (m_diagnosis < 0 || m_diagnosis >= m_request.diagnoseUsers.size() || !m_selected || !report.final
        || !m_fileOfThisShot.isEmpty()
        || report.pppoeUser.compare(m_request.diagnoseUsers.at(m_diagnosis), Qt::CaseInsensitive) != 0)
        return;
    QString verdict = report.error.isEmpty() ? Triage::verdictId(report.assessment.headline).toLower() : u"none"_s;
    m_fileOfThisShot = QString(m_request.file)
                           .replace(u"{user}"_s, report.pppoeUser)
                           .replace(u"{verdict}"_s, verdict.replace(u'_', u'-'));
    qCInfo(lcUi).noquote() << "diagnosis of" << report.pppoeUser << "is final:" << verdict << "in" << report.elapsedMs
                           << "ms";
    grabSoon();
}

void ScreenshotDriver::typeQuery()
{
    // The demo's start-up sync opened its panel: the operator has closed it by now.
    if (m_request.hideSyncPanel && m_window->syncDock())
        m_window->syncDock()->hide();
    if (m_request.query.isEmpty()) {
        grabSoon();
        return;
    }
    m_typed = true;
    SearchField *field = m_window->searchField();
    field->setFocus(Qt::OtherFocusReason);
    field->setText(m_request.query);
    field->flush();
}

void ScreenshotDriver::selectRow()
{
    ResultsView *results = m_window->resultsView();
    if (results->rowCountShown() == 0) {
        fail(u"no results for \"%1\""_s.arg(m_request.query));
        return;
    }
    int row = qBound(0, m_request.row, results->rowCountShown() - 1);
    if (!m_request.pppoeUser.isEmpty()) {
        row = -1;
        for (int candidate = 0; candidate < results->rowCountShown() && row < 0; ++candidate) {
            const auto hit = results->hitAt(candidate);
            if (hit && hit->pppoeUser.compare(m_request.pppoeUser, Qt::CaseInsensitive) == 0)
                row = candidate;
        }
        if (row < 0) {
            fail(u"no result row has the PPPoE user \"%1\""_s.arg(m_request.pppoeUser));
            return;
        }
    }
    m_selected = true;
    results->setFocus(Qt::OtherFocusReason);
    results->selectRow(row);
}

void ScreenshotDriver::grabSoon()
{
    QTimer::singleShot(settleMilliseconds, this, &ScreenshotDriver::grab);
}

void ScreenshotDriver::grab()
{
    if (m_done || !m_window)
        return;

    const bool series = m_diagnosis >= 0;
    const QString file = series ? m_fileOfThisShot : m_request.file;
    if (!series) {
        m_done = true;
        m_timeout.stop();
    }
    const QPixmap picture = m_window->grab();
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (picture.isNull() || !picture.save(file, "PNG")) {
        m_done = false;
        fail(u"cannot write %1"_s.arg(file));
        return;
    }
    qCInfo(lcUi).noquote() << "screenshot saved to" << file;
    if (series) {
        m_saved << file;
        nextDiagnosis();
        return;
    }
    emit finished(true, file);
}

void ScreenshotDriver::openSnmpAdmin()
{
    if (m_done || !m_window)
        return;
    m_window->snmpAdminAction()->trigger();
    if (!m_window->snmpAdminWindow()) {
        fail(u"the SNMP admin window did not open (is the profile open?)"_s);
        return;
    }
    m_snmpTab = -1;
    nextSnmpTab();
}

void ScreenshotDriver::nextSnmpTab()
{
    using Tab = Snmp::SnmpAdminWindow::Tab;
    static const QHash<QString, Tab> tabs{
        {u"brands"_s, Tab::Brands},         {u"olts"_s, Tab::Olts}, {u"oids"_s, Tab::Oids}, {u"jobs"_s, Tab::Jobs},
        {u"executions"_s, Tab::Executions}, {u"onus"_s, Tab::Onus}};
    auto *admin = qobject_cast<Snmp::SnmpAdminWindow *>(m_window ? m_window->snmpAdminWindow() : nullptr);
    if (m_done || !admin) {
        fail(u"the SNMP admin window closed"_s);
        return;
    }
    if (++m_snmpTab >= m_request.snmpTabs.size()) {
        m_done = true;
        m_timeout.stop();
        emit finished(true, m_saved.join(u", "_s));
        return;
    }
    const QString name = m_request.snmpTabs.at(m_snmpTab).toLower();
    if (!tabs.contains(name)) {
        fail(u"unknown SNMP tab '%1' (brands, olts, oids, jobs, executions, onus)"_s.arg(name));
        return;
    }
    admin->showTab(tabs.value(name));
    if (name == u"executions" && !m_waitedForRunning) {
        // The demo's jobs start on the monitor's next tick: wait (a while) for one to run.
        m_waitedForRunning = true;
        auto *poll = new QTimer(this);
        auto *clock = new QElapsedTimer;
        clock->start();
        connect(poll, &QTimer::timeout, this, [this, poll, clock, admin = QPointer(admin)] {
            bool running = false;
            if (admin) {
                const QAbstractItemModel *rows = admin->tab(Snmp::SnmpAdminWindow::Tab::Executions)->proxy();
                for (int row = 0; row < rows->rowCount() && !running; ++row)
                    for (int column = 0; column < rows->columnCount() && !running; ++column)
                        running = rows->index(row, column).data().toString().startsWith(u"running"_s);
            }
            if (running || clock->elapsed() > 30000) {
                poll->deleteLater();
                delete clock;
                --m_snmpTab; // this tab again, now with the poll running
                nextSnmpTab();
            }
        });
        poll->start(100);
        return;
    }
    QTimer::singleShot(1500, this, [this, name] {
        auto *shown = m_window ? m_window->snmpAdminWindow() : nullptr;
        if (m_done || !shown)
            return;
        QString file = m_request.file;
        file.replace(u"{tab}"_s, name);
        const QPixmap picture = shown->grab();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (picture.isNull() || !picture.save(file, "PNG")) {
            fail(u"cannot write %1"_s.arg(file));
            return;
        }
        qCInfo(lcUi).noquote() << "screenshot saved to" << file;
        m_saved << file;
        nextSnmpTab();
    });
}

void ScreenshotDriver::nextSettingsPage()
{
    using Page = SettingsDialog::Page;
    static const QHash<QString, Page> pages{{u"general"_s, Page::General},       {u"ispcube"_s, Page::IspCube},
                                            {u"smartolt"_s, Page::SmartOlt},     {u"cnmaestro"_s, Page::CnMaestro},
                                            {u"routers"_s, Page::Routers},       {u"tls"_s, Page::TlsExceptions},
                                            {u"thresholds"_s, Page::Thresholds}, {u"users"_s, Page::Users}};
    if (m_done || !m_window)
        return;
    if (++m_settingsPage >= m_request.settingsPages.size()) {
        m_done = true;
        m_timeout.stop();
        if (QWidget *dialog = m_window->settingsDialog())
            dialog->close();
        emit finished(true, m_saved.join(u", "_s));
        return;
    }
    const QString name = m_request.settingsPages.at(m_settingsPage).toLower();
    if (!pages.contains(name)) {
        fail(u"unknown settings page '%1' (general, ispcube, smartolt, cnmaestro, routers, tls, thresholds, users)"_s
                 .arg(name));
        return;
    }
    auto *dialog = qobject_cast<SettingsDialog *>(m_window->openSettings(int(pages.value(name))));
    if (!dialog) {
        fail(u"the settings dialog did not open (is a profile open?)"_s);
        return;
    }
    dialog->showPage(pages.value(name));
    ConnectionTestView *test = nullptr;
    if (SourcePage *source = dialog->sourcePage(name == u"ispcube"         ? SourceKind::IspCube
                                                    : name == u"smartolt"  ? SourceKind::SmartOlt
                                                    : name == u"cnmaestro" ? SourceKind::CnMaestro
                                                                           : SourceKind::RouterOs)) {
        test = source->testView();
        source->requestTest();
    } else if (name == u"routers") {
        test = dialog->routersPage()->testView();
        dialog->routersPage()->requestTest();
    }
    // Grab once the test has an outcome (or after 20 s, as it is).
    auto *poll = new QTimer(this);
    auto *clock = new QElapsedTimer;
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, poll, clock, name, test = QPointer(test), dialog = QPointer(dialog)] {
        const QString summary = test ? test->summary() : QString();
        const bool testing = test && (summary.endsWith(u'…') || summary.isEmpty());
        if (testing && clock->elapsed() < 20000)
            return;
        poll->deleteLater();
        delete clock;
        if (m_done || !dialog)
            return fail(u"the settings dialog closed"_s);
        QString file = m_request.file;
        file.replace(u"{page}"_s, name);
        const QPixmap picture = dialog->grab();
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (picture.isNull() || !picture.save(file, "PNG"))
            return fail(u"cannot write %1"_s.arg(file));
        qCInfo(lcUi).noquote() << "screenshot saved to" << file;
        m_saved << file;
        nextSettingsPage();
    });
    poll->start(test ? 200 : 800);
}

void ScreenshotDriver::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished(false, message);
}

} // namespace Beholder
