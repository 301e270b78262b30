// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's sources in settings.ini: round trips, defaults, strict reading
// of hand-edited files, validation in the words of the file's own keys, and
// never a secret in the file.
#include "profile/profilemanager.h"
#include "sources/profiledescription.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"
#include "sources/sourcevalidation.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

ProfileSources fullSources()
{
    ProfileSources sources;
    SourceConfig ispcube;
    ispcube.kind = SourceKind::IspCube;
    ispcube.baseUrl = QUrl(u"https://norte.ispcube.com/api"_s);
    ispcube.user = u"beholder"_s;
    ispcube.clientId = u"1234"_s;
    ispcube.timeoutMs = 45000;
    ispcube.callsPerHour = 500;
    SourceConfig smartolt;
    smartolt.kind = SourceKind::SmartOlt;
    smartolt.baseUrl = QUrl(u"https://norte.smartolt.com/api/"_s);
    smartolt.enabled = false;
    SourceConfig cnmaestro;
    cnmaestro.kind = SourceKind::CnMaestro;
    cnmaestro.baseUrl = QUrl(u"http://127.0.0.1:8443/api/v2"_s);
    cnmaestro.user = u"oauth-client-id"_s;
    SourceConfig routeros;
    routeros.kind = SourceKind::RouterOs;
    sources.sources = {ispcube, smartolt, cnmaestro, routeros};

    RouterConfig first;
    first.nodeId = 12;
    first.name = u"VMA-CCR-01, core"_s; // a comma: QSettings must quote it
    first.host = u"10.0.0.1"_s;
    first.user = u"api"_s;
    RouterConfig second;
    second.nodeId = 3;
    second.name = u"Río Cuarto = POP \"sur\""_s;
    second.host = u"ccr-sur.example.net"_s;
    second.port = 8729;
    second.tls = true;
    second.user = u"beholder"_s;
    second.timeoutMs = 5000;
    sources.routers = {first, second};
    return sources;
}

void compareSources(const SourceConfig &actual, const SourceConfig &expected)
{
    QCOMPARE(toString(actual.kind), toString(expected.kind));
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.baseUrl, expected.baseUrl);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.timeoutMs, expected.timeoutMs);
    QCOMPARE(actual.callsPerHour, expected.callsPerHour);
}

