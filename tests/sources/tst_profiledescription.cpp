// SPDX-License-Identifier: GPL-3.0-or-later
// The profile description (docs/profile-format.md): the documented example
// parses, serialising and parsing round-trips, secrets are optional and map to
// keychain keys, and every mistake is named by its JSON path.
#include "sources/profiledescription.h"
#include "sources/sourcesecrets.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// The full example of docs/profile-format.md, read from the document itself
// so that the documentation cannot drift from what the parser accepts.
QByteArray documentedExample()
{
    QFile doc(u"" BEHOLDER_SOURCE_DIR "/docs/profile-format.md"_s);
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = doc.readAll();
    const QByteArray open = "```json\n";
    const qsizetype begin = text.indexOf(open);
    const qsizetype end = text.indexOf("\n```", begin + open.size());
    if (begin < 0 || end < 0)
        return {};
    return text.mid(begin + open.size(), end - begin - open.size());
}

ProfileDescription sampleDescription()
{
    // documentedExample_parses() reports why, should this be empty.
    return parseProfileDescription(documentedExample()).description.value_or(ProfileDescription{});
}

QByteArray withField(const QByteArray &json, const QString &section, qsizetype index, const QString &field,
                     const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray array = root.value(section).toArray();
    QJsonObject item = array.at(index).toObject();
    if (value.isUndefined())
        item.remove(field);
    else
        item.insert(field, value);
    array.replace(index, item);
    root.insert(section, array);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProfileDescription : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void documentedExample_parses()
    {
        const QByteArray example = documentedExample();
        QVERIFY2(!example.isEmpty(), "docs/profile-format.md has no ```json example");
        const ProfileDescriptionParse parsed = parseProfileDescription(example);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
        const ProfileDescription &description = *parsed.description;
        QCOMPARE(description.generator, u"beholder-cli sim 0.1.0"_s);
        QCOMPARE(description.sources.sources.size(), 4);

        const SourceConfig ispcube = *description.sources.source(SourceKind::IspCube);
        QCOMPARE(ispcube.baseUrl, QUrl(u"https://norte.ispcube.com/api"_s));
        QCOMPARE(ispcube.user, u"beholder"_s);
        QCOMPARE(ispcube.clientId, u"1234"_s);
        QCOMPARE(ispcube.timeoutMs, 30000);
        QVERIFY(ispcube.enabled);
        const SourceConfig cnmaestro = *description.sources.source(SourceKind::CnMaestro);
        QCOMPARE(cnmaestro.user, u"beholder-client"_s);

        QCOMPARE(description.sources.routers.size(), 2);
        const RouterConfig &second = description.sources.routers.at(1);
        QCOMPARE(second.nodeId, 2);
        QCOMPARE(second.host, u"ccr02.norte.example"_s);
        QCOMPARE(second.port, 8729);
        QVERIFY(second.tls);
        QCOMPARE(second.timeoutMs, 15000);
        QCOMPARE(description.sources.routers.at(0).timeoutMs, RouterConfig().timeoutMs);

        const QHash<QString, QString> expected{{SecretKeys::ispCubePassword(), u"isp-pass"_s},
                                               {SecretKeys::ispCubeApiKey(), u"0f3c9a52-1111-4d5e-9a8b-000000000001"_s},
                                               {SecretKeys::smartOltToken(), u"5b1e0c7d9f"_s},
                                               {SecretKeys::cnMaestroClientSecret(), u"cn-secret"_s},
                                               {SecretKeys::routerPassword(1), u"router-1-pass"_s}};
        QCOMPARE(description.secrets, expected);
    }

    void serialiseThenParse_roundTrips()
    {
        const ProfileDescription original = sampleDescription();
        const ProfileDescriptionParse again = parseProfileDescription(serializeProfileDescription(original));
        QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
        QVERIFY2(again.warnings.isEmpty(), qPrintable(again.warnings.join(u'\n')));
        const ProfileDescription &copy = *again.description;
        QCOMPARE(copy.generator, original.generator);
        QCOMPARE(copy.secrets, original.secrets);
        QCOMPARE(copy.sources.sources.size(), original.sources.sources.size());
        for (qsizetype i = 0; i < original.sources.sources.size(); ++i) {
            const SourceConfig &a = copy.sources.sources.at(i);
            const SourceConfig &b = original.sources.sources.at(i);
            QCOMPARE(toString(a.kind), toString(b.kind));
            QCOMPARE(a.enabled, b.enabled);
            QCOMPARE(a.baseUrl, b.baseUrl);
            QCOMPARE(a.user, b.user);
            QCOMPARE(a.clientId, b.clientId);
            QCOMPARE(a.timeoutMs, b.timeoutMs);
            QCOMPARE(a.callsPerHour, b.callsPerHour);
        }
        QCOMPARE(copy.sources.routers.size(), original.sources.routers.size());
        for (qsizetype i = 0; i < original.sources.routers.size(); ++i) {
            const RouterConfig &a = copy.sources.routers.at(i);
            const RouterConfig &b = original.sources.routers.at(i);
            QCOMPARE(a.nodeId, b.nodeId);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.host, b.host);
            QCOMPARE(a.port, b.port);
            QCOMPARE(a.tls, b.tls);
            QCOMPARE(a.user, b.user);
            QCOMPARE(a.timeoutMs, b.timeoutMs);
        }
    }

    void withoutSecrets_isValid_andSerialisesNone()
    {
        ProfileDescription description = sampleDescription();
        description.secrets.clear();
        const QByteArray json = serializeProfileDescription(description);
        for (const QString &field : secretFieldNames())
            QVERIFY2(!json.contains(QByteArray('"' + field.toUtf8() + '"')), qPrintable(field));
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY(parsed.description->secrets.isEmpty());
    }

    void requiredSecretKeys_followTheEnabledSources()
    {
        ProfileSources sources = sampleDescription().sources;
        QCOMPARE(requiredSecretKeys(sources),
                 (QStringList{SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(), SecretKeys::smartOltToken(),
                              SecretKeys::cnMaestroClientSecret(), SecretKeys::routerPassword(1),
                              SecretKeys::routerPassword(2)}));
        for (SourceConfig &config : sources.sources)
            config.enabled = config.kind == SourceKind::SmartOlt;
        QCOMPARE(requiredSecretKeys(sources), QStringList{SecretKeys::smartOltToken()});
        sources.sources.removeIf([](const SourceConfig &c) { return c.kind == SourceKind::RouterOs; });
        QCOMPARE(
            requiredSecretKeys(sources),
            (QStringList{SecretKeys::smartOltToken(), SecretKeys::routerPassword(1), SecretKeys::routerPassword(2)}));
    }

    void mistakes_areNamedByTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray ok = documentedExample();
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"beholder-profile/1\",\n  \"sources\": [,]\n}")
                                  << u"not valid JSON at line 3, column 15: illegal value"_s;
        QTest::newRow("top level array") << QByteArray("[]") << u"the top level must be a JSON object"_s;
        QTest::newRow("no format") << QByteArray("{\"sources\": []}")
                                   << u"format: required (\"beholder-profile/1\"); is this a Beholder profile "
                                      "description?"_s;
        QTest::newRow("newer format") << QByteArray("{\"format\": \"beholder-profile/2\"}")
                                      << u"format: \"beholder-profile/2\" is newer than this Beholder reads "
                                         "(\"beholder-profile/1\")"_s;
        QTest::newRow("other format") << QByteArray("{\"format\": \"openapi/3\"}")
                                      << u"format: must be \"beholder-profile/1\"; this is not a Beholder profile "
                                         "description"_s;
        QTest::newRow("sources not an array")
            << QByteArray("{\"format\": \"beholder-profile/1\", \"sources\": {}}") << u"sources: must be an array"_s;
        QTest::newRow("router port out of range")
            << withField(ok, u"routers"_s, 1, u"port"_s, 70000) << u"routers[1].port: must be 1-65535"_s;
        QTest::newRow("router port as text")
            << withField(ok, u"routers"_s, 0, u"port"_s, u"8728"_s) << u"routers[0].port: must be a whole number"_s;
        QTest::newRow("router port fractional")
            << withField(ok, u"routers"_s, 0, u"port"_s, 8728.5) << u"routers[0].port: must be a whole number"_s;
        QTest::newRow("router without node id") << withField(ok, u"routers"_s, 1, u"node_id"_s, QJsonValue::Undefined)
                                                << u"routers[1].node_id: required: the node (nodes.id in the CRM) this "
                                                   "router is"_s;
        QTest::newRow("duplicate node id") << withField(ok, u"routers"_s, 1, u"node_id"_s, 1)
                                           << u"routers[1].node_id: node id 1 appears more than once"_s;
        QTest::newRow("node id zero") << withField(ok, u"routers"_s, 0, u"node_id"_s, 0)
                                      << u"routers[0].node_id: must be a positive node id (nodes.id in the CRM)"_s;
        QTest::newRow("router host missing") << withField(ok, u"routers"_s, 0, u"host"_s, QJsonValue::Undefined)
                                             << u"routers[0].host: required: the router's host name or IP address"_s;
        QTest::newRow("tls as text") << withField(ok, u"routers"_s, 0, u"tls"_s, u"yes"_s)
                                     << u"routers[0].tls: must be true or false"_s;
        QTest::newRow("unknown kind") << withField(ok, u"sources"_s, 1, u"kind"_s, u"smartol"_s)
                                      << u"sources[1].kind: \"smartol\" is not one of ispcube, smartolt, cnmaestro, "
                                         "routeros"_s;
        QTest::newRow("no kind") << withField(ok, u"sources"_s, 2, u"kind"_s, QJsonValue::Undefined)
                                 << u"sources[2].kind: required: ispcube, smartolt, cnmaestro or routeros"_s;
        QTest::newRow("url scheme") << withField(ok, u"sources"_s, 1, u"url"_s, u"ftp://norte.smartolt.com/"_s)
                                    << u"sources[1].url: must start with https:// (or http://)"_s;
        QTest::newRow("url with password")
            << withField(ok, u"sources"_s, 0, u"url"_s, u"https://u:hunter2@norte.ispcube.com/api"_s)
            << u"sources[0].url: must not contain a user name or password: secrets belong in the OS keychain"_s;
        QTest::newRow("url unparsable") << withField(ok, u"sources"_s, 0, u"url"_s, u"https://norte ispcube/api"_s)
                                        << u"sources[0].url: is not a valid URL"_s;
        QTest::newRow("timeout too long") << withField(ok, u"sources"_s, 0, u"timeout_ms"_s, 3'600'000)
                                          << u"sources[0].timeout_ms: must be 1000-600000"_s;
        QTest::newRow("huge number") << withField(ok, u"sources"_s, 0, u"timeout_ms"_s, 1e30)
                                     << u"sources[0].timeout_ms: must be a whole number"_s;
        QTest::newRow("enabled ispcube without client id")
            << withField(ok, u"sources"_s, 0, u"client_id"_s, QJsonValue::Undefined)
            << u"sources[0].client_id: required: the ISPCube company id (client-id header)"_s;
        QTest::newRow("secret of another kind") << withField(ok, u"sources"_s, 1, u"password"_s, u"x"_s)
                                                << u"sources[1].password: not a secret of smartolt (it takes token)"_s;
        QTest::newRow("secret on routeros") << withField(ok, u"sources"_s, 3, u"token"_s, u"x"_s)
                                            << u"sources[3].token: routeros takes no secret here"_s;
        QTest::newRow("empty api secret") << withField(ok, u"sources"_s, 1, u"token"_s, u""_s)
                                          << u"sources[1].token: must not be empty; leave it out to set it later"_s;
        QTest::newRow("secret not a string")
            << withField(ok, u"sources"_s, 1, u"token"_s, 12345) << u"sources[1].token: must be a string"_s;
        QTest::newRow("secret too long") << withField(ok, u"routers"_s, 0, u"password"_s, QString(3000, u'p'))
                                         << u"routers[0].password: The secret is longer than 2048 bytes"_s;
        QTest::newRow("source not an object") << QByteArray("{\"format\": \"beholder-profile/1\", \"sources\": [42]}")
                                              << u"sources[0]: must be an object"_s;
        QTest::newRow("duplicate source")
            << QByteArray("{\"format\": \"beholder-profile/1\", \"sources\": ["
                          "{\"kind\": \"smartolt\", \"url\": \"https://a.smartolt.com/api/\"},"
                          "{\"kind\": \"smartolt\", \"url\": \"https://b.smartolt.com/api/\"}]}")
            << u"sources[1].kind: smartolt appears more than once"_s;
    }

    void mistakes_areNamedByTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errors.contains(error), qPrintable(parsed.errors.join(u'\n')));
        // No error quotes a secret or a URL's password back.
        const QString all = parsed.errors.join(u'\n');
        QVERIFY(!all.contains(u"hunter2"_s));
        QVERIFY(!all.contains(u"router-1-pass"_s));
    }

    void pathsFollowTheJson_evenAfterASkippedEntry()
    {
        // sources[0] is unusable; the mistake in sources[2] must still say [2].
        const QByteArray json = "{\"format\": \"beholder-profile/1\", \"sources\": ["
                                "{\"kind\": \"nonsense\"},"
                                "{\"kind\": \"smartolt\", \"url\": \"https://a.smartolt.com/api/\"},"
                                "{\"kind\": \"cnmaestro\", \"url\": \"https://c.example/api/v2\"}]}";
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY(
            parsed.errors.contains(u"sources[2].user: required: the OAuth client id of the cnMaestro API client"_s));
    }

    void unknownFields_areWarnings()
    {
        QByteArray json = withField(documentedExample(), u"routers"_s, 0, u"colour"_s, u"red"_s);
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.insert(u"comment"_s, u"made by hand"_s);
        json = QJsonDocument(root).toJson();
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.warnings,
                 (QStringList{u"comment: unknown field, ignored"_s, u"routers[0].colour: unknown field, ignored"_s}));
    }

    void nullMeansNotGiven()
    {
        QByteArray json = withField(documentedExample(), u"routers"_s, 1, u"password"_s, QJsonValue::Null);
        json = withField(json, u"sources"_s, 0, u"calls_per_hour"_s, QJsonValue::Null);
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY(!parsed.description->secrets.contains(SecretKeys::routerPassword(2)));
    }

    void routerPasswords_mayBeEmpty()
    {
        // RouterOS accepts an empty password (a fresh router's admin).
        const QByteArray json = withField(documentedExample(), u"routers"_s, 1, u"password"_s, u""_s);
        const ProfileDescriptionParse parsed = parseProfileDescription(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.description->secrets.value(SecretKeys::routerPassword(2), u"unset"_s), QString());
    }

    void oversizedInput_isRefusedUnread()
    {
        QByteArray huge(ProfileDescriptionFormat::maxBytes + 1, ' ');
        const ProfileDescriptionParse parsed = parseProfileDescription(huge);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errors, QStringList{u"the file is larger than 8 MiB: not a profile description"_s});
    }

    void writtenFile_withSecrets_isPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"norte.json"_s);
        QCOMPARE(writeProfileDescription(path, sampleDescription()), QString());
        const ProfileDescriptionParse read = readProfileDescription(path);
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.description->secrets, sampleDescription().secrets);
#ifdef Q_OS_UNIX
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
#endif
    }

    void missingFile_isAnError()
    {
        QTemporaryDir dir;
        const ProfileDescriptionParse read = readProfileDescription(dir.filePath(u"nope.json"_s));
        QVERIFY(!read.ok());
        QCOMPARE(read.errors.size(), 1);
        QVERIFY(read.errors.first().contains(u"nope.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfileDescription)
#include "tst_profiledescription.moc"
