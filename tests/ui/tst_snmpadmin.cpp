// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP admin screens, offscreen, on a real cache file and an in-memory
// keychain, without a monitor: the tables fill off the GUI thread and filter
// as the admin types; the OLT form refuses what the rules refuse, and its
// community goes to the keychain, never to the cache; batch disable and
// delete reach the store; executions show their status and attempts and
// follow executionChanged(). With BEHOLDER_SCREENSHOT_DIR set, it also saves
// pictures of the OLT, execution and ONU tabs for a look at the layout.
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "snmp/oltsecrets.h"
#include "snmp/snmpstore.h"
#include "snmpadmin/oltdialog.h"
#include "snmpadmin/recordfilterproxy.h"
#include "snmpadmin/recordtablemodel.h"
#include "snmpadmin/snmpadmincolumns.h"
#include "snmpadmin/snmpadminwindow.h"
#include "snmpadmin/snmpmonitorwiring.h" // compiled here; the main window calls it with the real monitor
#include "snmpadmin/snmptabletab.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString profileName = u"isp1"_s;
const QString community = u"c0mmunity-n0t-in-cache"_s;

SnmpOlt oltOf(const QString &name, const QString &host, std::optional<qint64> brandId)
{
    SnmpOlt olt;
    olt.name = name;
    olt.host = host;
    olt.brandId = brandId;
    return olt;
}

// The display text of `column` in the proxy row whose record id is `id`; empty when not shown.
QString cellOf(const QAbstractItemModel *model, qint64 id, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordRoles::IdRole).toLongLong() == id)
            return model->index(row, column).data().toString();
    }
    return {};
}

QByteArray cacheBytes(const QString &cacheFile)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile file(cacheFile + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestSnmpAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tablesFillAndFilterAsTheAdminTypes();
    void withoutMonitorRunAndTestAreDisabledWithAReason();
    void oltFormChecksAsYouTypeAndKeepsTheCommunityInTheKeychain();
    void oltFormShowsTheStoresDuplicateNextToTheName();
    void batchDisableReachesTheStore();
    void deleteAsksAndRemovesTheOltAndItsSecrets();
    void executionsShowStatusAttemptsAndFollowChanges();
    void onuDataShowsTheOltsOnusAndRawValues();
    void screenshots();

private:
    SnmpStore &store() { return *m_store; }
    std::unique_ptr<SnmpAdminWindow> openWindow();
    void seedOnus();

    QTemporaryDir m_dir;
    QString m_cacheFile;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SnmpStore> m_store;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    qint64 m_brand = 0;
    QList<qint64> m_olts;
    qint64 m_job = 0;
    int m_caseNumber = 0;
};

void TestSnmpAdmin::initTestCase()
{
    Test::isolateFromUserData();
    QVERIFY(m_dir.isValid());
}

void TestSnmpAdmin::init()
{
    // A cache per test: each starts from the same three OLTs and one job.
    m_cacheFile = m_dir.filePath(u"cache%1.sqlite"_s.arg(++m_caseNumber));
    m_cache = std::make_unique<CacheDatabase>(m_cacheFile);
    QString error;
    QVERIFY2(m_cache->open(&error), qPrintable(error));
    m_store = std::make_unique<SnmpStore>(m_cache->connection());
    m_secrets = std::make_unique<MemoryCredentialStore>(profileName);

    SnmpBrand huawei;
    huawei.name = u"Huawei"_s;
    huawei.enterprise = 2011;
    const StoreResult<qint64> brand = store().insertBrand(huawei);
    QVERIFY2(brand.ok(), qPrintable(brand.error.message));
    m_brand = *brand.value;
    m_olts.clear();
    for (const SnmpOlt &olt :
         {oltOf(u"olt-centro"_s, u"10.20.0.1"_s, m_brand), oltOf(u"olt-norte"_s, u"10.20.0.2"_s, m_brand),
          oltOf(u"olt-sur"_s, u"olt-sur.example.net"_s, std::nullopt)}) {
        const StoreResult<qint64> id = store().insertOlt(olt);
        QVERIFY2(id.ok(), qPrintable(id.error.message));
        m_olts << *id.value;
    }
    SnmpJob job;
    job.name = u"polling-5min"_s;
    job.kind = JobKind::Polling;
    job.intervalS = 300;
    job.oltIds = m_olts;
    const StoreResult<qint64> jobId = store().insertJob(job);
    QVERIFY2(jobId.ok(), qPrintable(jobId.error.message));
    m_job = *jobId.value;
}

