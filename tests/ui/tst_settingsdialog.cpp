// SPDX-License-Identifier: GPL-3.0-or-later
// Tools > Settings, offscreen: what an admin types reaches settings.ini and
// the keychain (never a secret in the file), a bad value saves nothing, a
// technician sees the profile read-only and core refuses anyway, trusting a
// certificate pins it, a connection test names the step that failed; and the
// main window follows the principal's permissions.
#include "access/principal.h"
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "net/tlsexception.h"
#include "profile/profilemanager.h"
#include "profilesession.h"
#include "searchfield.h"
#include "settings/connectiontestview.h"
#include "settings/routerspage.h"
#include "settings/settingsdialog.h"
#include "settings/sourcepage.h"
#include "settings/tlspage.h"
#include "sources/sourcesettings.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProfileSources oneSmartOlt()
{
    ProfileSources sources;
    SourceConfig smartolt;
    smartolt.kind = SourceKind::SmartOlt;
    smartolt.baseUrl = QUrl(u"https://norte.smartolt.com/api/"_s);
    sources.sources << smartolt;
    return sources;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecrets> m_secrets = std::make_shared<MemorySecrets>();
    std::unique_ptr<MemoryCredentialStore> m_store;
    Profile m_profile;

    SettingsContext context(const Access::Principal &principal)
    {
        SettingsContext c;
        c.profile = m_profile;
        c.dataDirectory = m_dir.path();
        c.credentials = m_store.get();
        c.principal = principal;
        return c;
    }
    Access::Principal admin() const
    {
        return Access::Principal(u"ana"_s, Access::Role::ProfileAdmin, m_profile.name());
    }
    Access::Principal technician() const
    {
        return Access::Principal(u"tomas"_s, Access::Role::Technician, m_profile.name());
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        m_profile = *ProfileManager(m_dir.path()).openOrCreate(u"norte"_s);
        m_store = std::make_unique<MemoryCredentialStore>(m_profile.name(), m_secrets);
    }

    void init() { QCOMPARE(saveProfileSources(m_profile, oneSmartOlt()), QStringList()); }

    void adminEdits_reachSettingsAndKeychain_notTheFile()
    {
        SettingsDialog dialog(context(admin()));
        SourcePage *page = dialog.sourcePage(SourceKind::SmartOlt);
        QVERIFY(page);
        QCOMPARE(page->config()->baseUrl, QUrl(u"https://norte.smartolt.com/api/"_s));
        auto *url = page->findChildren<QLineEdit *>().at(0);
        url->setText(u"https://sur.smartolt.com/api/"_s);
        QLineEdit *token = nullptr;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                token = edit;
        }
        QVERIFY(token);
        token->setText(u"tok-5b1e0c7d9f"_s);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        QVERIFY(dialog.save());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(loadProfileSources(m_profile).sources.source(SourceKind::SmartOlt)->baseUrl,
                 QUrl(u"https://sur.smartolt.com/api/"_s));
        QCOMPARE(m_secrets->value(m_profile.name(), SecretKeys::smartOltToken()).value_or(QString()),
                 u"tok-5b1e0c7d9f"_s);
        QVERIFY(!fileText(m_profile.settingsFile()).contains("tok-5b1e0c7d9f"));
    }

    void invalidValue_savesNothing()
    {
        SettingsDialog dialog(context(admin()));
        dialog.sourcePage(SourceKind::SmartOlt)->findChildren<QLineEdit *>().at(0)->setText(u"not a url"_s);
        const QByteArray before = fileText(m_profile.settingsFile());
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(u"SmartOLT"_s), qPrintable(dialog.message()));
        QCOMPARE(fileText(m_profile.settingsFile()), before);
    }

    void technician_seesReadOnly_andCoreRefusesAnyway()
    {
        SettingsDialog dialog(context(technician()));
        SourcePage *page = dialog.sourcePage(SourceKind::SmartOlt);
        QLineEdit *url = page->findChildren<QLineEdit *>().at(0);
        QVERIFY(!url->isEnabled());
        // What the page holds, forced through core with the technician: refused, file unchanged.
        const QByteArray before = fileText(m_profile.settingsFile());
        ProfileSources changed = oneSmartOlt();
        changed.sources[0].baseUrl = QUrl(u"https://evil.example/api/"_s);
        const QStringList refused = saveProfileSources(m_profile, changed, technician(), nullptr);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(u"tomas"_s), qPrintable(refused.first()));
        QCOMPARE(fileText(m_profile.settingsFile()), before);
        // The dialog itself saves only the desktop's language then.
        QVERIFY(dialog.save());
        QCOMPARE(fileText(m_profile.settingsFile()), before);
    }

    // Testing signs in to the sources with the profile's credentials: a viewer, who may not sync, may not test.
    void viewer_cannotTestConnections_technicianCan()
    {
        ProfileSources withRouter = oneSmartOlt();
        RouterConfig router;
        router.nodeId = 1;
        router.name = u"VMA-CCR-01"_s;
        router.host = u"127.0.0.1"_s;
        router.user = u"beholder"_s;
        withRouter.routers << router;
        QCOMPARE(saveProfileSources(m_profile, withRouter), QStringList());
        const auto buttons = [](SettingsDialog &dialog) {
            auto *page = dialog.findChild<RoutersPage *>();
            page->findChild<QTableWidget *>()->setCurrentCell(0, 0); // a router is selected
            return std::pair(
                dialog.sourcePage(SourceKind::SmartOlt)->findChild<QPushButton *>(u"testConnectionButton"_s),
                page->findChild<QPushButton *>(u"testConnectionButton"_s));
        };

        SettingsDialog viewing(context(Access::Principal(u"vera"_s, Access::Role::Viewer, m_profile.name())));
        const auto [viewerSource, viewerRouter] = buttons(viewing);
        QVERIFY(viewerSource && viewerRouter);
        QVERIFY(!viewerSource->isEnabled());
        QVERIFY(!viewerRouter->isEnabled());
        QVERIFY2(viewerSource->toolTip().contains(u"vera"_s), qPrintable(viewerSource->toolTip()));
        // Asked anyway (a shortcut, a script): refused by core, and nothing is started.
        SourcePage *smartOlt = viewing.sourcePage(SourceKind::SmartOlt);
        smartOlt->requestTest();
        QVERIFY2(smartOlt->testView()->summary().contains(u"vera"_s), qPrintable(smartOlt->testView()->summary()));

        SettingsDialog technicians(context(technician()));
        const auto [technicianSource, technicianRouter] = buttons(technicians);
        QVERIFY(technicianSource->isEnabled());
        QVERIFY(technicianRouter->isEnabled());
    }

    void trustingACertificate_pinsItInSettings()
    {
        SettingsDialog dialog(context(admin()));
        PeerCertificate peer;
        peer.host = u"cnmaestro.norte.example"_s;
        peer.port = 443;
        peer.sha256 = QByteArray(32, '\x5a');
        peer.subject = u"CN=cnmaestro.norte.example"_s;
        peer.expires = QDateTime::currentDateTimeUtc().addYears(1);
        emit dialog.sourcePage(SourceKind::CnMaestro)->testView()->trustRequested(peer);
        QCOMPARE(dialog.tlsPage()->exceptions().size(), 1);
        QVERIFY(dialog.save());
        const TlsExceptionsLoad saved = loadTlsExceptions(m_profile.settingsFile());
        QVERIFY(saved.ok());
        QCOMPARE(saved.exceptions.size(), 1);
        QCOMPARE(saved.exceptions.items().first().host, u"cnmaestro.norte.example"_s);
        QCOMPARE(saved.exceptions.items().first().sha256, QByteArray(32, '\x5a'));
    }

    void connectionTest_namesTheFailingStep()
    {
        // A port nobody listens on: the TCP step fails and says so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SettingsDialog dialog(context(admin()));
        SourcePage *page = dialog.sourcePage(SourceKind::SmartOlt);
        page->findChildren<QLineEdit *>().at(0)->setText(u"http://127.0.0.1:%1/api/"_s.arg(port));
        page->requestTest();
        QTRY_VERIFY_WITH_TIMEOUT(!page->testView()->summary().endsWith(u'…'), 20000);
        QVERIFY2(page->testView()->summary().contains(u"TCP"_s), qPrintable(page->testView()->summary()));
    }

    void mainWindow_followsThePrincipal()
    {
        const std::optional<Profile> villa = ProfileManager(m_dir.path()).openOrCreate(u"villa"_s);
        QVERIFY(Test::createCache(villa->cacheFile(), Test::smallIsp()));
        MainWindowOptions options;
        options.dataDirectory = m_dir.path();
        options.session.syncDemoWhenEmpty = false;
        options.session.credentialStore
            = [this](const QString &name) { return std::make_unique<MemoryCredentialStore>(name, m_secrets); };
        MainWindow window(options, *villa);
        window.show();
        QTRY_COMPARE(window.session()->state(), ProfileSession::State::Ready);
        // Single-user: the local operator is the profile's admin.
        QTRY_VERIFY(window.thresholdsAction()->isEnabled());
        QVERIFY(window.auditAction()->isEnabled());
        QVERIFY(window.userStatus()->text().contains(u"profile admin"_s, Qt::CaseInsensitive));

        window.session()->setPrincipal(Access::Principal(u"tomas"_s, Access::Role::Technician, u"villa"_s));
        QVERIFY(!window.thresholdsAction()->isEnabled());
        QVERIFY(!window.snmpAdminAction()->isEnabled());
        QVERIFY(!window.auditAction()->isEnabled());
        QVERIFY(window.searchField()->isEnabled());
        QVERIFY(window.userStatus()->text().contains(u"tomas"_s));
        auto *live = window.findChild<QAction *>(u"liveTrafficAction"_s);
        QVERIFY(live);
        QVERIFY2(!live->toolTip().contains(u"tomas"_s), qPrintable(live->toolTip()));

        // A viewer looks and diagnoses, but does not watch a customer's traffic: the tooltip says why (the action
        // is off anyway until a diagnosis names a router; core refuses the lookup, see tst_routerlocator).
        window.session()->setPrincipal(Access::Principal(u"vera"_s, Access::Role::Viewer, u"villa"_s));
        QVERIFY(!live->isEnabled());
        QVERIFY2(live->toolTip().contains(u"vera"_s), qPrintable(live->toolTip()));

        window.session()->setPrincipal(Access::Principal());
        QVERIFY(!window.searchField()->isEnabled());
        QVERIFY(!window.syncNowAction()->isEnabled());
        QVERIFY(window.signInAction()->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
