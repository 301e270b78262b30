// SPDX-License-Identifier: GPL-3.0-or-later
// The three simulated REST APIs as functions of the request, without
// sockets: what each requires (headers, tokens, grant types), how each says
// no (400 "<header> requerido", 401, 403, 405 "Unknown method", 429 with
// Retry-After), token expiry, broken credentials and paging parameters.
#include "simulator/isp/cnmaestroapi.h"
#include "simulator/isp/hourlybudget.h"
#include "simulator/isp/ispcubeapi.h"
#include "simulator/isp/smartoltapi.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

SimulatorCredentials credentials()
{
    SimulatorCredentials c;
    c.ispCubeUser = u"ana"_s;
    c.ispCubePassword = u"s3cret"_s;
    c.ispCubeApiKey = u"0b5c6e2e-1111-4222-8333-944445555666"_s;
    c.ispCubeClientId = u"1234"_s;
    c.smartOltToken = u"f00dfeedf00dfeedf00dfeedf00dfeed"_s;
    c.cnMaestroClientId = u"client"_s;
    c.cnMaestroClientSecret = u"secret+/="_s;
    return c;
}

std::shared_ptr<const SimDataset> dataset()
{
    return SimDataset::create(Test::smallIsp(), Test::fixtureNow, -3 * 3600);
}

HttpRequest request(const QByteArray &method, const QString &pathAndQuery)
{
    HttpRequest r;
    r.method = method;
    const QUrl url(u"http://127.0.0.1"_s + pathAndQuery);
    r.path = url.path();
    r.query = QUrlQuery(url);
    return r;
}

QJsonDocument json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body);
}

QByteArray headerOf(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// --- ISPCube helpers

HttpRequest ispLogin(const SimulatorCredentials &c)
{
    HttpRequest r = request("POST", u"/api/sanctum/token"_s);
    r.headers.insert("api-key", c.ispCubeApiKey.toUtf8());
    r.headers.insert("client-id", c.ispCubeClientId.toUtf8());
    r.headers.insert("login-type", "api");
    r.headers.insert("content-type", "application/json");
    r.body = QJsonDocument(QJsonObject{{u"username"_s, c.ispCubeUser}, {u"password"_s, c.ispCubePassword}}).toJson();
    return r;
}

QString ispToken(IspCubeApi &api, const SimulatorCredentials &c)
{
    const HttpResponse response = api.handle(ispLogin(c));
    return json(response).object().value(u"token").toString();
}

HttpRequest ispCall(const QString &pathAndQuery, const SimulatorCredentials &c, const QString &token)
{
    HttpRequest r = request("GET", pathAndQuery);
    r.headers.insert("authorization", "Bearer " + token.toUtf8());
    r.headers.insert("api-key", c.ispCubeApiKey.toUtf8());
    r.headers.insert("client-id", c.ispCubeClientId.toUtf8());
    r.headers.insert("login-type", "api");
    r.headers.insert("username", c.ispCubeUser.toUtf8());
    return r;
}

// --- SmartOLT helpers

HttpRequest oltCall(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token)
{
    HttpRequest r = request(method, pathAndQuery);
    if (!token.isEmpty())
        r.headers.insert("x-token", token);
    return r;
}

// --- cnMaestro helpers

HttpRequest cnTokenRequest(const QByteArray &body)
{
    HttpRequest r = request("POST", u"/api/v2/access/token"_s);
    r.headers.insert("content-type", "application/x-www-form-urlencoded");
    r.body = body;
    return r;
}

} // namespace

