// SPDX-License-Identifier: GPL-3.0-or-later
// Pinned TLS exceptions without a network: which host and port an exception covers, how a refusal reads, the
// fingerprint format, and [tls_exceptions] in settings.ini (round trip, other keys untouched, hostile edits).
#include "net/tlsexception.h"
#include "sources/sourcesettings.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;

namespace {

QSslCertificate certificate(const QString &relative)
{
    QFile file(u"" BEHOLDER_TEST_DATA_DIR "/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QSslCertificate first()
{
    return certificate(u"routeros/sim-api-ssl.crt"_s);
}

QSslCertificate second()
{
    return certificate(u"tls/other.crt"_s);
}

TlsException pin(const QString &host, quint16 port, const QSslCertificate &c)
{
    TlsException e;
    e.host = host;
    e.port = port;
    e.sha256 = certificateSha256(c);
    e.subject = distinguishedName(c);
    e.expires = c.expiryDate().toUTC();
    e.addedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC);
    return e;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

class TestTlsException final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(!first().isNull());
        QVERIFY(!second().isNull());
    }

    void fingerprint_formatsAndParsesEveryNotation()
    {
        const QByteArray sha = certificateSha256(first());
        QCOMPARE(sha.size(), 32);
        const QString text = formatFingerprint(sha);
        QCOMPARE(text.size(), 32 * 3 - 1);
        QVERIFY(text.contains(u':'));
        QCOMPARE(text, text.toUpper());
        QCOMPARE(parseFingerprint(text), sha);
        QCOMPARE(parseFingerprint(text.toLower()), sha);
        QCOMPARE(parseFingerprint(QString::fromLatin1(sha.toHex())), sha);
        QCOMPARE(parseFingerprint(QString(text).replace(u':', u' ')), sha);
        QVERIFY(parseFingerprint(text.left(20)).isEmpty());
        QVERIFY(parseFingerprint(text + u":AB"_s).isEmpty());
        QVERIFY(parseFingerprint(QString(text).replace(0, 1, u"Z"_s)).isEmpty());
        QVERIFY(parseFingerprint({}).isEmpty());
    }

    void matches_exactHostAndPortOrAnyPort()
    {
        const TlsExceptionList list({pin(u"CCR01.example"_s, 8729, first()), pin(u"cnmaestro.example"_s, 0, first())});
        QVERIFY(list.matches(u"ccr01.example"_s, 8729, first())); // host names are case-insensitive
        QVERIFY(!list.matches(u"ccr01.example"_s, 8728, first()));
        QVERIFY(!list.matches(u"ccr01.example"_s, 8729, second()));
        QVERIFY(!list.matches(u"ccr02.example"_s, 8729, first()));
        QVERIFY(!list.matches(u"example"_s, 8729, first()));
        QVERIFY(list.matches(u"cnmaestro.example"_s, 443, first()));
        QVERIFY(list.matches(u"cnmaestro.example"_s, 8443, first()));
        QVERIFY(!list.matches(u"cnmaestro.example"_s, 443, QSslCertificate()));
    }

    void addReplacesTheSameHostAndPort()
    {
        TlsExceptionList list;
        list.add(pin(u"a.example"_s, 443, first()));
        list.add(pin(u"A.example"_s, 443, second()));
        list.add(pin(u"a.example"_s, 0, first()));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.items().at(0).sha256, certificateSha256(second()));
        QVERIFY(list.remove(u"a.example"_s, 0));
        QVERIFY(!list.remove(u"a.example"_s, 0));
        QCOMPARE(list.size(), 1);
    }

