// SPDX-License-Identifier: GPL-3.0-or-later
// CnMaestroClient against a small hand-written cnMaestro on the simulator's
// HTTP server (127.0.0.1): client credentials in the form body or as Basic,
// offset/limit paging to the announced total (also when the server caps the
// limit), devices joined with statistics into APs and SMs, the token renewed
// at half its lifetime and on 401 (once), Cloud's redirect_uri, alarms.
#include "asyncwait.h"
#include "integrations/cnmaestro/cnmaestroclient.h"
#include "simulator/http/httpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

const QString ClientId = u"beholder-desk"_s;
const QString Secret = u"s3cr+t&=ñ"_s; // characters a form body must escape

QString mac(int prefix, int i)
{
    return u"0A:00:3E:%1:%2:%3"_s.arg(prefix, 2, 16, QChar(u'0'))
        .arg((i >> 8) & 0xff, 2, 16, QChar(u'0'))
        .arg(i & 0xff, 2, 16, QChar(u'0'))
        .toUpper();
}

// Just enough of cnMaestro: the token endpoint and /devices, /devices/statistics, /alarms.
class FakeCnMaestro final
{
public:
    int subscribers = 3; // per type, all under one AP per type
    int expiresIn = 3600;
    int maxLimit = 1000; // a server may cap the page size
    bool rejectEveryToken = false;
    QUrl redirectTo; // cnMaestro Cloud: answer logins with this redirect_uri
    QList<HttpRequest> logins;
    QList<HttpRequest> calls; // authorised API calls

    FakeCnMaestro()
    {
        m_server.route("POST", u"/api/v2/access/token"_s, [this](const HttpRequest &r) { return token(r); });
        m_server.route("GET", u"/api/v2/devices"_s, [this](const HttpRequest &r) {
            return paged(r, [this](const QString &type) { return devices(type, false); });
        });
        m_server.route("GET", u"/api/v2/devices/statistics"_s, [this](const HttpRequest &r) {
            return paged(r, [this](const QString &type) { return devices(type, true); });
        });
        m_server.route("GET", u"/api/v2/alarms"_s, [this](const HttpRequest &r) {
            return paged(r, [](const QString &) {
                QJsonArray alarms;
                for (int i = 0; i < 5; ++i) {
                    alarms.append(QJsonObject{{u"id"_s, u"a%1"_s.arg(i)},
                                              {u"name"_s, u"Status"_s},
                                              {u"severity"_s, u"major"_s},
                                              {u"status"_s, u"active"_s},
                                              {u"source"_s, u"SM-%1"_s.arg(i)},
                                              {u"time_raised"_s, u"2026-11-18T10:00:00Z"_s}});
                }
                return alarms;
            });
        });
    }

    HttpServer &server() { return m_server; }
    bool listen() { return m_server.listen(); }
    void expireTokens() { m_valid.clear(); }

    SourceConfig config() const
    {
        SourceConfig c;
        c.kind = SourceKind::CnMaestro;
        c.baseUrl = m_server.baseUrl();
        c.baseUrl.setPath(u"/api/v2"_s);
        c.user = ClientId;
        c.timeoutMs = 5000;
        return c;
    }

private:
    HttpServer m_server;
    QSet<QString> m_valid;
    int m_issued = 0;

    HttpResponse token(const HttpRequest &r)
    {
        logins.append(r);
        const QUrlQuery form(QString::fromUtf8(r.body));
        QString id = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        if (r.header("authorization").startsWith("Basic ")) {
            const QString pair = QString::fromUtf8(QByteArray::fromBase64(r.header("authorization").mid(6)));
            id = pair.section(u':', 0, 0);
            secret = pair.section(u':', 1);
        }
        if (form.queryItemValue(u"grant_type"_s) != u"client_credentials"_s || id != ClientId || secret != Secret) {
            return HttpResponse::json(
                QJsonDocument(QJsonObject{{u"error"_s, u"invalid_client"_s},
                                          {u"error_description"_s, u"Client authentication failed"_s}}),
                401);
        }
        const QString token = u"at-%1"_s.arg(++m_issued);
        m_valid.insert(token);
        QJsonObject body{{u"access_token"_s, token}, {u"expires_in"_s, expiresIn}, {u"token_type"_s, u"Bearer"_s}};
        if (redirectTo.isValid())
            body.insert(u"redirect_uri"_s, redirectTo.toString());
        return HttpResponse::json(QJsonDocument(body));
    }

