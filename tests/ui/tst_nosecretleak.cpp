// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §8: secrets live only in the OS keychain. The real console runs a full
// demo sync (the simulated ISP on 127.0.0.1, every source, the routers, the
// OLTs over SNMP when snmpsimd is there) and a diagnosis, with debug logging
// on; then every secret the demo stored is read back from the keychain (a
// private gnome-keyring: this test runs under scripts/with-keyring.sh) and
// searched for, as text, Base64 and percent-encoding, in every file the
// console wrote (settings, cache and its WAL, accounts, logs) and in its output.
#include "credentials/keychaincredentialstore.h"
#include "profile/profile.h"
#include "sources/profilesecretkeys.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrl>

#include <optional>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestNoSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void fullDemoSync_leavesNoSecretInAnyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"data"_s);
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"beholder.*.debug=true"_s); // the most a log can say
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(BEHOLDER_GUI_PATH),
                      {u"--data-dir"_s, data, u"--demo"_s, u"--demo-customers"_s, u"1500"_s, u"--screenshot"_s,
                       dir.filePath(u"shot.png"_s), u"--screenshot-query"_s, u"perez"_s});
        QVERIFY(console.waitForStarted());
        QVERIFY2(console.waitForFinished(240000), "the console did not finish its demo sync in time");
        const QByteArray output = console.readAllStandardOutput() + console.readAllStandardError();
        QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0, output.constData());

        // The secrets, as the keychain holds them.
        const Profile demo(Profile::demoName(), data);
        KeychainCredentialStore store(demo.name());
        QHash<QString, QString> secrets;
        for (const QString &key : profileSecretKeys(demo)) {
            std::optional<CredentialResult> read;
            store.read(key, nullptr, [&read](const CredentialResult &r) { read = r; });
            QVERIFY(QTest::qWaitFor([&read] { return read.has_value(); }, 30000));
            if (read->ok())
                secrets.insert(key, read->value);
            else
                QVERIFY2(read->error.kind == CredentialError::Kind::NotFound, qPrintable(read->error.message));
        }
        QVERIFY2(secrets.size() >= 5, qPrintable(u"only %1 secrets in the keychain"_s.arg(secrets.size())));
        QVERIFY(secrets.contains(u"smartolt/token"_s));
        QVERIFY(secrets.contains(u"cnmaestro/client-secret"_s));

        // Every file under the data folder, the log and the cache included.
        QStringList files;
        bool sawLog = false;
        bool sawCache = false;
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            files << file;
            sawLog = sawLog || file.contains(u"/logs/"_s);
            sawCache = sawCache || file.endsWith(u"cache.sqlite"_s);
        }
        QVERIFY2(sawLog && sawCache, qPrintable(files.join(u'\n')));

        for (auto secret = secrets.cbegin(); secret != secrets.cend(); ++secret) {
            QVERIFY2(secret.value().size() >= 6, qPrintable(u"%1 is too short to search for"_s.arg(secret.key())));
            const QByteArray plain = secret.value().toUtf8();
            const QList<QByteArray> forms{plain, plain.toBase64(), QUrl::toPercentEncoding(secret.value())};
            for (const QByteArray &form : forms) {
                QVERIFY2(!output.contains(form), qPrintable(u"%1 appears in the console's output"_s.arg(secret.key())));
                for (const QString &file : std::as_const(files)) {
                    QFile f(file);
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    QVERIFY2(!f.readAll().contains(form),
                             qPrintable(u"secret %1 appears in %2"_s.arg(secret.key(), file)));
                }
            }
        }
        qInfo("%lld secrets searched for in %lld files and the console's output: none found", qint64(secrets.size()),
              qint64(files.size()));
    }
};

QTEST_GUILESS_MAIN(TestNoSecretLeak)
#include "tst_nosecretleak.moc"