    void check_explainsAnUntrustedCertificate()
    {
        const QSslCertificate c = first();
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, c),
                                      QSslError(QSslError::HostNameMismatch, c)};
        const TlsVerdict verdict = TlsExceptionList().check(u"ccr01.example"_s, 8729, c, errors);
        QVERIFY(!verdict.accepted);
        QVERIFY2(verdict.reason.contains(u"the certificate is self-signed"_s), qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(u"issued for localhost, 127.0.0.1, not ccr01.example"_s),
                 qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(formatFingerprint(certificateSha256(c))), qPrintable(verdict.reason));
        QCOMPARE(verdict.peer.host, u"ccr01.example"_s);
        QCOMPARE(verdict.peer.port, quint16(8729));
        QCOMPARE(verdict.peer.sha256, certificateSha256(c));
        QVERIFY2(verdict.peer.subject.contains(u"CN=127.0.0.1"_s), qPrintable(verdict.peer.subject));
        QVERIFY2(verdict.peer.subject.contains(u"O=Beholder tests"_s), qPrintable(verdict.peer.subject));
        QCOMPARE(verdict.peer.issuer, verdict.peer.subject);
        QCOMPARE(verdict.peer.names, (QStringList{u"localhost"_s, u"127.0.0.1"_s})); // DNS names, then addresses
        QVERIFY(verdict.peer.selfSigned);
        QVERIFY(!verdict.peer.changedFromPin());
    }

    void check_acceptsThePinAndRefusesAChangedCertificate()
    {
        const TlsExceptionList list({pin(u"ccr01.example"_s, 8729, first())});
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, first())};
        const TlsVerdict ok = list.check(u"ccr01.example"_s, 8729, first(), errors);
        QVERIFY(ok.accepted);
        QCOMPARE(ok.exception, list.items().constFirst());
        QVERIFY(list.hook()(u"ccr01.example"_s, 8729, first(), errors));

        const TlsVerdict changed = list.check(u"ccr01.example"_s, 8729, second(), errors);
        QVERIFY(!changed.accepted);
        QVERIFY2(changed.reason.contains(u"changed"_s), qPrintable(changed.reason));
        QVERIFY(changed.reason.contains(formatFingerprint(certificateSha256(first()))));
        QVERIFY(changed.reason.contains(formatFingerprint(certificateSha256(second()))));
        QVERIFY(changed.peer.changedFromPin());
        QVERIFY(!list.hook()(u"ccr01.example"_s, 8729, second(), errors));
    }

    void explain_expiryAndIssuer()
    {
        const QSslCertificate c = first();
        const QStringList texts = explainSslErrors({QSslError(QSslError::CertificateExpired, c),
                                                    QSslError(QSslError::UnableToGetLocalIssuerCertificate, c),
                                                    QSslError(QSslError::CertificateExpired, c)},
                                                   u"x.example"_s);
        QCOMPARE(texts.size(), 2); // no repeats
        QCOMPARE(texts.at(0), u"the certificate expired on %1"_s.arg(c.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s)));
        QVERIFY2(texts.at(1).contains(u"issuer (O=Beholder tests, CN=127.0.0.1)"_s)
                     || texts.at(1).contains(u"issuer (CN=127.0.0.1, O=Beholder tests)"_s),
                 qPrintable(texts.at(1)));
    }

    void settings_roundTripLeavesOtherKeysAlone()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(u"sources/ispcube/url"_s, u"https://norte.ispcube.com/api"_s);
            settings.setValue(u"thresholds/onu_rx_low_dbm"_s, -27);
        }
        TlsExceptionList list;
        list.add(pin(u"cnmaestro.norte.example"_s, 443, first()));
        list.add(pin(u"10.0.0.1"_s, 0, second()));
        QCOMPARE(saveTlsExceptions(file, list), QStringList());

        const TlsExceptionsLoad loaded = loadTlsExceptions(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.exceptions, list);

        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(u"sources/ispcube/url"_s).toString(), u"https://norte.ispcube.com/api"_s);
        QCOMPARE(settings.value(u"thresholds/onu_rx_low_dbm"_s).toInt(), -27);
        QCOMPARE(settings.value(u"tls_exceptions/1/sha256"_s).toString(),
                 formatFingerprint(certificateSha256(first())));

        // The profile's sources carry them to the clients.
        const SourceSettingsResult sources = loadProfileSources(file);
        QCOMPARE(sources.sources.tlsExceptions, list);

        // Saving fewer removes the rest.
        QCOMPARE(saveTlsExceptions(file, TlsExceptionList()), QStringList());
        QVERIFY(loadTlsExceptions(file).exceptions.isEmpty());
        QSettings after(file, QSettings::IniFormat);
        QCOMPARE(after.value(u"sources/ispcube/url"_s).toString(), u"https://norte.ispcube.com/api"_s);
    }

    void settings_handWrittenSectionWithErrorsTrustsNothingInvalid()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const QByteArray fp = formatFingerprint(certificateSha256(first())).toLatin1();
        writeFile(file,
                  "[tls_exceptions]\n"
                  "size=5\n"
                  "1\\host=ccr01.example\n1\\port=8729\n1\\sha256="
                      + fp
                      + "\n1\\added_at=2026-11-26T10:15:00Z\n"
                        "2\\host=https://ccr02.example/\n2\\sha256="
                      + fp
                      + "\n"
                        "3\\host=ccr03.example\n3\\sha256=12:34\n"
                        "4\\host=ccr04.example\n4\\port=70000\n4\\sha256="
                      + fp
                      + "\n"
                        "5\\host=ccr01.example\n5\\port=8729\n5\\sha256="
                      + fp + "\n5\\expires=soon\n");
        const TlsExceptionsLoad loaded = loadTlsExceptions(file);
        QCOMPARE(loaded.exceptions.size(), 1);
        QCOMPARE(loaded.exceptions.items().constFirst().host, u"ccr01.example"_s);
        QCOMPARE(loaded.exceptions.items().constFirst().addedAt,
                 QDateTime(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC));
        const QString errors = loaded.errors.join(u'\n');
        QVERIFY2(errors.contains(u"tls_exceptions/2/host: must be a host name or IP address"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"tls_exceptions/3/sha256: must be a SHA-256 fingerprint"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"tls_exceptions/4/port: must be 0 (any port) or 1-65535"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"tls_exceptions/5/host: ccr01.example has another exception"_s), qPrintable(errors));
        QVERIFY2(loaded.warnings.join(u'\n').contains(u"tls_exceptions/5/expires"_s),
                 qPrintable(loaded.warnings.join(u'\n')));

        // For the sources, a broken exception is a warning: it must not stop a sync of the other sources.
        const SourceSettingsResult sources = loadProfileSources(file);
        QVERIFY(sources.ok());
        QCOMPARE(sources.sources.tlsExceptions.size(), 1);
    }

    void settings_saveRefusesInvalidExceptions()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        TlsException noHost = pin({}, 443, first());
        TlsException badFingerprint = pin(u"a.example"_s, 443, first());
        badFingerprint.sha256 = "short";
        const QStringList errors = saveTlsExceptions(file, TlsExceptionList({noHost, badFingerprint}));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(u"tls_exceptions/1/host: required"_s));
        QVERIFY(errors.at(1).startsWith(u"tls_exceptions/2/sha256"_s));
        QVERIFY(!QFile::exists(file)); // nothing written
    }

    void fromPeer_keepsWhatTheOperatorSaw()
    {
        const PeerCertificate peer = describeCertificate(first(), u"ccr01.example"_s, 8729);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TlsException e = TlsException::fromPeer(peer, now);
        QCOMPARE(e.host, u"ccr01.example"_s);
        QCOMPARE(e.port, quint16(8729));
        QCOMPARE(e.sha256, certificateSha256(first()));
        QCOMPARE(e.subject, peer.subject);
        QCOMPARE(e.expires, first().expiryDate().toUTC());
        QCOMPARE(TlsException::fromPeer(peer, now, true).port, quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestTlsException)
#include "tst_tlsexception.moc"