    QJsonArray devices(const QString &type, bool statistics) const
    {
        const int prefix = type == u"pmp" ? 0x10 : 0x20;
        QJsonArray list;
        QJsonObject ap{{u"type"_s, type},
                       {u"mode"_s, u"ap"_s},
                       {u"mac"_s, mac(prefix, 0xfff)},
                       {u"name"_s, QString(u"AP-"_s + type)}};
        if (statistics)
            ap.insert(u"connected_sms"_s, subscribers);
        else
            ap.insert(u"online"_s, true);
        list.append(ap);
        for (int i = 0; i < subscribers; ++i) {
            // The device list uses one MAC notation, the statistics another.
            QJsonObject sm{{u"type"_s, type},
                           {u"mode"_s, u"sm"_s},
                           {u"mac"_s, statistics ? mac(prefix, i).toLower().replace(u':', u'-') : mac(prefix, i)},
                           {u"ap_mac"_s, mac(prefix, 0xfff)},
                           {u"name"_s, u"SM-%1-%2"_s.arg(type).arg(i)}};
            if (statistics) {
                sm.insert(u"status"_s, u"online"_s);
                const QJsonObject pmpRadio{{u"dl_rssi"_s, double(-60 - i)}, {u"dl_snr_v"_s, 30}, {u"dl_snr_h"_s, 28}};
                const QJsonObject epmpRadio{{u"dl_rssi"_s, u"-65"_s}, {u"dl_snr"_s, u"25"_s}}; // numbers as strings
                sm.insert(u"radio"_s, type == u"pmp" ? pmpRadio : epmpRadio);
            } else {
                sm.insert(u"online"_s, i != 1);
            }
            list.append(sm);
        }
        return list;
    }

    template<typename Make>
    HttpResponse paged(const HttpRequest &r, Make make)
    {
        const QString bearer = QString::fromUtf8(r.header("authorization")).mid(7);
        if (rejectEveryToken || !m_valid.contains(bearer))
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"error"_s, u"invalid_token"_s}}), 401);
        calls.append(r);
        const QJsonArray all = make(r.query.queryItemValue(u"type"_s));
        const int offset = r.query.queryItemValue(u"offset"_s).toInt();
        const int limit = std::min(maxLimit, r.query.queryItemValue(u"limit"_s).toInt());
        QJsonArray page;
        for (int i = offset; i < std::min<int>(all.size(), offset + limit); ++i)
            page.append(all.at(i));
        return HttpResponse::json(QJsonDocument(QJsonObject{
            {u"paging"_s, QJsonObject{{u"offset"_s, offset}, {u"limit"_s, limit}, {u"total"_s, all.size()}}},
            {u"data"_s, page}}));
    }
};

struct Devices
{
    QList<AccessPoint> aps;
    QList<WirelessSubscriber> sms;
    int done = 0;
    ApiError error;
};

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.timeScale = 0.001;
    return policy;
}

} // namespace

class TestCnMaestroClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }
    void init();
    void cleanup();

    void credentialsInTheFormBody();
    void credentialsAsBasicAuth();
    void wrongSecretIsAnAuthError();
    void devicesAndStatisticsJoinIntoApsAndSms();
    void pagesToTheAnnouncedTotal();
    void pagesWhenTheServerCapsTheLimit();
    void pagesWithoutATotalUntilAnEmptyPage();
    void tokenIsReusedWhileFresh();
    void tokenIsRenewedAtHalfItsLifetime();
    void expiredTokenIsRenewedOnceOn401();
    void persistent401FailsAfterOneRenewal();
    void cloudRedirectUriIsHonoured();
    void alarmsArePaged();
    void transientFaultIsRetried();
    void cancelReportsCanceledOnce();

private:
    std::unique_ptr<FakeCnMaestro> m_maestro;
    std::unique_ptr<CnMaestroClient> m_client;

    std::shared_ptr<Devices> fetchDevices()
    {
        auto result = std::make_shared<Devices>();
        m_client->fetchDevices([result](QList<AccessPoint> page) { result->aps += page; },
                               [result](QList<WirelessSubscriber> page) { result->sms += page; },
                               [result](const ApiError &error) {
                                   ++result->done;
                                   result->error = error;
                               });
        Test::waitUntil([result] { return result->done > 0; });
        return result;
    }

    ApiError fetchAlarms(QList<Alarm> *alarms = nullptr)
    {
        int done = 0;
        ApiError error;
        m_client->fetchAlarms(
            [alarms](QList<Alarm> page) {
                if (alarms)
                    *alarms += page;
            },
            [&](const ApiError &e) {
                ++done;
                error = e;
            });
        Test::waitUntil([&done] { return done > 0; });
        return error;
    }
};

void TestCnMaestroClient::init()
{
    m_maestro = std::make_unique<FakeCnMaestro>();
    QVERIFY(m_maestro->listen());
    m_client = std::make_unique<CnMaestroClient>(m_maestro->config(), Secret);
    m_client->http().setRetryPolicy(fastRetries());
}

void TestCnMaestroClient::cleanup()
{
    m_client.reset();
    m_maestro.reset();
}

