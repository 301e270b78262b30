// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven from the keyboard, offscreen, on a hand-made ISP:
// what an operator does on a call (type, go down, open) must show the right
// customer, hostile input must not hurt, and closing mid-work must not crash.
#include "cache/cachedatabase.h"
#include "cache/cachesummary.h"
#include "customerpanel.h"
#include "detailsection.h"
#include "mainwindow.h"
#include "profile/profilemanager.h"
#include "resultsview.h"
#include "search/searchresultmodel.h"
#include "search/searchservice.h"
#include "searchfield.h"
#include "statusbarwidgets.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchFieldHasFocusAtStart();
    void statusBarSaysWhatIsCached();
    void typingShowsMatchingRows();
    void downAndEnterOpenTheCustomer();
    void downRightAfterTypingWaitsForTheAnswer();
    void upFromFirstRowReturnsToSearch();
    void ctrlKFocusesSearchFromAnywhere();
    void escapeClearsTheSearch();
    void enterInSearchOpensBestMatch();
    void noMatchSaysSo();
    void hostileInputIsHarmless_data();
    void hostileInputIsHarmless();
    void resultsModelPassesModelTester();
    void unlinkedSecretShowsNotInCrm();
    void crmRouterMismatchIsFlagged();
    void wirelessCustomerShowsWirelessNotFibre();
    void losOnuIsShownAsCritical();
    void customerTextIsPlainNotMarkup();
    void closingDuringSearchDoesNotCrash();
    void closingDuringDetailsLoadDoesNotCrash();
    void columnLayoutIsRemembered();
    void otherServiceLinkOpensIt();
    void switchingProfilesKeepsThemApart();
    void emptyProfileSaysHowToGetData();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profileName, const SessionOptions &options = {});
    QStringList shownNames() const;
    int rowOf(const QString &name) const;
    int rowOfUser(const QString &pppoeUser) const;
    bool typeAndWait(const QString &text);
    bool openRowOf(const QString &name);
    bool noDialogOpen() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    Test::isolateFromUserData();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &profileName, const SessionOptions &options)
{
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(profileName);
    if (!profile)
        return nullptr;
    MainWindowOptions windowOptions;
    windowOptions.dataDirectory = m_dir->path();
    windowOptions.session = options;
    auto window = std::make_unique<MainWindow>(windowOptions, *profile);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const ProfileManager profiles(m_dir->path());
    const std::optional<Profile> profile = profiles.openOrCreate(u"villa"_s);
    QVERIFY(profile);
    // Written and closed before the window opens it, as a sync would leave it.
    QVERIFY(Test::createCache(profile->cacheFile(), Test::smallIsp()));
    SessionOptions options;
    options.syncDemoWhenEmpty = false;
    m_window = openWindow(u"villa"_s, options);
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->isDataReady());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QStringList TestMainWindow::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = m_window->resultsView()->viewModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, SearchResultModel::NameColumn).data().toString();
    return names;
}

int TestMainWindow::rowOf(const QString &name) const
{
    return int(shownNames().indexOf(name));
}

int TestMainWindow::rowOfUser(const QString &pppoeUser) const
{
    const QAbstractItemModel *model = m_window->resultsView()->viewModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SearchResultModel::PppoeColumn).data().toString() == pppoeUser)
            return row;
    }
    return -1;
}

bool TestMainWindow::typeAndWait(const QString &text)
{
    SearchField *field = m_window->searchField();
    field->setFocus();
    field->clear();
    field->flush(); // so that typing the same text again is a new search
    QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
    QTest::keyClicks(field, text);
    return shown.wait(5000) || !shown.isEmpty();
}

bool TestMainWindow::openRowOf(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    m_window->resultsView()->setFocus();
    m_window->resultsView()->selectRow(row);
    QTest::keyClick(m_window->resultsView(), Qt::Key_Return);
    return true;
}

bool TestMainWindow::noDialogOpen() const
{
    if (QApplication::activeModalWidget())
        return false;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (const QWidget *widget : windows) {
        if (widget->isVisible() && (qobject_cast<const QMessageBox *>(widget) || qobject_cast<const QDialog *>(widget)))
            return false;
    }
    return true;
}

void TestMainWindow::searchFieldHasFocusAtStart()
{
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QVERIFY(m_window->searchField()->placeholderText().contains(u"PPPoE"_s));
    QVERIFY(m_window->searchField()->isClearButtonEnabled());
}