void TestSnmpAdmin::cleanup()
{
    m_store.reset();
    m_cache.reset();
    m_secrets.reset();
}

std::unique_ptr<SnmpAdminWindow> TestSnmpAdmin::openWindow()
{
    auto window = std::make_unique<SnmpAdminWindow>(m_cacheFile, m_secrets.get());
    window->show();
    QSignalSpy loaded(window.get(), &SnmpAdminWindow::loaded);
    if (!loaded.wait(10'000))
        return nullptr;
    return window;
}

void TestSnmpAdmin::tablesFillAndFilterAsTheAdminTypes()
{
    const auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->tab(SnmpAdminWindow::Tab::Brands)->proxy()->rowCount(), 1);
    QCOMPARE(window->tab(SnmpAdminWindow::Tab::Jobs)->proxy()->rowCount(), 1);
    SnmpTableTab *olts = window->tab(SnmpAdminWindow::Tab::Olts);
    QCOMPARE(olts->proxy()->rowCount(), 3);
    // Names of other rows are shown, not ids.
    QCOMPARE(cellOf(olts->proxy(), m_olts.at(0), OltColumn::Brand), u"Huawei"_s);
    QCOMPARE(cellOf(window->tab(SnmpAdminWindow::Tab::Jobs)->proxy(), m_job, JobColumn::Olts),
             u"olt-centro, olt-norte, olt-sur"_s);

    window->showTab(SnmpAdminWindow::Tab::Olts);
    // Ctrl+F reaches the search of the tab on show.
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keySequence(window.get(), QKeySequence::Find);
    QTRY_VERIFY(olts->searchField()->hasFocus());
    QTest::keyClicks(olts->searchField(), u"NORTE"_s); // any case
    QCOMPARE(olts->proxy()->rowCount(), 1);
    QCOMPARE(cellOf(olts->proxy(), m_olts.at(1), OltColumn::Name), u"olt-norte"_s);
    olts->searchField()->clear();
    QTest::keyClicks(olts->searchField(), u"huawei"_s); // another column: the brand
    QCOMPARE(olts->proxy()->rowCount(), 2);
    olts->searchField()->clear();
    QCOMPARE(olts->proxy()->rowCount(), 3);
}

void TestSnmpAdmin::withoutMonitorRunAndTestAreDisabledWithAReason()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Olts);
    window->tab(SnmpAdminWindow::Tab::Olts)->selectIds({m_olts.at(0)});
    auto *disable = window->findChild<QAction *>(u"disableOltsAction"_s);
    QVERIFY(disable);
    QVERIFY(disable->isEnabled());
    for (const QString &name :
         {u"runOltsAction"_s, u"testOltAction"_s, u"runJobsAction"_s, u"cancelExecutionsAction"_s}) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(action->toolTip().contains(u"not running"_s), qPrintable(action->toolTip()));
    }
}