void TestCnMaestroClient::credentialsInTheFormBody()
{
    const ApiError error = fetchAlarms();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(m_maestro->logins.size(), 1);
    const HttpRequest &login = m_maestro->logins.first();
    QCOMPARE(login.header("content-type"), "application/x-www-form-urlencoded"_ba);
    QVERIFY(login.header("authorization").isEmpty());
    QVERIFY(!login.body.contains("s3cr+t")); // escaped, or '+' would arrive as a space
    QCOMPARE(m_maestro->calls.first().header("authorization"), "Bearer at-1"_ba);
}

void TestCnMaestroClient::credentialsAsBasicAuth()
{
    m_client->setCredentialsIn(CnMaestroClient::CredentialsIn::BasicAuth);
    const ApiError error = fetchAlarms();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(m_maestro->logins.first().header("authorization").startsWith("Basic "));
    QVERIFY(!m_maestro->logins.first().body.contains("client_secret"));
}

void TestCnMaestroClient::wrongSecretIsAnAuthError()
{
    m_client = std::make_unique<CnMaestroClient>(m_maestro->config(), u"nope"_s);
    const auto result = fetchDevices();
    QCOMPARE_KIND(result->error.kind, ApiError::Kind::Auth);
    QVERIFY2(result->error.message.startsWith(u"cnMaestro: the client id or secret was refused"_s),
             qPrintable(result->error.message));
    QVERIFY(result->error.message.contains(u"Client authentication failed"_s));
    QVERIFY(!result->error.message.contains(u"nope"_s));
    QVERIFY(m_maestro->calls.isEmpty());
}

void TestCnMaestroClient::devicesAndStatisticsJoinIntoApsAndSms()
{
    const auto result = fetchDevices();
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
    QCOMPARE(result->aps.size(), 2); // one per type
    QCOMPARE(result->sms.size(), 6);
    QCOMPARE(result->aps.first().connectedSms, 3);
    QVERIFY(result->aps.first().online);

    const WirelessSubscriber &pmp = result->sms.at(0);
    QCOMPARE(pmp.mac, mac(0x10, 0));
    QCOMPARE(pmp.apMac, mac(0x10, 0xfff));
    QCOMPARE(pmp.dlRssiDbm.value_or(0), -60.0);
    QCOMPARE(pmp.dlSnrDb.value_or(0), 30.0);
    QVERIFY(pmp.online);
    QVERIFY(!result->sms.at(1).online); // the device list's state, not the statistics'
    const WirelessSubscriber &epmp = result->sms.at(3);
    QCOMPARE(epmp.dlRssiDbm.value_or(0), -65.0);
    QCOMPARE(epmp.dlSnrDb.value_or(0), 25.0);

    QStringList asked;
    for (const HttpRequest &r : std::as_const(m_maestro->calls))
        asked.append(r.path.section(u'/', 3) + u'?' + r.query.queryItemValue(u"type"_s));
    QCOMPARE(
        asked,
        (QStringList{u"devices?pmp"_s, u"devices/statistics?pmp"_s, u"devices?epmp"_s, u"devices/statistics?epmp"_s}));
}

void TestCnMaestroClient::pagesToTheAnnouncedTotal()
{
    m_maestro->subscribers = 249; // 250 devices per type
    m_client->setDeviceTypes({u"pmp"_s});
    const auto result = fetchDevices();
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
    QCOMPARE(result->sms.size(), 249);
    QStringList offsets;
    for (const HttpRequest &r : std::as_const(m_maestro->calls)) {
        if (r.path.endsWith(u"/devices"_s)) {
            QCOMPARE(r.query.queryItemValue(u"limit"_s), u"100"_s);
            offsets.append(r.query.queryItemValue(u"offset"_s));
        }
    }
    QCOMPARE(offsets, (QStringList{u"0"_s, u"100"_s, u"200"_s})); // and no fourth call
}

void TestCnMaestroClient::pagesWhenTheServerCapsTheLimit()
{
    m_maestro->subscribers = 119; // 120 devices
    m_maestro->maxLimit = 50;
    m_client->setDeviceTypes({u"pmp"_s});
    const auto result = fetchDevices();
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
    QCOMPARE(result->sms.size(), 119); // nothing skipped between short pages
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/devices"_s), 3);
}

void TestCnMaestroClient::pagesWithoutATotalUntilAnEmptyPage()
{
    // Older servers may leave the total out: a short page may be a capped one.
    m_maestro->server().route("GET", u"/api/v2/alarms"_s, [this](const HttpRequest &r) {
        const int offset = r.query.queryItemValue(u"offset"_s).toInt();
        QJsonArray page;
        for (int i = offset; i < std::min(offset + 30, 75); ++i) // capped at 30
            page.append(QJsonObject{{u"id"_s, QString::number(i)}});
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"data"_s, page}}));
    });
    QList<Alarm> alarms;
    const ApiError error = fetchAlarms(&alarms);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(alarms.size(), 75);
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/alarms"_s), 4); // 30, 30, 15, empty
}

