// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop console's entry point: command line, profile choice, the
// per-profile log file, then the main window. Everything else is in ui/.
#include "i18n/language.h"
#include "icons.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "profile/datalocation.h"
#include "profile/profilemanager.h"
#include "screenshotdriver.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QRegularExpression>

#include <cstdio>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int exitUsage = 2;

// Says what is wrong on stderr and, where someone can see it, in a message box.
int failStart(const QString &message)
{
    std::fprintf(stderr, "beholder: %s\n", qPrintable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen" && platform != u"minimal")
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Beholder cannot start"), message);
    return exitUsage;
}

// --data-dir, read before the real parser exists: the language stored there
// decides in which language the options are described.
QString preParsedDataDirectory(const QApplication &app)
{
    QCommandLineParser early;
    early.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dataDir(u"data-dir"_s, QString(), u"DIR"_s);
    early.addOption(dataDir);
    early.parse(app.arguments()); // unknown options are the real parser's business
    return early.value(dataDir);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Beholder"_s);
    // The desktop entry's id (resources/linux), so Wayland and the taskbar match the window to its icon.
    QGuiApplication::setDesktopFileName(u"app.beholder.beholder"_s);
    QApplication::setWindowIcon(Icons::application());
    installTranslations(app,
                        resolveLanguage(storedLanguagePreference(
                            ProfileManager(resolveDataDirectory(preParsedDataDirectory(app))).globalSettingsFile())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Support and diagnosis console for fibre and wireless ISPs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        QCoreApplication::translate("main",
                                    "Keep profiles and settings in DIR (default: $%1 or the user's data "
                                    "folder).")
            .arg(QString::fromLatin1(dataDirEnvironmentVariable)),
        u"DIR"_s);
    const QCommandLineOption profileOption(
        u"profile"_s, QCoreApplication::translate("main", "Open the profile NAME (default: the last one used)."),
        u"NAME"_s);
    const QCommandLineOption demoOption(
        u"demo"_s,
        QCoreApplication::translate("main",
                                    "Open the demo profile and sync it from a simulated ISP that runs in "
                                    "this process on 127.0.0.1, as from a real ISP."));
    const QCommandLineOption demoCustomersOption(
        u"demo-customers"_s,
        QCoreApplication::translate("main", "Number of customers of the simulated ISP (default: 5000)."), u"N"_s,
        u"5000"_s);
    QCommandLineOption screenshotOption(u"screenshot"_s, u"Save a PNG of the window to FILE, then quit."_s, u"FILE"_s);
    QCommandLineOption screenshotQueryOption(u"screenshot-query"_s, u"Search for TEXT before the screenshot."_s,
                                             u"TEXT"_s);
    QCommandLineOption screenshotRowOption(u"screenshot-row"_s, u"Open result row N (0 = first)."_s, u"N"_s, u"0"_s);
    QCommandLineOption screenshotUserOption(u"screenshot-select"_s, u"Open the result row of PPPoE user USER."_s,
                                            u"USER"_s);
    QCommandLineOption screenshotAfterOption(u"screenshot-after"_s, u"Grab after MS milliseconds, ready or not."_s,
                                             u"MS"_s, u"0"_s);
    QCommandLineOption screenshotSizeOption(u"screenshot-size"_s, u"Window size WxH for the screenshot."_s, u"WxH"_s,
                                            u"1400x850"_s);
    QCommandLineOption screenshotDiagnosisOption(
        u"screenshot-diagnosis"_s,
        u"Search USER, open it, wait for its diagnosis to be final and save FILE (repeatable; FILE may hold "
        "{user} and {verdict})."_s,
        u"USER"_s);
    QCommandLineOption screenshotSnmpOption(
        u"screenshot-snmp"_s,
        u"Open Tools > SNMP Monitoring and save a PNG of TAB (brands, olts, oids, jobs, executions, onus; "
        u"repeatable; FILE may hold {tab})."_s,
        u"TAB"_s);
    QCommandLineOption screenshotSettingsOption(
        u"screenshot-settings"_s,
        u"Open Tools > Settings and save a PNG of PAGE (general, ispcube, smartolt, cnmaestro, routers, tls, "
        u"thresholds, users; a source's page runs its connection test first; repeatable; FILE may hold {page})."_s,
        u"PAGE"_s);
    QCommandLineOption screenshotNoSyncPanelOption(u"screenshot-no-sync-panel"_s,
                                                   u"Close the sync panel before the screenshot."_s);
    for (QCommandLineOption *hidden :
         {&screenshotOption, &screenshotQueryOption, &screenshotRowOption, &screenshotUserOption,
          &screenshotAfterOption, &screenshotSizeOption, &screenshotDiagnosisOption, &screenshotNoSyncPanelOption,
          &screenshotSnmpOption, &screenshotSettingsOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDirOption, profileOption, demoOption, demoCustomersOption, screenshotOption,
                       screenshotQueryOption, screenshotRowOption, screenshotUserOption, screenshotAfterOption,
                       screenshotSizeOption, screenshotDiagnosisOption, screenshotNoSyncPanelOption,
                       screenshotSnmpOption, screenshotSettingsOption});
    parser.process(app); // --help and --version print and exit here

    if (!parser.positionalArguments().isEmpty())
        return failStart(QCoreApplication::translate("main", "unexpected argument “%1”; see --help")
                             .arg(parser.positionalArguments().constFirst()));

    bool customersOk = false;
    const int demoCustomers = parser.value(demoCustomersOption).toInt(&customersOk);
    if (!customersOk || demoCustomers < 1 || demoCustomers > 1'000'000)
        return failStart(QCoreApplication::translate("main", "--demo-customers needs a number from 1 to 1000000"));

    const QString dataDirectory = resolveDataDirectory(parser.value(dataDirOption));
    const ProfileManager profiles(dataDirectory);
    const bool demo = parser.isSet(demoOption);
    QString profileName = parser.isSet(profileOption) ? parser.value(profileOption) : profiles.defaultProfileName();
    if (demo) {
        if (parser.isSet(profileOption) && profileName != Profile::demoName())
            return failStart(QCoreApplication::translate("main",
                                                         "--demo opens the “%1” profile; it cannot be "
                                                         "combined with --profile %2")
                                 .arg(Profile::demoName(), profileName));
        profileName = Profile::demoName();
    }
    QString error;
    const std::optional<Profile> profile = profiles.openOrCreate(profileName, &error);
    if (!profile)
        return failStart(error);
    profiles.setDefaultProfileName(profile->name());
    qCInfo(lcApp).noquote() << "Beholder" << applicationVersion() << "on Qt" << qVersion() << "- data in"
                            << dataDirectory;

    MainWindowOptions options;
    options.dataDirectory = dataDirectory;
    options.session.installLogFile = true;
    options.session.refreshDemoAtStart = demo;
    options.session.demoCustomers = demoCustomers;

    const bool screenshot = parser.isSet(screenshotOption);
    options.restoreWindowState = !screenshot;
    MainWindow window(options, *profile);

    std::unique_ptr<ScreenshotDriver> driver;
    if (screenshot) {
        const QRegularExpressionMatch size
            = QRegularExpression(u"^(\\d+)x(\\d+)$"_s).match(parser.value(screenshotSizeOption));
        if (!size.hasMatch())
            return failStart(u"--screenshot-size needs WIDTHxHEIGHT, e.g. 1400x850"_s);
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());
        ScreenshotRequest request;
        request.file = parser.value(screenshotOption);
        request.query = parser.value(screenshotQueryOption);
        request.row = parser.value(screenshotRowOption).toInt();
        request.pppoeUser = parser.value(screenshotUserOption);
        request.grabAfterMilliseconds = parser.value(screenshotAfterOption).toInt();
        request.diagnoseUsers = parser.values(screenshotDiagnosisOption);
        request.snmpTabs = parser.values(screenshotSnmpOption);
        request.settingsPages = parser.values(screenshotSettingsOption);
        request.hideSyncPanel = parser.isSet(screenshotNoSyncPanelOption) || !request.diagnoseUsers.isEmpty();
        if (!request.diagnoseUsers.isEmpty())
            request.timeoutSeconds += 60 * int(request.diagnoseUsers.size());
        driver = std::make_unique<ScreenshotDriver>(&window, request);
        QObject::connect(driver.get(), &ScreenshotDriver::finished, &app, [](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "%s%s\n",
                         ok ? "" : "beholder: screenshot failed: ", qPrintable(message));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }

    window.show();
    if (driver)
        driver->start();
    return app.exec();
}
