// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles: where data lives, which profile opens, and that two ISPs never
// see each other's data.
#include "cache/cachedatabase.h"
#include "profile/datalocation.h"
#include "profile/profilemanager.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }
    void cleanup() { qunsetenv(dataDirEnvironmentVariable); }

    void dataDirectory_precedence()
    {
        QTemporaryDir fromOption;
        QTemporaryDir fromEnvironment;
        const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(resolveDataDirectory(), QDir::cleanPath(standard));
        qputenv(dataDirEnvironmentVariable, fromEnvironment.path().toUtf8());
        QCOMPARE(resolveDataDirectory(), QDir::cleanPath(fromEnvironment.path()));
        QCOMPARE(resolveDataDirectory(fromOption.path()), QDir::cleanPath(fromOption.path()));
    }

    void relativeDataDirectory_becomesAbsolute()
    {
        QVERIFY(QDir::isAbsolutePath(resolveDataDirectory(u"some/relative/dir"_s)));
    }

    void profileFiles_liveInTheProfileFolder()
    {
        QTemporaryDir root;
        ProfileManager manager(root.path());
        const auto profile = manager.openOrCreate(u"isp-norte"_s);
        QVERIFY(profile);
        QVERIFY(QDir(profile->directory()).exists());
        QVERIFY(profile->cacheFile().startsWith(profile->directory()));
        QVERIFY(profile->settingsFile().startsWith(profile->directory()));
        QVERIFY(profile->logDirectory().startsWith(profile->directory()));
        QVERIFY(profile->directory().startsWith(root.path()));
        QCOMPARE(manager.profileNames(), QStringList{u"isp-norte"_s});
    }

    void invalidNames_areRefused_andCreateNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("parent") << u".."_s;
        QTest::newRow("traversal") << u"../../etc"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("space") << u"mi isp"_s;
        QTest::newRow("accent") << u"ñandú"_s;
        QTest::newRow("too long") << QString(65, u'x');
        QTest::newRow("drive") << u"C:"_s;
        QTest::newRow("looks like an option") << u"--data-dir"_s;
        QTest::newRow("leading underscore") << u"_x"_s;
    }

    void invalidNames_areRefused_andCreateNothing()
    {
        QFETCH(QString, name);
        QTemporaryDir root;
        ProfileManager manager(root.path());
        QString error;
        QVERIFY(!manager.openOrCreate(name, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!manager.exists(name));
        QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void defaultProfile_isTheLastUsed_elseDemo()
    {
        QTemporaryDir root;
        ProfileManager manager(root.path());
        QCOMPARE(manager.defaultProfileName(), u"demo"_s);
        QVERIFY(manager.openOrCreate(u"isp1"_s));
        manager.setDefaultProfileName(u"isp1"_s);
        QCOMPARE(ProfileManager(root.path()).defaultProfileName(), u"isp1"_s);
        // A remembered profile that was removed falls back to the demo.
        QVERIFY(QDir(Profile(u"isp1"_s, root.path()).directory()).removeRecursively());
        QCOMPARE(manager.defaultProfileName(), u"demo"_s);
    }

    void profiles_areIsolated()
    {
        QTemporaryDir root;
        ProfileManager manager(root.path());
        const auto norte = manager.openOrCreate(u"norte"_s);
        const auto sur = manager.openOrCreate(u"sur"_s);
        QVERIFY(norte && sur);
        QVERIFY(norte->cacheFile() != sur->cacheFile());

        auto norteCache = Test::createCache(norte->cacheFile(), Test::smallIsp());
        QVERIFY(norteCache);
        CacheDatabase surCache(sur->cacheFile());
        QVERIFY(surCache.open());

        SearchEngine inNorte(norteCache->connection());
        SearchEngine inSur(surCache.connection());
        QVERIFY(!inNorte.search(u"perez"_s).hits.isEmpty());
        QVERIFY(inSur.search(u"perez"_s).hits.isEmpty());
        QVERIFY(inSur.search(u"mperez"_s).hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