void compareRouters(const RouterConfig &actual, const RouterConfig &expected)
{
    QCOMPARE(actual.nodeId, expected.nodeId);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.host, expected.host);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.tls, expected.tls);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.timeoutMs, expected.timeoutMs);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestSourceSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void roundTrip_keepsEverything()
    {
        QTemporaryDir dir;
        ProfileManager manager(dir.path());
        const std::optional<Profile> profile = manager.openOrCreate(u"norte"_s);
        QVERIFY(profile);
        const ProfileSources saved = fullSources();
        QCOMPARE(saveProfileSources(*profile, saved), QStringList());

        const SourceSettingsResult loaded = loadProfileSources(*profile);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        // Plain http to 127.0.0.1 (the simulator) is no cause for a warning.
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.sources.sources.size(), saved.sources.size());
        for (qsizetype i = 0; i < saved.sources.size(); ++i)
            compareSources(loaded.sources.sources.at(i), saved.sources.at(i));
        // Routers come back ordered by node id.
        QCOMPARE(loaded.sources.routers.size(), 2);
        compareRouters(loaded.sources.routers.at(0), saved.routers.at(1));
        compareRouters(loaded.sources.routers.at(1), saved.routers.at(0));
    }

    void missingFile_meansNoSourcesYet()
    {
        QTemporaryDir dir;
        const SourceSettingsResult loaded = loadProfileSources(dir.filePath(u"settings.ini"_s));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.warnings.isEmpty());
        QVERIFY(loaded.sources.sources.isEmpty());
        QVERIFY(loaded.sources.routers.isEmpty());
    }

    void missingKeys_takeTheDefaults()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        writeFile(file,
                  "[sources/smartolt]\nurl=https://x.smartolt.com/api/\n[routers/7]\nhost=10.1.1.1\nuser=api\n"
                  "[routers/8]\nhost=10.1.1.2\nuser=api\ntls=true\n");
        const SourceSettingsResult loaded = loadProfileSources(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.sources.sources.size(), 1);
        const SourceConfig &smartolt = loaded.sources.sources.first();
        QCOMPARE(toString(smartolt.kind), toString(SourceKind::SmartOlt));
        QVERIFY(smartolt.enabled);
        QCOMPARE(smartolt.timeoutMs, SourceConfig().timeoutMs);
        QCOMPARE(smartolt.callsPerHour, 0);
        QCOMPARE(loaded.sources.routers.size(), 2);
        QCOMPARE(loaded.sources.routers.at(0).port, 8728);
        QCOMPARE(loaded.sources.routers.at(0).timeoutMs, RouterConfig().timeoutMs);
        QCOMPARE(loaded.sources.routers.at(1).port, 8729); // the API-SSL port when tls=true
    }

    void savingReplacesOnlyItsOwnGroups()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            QSettings other(file, QSettings::IniFormat);
            other.setValue(u"diagnosis/rx_min_dbm"_s, -27);
        }
        QCOMPARE(saveProfileSources(file, fullSources()), QStringList());
        ProfileSources fewer = fullSources();
        fewer.routers.removeFirst();
        fewer.sources.removeLast();
        QCOMPARE(saveProfileSources(file, fewer), QStringList());

        const SourceSettingsResult loaded = loadProfileSources(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.sources.routers.size(), 1);
        QCOMPARE(loaded.sources.routers.first().nodeId, 3);
        QVERIFY(!loaded.sources.source(SourceKind::RouterOs));
        QSettings check(file, QSettings::IniFormat);
        QCOMPARE(check.value(u"diagnosis/rx_min_dbm"_s).toInt(), -27);
        QVERIFY(!check.childGroups().contains(u"routers/12"_s));
    }

    void invalidSources_areRefused_andNothingIsWritten_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("error");
        QTest::newRow("ftp url") << 0 << u"sources/ispcube/url: must start with https:// (or http://)"_s;
        QTest::newRow("no host") << 1 << u"sources/ispcube/url: has no host name"_s;
        QTest::newRow("password in url")
            << 2
            << u"sources/ispcube/url: must not contain a user name or password: secrets belong in the OS keychain"_s;
        QTest::newRow("token in query") << 3
                                        << u"sources/ispcube/url: must not have a query (?...) or fragment (#...)"_s;
        QTest::newRow("timeout too short") << 4 << u"sources/ispcube/timeout_ms: must be 1000-600000"_s;
        QTest::newRow("router port zero") << 5 << u"routers/12/port: must be 1-65535"_s;
        QTest::newRow("router port too big") << 6 << u"routers/12/port: must be 1-65535"_s;
        QTest::newRow("duplicate node id") << 7 << u"routers/12/node_id: node id 12 appears more than once"_s;
        QTest::newRow("ispcube without user") << 8 << u"sources/ispcube/user: required: the ISPCube API user name"_s;
        QTest::newRow("router without host")
            << 9 << u"routers/12/host: required: the router's host name or IP address"_s;
        QTest::newRow("router host with port")
            << 10 << u"routers/12/host: \"10.0.0.1:8728\" is not a valid host name or IP address"_s;
        QTest::newRow("duplicate source") << 11 << u"sources/smartolt/kind: smartolt appears more than once"_s;
        QTest::newRow("router timeout too long") << 12 << u"routers/12/timeout_ms: must be 1000-120000"_s;
        QTest::newRow("negative calls per hour") << 13 << u"sources/ispcube/calls_per_hour: must be 0-1000000"_s;
    }

    void invalidSources_areRefused_andNothingIsWritten()
    {
        QFETCH(int, change);
        QFETCH(QString, error);
        ProfileSources sources = fullSources();
        SourceConfig &ispcube = sources.sources[0];
        RouterConfig &router = sources.routers[0];
        switch (change) {
        case 0:
            ispcube.baseUrl = QUrl(u"ftp://norte.ispcube.com/api"_s);
            break;
        case 1:
            ispcube.baseUrl = QUrl(u"https:///api"_s);
            break;
        case 2:
            ispcube.baseUrl = QUrl(u"https://admin:s3cr3t@norte.ispcube.com/api"_s);
            break;
        case 3:
            ispcube.baseUrl = QUrl(u"https://norte.ispcube.com/api?token=abc"_s);
            break;
        case 4:
            ispcube.timeoutMs = 10;
            break;
        case 5:
            router.port = 0;
            break;
        case 6:
            router.port = 70000;
            break;
        case 7:
            sources.routers[1].nodeId = 12;
            break;
        case 8:
            ispcube.user.clear();
            break;
        case 9:
            router.host.clear();
            break;
        case 10:
            router.host = u"10.0.0.1:8728"_s;
            break;
        case 11:
            sources.sources.append(sources.sources.at(1));
            break;
        case 12:
            router.timeoutMs = 600000;
            break;
        case 13:
            ispcube.callsPerHour = -1;
            break;
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const QStringList errors = saveProfileSources(file, sources);
        QVERIFY2(errors.contains(error), qPrintable(errors.join(u'\n')));
        QVERIFY(!QFile::exists(file));
        // The refused URL's password is never quoted back.
        QVERIFY(!errors.join(u'\n').contains(u"s3cr3t"_s));
    }

    void disabledSource_needsNoUrl()
    {
        ProfileSources sources;
        SourceConfig smartolt;
        smartolt.kind = SourceKind::SmartOlt;
        smartolt.enabled = false;
        sources.sources = {smartolt};
        QTemporaryDir dir;
        QCOMPARE(saveProfileSources(dir.filePath(u"settings.ini"_s), sources), QStringList());
        const SourceSettingsResult loaded = loadProfileSources(dir.filePath(u"settings.ini"_s));
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.sources.sources.first().enabled);
    }

    void handEditedFiles_areReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("warning");
        QTest::newRow("port not a number") << QByteArray("[routers/5]\nhost=10.0.0.5\nuser=api\nport=eighty\n")
                                           << u"routers/5/port: must be a whole number"_s << QString();
        QTest::newRow("enabled not a boolean")
            << QByteArray("[sources/smartolt]\nurl=https://a.smartolt.com/api/\nenabled=maybe\n")
            << u"sources/smartolt/enabled: must be true or false"_s << QString();
        QTest::newRow("router group not a node id")
            << QByteArray("[routers/core]\nhost=10.0.0.5\nuser=api\n")
            << u"routers/core: a router's group must be named by its node id (a positive number)"_s << QString();
        QTest::newRow("negative node id")
            << QByteArray("[routers/-4]\nhost=10.0.0.5\nuser=api\n")
            << u"routers/-4: a router's group must be named by its node id (a positive number)"_s << QString();
        QTest::newRow("unparsable url") << QByteArray("[sources/smartolt]\nurl=\"https://a b.smartolt.com/api/\"\n")
                                        << u"sources/smartolt/url: is not a valid URL"_s << QString();
        QTest::newRow("newer format")
            << QByteArray("[sources]\nversion=2\n")
            << u"sources/version: the sources were saved by a newer Beholder (format 2; this one reads 1)"_s
            << QString();
        QTest::newRow("unknown key") << QByteArray("[sources/smartolt]\nurl=https://a.smartolt.com/api/\ncolour=red\n")
                                     << QString() << u"sources/smartolt/colour: unknown setting, ignored"_s;
        QTest::newRow("unknown source") << QByteArray("[sources/genieacs]\nurl=https://acs.example.net/\n") << QString()
                                        << u"sources/genieacs: unknown source, ignored"_s;
        QTest::newRow("a secret typed into the file")
            << QByteArray("[sources/smartolt]\nurl=https://a.smartolt.com/api/\ntoken=abc123\n") << QString()
            << u"sources/smartolt/token: a secret does not belong in settings.ini and is ignored; store it in the OS "
               "keychain and delete it from the file"_s;
        QTest::newRow("tls on the plain port")
            << QByteArray("[routers/9]\nhost=10.0.0.9\nuser=api\ntls=true\nport=8728\n") << QString()
            << u"routers/9/port: 8728 is the plain API port; API-SSL usually listens on 8729"_s;
        QTest::newRow("plain http to a remote host")
            << QByteArray("[sources/smartolt]\nurl=http://a.smartolt.com/api/\n") << QString()
            << u"sources/smartolt/url: uses plain http: credentials and customer data travel unencrypted"_s;
    }

    void handEditedFiles_areReadStrictly()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        writeFile(file, content);
        const SourceSettingsResult loaded = loadProfileSources(file);
        if (error.isEmpty())
            QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        else
            QVERIFY2(loaded.errors.contains(error), qPrintable(loaded.errors.join(u'\n')));
        if (!warning.isEmpty())
            QVERIFY2(loaded.warnings.contains(warning), qPrintable(loaded.warnings.join(u'\n')));
        // A secret typed into the file is never taken up.
        for (const SourceConfig &config : loaded.sources.sources)
            QVERIFY(!config.user.contains(u"abc123"_s) && !config.clientId.contains(u"abc123"_s));
    }

    void listValues_fromHandEdits_areKeptAsText()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        writeFile(file, "[routers/4]\nname=CCR, norte\nhost=10.0.0.4\nuser=api\n");
        const SourceSettingsResult loaded = loadProfileSources(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.sources.routers.size(), 1);
        QCOMPARE(loaded.sources.routers.first().name, u"CCR, norte"_s);
    }

    void secretLikeKeys_areRecognised()
    {
        for (const QString &field : secretFieldNames()) {
            QVERIFY2(isSecretSettingKey(field), qPrintable(field));
            QVERIFY2(isSecretSettingKey(u"sources/ispcube/"_s + field), qPrintable(field));
        }
        for (const QString &key : {SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(),
                                   SecretKeys::smartOltToken(), SecretKeys::cnMaestroClientSecret(),
                                   SecretKeys::routerPassword(12), u"routers/12/Password"_s, u"x/api-key"_s})
            QVERIFY2(isSecretSettingKey(key), qPrintable(key));
        for (const QString &key : {u"sources/ispcube/url"_s, u"sources/ispcube/user"_s, u"sources/ispcube/client_id"_s,
                                   u"routers/12/host"_s, u"routers/12/timeout_ms"_s, u"sources/version"_s})
            QVERIFY2(!isSecretSettingKey(key), qPrintable(key));
    }

    // A description with every secret, imported as the CLI will: the sources
    // go to settings.ini, and not one secret (nor its name) is in the file.
    void secrets_neverReachTheFile()
    {
        ProfileDescription description;
        description.sources = fullSources();
        const QStringList secretValues{u"ISPCUBE-PASSWORD-7f3a"_s, u"ISPCUBE-APIKEY-91bc"_s, u"SMARTOLT-TOKEN-55de"_s,
                                       u"CNMAESTRO-SECRET-0a0a"_s, u"ROUTER-PW-12-c0c0"_s,   u"ROUTER-PW-3-d1d1"_s};
        description.secrets = {{SecretKeys::ispCubePassword(), secretValues.at(0)},
                               {SecretKeys::ispCubeApiKey(), secretValues.at(1)},
                               {SecretKeys::smartOltToken(), secretValues.at(2)},
                               {SecretKeys::cnMaestroClientSecret(), secretValues.at(3)},
                               {SecretKeys::routerPassword(12), secretValues.at(4)},
                               {SecretKeys::routerPassword(3), secretValues.at(5)}};
        const ProfileDescriptionParse parsed = parseProfileDescription(serializeProfileDescription(description));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.description->secrets.size(), secretValues.size());

        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        QCOMPARE(saveProfileSources(file, parsed.description->sources), QStringList());
        const QString text = QString::fromUtf8(readFile(file));
        QVERIFY(text.contains(u"norte.ispcube.com"_s)); // the file is the one written
        for (const QString &value : secretValues)
            QVERIFY2(!text.contains(value), qPrintable(value));
        QSettings settings(file, QSettings::IniFormat);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!isSecretSettingKey(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestSourceSettings)
#include "tst_sourcesettings.moc"