class TestSimApis final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    // --- the hourly budget ---------------------------------------------------------------------------

    void hourlyBudget_refusesBeyondTheLimitUntilTheWindowEnds()
    {
        qint64 now = 1000;
        HourlyBudget budget(3, 3600 * 1000, [&now] { return now; });
        QVERIFY(!budget.take());
        now += 10'000;
        QVERIFY(!budget.take());
        QVERIFY(!budget.take());
        const std::optional<int> refused = budget.take();
        QVERIFY(refused);
        QCOMPARE(*refused, 3600 - 10); // the window started with the first call
        now += 3590 * 1000 - 1;
        QCOMPARE(budget.take().value_or(-1), 1); // never 0: Retry-After must make the client wait
        now += 1;
        QVERIFY(!budget.take()); // a new hour
        QCOMPARE(budget.used(), 1);

        HourlyBudget unlimited(0);
        for (int i = 0; i < 5000; ++i)
            QVERIFY(!unlimited.take());
    }

    // --- ISPCube -------------------------------------------------------------------------------------

    void ispCube_loginNeedsItsHeaders_data()
    {
        QTest::addColumn<QByteArray>("missing");
        QTest::newRow("api-key") << "api-key"_ba;
        QTest::newRow("client-id") << "client-id"_ba;
        QTest::newRow("login-type") << "login-type"_ba;
    }

    void ispCube_loginNeedsItsHeaders()
    {
        QFETCH(QByteArray, missing);
        const SimulatorCredentials c = credentials();
        IspCubeApi api(dataset(), {}, c);
        HttpRequest r = ispLogin(c);
        r.headers.remove(missing);
        const HttpResponse response = api.handle(r);
        QCOMPARE(response.status, 400);
        const QJsonObject body = json(response).object();
        QCOMPARE(body.value(u"status").toBool(true), false);
        QCOMPARE(body.value(u"message").toString(), QString::fromLatin1(missing) + u" requerido"_s);
    }

    void ispCube_loginRefusesWrongCredentials()
    {
        const SimulatorCredentials c = credentials();
        IspCubeApi api(dataset(), {}, c);
        QCOMPARE(api.handle(ispLogin(c)).status, 200);
        SimulatorCredentials wrong = c;
        wrong.ispCubePassword = u"nope"_s;
        QCOMPARE(api.handle(ispLogin(wrong)).status, 401);
        wrong = c;
        wrong.ispCubeApiKey = u"other"_s;
        QCOMPARE(api.handle(ispLogin(wrong)).status, 401);
        HttpRequest notJson = ispLogin(c);
        notJson.body = "username=ana";
        QCOMPARE(api.handle(notJson).status, 400);
        HttpRequest get = ispLogin(c);
        get.method = "GET";
        QCOMPARE(api.handle(get).status, 405);
    }

    void ispCube_tokenFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("object") << int(IspCubeTokenFormat::Object);
        QTest::newRow("bare string") << int(IspCubeTokenFormat::BareString);
        QTest::newRow("data object") << int(IspCubeTokenFormat::DataObject);
    }

    void ispCube_tokenFormats()
    {
        QFETCH(int, format);
        IspCubeOptions options;
        options.tokenFormat = IspCubeTokenFormat(format);
        const SimulatorCredentials c = credentials();
        IspCubeApi api(dataset(), options, c);
        const HttpResponse response = api.handle(ispLogin(c));
        QCOMPARE(response.status, 200);
        QString token;
        const QJsonDocument document = json(response);
        switch (options.tokenFormat) {
        case IspCubeTokenFormat::Object:
            token = document.object().value(u"token").toString();
            break;
        case IspCubeTokenFormat::BareString:
            QVERIFY(response.body.startsWith('"'));
            token = QJsonDocument::fromJson("[" + response.body + "]").array().at(0).toString();
            break;
        case IspCubeTokenFormat::DataObject:
            token = document.object().value(u"data").toObject().value(u"token").toString();
            break;
        }
        QVERIFY(token.contains(u'|')); // Sanctum: "<id>|<secret>"
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, token)).status, 200);
    }

    void ispCube_callsNeedBearerAndHeaders()
    {
        const SimulatorCredentials c = credentials();
        IspCubeApi api(dataset(), {}, c);
        const QString token = ispToken(api, c);
        QVERIFY(!token.isEmpty());

        const HttpResponse ok = api.handle(ispCall(u"/api/customers/customers_list?limit=2&offset=1"_s, c, token));
        QCOMPARE(ok.status, 200);
        const QJsonArray page = json(ok).array();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject().value(u"id").toInteger(), 2);

        // A missing username is a 400 even with a valid token (verified against production).
        for (const QByteArray &header : {"username"_ba, "login-type"_ba, "api-key"_ba, "client-id"_ba}) {
            HttpRequest r = ispCall(u"/api/plans/plans_list"_s, c, token);
            r.headers.remove(header);
            const HttpResponse response = api.handle(r);
            QCOMPARE(response.status, 400);
            QCOMPARE(json(response).object().value(u"message").toString(),
                     QString::fromLatin1(header) + u" requerido"_s);
        }
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, u"1|forged"_s)).status, 401);
        HttpRequest noBearer = ispCall(u"/api/plans/plans_list"_s, c, token);
        noBearer.headers.remove("authorization");
        const HttpResponse refused = api.handle(noBearer);
        QCOMPARE(refused.status, 401);
        QCOMPARE(json(refused).object().value(u"message").toString(), u"Unauthenticated."_s);
        SimulatorCredentials otherUser = c;
        otherUser.ispCubeUser = u"mallory"_s;
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, otherUser, token)).status, 401);

        QCOMPARE(api.handle(ispCall(u"/api/nothing/here"_s, c, token)).status, 404);
        QCOMPARE(api.handle(ispCall(u"/api/customers/customers_list?limit=abc"_s, c, token)).status, 422);
        QCOMPARE(api.handle(ispCall(u"/api/customers/customers_list?limit=0"_s, c, token)).status, 422);
        QCOMPARE(api.handle(ispCall(u"/api/customers/customers_list?offset=-1"_s, c, token)).status, 422);
    }

    void ispCube_expiredAndBrokenTokens()
    {
        const SimulatorCredentials c = credentials();
        IspCubeApi api(dataset(), {}, c);
        const QString token = ispToken(api, c);
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, token)).status, 200);
        api.expireTokens();
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, token)).status, 401);
        const QString fresh = ispToken(api, c); // renew on 401, as the clients do
        QVERIFY(fresh != token);
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, fresh)).status, 200);

        api.setCredentialsBroken(true);
        QCOMPARE(api.handle(ispCall(u"/api/plans/plans_list"_s, c, fresh)).status, 401);
        QCOMPARE(api.handle(ispLogin(c)).status, 401);
        api.setCredentialsBroken(false);
        QCOMPARE(api.handle(ispLogin(c)).status, 200);

        IspCubeOptions shortLived;
        shortLived.tokenLifetimeSeconds = 0; // expires as it is issued
        IspCubeApi strict(dataset(), shortLived, c);
        QCOMPARE(strict.handle(ispCall(u"/api/plans/plans_list"_s, c, ispToken(strict, c))).status, 401);
    }

    void ispCube_pageCapAndTickets()
    {
        const SimulatorCredentials c = credentials();
        IspCubeOptions options;
        options.maxPageSize = 3;
        IspCubeApi api(dataset(), options, c);
        const QString token = ispToken(api, c);
        // Asked for 5, served 3: a client that stops at the first short page would stop here.
        QCOMPARE(json(api.handle(ispCall(u"/api/customers/customers_list?limit=5"_s, c, token))).array().size(), 3);
        QCOMPARE(json(api.handle(ispCall(u"/api/connections/connections_list"_s, c, token))).array().size(), 3);
        const QJsonArray open = json(api.handle(ispCall(u"/api/tickets/tickets_list?closed=0"_s, c, token))).array();
        QCOMPARE(open.size(), 1);
        QCOMPARE(json(api.handle(ispCall(u"/api/tickets/tickets_list?closed=1"_s, c, token))).array().size(), 0);
        QVERIFY(json(api.handle(ispCall(u"/api/nodes/nodes_list"_s, c, token))).isArray());
        QCOMPARE(api.handle(ispCall(u"/api/tickets/status_list"_s, c, token)).status, 200);
    }

    // --- SmartOLT ------------------------------------------------------------------------------------

    void smartOlt_needsItsToken()
    {
        const SimulatorCredentials c = credentials();
        SmartOltApi api(dataset(), {}, c);
        const QByteArray token = c.smartOltToken.toUtf8();
        const HttpResponse missing = api.handle(oltCall("GET", u"/api/system/get_olts"_s, QByteArray()));
        QCOMPARE(missing.status, 401);
        QCOMPARE(json(missing).object().value(u"status").toBool(true), false);
        QVERIFY(!json(missing).object().value(u"error").toString().isEmpty());
        QCOMPARE(api.handle(oltCall("GET", u"/api/system/get_olts"_s, "wrong")).status, 403);
        // The public script that sent a Bearer token was wrong: SmartOLT wants X-Token.
        HttpRequest bearer = oltCall("GET", u"/api/system/get_olts"_s, QByteArray());
        bearer.headers.insert("authorization", "Bearer " + token);
        QCOMPARE(api.handle(bearer).status, 401);
        QCOMPARE(api.handle(oltCall("GET", u"/api/system/get_olts"_s, token)).status, 200);

        api.setCredentialsBroken(true);
        QCOMPARE(api.handle(oltCall("GET", u"/api/system/get_olts"_s, token)).status, 403);
        api.setCredentialsBroken(false);
        QCOMPARE(api.handle(oltCall("GET", u"/api/system/get_olts"_s, token)).status, 200);
    }

    void smartOlt_unknownMethodIs405()
    {
        const SimulatorCredentials c = credentials();
        SmartOltApi api(dataset(), {}, c);
        const QByteArray token = c.smartOltToken.toUtf8();
        for (const QString &path : {u"/api/onu/get_onus"_s, u"/api/operations/reboot_onu"_s, u"/api/"_s}) {
            const HttpResponse response = api.handle(oltCall("GET", path, token));
            QCOMPARE(response.status, 405);
            QCOMPARE(response.body, R"({"status":false,"error":"Unknown method"})"_ba);
        }
        QCOMPARE(api.handle(oltCall("POST", u"/api/onu/get_onus_statuses"_s, token)).status, 405);
    }

    void smartOlt_hourlyBudgetAnswers429WithRetryAfter()
    {
        SmartOltOptions options;
        options.callsPerHour = 5;
        const SimulatorCredentials c = credentials();
        SmartOltApi api(dataset(), options, c);
        const QByteArray token = c.smartOltToken.toUtf8();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(api.handle(oltCall("GET", u"/api/onu/get_onus_statuses"_s, token)).status, 200);
        const HttpResponse refused = api.handle(oltCall("GET", u"/api/onu/get_onus_statuses"_s, token));
        QCOMPARE(refused.status, 429);
        const int retryAfter = headerOf(refused, "Retry-After").toInt();
        QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, headerOf(refused, "Retry-After").constData());
        QVERIFY(json(refused).object().value(u"error").toString().contains(u"reached the hourly limit"));
        // Refused calls with a bad token do not spend the budget; they are refused before it.
        QCOMPARE(api.handle(oltCall("GET", u"/api/system/get_olts"_s, "wrong")).status, 403);
    }

    void smartOlt_unpagedDetailsHaveTheirOwnLimit()
    {
        SmartOltOptions options;
        options.unpagedDetailsPerHour = 2;
        const SimulatorCredentials c = credentials();
        SmartOltApi api(dataset(), options, c);
        const QByteArray token = c.smartOltToken.toUtf8();
        QCOMPARE(api.handle(oltCall("GET", u"/api/onu/get_all_onus_details"_s, token)).status, 200);
        QCOMPARE(api.handle(oltCall("GET", u"/api/onu/get_all_onus_details"_s, token)).status, 200);
        QCOMPARE(api.handle(oltCall("GET", u"/api/onu/get_all_onus_details"_s, token)).status, 429);
        // Paged calls are not limited that way.
        for (int page = 1; page <= 4; ++page) {
            const HttpResponse response
                = api.handle(oltCall("GET", u"/api/onu/get_all_onus_details?page=%1&page_size=2"_s.arg(page), token));
            QCOMPARE(response.status, 200);
            QCOMPARE(json(response).object().value(u"page").toInt(), page);
        }
        QCOMPARE(api.handle(oltCall("GET", u"/api/onu/get_all_onus_details?page=0"_s, token)).status, 400);
    }

    void smartOlt_perOnuCalls()
    {
        SmartOltOptions options;
        options.fullStatusJson = SmartOltFullStatusJson::Alternate;
        const SimulatorCredentials c = credentials();
        SmartOltApi api(dataset(), options, c);
        const QByteArray token = c.smartOltToken.toUtf8();
        const HttpResponse status = api.handle(oltCall("GET", u"/api/onu/get_onu_status/HWTC1A2B3C4D"_s, token));
        QCOMPARE(status.status, 200);
        QCOMPARE(json(status).object().value(u"onu_status").toString(), u"Online"_s);
        // An unknown external id: HTTP 200 with status false, as SmartOLT answers it.
        const HttpResponse unknown = api.handle(oltCall("GET", u"/api/onu/get_onu_signal/NOSUCHONU"_s, token));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(json(unknown).object().value(u"status").toBool(true), false);
        // full_status_json alternates between an object and a JSON string.
        const auto fullStatus = [&] {
            return json(api.handle(oltCall("GET", u"/api/onu/get_onu_full_status_info/HWTC1A2B3C4D"_s, token)))
                .object()
                .value(u"full_status_json");
        };
        QVERIFY(fullStatus().isObject());
        QVERIFY(fullStatus().isString());
        QVERIFY(fullStatus().isObject());
        const QJsonArray bySerial
            = json(api.handle(oltCall("GET", u"/api/onu/get_onus_details_by_sn/TPLG2A561D98"_s, token)))
                  .object()
                  .value(u"onus")
                  .toArray();
        QCOMPARE(bySerial.size(), 1);
        QCOMPARE(api.handle(oltCall("POST", u"/api/onu/reboot/HWTC1A2B3C4D"_s, token)).status, 200);
        const QJsonArray filtered
            = json(api.handle(oltCall("GET", u"/api/onu/get_onus_statuses?olt_id=1&board=1&port=4"_s, token)))
                  .object()
                  .value(u"response")
                  .toArray();
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(json(api.handle(oltCall("GET", u"/api/onu/get_onus_signals?olt_id=abc"_s, token)))
                     .object()
                     .value(u"response")
                     .toArray()
                     .size(),
                 0);
    }

    // --- cnMaestro -----------------------------------------------------------------------------------

    void cnMaestro_clientCredentialsInBodyOrBasic()
    {
        const SimulatorCredentials c = credentials();
        CnMaestroApi api(dataset(), {}, c);
        // '+', '/' and '=' in the secret must survive form encoding.
        const QByteArray body = "grant_type=client_credentials&client_id=client&client_secret="
            + QUrl::toPercentEncoding(c.cnMaestroClientSecret);
        const HttpResponse form = api.handle(cnTokenRequest(body));
        QCOMPARE(form.status, 200);
        const QJsonObject token = json(form).object();
        QCOMPARE(token.value(u"token_type").toString(), u"Bearer"_s);
        QCOMPARE(token.value(u"expires_in").toInt(), 3600);
        QVERIFY(!token.value(u"access_token").toString().isEmpty());

        HttpRequest basic = cnTokenRequest("grant_type=client_credentials");
        basic.headers.insert("authorization",
                             "Basic " + (c.cnMaestroClientId + u':' + c.cnMaestroClientSecret).toUtf8().toBase64());
        QCOMPARE(api.handle(basic).status, 200);

        QCOMPARE(api.handle(cnTokenRequest("grant_type=client_credentials&client_id=client&client_secret=x")).status,
                 401);
        const HttpResponse grant = api.handle(cnTokenRequest("grant_type=password&client_id=client"));
        QCOMPARE(grant.status, 400);
        QCOMPARE(json(grant).object().value(u"error").toString(), u"unsupported_grant_type"_s);
    }

    void cnMaestro_bearerRequiredAndExpires()
    {
        CnMaestroOptions options;
        options.tokenLifetimeSeconds = 120;
        const SimulatorCredentials c = credentials();
        CnMaestroApi api(dataset(), options, c);
        const QByteArray body = "grant_type=client_credentials&client_id=client&client_secret="
            + QUrl::toPercentEncoding(c.cnMaestroClientSecret);
        const QJsonObject token = json(api.handle(cnTokenRequest(body))).object();
        QCOMPARE(token.value(u"expires_in").toInt(), 120);
        const QByteArray bearer = "Bearer " + token.value(u"access_token").toString().toUtf8();
        const auto call = [&](const QByteArray &method, const QString &path) {
            HttpRequest r = request(method, path);
            r.headers.insert("authorization", bearer);
            return api.handle(r);
        };
        QCOMPARE(api.handle(request("GET", u"/api/v2/devices"_s)).status, 401);
        const HttpResponse devices = call("GET", u"/api/v2/devices?type=epmp&mode=sm&offset=1&limit=1"_s);
        QCOMPARE(devices.status, 200);
        const QJsonObject page = json(devices).object();
        QCOMPARE(page.value(u"paging").toObject().value(u"total").toInt(), 2);
        QCOMPARE(page.value(u"paging").toObject().value(u"offset").toInt(), 1);
        QCOMPARE(page.value(u"data").toArray().size(), 1);
        QCOMPARE(call("GET", u"/api/v2/devices/statistics?type=epmp"_s).status, 200);
        QCOMPARE(json(call("GET", u"/api/v2/devices/0A:00:3E:44:00:7F"_s)).object().value(u"data").toArray().size(), 1);
        QCOMPARE(call("GET", u"/api/v2/devices/0A:00:3E:44:00:7F/statistics"_s).status, 200);
        QCOMPARE(call("GET", u"/api/v2/devices/0A:00:3E:00:00:00"_s).status, 404);
        QCOMPARE(call("GET", u"/api/v2/devices/not-a-mac"_s).status, 400);
        QCOMPARE(call("POST", u"/api/v2/devices/0A:00:3E:44:00:7F/reboot"_s).status, 200);
        QCOMPARE(json(call("GET", u"/api/v2/alarms"_s)).object().value(u"data").toArray().size(), 1);
        QCOMPARE(call("GET", u"/api/v2/devices?limit=-3"_s).status, 400);
        QCOMPARE(call("GET", u"/api/v2/nothing"_s).status, 404);

        api.expireTokens();
        const HttpResponse expired = call("GET", u"/api/v2/devices"_s);
        QCOMPARE(expired.status, 401);
        QCOMPARE(json(expired).object().value(u"error").toString(), u"invalid_token"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimApis)
#include "tst_simapis.moc"
