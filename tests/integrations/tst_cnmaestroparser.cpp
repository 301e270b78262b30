// SPDX-License-Identifier: GPL-3.0-or-later
// cnMaestro bodies to entities, with canned JSON for every variant of
// external-apis.md §3 (⚠ ones included): the token with and without
// expires_in and Cloud's redirect_uri, paging, 6.x "online" vs v1 "status",
// MACs in any notation, PMP and ePMP radio blocks, numbers as strings,
// alarms with and without ids.
#include "integrations/cnmaestro/cnmaestroparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

} // namespace

class TestCnMaestroParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void token();
    void tokenWithRedirect_data();
    void tokenWithRedirect();
    void tokenRefusedOrBroken();
    void pmpStatisticsFromTheDoc();
    void epmpRadioAndStringNumbers();
    void onlineBooleanOrStatusText();
    void macsInAnyNotationAndInvalidOnesSkipped();
    void listErrors();
    void alarmsFromTheDoc();
    void joinDevicesFillsFromStatistics();
};

void TestCnMaestroParser::token()
{
    ApiResult<CnMaestro::Token> t
        = CnMaestro::parseToken(R"({"access_token":"abc123","expires_in":3600,"token_type":"Bearer"})"_ba);
    QVERIFY2(t.ok(), qPrintable(t.error.message));
    QCOMPARE(t.value->accessToken, u"abc123"_s);
    QCOMPARE(t.value->expiresInSeconds, 3600);
    QCOMPARE(t.value->tokenType, u"Bearer"_s);
    QVERIFY(!t.value->redirectUri.isValid());

    t = CnMaestro::parseToken(R"({"access_token":"abc123","expires_in":"7200"})"_ba);
    QCOMPARE(t.value->expiresInSeconds, 7200);
    t = CnMaestro::parseToken(R"({"access_token":"abc123"})"_ba);
    QCOMPARE(t.value->expiresInSeconds, 0); // unknown: the client picks a default
    QCOMPARE(t.value->tokenType, u"Bearer"_s);
}

void TestCnMaestroParser::tokenWithRedirect_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << u"https://us-e1-s10-abcd.cloud.cambiumnetworks.com"_s
                         << u"https://us-e1-s10-abcd.cloud.cambiumnetworks.com"_s;
    QTest::newRow("url with path") << u"https://us-e1.cloud.cambiumnetworks.com/api/v2"_s
                                   << u"https://us-e1.cloud.cambiumnetworks.com/api/v2"_s;
    QTest::newRow("bare host") << u"us-e1.cloud.cambiumnetworks.com"_s << u"https://us-e1.cloud.cambiumnetworks.com"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCnMaestroParser::tokenWithRedirect()
{
    QFETCH(QString, redirect);
    QFETCH(QString, expected);
    const QByteArray body = R"({"access_token":"t","expires_in":3600,"redirect_uri":")" + redirect.toUtf8() + R"("})";
    const ApiResult<CnMaestro::Token> t = CnMaestro::parseToken(body);
    QVERIFY2(t.ok(), qPrintable(t.error.message));
    QCOMPARE(t.value->redirectUri.toString(), expected);
}

void TestCnMaestroParser::tokenRefusedOrBroken()
{
    ApiResult<CnMaestro::Token> t
        = CnMaestro::parseToken(R"({"error":"invalid_client","error_description":"Client authentication failed"})"_ba);
    QCOMPARE_KIND(t.error.kind, ApiError::Kind::Auth);
    QCOMPARE(t.error.message, u"cnMaestro: access/token: Client authentication failed"_s);
    t = CnMaestro::parseToken(R"({"token_type":"Bearer"})"_ba);
    QCOMPARE_KIND(t.error.kind, ApiError::Kind::Protocol);
    t = CnMaestro::parseToken(R"({"access_token":)"_ba);
    QCOMPARE_KIND(t.error.kind, ApiError::Kind::Protocol);
    QVERIFY(t.error.message.startsWith(u"cnMaestro: access/token: "_s));
}