void TestSnmpAdmin::oltFormChecksAsYouTypeAndKeepsTheCommunityInTheKeychain()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Olts);
    window->findChild<QAction *>(u"addOltAction"_s)->trigger();
    auto *form = qobject_cast<OltDialog *>(window->openForm());
    QVERIFY(form);
    QVERIFY(!form->okButton()->isEnabled()); // nothing typed yet

    QTest::keyClicks(form->nameEdit(), u"olt-este"_s);
    QTest::keyClicks(form->hostEdit(), u"bad host!"_s);
    QVERIFY(!form->okButton()->isEnabled());
    QVERIFY(!form->message().isEmpty());
    QVERIFY(!form->fieldNote(u"host"_s).isEmpty());

    form->hostEdit()->clear();
    QTest::keyClicks(form->hostEdit(), u"10.20.0.9"_s);
    QVERIFY(form->fieldNote(u"host"_s).isEmpty());
    // A new v2c OLT needs its community.
    QVERIFY(!form->okButton()->isEnabled());
    QVERIFY(!form->fieldNote(u"community"_s).isEmpty());
    QCOMPARE(form->communityEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(form->communityEdit()->isVisibleTo(form));
    QTest::keyClicks(form->communityEdit(), community);
    QVERIFY(form->okButton()->isEnabled());
    QVERIFY(form->message().isEmpty());

    // v3 fields appear only for v3.
    form->versionCombo()->setCurrentIndex(1);
    QVERIFY(!form->communityEdit()->isVisibleTo(form));
    QVERIFY(!form->okButton()->isEnabled()); // needs a user and passwords
    form->versionCombo()->setCurrentIndex(0);
    QVERIFY(form->okButton()->isEnabled());

    QSignalSpy saved(form, &SnmpFormDialog::saved);
    QTest::mouseClick(form->okButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10'000));
    const qint64 id = saved.constFirst().constFirst().toLongLong();
    QVERIFY(id > 0);

    const StoreResult<SnmpOlt> olt = store().olt(id);
    QVERIFY(olt.ok());
    QCOMPARE(olt.value->name, u"olt-este"_s);
    QCOMPARE(olt.value->host, u"10.20.0.9"_s);
    QCOMPARE(m_secrets->secrets()->value(profileName, oltSecretKey(id, OltSecret::Community)), community);
    QVERIFY(!cacheBytes(m_cacheFile).contains(community.toUtf8()));
    QTRY_COMPARE(window->tab(SnmpAdminWindow::Tab::Olts)->proxy()->rowCount(), 4);
    QTRY_VERIFY(!window->openForm());

    // Edit with the community left empty: the stored one stays.
    window->tab(SnmpAdminWindow::Tab::Olts)->selectIds({id});
    window->findChild<QAction *>(u"editOltAction"_s)->trigger();
    auto *edit = qobject_cast<OltDialog *>(window->openForm());
    QVERIFY(edit);
    QVERIFY(edit->communityEdit()->text().isEmpty());
    QVERIFY(edit->okButton()->isEnabled());
    edit->hostEdit()->clear();
    QTest::keyClicks(edit->hostEdit(), u"10.20.0.10"_s);
    QSignalSpy editSaved(edit, &SnmpFormDialog::saved);
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QVERIFY(editSaved.wait(10'000));
    QCOMPARE(store().olt(id).value->host, u"10.20.0.10"_s);
    QCOMPARE(m_secrets->secrets()->value(profileName, oltSecretKey(id, OltSecret::Community)), community);
}

void TestSnmpAdmin::oltFormShowsTheStoresDuplicateNextToTheName()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Olts);
    window->findChild<QAction *>(u"addOltAction"_s)->trigger();
    auto *form = qobject_cast<OltDialog *>(window->openForm());
    QVERIFY(form);
    QTest::keyClicks(form->nameEdit(), u"olt-norte"_s); // taken
    QTest::keyClicks(form->hostEdit(), u"10.20.0.99"_s);
    QTest::keyClicks(form->communityEdit(), community);
    QVERIFY(form->okButton()->isEnabled()); // uniqueness is the store's part
    QTest::mouseClick(form->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!form->fieldNote(u"name"_s).isEmpty());
    QVERIFY(form->isVisible());
    QVERIFY(!form->message().isEmpty());
    QVERIFY(form->okButton()->isEnabled());
    QVERIFY(m_secrets->secrets()->keys(profileName).isEmpty()); // nothing saved, nothing in the keychain
}

void TestSnmpAdmin::batchDisableReachesTheStore()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Olts);
    SnmpTableTab *olts = window->tab(SnmpAdminWindow::Tab::Olts);
    olts->selectIds({m_olts.at(0), m_olts.at(2)});
    QCOMPARE(olts->selectedIds().size(), 2);
    QSignalSpy loaded(window.get(), &SnmpAdminWindow::loaded);
    window->findChild<QAction *>(u"disableOltsAction"_s)->trigger();
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!store().olt(m_olts.at(0)).value->enabled);
    QVERIFY(store().olt(m_olts.at(1)).value->enabled);
    QVERIFY(!store().olt(m_olts.at(2)).value->enabled);
    QCOMPARE(cellOf(olts->proxy(), m_olts.at(0), OltColumn::Enabled), u"no"_s);
    QCOMPARE(olts->selectedIds().size(), 2); // the reload kept the selection

    window->findChild<QAction *>(u"enableOltsAction"_s)->trigger();
    QVERIFY(loaded.wait(10'000));
    QVERIFY(store().olt(m_olts.at(0)).value->enabled);
}

void TestSnmpAdmin::deleteAsksAndRemovesTheOltAndItsSecrets()
{
    const qint64 doomed = m_olts.at(1);
    m_secrets->secrets()->setValue(profileName, oltSecretKey(doomed, OltSecret::Community), community);
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Olts);
    SnmpTableTab *olts = window->tab(SnmpAdminWindow::Tab::Olts);
    olts->selectIds({doomed});
    olts->view()->setFocus();
    QTRY_VERIFY(olts->view()->hasFocus());
    QTest::keyClick(olts->view(), Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = window->findChild<QMessageBox *>(u"confirmDelete"_s)));
    QSignalSpy loaded(window.get(), &SnmpAdminWindow::loaded);
    confirm->button(QMessageBox::Yes)->click();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(store().olt(doomed).error.kind, StoreError::Kind::NotFound);
    QCOMPARE(olts->proxy()->rowCount(), 2);
    QTRY_VERIFY(m_secrets->secrets()->keys(profileName).isEmpty());
}

