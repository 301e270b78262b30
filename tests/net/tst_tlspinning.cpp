// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of issue 6's TLS part, over real sockets on 127.0.0.1, for both ways Beholder speaks TLS
// (HttpClient to an HTTPS API, the RouterOS API-SSL connection): a server with an untrusted, self-signed
// certificate is refused by default with a TLS error that says why and carries the certificate; it is accepted
// only with an exception for that host pinned to that certificate; refused again when the server presents another
// certificate ("changed", with both fingerprints); and refused when the exception names another host or port.
#include "net/httpclient.h"
#include "net/tlsexception.h"
#include "routeros/routerosclient.h"
#include "simulator/http/httpserver.h"
#include "simulator/routeros/routerosserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;

namespace {

const QString routerPassword = u"s3cret-Pa55"_s;

QByteArray readData(const QString &relative)
{
    QFile file(u"" BEHOLDER_TEST_DATA_DIR "/"_s + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two throw-away self-signed certificates with the same names (127.0.0.1, localhost).
struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

Identity firstIdentity()
{
    return {QSslCertificate(readData(u"routeros/sim-api-ssl.crt"_s), QSsl::Pem),
            QSslKey(readData(u"routeros/sim-api-ssl.key"_s), QSsl::Ec)};
}

Identity secondIdentity()
{
    return {QSslCertificate(readData(u"tls/other.crt"_s), QSsl::Pem), QSslKey(readData(u"tls/other.key"_s), QSsl::Rsa)};
}

TlsException pin(const QString &host, quint16 port, const QSslCertificate &certificate)
{
    TlsException exception;
    exception.host = host;
    exception.port = port;
    exception.sha256 = certificateSha256(certificate);
    exception.subject = distinguishedName(certificate);
    exception.addedAt = QDateTime::currentDateTimeUtc();
    return exception;
}

// An HTTPS API: GET /api/ping answers {"ok":true}.
std::unique_ptr<Sim::HttpServer> httpsServer(const Identity &identity)
{
    auto server = std::make_unique<Sim::HttpServer>();
    server->setTls(identity.certificate, identity.key);
    server->route("GET", u"/api/ping"_s,
                  [](const Sim::HttpRequest &) { return Sim::HttpResponse::text("{\"ok\":true}"); });
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<Sim::RouterOsServer> apiSslServer(const Identity &identity)
{
    auto server = std::make_unique<Sim::RouterOsServer>();
    server->setCredentials(u"beholder"_s, routerPassword);
    server->setTls(identity.certificate, identity.key);
    if (!server->listen())
        return nullptr;
    return server;
}

} // namespace

class TestTlsPinning final : public QObject
{
    Q_OBJECT

private:
    // One GET with a fresh client (no kept-alive connection from an earlier case).
    ApiResult<HttpReplyData> get(const QString &host, quint16 port, const TlsExceptionList &exceptions)
    {
        HttpClient client(u"cnMaestro"_s);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        client.setDefaultTimeoutMs(10000);
        client.setTlsExceptions(exceptions);
        HttpCall call;
        call.url.setScheme(u"https"_s);
        call.url.setHost(host);
        call.url.setPort(port);
        call.url.setPath(u"/api/ping"_s);
        call.endpoint = u"ping"_s;
        std::optional<ApiResult<HttpReplyData>> outcome;
        client.send(call, [&](const ApiResult<HttpReplyData> &result) { outcome = result; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000); }();
        return outcome.value_or(ApiResult<HttpReplyData>::failure(ApiError::make(ApiError::Kind::None, {})));
    }

    ApiResult<RouterOs::SystemResource> routerResource(const QString &host, quint16 port,
                                                       const TlsExceptionList &exceptions)
    {
        RouterConfig config;
        config.nodeId = 1;
        config.name = u"VMA-CCR-01"_s;
        config.host = host;
        config.port = port;
        config.tls = true;
        config.user = u"beholder"_s;
        config.timeoutMs = 10000;
        RouterOs::Client client(config, routerPassword);
        client.connection()->setTlsExceptions(exceptions);
        std::optional<ApiResult<RouterOs::SystemResource>> outcome;
        client.systemResource(this, [&](const ApiResult<RouterOs::SystemResource> &r) { outcome = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000); }();
        return outcome.value_or(ApiResult<RouterOs::SystemResource>::failure(ApiError::make(ApiError::Kind::None, {})));
    }

    static void verifyUntrusted(const ApiError &error, const QSslCertificate &presented)
    {
        QCOMPARE(toString(error.kind), toString(ApiError::Kind::Tls));
        QVERIFY2(error.message.contains(u"TLS"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"the certificate is self-signed"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(formatFingerprint(certificateSha256(presented))), qPrintable(error.message));
        QCOMPARE(error.certificate.sha256, certificateSha256(presented));
        QVERIFY2(error.certificate.subject.contains(u"CN=127.0.0.1"_s), qPrintable(error.certificate.subject));
        QVERIFY(error.certificate.selfSigned);
        QVERIFY(error.certificate.expires.isValid());
        QVERIFY(!error.certificate.changedFromPin());
    }

    static void verifyChanged(const ApiError &error, const QSslCertificate &pinned, const QSslCertificate &presented)
    {
        QCOMPARE(toString(error.kind), toString(ApiError::Kind::Tls));
        QVERIFY2(error.message.contains(u"changed"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(formatFingerprint(certificateSha256(pinned))), qPrintable(error.message));
        QVERIFY2(error.message.contains(formatFingerprint(certificateSha256(presented))), qPrintable(error.message));
        QVERIFY(error.certificate.changedFromPin());
        QCOMPARE(error.certificate.pinnedSha256, certificateSha256(pinned));
        QCOMPARE(error.certificate.sha256, certificateSha256(presented));
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QVERIFY(!firstIdentity().certificate.isNull());
        QVERIFY(!firstIdentity().key.isNull());
        QVERIFY(!secondIdentity().certificate.isNull());
        QVERIFY(!secondIdentity().key.isNull());
        QVERIFY(certificateSha256(firstIdentity().certificate) != certificateSha256(secondIdentity().certificate));
    }

    void https_untrustedCertificateIsRefusedByDefault()
    {
        const Identity first = firstIdentity();
        const auto server = httpsServer(first);
        QVERIFY(server);
        const ApiResult<HttpReplyData> result = get(u"127.0.0.1"_s, server->port(), {});
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
        QCOMPARE(server->requestCount(u"/api/*"_s), 0); // nothing was sent over the untrusted channel
    }

    void https_acceptedOnlyWithThatHostsPinnedException()
    {
        const Identity first = firstIdentity();
        const auto server = httpsServer(first);
        QVERIFY(server);
        const quint16 port = server->port();

        // Exactly this host, port and certificate.
        ApiResult<HttpReplyData> result
            = get(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"127.0.0.1"_s, port, first.certificate)}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value->body, "{\"ok\":true}"_ba);
        // Any port of this host.
        result = get(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"127.0.0.1"_s, 0, first.certificate)}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));

        // Another host name: the exception names localhost, the client asks for 127.0.0.1.
        result = get(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"localhost"_s, port, first.certificate)}));
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
        // Another port of the right host.
        result
            = get(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"127.0.0.1"_s, quint16(port + 1), first.certificate)}));
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
        // The right host pinned to another certificate.
        result = get(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"127.0.0.1"_s, port, secondIdentity().certificate)}));
        QVERIFY(!result.ok());
        verifyChanged(result.error, secondIdentity().certificate, first.certificate);
    }

    // A diagnosis asks SmartOLT three things at once: every one of those answers must arrive over a pinned
    // certificate, on fresh connections and on kept-alive ones, round after round.
    void https_parallelCallsOverAPinAllFinish()
    {
        const Identity first = firstIdentity();
        const auto server = httpsServer(first);
        QVERIFY(server);
        const quint16 port = server->port();
        HttpClient client(u"SmartOLT"_s);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        client.setDefaultTimeoutMs(10000);
        client.setTlsExceptions(TlsExceptionList({pin(u"127.0.0.1"_s, 0, first.certificate)}));
        for (int round = 0; round < 10; ++round) {
            int answered = 0;
            QStringList errors;
            for (int i = 0; i < 3; ++i) {
                HttpCall call;
                call.url = QUrl(u"https://127.0.0.1:%1/api/ping"_s.arg(port));
                call.endpoint = u"ping"_s;
                client.send(call, [&](const ApiResult<HttpReplyData> &result) {
                    ++answered;
                    if (!result.ok())
                        errors << result.error.message;
                });
            }
            QTRY_VERIFY2_WITH_TIMEOUT(answered == 3,
                                      qPrintable(u"round %1: %2 of 3 answered"_s.arg(round).arg(answered)), 15000);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
        }
    }

    void https_changedCertificateIsRefusedAsChanged()
    {
        const Identity first = firstIdentity();
        const Identity second = secondIdentity();
        auto server = httpsServer(first);
        QVERIFY(server);
        const quint16 port = server->port();
        const TlsExceptionList exceptions({pin(u"127.0.0.1"_s, port, first.certificate)});
        ApiResult<HttpReplyData> result = get(u"127.0.0.1"_s, port, exceptions);
        QVERIFY2(result.ok(), qPrintable(result.error.message));

        // The same server restarts on the same port with another certificate (renewed, or someone in the middle).
        server->close();
        server->setTls(second.certificate, second.key);
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
        result = get(u"127.0.0.1"_s, port, exceptions);
        QVERIFY(!result.ok());
        verifyChanged(result.error, first.certificate, second.certificate);

        // Trusting the new certificate (what the dialog does with ApiError::certificate) lets it through again.
        TlsExceptionList renewed = exceptions;
        renewed.add(TlsException::fromPeer(result.error.certificate, QDateTime::currentDateTimeUtc()));
        QCOMPARE(renewed.size(), 1); // replaced, not added
        result = get(u"127.0.0.1"_s, port, renewed);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
    }

    void apiSsl_untrustedCertificateIsRefusedByDefault()
    {
        const Identity first = firstIdentity();
        const auto server = apiSslServer(first);
        QVERIFY(server);
        const auto result = routerResource(u"127.0.0.1"_s, server->port(), {});
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
        QCOMPARE(server->commandCount(u"/login"_s), 0); // the password never left
    }

    void apiSsl_acceptedOnlyWithThatHostsPinnedException()
    {
        const Identity first = firstIdentity();
        const auto server = apiSslServer(first);
        QVERIFY(server);
        const quint16 port = server->port();

        auto result
            = routerResource(u"127.0.0.1"_s, port, TlsExceptionList({pin(u"127.0.0.1"_s, port, first.certificate)}));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(server->commandCount(u"/login"_s), 1);

        // The exception names localhost: refused for 127.0.0.1, accepted for localhost.
        const TlsExceptionList forLocalhost({pin(u"localhost"_s, port, first.certificate)});
        result = routerResource(u"127.0.0.1"_s, port, forLocalhost);
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
        result = routerResource(u"localhost"_s, port, forLocalhost);
        QVERIFY2(result.ok(), qPrintable(result.error.message));

        // Another port of the right host.
        result = routerResource(u"127.0.0.1"_s, port,
                                TlsExceptionList({pin(u"127.0.0.1"_s, quint16(port + 1), first.certificate)}));
        QVERIFY(!result.ok());
        verifyUntrusted(result.error, first.certificate);
    }

    void apiSsl_changedCertificateIsRefusedAsChanged()
    {
        const Identity first = firstIdentity();
        const Identity second = secondIdentity();
        // Two routers on one host, one exception for every port of it pinned to the first certificate: the
        // second router's certificate is "changed" for that host.
        const auto a = apiSslServer(first);
        const auto b = apiSslServer(second);
        QVERIFY(a && b);
        const TlsExceptionList exceptions({pin(u"127.0.0.1"_s, 0, first.certificate)});
        auto result = routerResource(u"127.0.0.1"_s, a->port(), exceptions);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        result = routerResource(u"127.0.0.1"_s, b->port(), exceptions);
        QVERIFY(!result.ok());
        verifyChanged(result.error, first.certificate, second.certificate);
        QCOMPARE(b->commandCount(u"/login"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsPinning)
#include "tst_tlspinning.moc"