void TestMainWindow::statusBarSaysWhatIsCached()
{
    const auto *status = m_window->findChild<CacheStatusWidget *>(u"cacheStatus"_s);
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(u"villa"_s), qPrintable(status->text()));
    QTRY_VERIFY2(status->text().contains(u"7 customers"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"data as of"_s), qPrintable(status->text()));
}

void TestMainWindow::typingShowsMatchingRows()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY2(shownNames().contains(u"María Pérez"_s), qPrintable(shownNames().join(u", "_s)));
    QVERIFY(shownNames().contains(u"PEREZ JUAN CARLOS"_s));
    QVERIFY(!shownNames().contains(u"José Muñoz"_s));
    QVERIFY2(m_window->resultsSummary().contains(u"results in"_s), qPrintable(m_window->resultsSummary()));
}

void TestMainWindow::downAndEnterOpenTheCustomer()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(rowOfUser(u"mperez"_s) >= 0);
    const int target = rowOfUser(u"mperez"_s);

    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTRY_VERIFY(m_window->resultsView()->hasFocus());
    QCOMPARE(m_window->resultsView()->currentIndex().row(), 0);
    for (int row = 0; row < target; ++row)
        QTest::keyClick(m_window->resultsView(), Qt::Key_Down);
    QCOMPARE(m_window->resultsView()->currentIndex().row(), target);
    QTest::keyClick(m_window->resultsView(), Qt::Key_Return);

    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY2(panel->plainText().contains(u"María Pérez"_s), qPrintable(panel->plainText()));
    QTRY_VERIFY2(panel->plainText().contains(u"mperez"_s), qPrintable(panel->plainText()));
    QStringList titles;
    const QList<DetailSection *> sections = panel->sections();
    for (const DetailSection *section : sections)
        titles << section->title();
    QVERIFY2(titles.contains(u"Customer"_s) && titles.contains(u"Service"_s) && titles.contains(u"Router"_s)
                 && titles.contains(u"Fibre"_s) && titles.contains(u"Tickets"_s),
             qPrintable(titles.join(u", "_s)));
    QVERIFY2(!titles.contains(u"Wireless"_s), "a fibre customer has no wireless section");
    // Every section with data says how old it is.
    for (const DetailSection *section : sections) {
        if (section->fetchedAt()) {
            QVERIFY2(section->plainText().size() > 0, qPrintable(section->title()));
            const auto *age = section->findChild<QLabel *>(u"ageLabel"_s);
            QVERIFY(age);
            QVERIFY2(age->text().startsWith(u"as of"_s), qPrintable(age->text()));
        }
    }
    // Her other connection is offered, and the open ticket shown.
    QVERIFY2(panel->plainText().contains(u"mperez2"_s), qPrintable(panel->plainText()));
    QVERIFY2(panel->plainText().contains(u"Sin servicio"_s), qPrintable(panel->plainText()));
    QVERIFY2(panel->plainText().contains(u"OLT-CENTRO 0/1/3:1"_s), qPrintable(panel->plainText()));
}

void TestMainWindow::downRightAfterTypingWaitsForTheAnswer()
{
    // A fast operator: types and presses Down before the debounce or the search is over.
    SearchField *field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, u"jmunoz"_s);
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_VERIFY(m_window->resultsView()->hasFocus());
    QTRY_COMPARE(m_window->resultsView()->currentIndex().row(), 0);
    QTRY_VERIFY2(m_window->customerPanel()->plainText().contains(u"José Muñoz"_s),
                 qPrintable(m_window->customerPanel()->plainText()));
}

void TestMainWindow::upFromFirstRowReturnsToSearch()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 1);
    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTRY_VERIFY(m_window->resultsView()->hasFocus());
    QTest::keyClick(m_window->resultsView(), Qt::Key_Down);
    QCOMPARE(m_window->resultsView()->currentIndex().row(), 1);
    QTest::keyClick(m_window->resultsView(), Qt::Key_Up);
    QVERIFY(m_window->resultsView()->hasFocus());
    QTest::keyClick(m_window->resultsView(), Qt::Key_Up);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QCOMPARE(m_window->searchField()->text(), u"perez"_s);
}