void TestCnMaestroClient::tokenIsReusedWhileFresh()
{
    QVERIFY(!fetchAlarms().isError());
    QVERIFY(!fetchAlarms().isError());
    QVERIFY(!fetchDevices()->error.isError());
    QCOMPARE(m_maestro->logins.size(), 1);
}

void TestCnMaestroClient::tokenIsRenewedAtHalfItsLifetime()
{
    m_maestro->expiresIn = 1; // renewed after 0.5 s
    QVERIFY(!fetchAlarms().isError());
    QCOMPARE(m_maestro->logins.size(), 1);
    QTest::qWait(600); // let the half-life pass (a wait, not a timing assertion)
    QVERIFY(!fetchAlarms().isError());
    QCOMPARE(m_maestro->logins.size(), 2);
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/alarms"_s), 2); // renewed before, not after a 401
}

void TestCnMaestroClient::expiredTokenIsRenewedOnceOn401()
{
    QVERIFY(!fetchAlarms().isError());
    m_maestro->expireTokens(); // revoked server-side, long before its time
    QList<Alarm> alarms;
    const ApiError error = fetchAlarms(&alarms);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(alarms.size(), 5);
    QCOMPARE(m_maestro->logins.size(), 2);
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/alarms"_s), 3);
}

void TestCnMaestroClient::persistent401FailsAfterOneRenewal()
{
    m_maestro->rejectEveryToken = true;
    const ApiError error = fetchAlarms();
    QCOMPARE_KIND(error.kind, ApiError::Kind::Auth);
    QCOMPARE(m_maestro->logins.size(), 2);
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/alarms"_s), 2);
}

void TestCnMaestroClient::cloudRedirectUriIsHonoured()
{
    // The account's own API host: a second server with the same API.
    FakeCnMaestro account;
    QVERIFY(account.listen());
    m_maestro->redirectTo = account.server().baseUrl(); // no path: the client keeps /api/v2
    // The account host accepts the tokens the login host issues.
    account.server().route("GET", u"/api/v2/alarms"_s, [&account](const HttpRequest &r) {
        account.calls.append(r);
        return HttpResponse::json(QJsonDocument(
            QJsonObject{{u"paging"_s, QJsonObject{{u"offset"_s, 0}, {u"limit"_s, 100}, {u"total"_s, 1}}},
                        {u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"severity"_s, u"minor"_s}}}}}));
    });
    QList<Alarm> alarms;
    const ApiError error = fetchAlarms(&alarms);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(m_maestro->logins.size(), 1);
    QVERIFY(m_maestro->calls.isEmpty()); // not the login host
    QCOMPARE(account.calls.size(), 1);
    QCOMPARE(account.calls.first().header("authorization"), "Bearer at-1"_ba);
}

void TestCnMaestroClient::alarmsArePaged()
{
    m_client->setPageSize(2);
    QList<Alarm> alarms;
    const ApiError error = fetchAlarms(&alarms);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(alarms.size(), 5);
    QCOMPARE(m_maestro->server().requestCount(u"/api/v2/alarms"_s), 3);
    QCOMPARE(alarms.last().source, u"cnmaestro"_s);
}

void TestCnMaestroClient::transientFaultIsRetried()
{
    HttpFault fault;
    fault.status = 502;
    fault.remaining = 1;
    m_maestro->server().setFault(u"/api/v2/devices/statistics"_s, fault);
    const auto result = fetchDevices();
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
    QCOMPARE(result->sms.size(), 6);
}

void TestCnMaestroClient::cancelReportsCanceledOnce()
{
    HttpFault silent;
    silent.neverAnswer = true;
    m_maestro->server().setFault(u"/api/v2/devices/statistics"_s, silent);
    auto result = std::make_shared<Devices>();
    m_client->fetchDevices([result](QList<AccessPoint> page) { result->aps += page; },
                           [result](QList<WirelessSubscriber> page) { result->sms += page; },
                           [result](const ApiError &error) {
                               ++result->done;
                               result->error = error;
                           });
    QVERIFY(Test::waitUntil([this] { return m_maestro->server().requestCount(u"/api/v2/devices/statistics"_s) == 1; }));
    m_client->cancel();
    QVERIFY(Test::waitUntil([result] { return result->done > 0; }));
    QCOMPARE_KIND(result->error.kind, ApiError::Kind::Canceled);
    QVERIFY(result->sms.isEmpty());
    QVERIFY(!fetchAlarms().isError()); // still usable
    QCOMPARE(result->done, 1);
}

QTEST_GUILESS_MAIN(TestCnMaestroClient)
#include "tst_cnmaestroclient.moc"