void TestCnMaestroParser::pmpStatisticsFromTheDoc()
{
    // The minimal pmp-sm example of external-apis.md §3.2, verbatim.
    const QByteArray body
        = R"({"paging":{"offset":0,"limit":100,"total":1},"data":[{"type":"pmp","mode":"sm","name":"SM-Perez","mac":"0A:00:3E:44:00:7F","ap_mac":"0A:00:3E:45:11:B0","status":"online","status_time":86400,"ip":"10.1.2.3","tower":"T1","distance":2.1,"radio":{"dl_rssi":-62.5,"ul_rssi":-64.0,"dl_snr_v":31,"dl_snr_h":30,"ul_snr_v":29,"ul_snr_h":28,"dl_modulation":"8X","frequency":3625000,"tx_power":22}}]})"_ba;
    PageInfo page;
    const ApiResult<QList<CnMaestro::Device>> result = CnMaestro::parseDevices(body, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(page.offset.value_or(-1), 0);
    QCOMPARE(page.limit.value_or(-1), 100);
    QCOMPARE(page.total.value_or(-1), 1);
    const CnMaestro::Device &d = result.value->first();
    QCOMPARE(d.mac, u"0A:00:3E:44:00:7F"_s);
    QCOMPARE(d.mode, u"sm"_s);
    QCOMPARE(d.type, u"pmp"_s);
    QCOMPARE(d.apMac, u"0A:00:3E:45:11:B0"_s);
    QCOMPARE(d.online, std::optional<bool>(true));
    QCOMPARE(d.statusSeconds.value_or(0), 86400);
    QCOMPARE(d.distanceKm.value_or(0), 2.1);
    QCOMPARE(d.dlRssiDbm.value_or(0), -62.5);
    QCOMPARE(d.ulRssiDbm.value_or(0), -64.0);
    QCOMPARE(d.dlSnrDb.value_or(0), 31.0); // the better polarisation
    QCOMPARE(d.ulSnrDb.value_or(0), 29.0);

    const WirelessSubscriber sm = CnMaestro::toSubscriber(d);
    QCOMPARE(sm.mac, d.mac);
    QCOMPARE(sm.name, u"SM-Perez"_s);
    QCOMPARE(sm.ip, u"10.1.2.3"_s);
    QCOMPARE(sm.tower, u"T1"_s);
    QVERIFY(sm.online);
    QCOMPARE(sm.dlSnrDb.value_or(0), 31.0);
}

void TestCnMaestroParser::epmpRadioAndStringNumbers()
{
    const QByteArray body = R"({"paging":{"offset":"0","limit":"100","total":"2"},"data":[
        {"type":"epmp","mode":"sm","mac":"00:04:56:aa:bb:cc","ap_mac":"00:04:56:00:00:01","status":"offline",
         "radio":{"dl_rssi":"-71","ul_rssi":"-70.5","dl_snr":"24","ul_snr":22.5,"dl_mcs":7,"frequency":"5745"}},
        {"type":"epmp","mode":"ap","mac":"00:04:56:00:00:01","connected_sms":"37","product":"ePMP 3000",
         "radio":{"ul_snr":30,"tdd_ratio":"75/25"}},
        {"type":"pmp","mode":"sm","mac":"0a:00:3e:00:00:09","radio":{"dl_snr_v":"N/A","dl_snr_h":27}}
    ]})"_ba;
    const ApiResult<QList<CnMaestro::Device>> result = CnMaestro::parseDevices(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const CnMaestro::Device &sm = result.value->at(0);
    QCOMPARE(sm.dlRssiDbm.value_or(0), -71.0);
    QCOMPARE(sm.ulRssiDbm.value_or(0), -70.5);
    QCOMPARE(sm.dlSnrDb.value_or(0), 24.0);
    QCOMPARE(sm.ulSnrDb.value_or(0), 22.5);
    QCOMPARE(sm.online, std::optional<bool>(false));
    QCOMPARE(sm.mac, u"00:04:56:AA:BB:CC"_s);
    const AccessPoint ap = CnMaestro::toAccessPoint(result.value->at(1));
    QCOMPARE(ap.connectedSms, 37);
    QCOMPARE(ap.product, u"ePMP 3000"_s);
    QVERIFY(!ap.online);                                     // unknown is not online
    QCOMPARE(result.value->at(2).dlSnrDb.value_or(0), 27.0); // one polarisation missing
}

void TestCnMaestroParser::onlineBooleanOrStatusText()
{
    const QByteArray body = R"({"data":[
        {"mac":"0A:00:3E:00:00:01","online":true,"status":"offline"},
        {"mac":"0A:00:3E:00:00:02","online":false},
        {"mac":"0A:00:3E:00:00:03","status":"ONLINE"},
        {"mac":"0A:00:3E:00:00:04","status":"offline"},
        {"mac":"0A:00:3E:00:00:05","online":"true"},
        {"mac":"0A:00:3E:00:00:06"}
    ]})"_ba;
    const ApiResult<QList<CnMaestro::Device>> result = CnMaestro::parseDevices(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value->at(0).online, std::optional<bool>(true)); // 6.x boolean wins
    QCOMPARE(result.value->at(1).online, std::optional<bool>(false));
    QCOMPARE(result.value->at(2).online, std::optional<bool>(true)); // v1 text
    QCOMPARE(result.value->at(3).online, std::optional<bool>(false));
    QCOMPARE(result.value->at(4).online, std::optional<bool>(true));
    QVERIFY(!result.value->at(5).online);
}

void TestCnMaestroParser::macsInAnyNotationAndInvalidOnesSkipped()
{
    const QByteArray body = R"({"data":[
        {"mac":"0a-00-3e-44-00-7f","ap_mac":"0a003e4511b0"},
        {"mac":"0a00.3e44.0080"},
        {"mac":"not-a-mac"},
        {"mac":null},
        {"name":"no mac"}
    ]})"_ba;
    PageInfo page;
    const ApiResult<QList<CnMaestro::Device>> result = CnMaestro::parseDevices(body, &page);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(page.received, 5);
    QCOMPARE(page.skipped, 3);
    QVERIFY(!page.total);
    QCOMPARE(result.value->at(0).mac, u"0A:00:3E:44:00:7F"_s);
    QCOMPARE(result.value->at(0).apMac, u"0A:00:3E:45:11:B0"_s);
    QCOMPARE(result.value->at(1).mac, u"0A:00:3E:44:00:80"_s);
}