void TestMainWindow::ctrlKFocusesSearchFromAnywhere()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 0);
    m_window->resultsView()->setFocus();
    QTRY_VERIFY(m_window->resultsView()->hasFocus());
    QTest::keyClick(m_window->resultsView(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    // The old query is selected, so typing replaces it.
    QCOMPARE(m_window->searchField()->selectedText(), u"perez"_s);

    m_window->customerPanel()->setFocus();
    QTest::keyClick(m_window->customerPanel(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
}

void TestMainWindow::escapeClearsTheSearch()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 0);
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QVERIFY(m_window->searchField()->text().isEmpty());
    QTRY_COMPARE(m_window->resultsView()->rowCountShown(), 0);
    QVERIFY(m_window->resultsView()->placeholderText().startsWith(u"Type to search"_s));
}

void TestMainWindow::enterInSearchOpensBestMatch()
{
    SearchField *field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, u"espiga"_s);
    QTest::keyClick(field, Qt::Key_Return); // before the debounce: opens when the answer arrives
    QTRY_VERIFY2(m_window->customerPanel()->plainText().contains(u"Panadería La Espiga SRL"_s),
                 qPrintable(m_window->customerPanel()->plainText()));
    QTRY_VERIFY(m_window->resultsView()->hasFocus());
}

void TestMainWindow::noMatchSaysSo()
{
    QVERIFY(typeAndWait(u"xyzzyqq"_s));
    QTRY_COMPARE(m_window->resultsView()->rowCountShown(), 0);
    QTRY_VERIFY2(m_window->resultsView()->placeholderText().contains(u"No customer matches “xyzzyqq”"_s),
                 qPrintable(m_window->resultsView()->placeholderText()));
}