void TestSnmpAdmin::executionsShowStatusAttemptsAndFollowChanges()
{
    const UnixTime now = QDateTime::currentSecsSinceEpoch();
    const qint64 running = *store().createExecution(m_job, m_olts.at(0), now - 120).value;
    QVERIFY(!store().markRunning(running, now - 90).isError());
    SnmpAttempt attempt;
    attempt.startedAt = now - 90;
    attempt.finishedAt = now - 30;
    attempt.outcome = AttemptOutcome::Timeout;
    attempt.error = u"no answer within 60 s"_s;
    attempt.nextRetryAt = now + 270;
    QVERIFY(store().recordAttempt(running, attempt).ok());
    const qint64 failed = *store().createExecution(m_job, m_olts.at(1), now - 600).value;
    QVERIFY(!store().markRunning(failed, now - 600).isError());
    QVERIFY(!store()
                 .finishExecution(failed, ExecutionStatus::Failed, u"authentication failed"_s, std::nullopt, now - 500)
                 .isError());

    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Executions);
    SnmpTableTab *executions = window->tab(SnmpAdminWindow::Tab::Executions);
    QCOMPARE(executions->proxy()->rowCount(), 2);
    QVERIFY2(cellOf(executions->proxy(), running, ExecutionColumn::Status).startsWith(u"running"_s),
             qPrintable(cellOf(executions->proxy(), running, ExecutionColumn::Status)));
    QCOMPARE(cellOf(executions->proxy(), failed, ExecutionColumn::Status), u"failed"_s);
    QCOMPARE(cellOf(executions->proxy(), failed, ExecutionColumn::Error), u"authentication failed"_s);
    QCOMPARE(cellOf(executions->proxy(), failed, ExecutionColumn::Olt), u"olt-norte"_s);

    // The status filter.
    auto *status = window->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(ExecutionStatus::Failed)));
    QCOMPARE(executions->proxy()->rowCount(), 1);
    status->setCurrentIndex(0);
    QCOMPARE(executions->proxy()->rowCount(), 2);
    auto *olt = window->findChild<QComboBox *>(u"oltFilter"_s);
    olt->setCurrentIndex(olt->findData(m_olts.at(0)));
    QCOMPARE(executions->proxy()->rowCount(), 1);
    olt->setCurrentIndex(0);

    // The attempts of the selected execution.
    QSignalSpy attemptsLoaded(window.get(), &SnmpAdminWindow::attemptsLoaded);
    executions->selectIds({running});
    QVERIFY(attemptsLoaded.wait(10'000));
    const QAbstractItemModel *attempts = window->attemptsView()->model();
    QCOMPARE(attempts->rowCount(), 1);
    QCOMPARE(attempts->index(0, AttemptColumn::Outcome).data().toString(), u"timeout"_s);
    QCOMPARE(attempts->index(0, AttemptColumn::Error).data().toString(), u"no answer within 60 s"_s);
    QVERIFY(!attempts->index(0, AttemptColumn::NextRetry).data().toString().isEmpty());

    // The monitor says it finished: the row (and its attempts) are read again.
    QVERIFY(store()
                .recordAttempt(running,
                               [&] {
                                   SnmpAttempt second;
                                   second.startedAt = now - 20;
                                   second.finishedAt = now - 5;
                                   second.outcome = AttemptOutcome::Success;
                                   return second;
                               }())
                .ok());
    QVERIFY(!store().finishExecution(running, ExecutionStatus::Success, {}, 128, now - 5).isError());
    window->executionChanged(running);
    QTRY_COMPARE(cellOf(executions->proxy(), running, ExecutionColumn::Status), u"success"_s);
    QCOMPARE(cellOf(executions->proxy(), running, ExecutionColumn::Onus), u"128"_s);
    QTRY_COMPARE(attempts->rowCount(), 2);

    // A new execution appears as it is queued.
    const qint64 queued = *store().createExecution(m_job, m_olts.at(2), now).value;
    window->executionChanged(queued);
    QTRY_COMPARE(executions->proxy()->rowCount(), 3);
    QCOMPARE(cellOf(executions->proxy(), queued, ExecutionColumn::Status), u"pending"_s);
}

void TestSnmpAdmin::seedOnus()
{
    const quint32 pon = 0xFA000000u | (1u << 13) | (3u << 8); // Huawei 0/1/3
    QList<OnuReading> readings;
    QList<OnuDataValue> raw;
    const struct
    {
        const char *serial;
        const char *description;
        OnuRunState state;
        double rx;
    } onus[] = {
        {"HWTCA1B2C3D4", "Pérez, Juan — Av. Libertad 1234", OnuRunState::Online, -19.42},
        {"HWTC0000BEEF", "Muñoz, Ana", OnuRunState::Los, -40.0},
        {"HWTC12345678", "Núñez, Carlos", OnuRunState::DyingGasp, -21.7},
        {"HWTC87654321", "", OnuRunState::Online, -27.9},
    };
    quint32 onuId = 0;
    for (const auto &seed : onus) {
        OnuReading r;
        r.ponIfIndex = pon;
        r.onuId = onuId++;
        r.port = {0, 1, 3};
        r.serial = QString::fromLatin1(seed.serial);
        r.description = QString::fromUtf8(seed.description);
        r.state = seed.state;
        r.lastDownCause = seed.state == OnuRunState::Online ? QString() : u"LOS"_s;
        r.rxDbm = seed.rx;
        r.txDbm = 2.31;
        r.oltRxDbm = seed.rx - 2.5;
        r.distanceM = 1200 + int(onuId) * 350;
        readings << r;
        raw << OnuDataValue{pon, r.onuId, u"hwGponDeviceOntSn"_s, r.serial, 0}
            << OnuDataValue{pon, r.onuId, u"hwGponOntOpticalDdmRxPower"_s, QString::number(int(seed.rx * 100)), 0};
    }
    const StoreResult<OnuSaveCounts> saved
        = store().saveDiscovery(m_olts.at(0), readings, raw, QDateTime::currentSecsSinceEpoch() - 300);
    QVERIFY2(saved.ok(), qPrintable(saved.error.message));
}

void TestSnmpAdmin::onuDataShowsTheOltsOnusAndRawValues()
{
    seedOnus();
    const auto window = openWindow();
    QVERIFY(window);
    window->showTab(SnmpAdminWindow::Tab::Onus);
    SnmpTableTab *onus = window->tab(SnmpAdminWindow::Tab::Onus);
    QCOMPARE(window->onuOltCombo()->currentData().toLongLong(), m_olts.at(0));
    QTRY_COMPARE(onus->proxy()->rowCount(), 4);
    QCOMPARE(onus->proxy()->index(0, OnuColumn::Port).data().toString(), u"0/1/3"_s);

    auto *state = window->findChild<QComboBox *>(u"onuStateFilter"_s);
    state->setCurrentIndex(state->findData(int(OnuRunState::Online)));
    QCOMPARE(onus->proxy()->rowCount(), 2);
    state->setCurrentIndex(0);
    QTest::keyClicks(onus->searchField(), u"munoz"_s); // as the customer search: accents and case do not matter
    QCOMPARE(onus->proxy()->rowCount(), 1);
    onus->searchField()->clear();
    QTest::keyClicks(onus->searchField(), u"beef"_s);
    QCOMPARE(onus->proxy()->rowCount(), 1);

    onus->selectIds({onus->proxy()->index(0, 0).data(RecordRoles::IdRole).toLongLong()});
    QTRY_COMPARE(window->onuDataView()->model()->rowCount(), 2);

    // Another OLT has none.
    window->onuOltCombo()->setCurrentIndex(window->onuOltCombo()->findData(m_olts.at(1)));
    QTRY_COMPARE(onus->proxy()->rowCount(), 0);
}

void TestSnmpAdmin::screenshots()
{
    const QString directory = qEnvironmentVariable("BEHOLDER_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set BEHOLDER_SCREENSHOT_DIR to save pictures of the admin screens");
    QVERIFY(QDir().mkpath(directory));

    // A few more rows, as an ISP's admin would see them.
    SnmpBrand zte;
    zte.name = u"ZTE"_s;
    zte.enterprise = 3902;
    const qint64 zteId = *store().insertBrand(zte).value;
    SnmpOlt v3 = oltOf(u"olt-c320-oeste"_s, u"2001:db8::20"_s, zteId);
    v3.version = SnmpTarget::Version::V3;
    v3.v3User = u"beholder"_s;
    v3.profileId = u"zte-c320"_s;
    const qint64 v3Id = *store().insertOlt(v3).value;
    QVERIFY(!store().setOltsEnabled({m_olts.at(2)}, false).error.isError());
    SnmpJob discovery;
    discovery.name = u"discovery-hourly"_s;
    discovery.kind = JobKind::Discovery;
    discovery.intervalS = 3600;
    discovery.oltIds = {m_olts.at(0), m_olts.at(1), v3Id};
    const qint64 discoveryId = *store().insertJob(discovery).value;
    seedOnus();

    const UnixTime now = QDateTime::currentSecsSinceEpoch();
    const auto finished = [&](qint64 job, qint64 olt, UnixTime at, ExecutionStatus status, const QString &error,
                              std::optional<qint64> onus) {
        const qint64 id = *store().createExecution(job, olt, at - 5).value;
        QVERIFY(!store().markRunning(id, at).isError());
        SnmpAttempt attempt;
        attempt.startedAt = at;
        attempt.finishedAt = at + 40;
        attempt.outcome = status == ExecutionStatus::Success ? AttemptOutcome::Success : AttemptOutcome::Auth;
        attempt.error = error;
        QVERIFY(store().recordAttempt(id, attempt).ok());
        QVERIFY(!store().finishExecution(id, status, error, onus, at + 40).isError());
    };
    finished(discoveryId, m_olts.at(0), now - 3600, ExecutionStatus::Success, {}, 512);
    finished(discoveryId, v3Id, now - 3500, ExecutionStatus::Failed,
             u"SNMPv3 authentication failed: wrong auth password for user beholder"_s, std::nullopt);
    finished(m_job, m_olts.at(0), now - 600, ExecutionStatus::Success, {}, 512);
    finished(m_job, m_olts.at(1), now - 590, ExecutionStatus::Success, {}, 1890);
    const qint64 running = *store().createExecution(m_job, m_olts.at(0), now - 80).value;
    QVERIFY(!store().markRunning(running, now - 75).isError());
    QVERIFY(store().createExecution(m_job, m_olts.at(1), now - 10).ok());

    const auto window = openWindow();
    QVERIFY(window);
    window->resize(1280, 720);
    const auto save = [&](SnmpAdminWindow::Tab tab, const QString &name) {
        window->showTab(tab);
        window->tab(tab)->fitColumns();
        QTest::qWait(300); // a layout pass and a paint
        const QString file = QDir(directory).filePath(name);
        QVERIFY2(window->grab().save(file), qPrintable(file));
        qInfo("saved %s", qPrintable(file));
    };
    window->tab(SnmpAdminWindow::Tab::Olts)->selectIds({m_olts.at(1)});
    save(SnmpAdminWindow::Tab::Olts, u"snmp-admin-olts.png"_s);
    QSignalSpy attemptsLoaded(window.get(), &SnmpAdminWindow::attemptsLoaded);
    window->showTab(SnmpAdminWindow::Tab::Executions);
    const QAbstractItemModel *executions = window->tab(SnmpAdminWindow::Tab::Executions)->proxy();
    const qint64 failedId = [&] {
        for (int row = 0; row < executions->rowCount(); ++row) {
            if (executions->index(row, ExecutionColumn::Status).data().toString() == u"failed"_s)
                return executions->index(row, 0).data(RecordRoles::IdRole).toLongLong();
        }
        return qint64(0);
    }();
    window->tab(SnmpAdminWindow::Tab::Executions)->selectIds({failedId});
    QVERIFY(attemptsLoaded.wait(10'000));
    save(SnmpAdminWindow::Tab::Executions, u"snmp-admin-executions.png"_s);
    window->onuOltCombo()->setCurrentIndex(window->onuOltCombo()->findData(m_olts.at(0)));
    QTRY_VERIFY(window->tab(SnmpAdminWindow::Tab::Onus)->proxy()->rowCount() > 0);
    window->tab(SnmpAdminWindow::Tab::Onus)
        ->selectIds(
            {window->tab(SnmpAdminWindow::Tab::Onus)->proxy()->index(0, 0).data(RecordRoles::IdRole).toLongLong()});
    QTRY_VERIFY(window->onuDataView()->model()->rowCount() > 0);
    save(SnmpAdminWindow::Tab::Onus, u"snmp-admin-onus.png"_s);

    window->showTab(SnmpAdminWindow::Tab::Olts);
    window->findChild<QAction *>(u"addOltAction"_s)->trigger();
    auto *form = qobject_cast<OltDialog *>(window->openForm());
    QVERIFY(form);
    QTest::keyClicks(form->nameEdit(), u"olt-nueva"_s);
    QTest::keyClicks(form->hostEdit(), u"10.20.0."_s);
    form->versionCombo()->setCurrentIndex(1);
    QTest::qWait(300);
    const QString formFile = QDir(directory).filePath(u"snmp-admin-olt-form.png"_s);
    QVERIFY(form->grab().save(formFile));
    qInfo("saved %s", qPrintable(formFile));
}

QTEST_MAIN(TestSnmpAdmin)
#include "tst_snmpadmin.moc"