void TestCnMaestroParser::listErrors()
{
    ApiResult<QList<CnMaestro::Device>> result = CnMaestro::parseDevices(R"({"paging":{},"data":[{"mac":)"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY(result.error.message.startsWith(u"cnMaestro: devices: the answer is not valid JSON"_s));
    result = CnMaestro::parseDevices(R"({"error":{"message":"Invalid type"}})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Remote);
    QCOMPARE(result.error.message, u"cnMaestro: devices: Invalid type"_s);
    result = CnMaestro::parseDevices(R"({"paging":{"total":3}})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);
    // Deprecation notices ride along in "warnings": not an error.
    result = CnMaestro::parseDevices(R"({"warnings":["offset is deprecated"],"data":[]})"_ba);
    QVERIFY(result.ok());
}

void TestCnMaestroParser::alarmsFromTheDoc()
{
    const QByteArray body = R"({"paging":{"offset":0,"limit":2,"total":759},"data":[
        {"id":"5f1a","code":"DEVICE_OFFLINE","name":"Status","message":"Device is offline.","severity":"major","status":"active","source":"SM-Perez","source_type":"pmp","ip":"10.1.2.3","network":"test1","tower":"T1","time_raised":"2024-01-01T00:00:00Z","duration":123000,"acknowledged_by":""},
        {"code":"HIGH_TEMP","name":"Temperature","severity":"CRITICAL","status":"cleared","source":"AP-Norte","time_raised":"2024-01-01T03:00:00.000Z"},
        {"message":"no identity"}
    ]})"_ba;
    PageInfo page;
    const ApiResult<QList<Alarm>> result = CnMaestro::parseAlarms(body, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(page.total.value_or(-1), 759);
    QCOMPARE(result.value->size(), 2);
    const Alarm &a = result.value->at(0);
    QCOMPARE(a.externalId, u"5f1a"_s);
    QCOMPARE(a.source, u"cnmaestro"_s);
    QCOMPARE(a.severity, u"major"_s);
    QCOMPARE(a.name, u"Status"_s);
    QCOMPARE(a.message, u"Device is offline."_s);
    QCOMPARE(a.deviceName, u"SM-Perez"_s);
    QCOMPARE(a.ip, u"10.1.2.3"_s);
    QVERIFY(a.active);
    QCOMPARE(a.raisedAt.value_or(0), 1704067200);
    const Alarm &b = result.value->at(1);
    QCOMPARE(b.externalId, u"HIGH_TEMP|AP-Norte|2024-01-01T03:00:00.000Z"_s);
    QCOMPARE(b.severity, u"critical"_s);
    QVERIFY(!b.active);
    QCOMPARE(b.raisedAt.value_or(0), 1704067200 + 3 * 3600);
}

void TestCnMaestroParser::joinDevicesFillsFromStatistics()
{
    CnMaestro::Device listed;
    listed.mac = u"0A:00:3E:44:00:7F"_s;
    listed.mode = u"sm"_s;
    listed.name = u"SM-Perez"_s;
    listed.online = true;
    listed.product = u"PMP 450i"_s;
    CnMaestro::Device ap;
    ap.mac = u"0A:00:3E:45:11:B0"_s;
    ap.mode = u"ap"_s;

    CnMaestro::Device stats;
    stats.mac = listed.mac;
    stats.online = false; // the list's own state wins
    stats.dlRssiDbm = -62.5;
    stats.dlSnrDb = 31;
    stats.ip = u"10.1.2.3"_s;
    stats.statusSeconds = 60;
    CnMaestro::Device apStats;
    apStats.mac = ap.mac;
    apStats.connectedSms = 12;
    CnMaestro::Device onlyStats;
    onlyStats.mac = u"0A:00:3E:00:00:99"_s;
    onlyStats.mode = u"sm"_s;

    const QList<CnMaestro::Device> joined = CnMaestro::joinDevices({listed, ap}, {stats, apStats, onlyStats});
    QCOMPARE(joined.size(), 3);
    QCOMPARE(joined.at(0).online, std::optional<bool>(true));
    QCOMPARE(joined.at(0).dlRssiDbm.value_or(0), -62.5);
    QCOMPARE(joined.at(0).dlSnrDb.value_or(0), 31.0);
    QCOMPARE(joined.at(0).ip, u"10.1.2.3"_s);
    QCOMPARE(joined.at(0).statusSeconds.value_or(0), 60);
    QCOMPARE(joined.at(0).product, u"PMP 450i"_s);
    QCOMPARE(joined.at(1).connectedSms.value_or(0), 12);
    QCOMPARE(joined.at(2).mac, u"0A:00:3E:00:00:99"_s);
}

QTEST_GUILESS_MAIN(TestCnMaestroParser)
#include "tst_cnmaestroparser.moc"