void TestMainWindow::hostileInputIsHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sql") << u"\"; DROP TABLE customers; --"_s;
    QTest::newRow("fts syntax") << u"perez* OR NEAR(\"a\" b) AND -x:y ^z"_s;
    QTest::newRow("markup") << u"<b>perez</b><img src=x onerror=alert(1)>"_s;
    QTest::newRow("10000 chars") << QString(10'000, u'a');
    QTest::newRow("10000 words") << QString(u"pe "_s).repeated(3'334);
    QTest::newRow("control and emoji") << u"\u0001\u0000\t\U0001F525 perez"_s;
}

void TestMainWindow::hostileInputIsHarmless()
{
    QFETCH(QString, text);
    SearchField *field = m_window->searchField();
    QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
    field->setFocus();
    bool latin1 = true;
    for (const QChar ch : text)
        latin1 = latin1 && ch.unicode() >= 0x20 && ch.unicode() < 0x7f;
    if (text.size() > 1000 || !latin1)
        field->setText(text); // a paste
    else
        QTest::keyClicks(field, text);
    field->flush();
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY(noDialogOpen());
    QVERIFY2(!m_window->resultsSummary().contains(u"failed"_s), qPrintable(m_window->resultsSummary()));
    QTest::keyClick(field, Qt::Key_Down); // and on into the (probably empty) results
    QTest::keyClick(m_window->resultsView(), Qt::Key_Return);

    // The cache is intact: the next ordinary search still finds people.
    QVERIFY(typeAndWait(u"munoz"_s));
    QTRY_VERIFY2(shownNames().contains(u"José Muñoz"_s), qPrintable(shownNames().join(u", "_s)));
    QVERIFY(noDialogOpen());
}

void TestMainWindow::resultsModelPassesModelTester()
{
    auto *service = m_window->session()->searchService();
    QVERIFY(service);
    QAbstractItemModelTester sourceTester(service->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewTester(m_window->resultsView()->viewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList queries{u"perez"_s, u"munoz"_s, u"xyzzy"_s, u"a"_s, u""_s, u"rgodoy"_s, u"perez"_s};
    for (const QString &query : queries) {
        QSignalSpy shown(m_window.get(), &MainWindow::resultsShown);
        m_window->searchField()->setText(query);
        m_window->searchField()->flush();
        QTRY_VERIFY(!shown.isEmpty());
    }
    // Sorting by a header and going back to the ranking keep the model sound too.
    m_window->resultsView()->sortByColumn(SearchResultModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(m_window->resultsView()->rowCountShown() > 1);
    const QStringList sorted = shownNames();
    QVERIFY(sorted.first().localeAwareCompare(sorted.last()) >= 0);
    m_window->resultsView()->sortByRelevance();
    QCOMPARE(m_window->resultsView()->horizontalHeader()->sortIndicatorSection(), -1);
}

void TestMainWindow::unlinkedSecretShowsNotInCrm()
{
    QVERIFY(typeAndWait(u"rgodoy"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 0);
    const QAbstractItemModel *model = m_window->resultsView()->viewModel();
    QCOMPARE(model->index(0, SearchResultModel::StatusColumn).data().toString(), u"Not in CRM"_s);
    QVERIFY(!model->index(0, SearchResultModel::StatusColumn).data(Qt::DecorationRole).isNull());

    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTest::keyClick(m_window->resultsView(), Qt::Key_Return);
    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY2(panel->plainText().contains(u"Not in CRM: the PPPoE user “rgodoy” exists on VMA-CCR-02"_s),
                 qPrintable(panel->plainText()));
    QVERIFY(panel->findChild<QWidget *>(u"notInCrmBadge"_s));
}

void TestMainWindow::crmRouterMismatchIsFlagged()
{
    QVERIFY(typeAndWait(u"lnunez"_s));
    QTRY_VERIFY(rowOf(u"Lucía Núñez"_s) >= 0);
    QVERIFY(openRowOf(u"Lucía Núñez"_s));
    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY2(panel->plainText().contains(u"CRM and router disagree: the CRM says VMA-CCR-01, but the PPP "
                                             u"secret is on VMA-CCR-02"_s),
                 qPrintable(panel->plainText()));
    QVERIFY(panel->findChild<QWidget *>(u"crmRouterBadge"_s));
    // Her ONU Rx of -28.2 dBm is below the budget.
    QVERIFY2(panel->plainText().contains(u"-28.2 dBm  ·  below budget"_s), qPrintable(panel->plainText()));
}

void TestMainWindow::wirelessCustomerShowsWirelessNotFibre()
{
    QVERIFY(typeAndWait(u"jmunoz"_s));
    QTRY_VERIFY(rowOf(u"José Muñoz"_s) >= 0);
    QVERIFY(openRowOf(u"José Muñoz"_s));
    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY2(panel->plainText().contains(u"SM-Munoz"_s), qPrintable(panel->plainText()));
    QStringList titles;
    const QList<DetailSection *> sections = panel->sections();
    for (const DetailSection *section : sections)
        titles << section->title();
    QVERIFY2(titles.contains(u"Wireless"_s) && !titles.contains(u"Fibre"_s), qPrintable(titles.join(u", "_s)));
    QVERIFY2(panel->plainText().contains(u"T-VMA-NORTE-S1"_s), qPrintable(panel->plainText()));
}

void TestMainWindow::losOnuIsShownAsCritical()
{
    QVERIFY(typeAndWait(u"jcperez"_s));
    QTRY_VERIFY(rowOf(u"PEREZ JUAN CARLOS"_s) >= 0);
    QVERIFY(openRowOf(u"PEREZ JUAN CARLOS"_s));
    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY2(panel->plainText().contains(u"HWTC00000003"_s), qPrintable(panel->plainText()));
    QVERIFY2(panel->plainText().contains(u"LOS"_s), qPrintable(panel->plainText()));
    QVERIFY2(panel->plainText().contains(u"Suspended"_s), qPrintable(panel->plainText()));
    QVERIFY2(panel->plainText().contains(u"no reading (ONU offline)"_s), qPrintable(panel->plainText()));
}

void TestMainWindow::customerTextIsPlainNotMarkup()
{
    // Whatever comes from the CRM is shown as text: no label of the card may interpret markup.
    QVERIFY(typeAndWait(u"mperez"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 0);
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->customerPanel()->shownHit().has_value());
    const QList<QLabel *> labels = m_window->customerPanel()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->textFormat() == Qt::RichText) {
            // Only the "other services" links are rich text, and they are built escaped.
            QVERIFY2(label->text().contains(u"href=\"pppoe:"_s), qPrintable(label->text()));
        } else {
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty(), qPrintable(label->text()));
        }
    }
}

void TestMainWindow::closingDuringSearchDoesNotCrash()
{
    SearchField *field = m_window->searchField();
    field->setText(u"perez"_s);
    field->flush(); // the search is now on its worker
    m_window->close();
    m_window.reset();
    QTest::qWait(50); // any late callback would run (and crash) here
    QVERIFY(true);
}

void TestMainWindow::closingDuringDetailsLoadDoesNotCrash()
{
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(m_window->resultsView()->rowCountShown() > 2);
    for (int row = 0; row < 3; ++row)
        m_window->resultsView()->selectRow(row); // three loads, the last one in flight
    m_window.reset();
    QTest::qWait(50);
    QVERIFY(true);
}

void TestMainWindow::columnLayoutIsRemembered()
{
    ResultsView *view = m_window->resultsView();
    QVERIFY(!view->isColumnHidden(SearchResultModel::PppoeColumn));
    QVERIFY(view->isColumnHidden(SearchResultModel::IpColumn));
    view->setColumnHidden(SearchResultModel::PppoeColumn, true);
    view->setColumnHidden(SearchResultModel::IpColumn, false);
    m_window->close(); // saves to <data dir>/beholder.ini
    m_window.reset();
    QVERIFY(QFile::exists(m_dir->filePath(u"beholder.ini"_s)));

    SessionOptions options;
    options.syncDemoWhenEmpty = false;
    m_window = openWindow(u"villa"_s, options);
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->isDataReady());
    QVERIFY(m_window->resultsView()->isColumnHidden(SearchResultModel::PppoeColumn));
    QVERIFY(!m_window->resultsView()->isColumnHidden(SearchResultModel::IpColumn));
    // A new start is in ranking order, whatever the last sort was.
    QCOMPARE(m_window->resultsView()->horizontalHeader()->sortIndicatorSection(), -1);
}

void TestMainWindow::otherServiceLinkOpensIt()
{
    QVERIFY(typeAndWait(u"mperez"_s));
    QTRY_VERIFY(rowOfUser(u"mperez"_s) >= 0);
    m_window->resultsView()->selectRow(rowOfUser(u"mperez"_s));
    CustomerPanel *panel = m_window->customerPanel();
    QTRY_VERIFY(panel->shownHit() && panel->shownHit()->pppoeUser == u"mperez"_s);
    // What clicking the "mperez2" link under "Other services" does.
    emit panel->pppoeUserActivated(u"mperez2"_s);
    QCOMPARE(m_window->searchField()->text(), u"mperez2"_s);
    QTRY_VERIFY(panel->shownHit() && panel->shownHit()->pppoeUser == u"mperez2"_s);
    QVERIFY2(panel->plainText().contains(u"VMA-CCR-02"_s), qPrintable(panel->plainText()));
}

void TestMainWindow::switchingProfilesKeepsThemApart()
{
    QVERIFY(m_window->switchProfile(u"other"_s));
    QCOMPARE(m_window->session()->profile().name(), u"other"_s);
    QVERIFY(m_window->windowTitle().contains(u"other"_s));
    QTRY_COMPARE(m_window->session()->state(), ProfileSession::State::Ready);
    QTRY_VERIFY(m_window->resultsView()->placeholderText().contains(u"No cached data"_s));
    QCOMPARE(ProfileManager(m_dir->path()).defaultProfileName(), u"other"_s);
    QVERIFY(typeAndWait(u"perez"_s));
    QCOMPARE(m_window->resultsView()->rowCountShown(), 0); // villa's customers are not here

    QVERIFY(m_window->switchProfile(u"villa"_s));
    QTRY_VERIFY(m_window->isDataReady());
    QVERIFY(typeAndWait(u"perez"_s));
    QTRY_VERIFY(shownNames().contains(u"María Pérez"_s));
    QCOMPARE(ProfileManager(m_dir->path()).defaultProfileName(), u"villa"_s);

    // An invalid name is refused with a message, and the open profile stays.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!m_window->switchProfile(u"../escape"_s));
    QCOMPARE(m_window->session()->profile().name(), u"villa"_s);
    QVERIFY(!QDir(m_dir->filePath(u"escape"_s)).exists());
}

void TestMainWindow::emptyProfileSaysHowToGetData()
{
    SessionOptions options;
    options.syncDemoWhenEmpty = false;
    m_window.reset();
    m_window = openWindow(u"empty"_s, options);
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->session()->state(), ProfileSession::State::Ready);
    QTRY_VERIFY2(m_window->resultsView()->placeholderText().contains(u"No cached data"_s),
                 qPrintable(m_window->resultsView()->placeholderText()));
    QVERIFY(!m_window->isDataReady());
    // Typing on an empty cache is harmless and keeps saying so.
    QVERIFY(typeAndWait(u"perez"_s));
    QVERIFY(m_window->resultsView()->placeholderText().contains(u"No cached data"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
