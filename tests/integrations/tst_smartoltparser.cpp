// SPDX-License-Identifier: GPL-3.0-or-later
// SmartOLT bodies to entities, with canned JSON for every variant of
// external-apis.md §1 (⚠ ones included): "response" vs "olts" envelopes,
// string values with units, "-" for no signal, every status word, local
// times, the paged and unpaged ONU details, the per-ONU answers and
// full_status_json as an object or as a JSON string.
#include "integrations/smartolt/smartoltparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

const QTimeZone argentina(-3 * 3600);

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestSmartOltParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void oltsLiveShape();
    void oltsHandMadeShape();
    void vendorAndModel_data();
    void vendorAndModel();
    void errorEnvelopes_data();
    void errorEnvelopes();

    void statusesFromTheDoc();
    void statusWords_data();
    void statusWords();
    void statusesIdentityFallbacks();
    void signalsWithUnitsAndDashes();
    void detailsWithoutPage();
    void detailsWithPage();

    void onuStatus();
    void onuSignal();
    void onuSignalCombinedTextOnly();
    void fullStatusAsObject();
    void fullStatusAsJsonString();
    void fullStatusBroken();

    void joinPrefersLiveStateAndKeepsEveryOnu();
};

void TestSmartOltParser::oltsLiveShape()
{
    const QByteArray body
        = R"({"status":true,"response_code":"success","response":[{"id":"2","name":"HAWEI","olt_hardware_version":"Huawei-MA5608T","ip":"x.x.x.x","telnet_port":"2333","snmp_port":"2161"}]})"_ba;
    const ApiResult<QList<Olt>> result = SmartOlt::parseOlts(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 1);
    const Olt &olt = result.value->first();
    QCOMPARE(olt.id, 2);
    QCOMPARE(olt.name, u"HAWEI"_s);
    QCOMPARE(olt.vendor, u"huawei"_s);
    QCOMPARE(olt.model, u"MA5608T"_s);
    QCOMPARE(olt.host, u"x.x.x.x"_s);
    QCOMPARE(olt.snmpPort, 2161);
}

void TestSmartOltParser::oltsHandMadeShape()
{
    // mochamadwiby's collection: "olts" and numbers.
    const QByteArray body
        = R"({"status":true,"olts":[{"id":1,"name":"OLT-CENTRO","olt_hardware_version":"ZTE-C320","ip":"10.0.0.2","telnet_port":23},{"name":"no id"}]})"_ba;
    const ApiResult<QList<Olt>> result = SmartOlt::parseOlts(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(result.value->first().id, 1);
    QCOMPARE(result.value->first().vendor, u"zte"_s);
    QCOMPARE(result.value->first().model, u"C320"_s);
    QCOMPARE(result.value->first().snmpPort, 161); // missing: the default
}

void TestSmartOltParser::vendorAndModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("model");
    QTest::newRow("huawei") << u"Huawei-MA5608T"_s << u"huawei"_s << u"MA5608T"_s;
    QTest::newRow("zte space") << u"ZTE C600"_s << u"zte"_s << u"C600"_s;
    QTest::newRow("vsol") << u"V-SOL V1600D"_s << u"vsol"_s << u"V1600D"_s;
    QTest::newRow("lower case") << u"huawei_MA5800-X7"_s << u"huawei"_s << u"MA5800-X7"_s;
    QTest::newRow("vendor only") << u"FiberHome"_s << u"fiberhome"_s << QString();
    QTest::newRow("unknown") << u"Acme-X1"_s << u"acme"_s << u"X1"_s;
    QTest::newRow("one word") << u"C320"_s << u"c320"_s << u"C320"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestSmartOltParser::vendorAndModel()
{
    QFETCH(QString, text);
    QFETCH(QString, vendor);
    QFETCH(QString, model);
    const auto [v, m] = SmartOlt::vendorAndModel(text);
    QCOMPARE(v, vendor);
    QCOMPARE(m, model);
}

void TestSmartOltParser::errorEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown method") << R"({"status":false,"error":"Unknown method"})"_ba << ApiError::Kind::Remote
                                    << u"SmartOLT: get_olts: Unknown method"_s;
    QTest::newRow("status as string") << R"({"status":"false","message":"Invalid token"})"_ba << ApiError::Kind::Remote
                                      << u"SmartOLT: get_olts: Invalid token"_s;
    QTest::newRow("hourly limit")
        << R"({"status":false,"error":"You have reached the hourly limit of API requests"})"_ba
        << ApiError::Kind::RateLimited << u"hourly limit"_s;
    QTest::newRow("truncated") << R"({"status":true,"response":[{"id":"2","na)"_ba << ApiError::Kind::Protocol
                               << u"SmartOLT: get_olts: the answer is not valid JSON"_s;
    QTest::newRow("html") << "<html>502 Bad Gateway</html>"_ba << ApiError::Kind::Protocol << u"get_olts"_s;
    QTest::newRow("no payload") << R"({"status":true})"_ba << ApiError::Kind::Protocol << u"expected fields"_s;
    QTest::newRow("payload not a list") << R"({"status":true,"response":"ok"})"_ba << ApiError::Kind::Protocol
                                        << u"no list"_s;
}

void TestSmartOltParser::errorEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, text);
    const ApiResult<QList<Olt>> result = SmartOlt::parseOlts(body);
    QVERIFY(!result.ok());
    QCOMPARE_KIND(result.error.kind, kind);
    QVERIFY2(result.error.message.contains(text), qPrintable(result.error.message));
}

void TestSmartOltParser::statusesFromTheDoc()
{
    const QByteArray body
        = R"({"status":true,"response":[{"unique_external_id":"TPLG1234ABCD","sn":"TPLG1234ABCD","olt_id":"2","board":"1","port":"0","onu":"2","zone_id":"1","name":"CLIENTE","address":"","contact":"","odb_id":null,"status":"Online","last_status_change":"2026-07-08 11:36:33"}]})"_ba;
    const ApiResult<QList<Onu>> result = SmartOlt::parseOnuStatuses(body, argentina);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Onu &onu = result.value->first();
    QCOMPARE(onu.externalId, u"TPLG1234ABCD"_s);
    QCOMPARE(onu.serial, u"TPLG1234ABCD"_s);
    QCOMPARE(onu.oltId, 2);
    QCOMPARE(onu.board, 1);
    QCOMPARE(onu.port, 0);
    QCOMPARE(onu.onuIndex, 2);
    QCOMPARE(onu.name, u"CLIENTE"_s);
    QCOMPARE_KIND(onu.status, OnuStatus::Online);
    QCOMPARE(onu.lastStatusChange.value_or(0), utc(2026, 7, 8, 14, 36, 33)); // local time at UTC-3
}

void TestSmartOltParser::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<OnuStatus>("status");
    QTest::addColumn<QString>("cause");
    QTest::newRow("Online") << u"Online"_s << OnuStatus::Online << QString();
    QTest::newRow("Offline") << u"Offline"_s << OnuStatus::Offline << QString();
    QTest::newRow("Power fail") << u"Power fail"_s << OnuStatus::PowerFail << u"dying-gasp"_s;
    QTest::newRow("LOS") << u"LOS"_s << OnuStatus::Los << u"LOS"_s;
    QTest::newRow("Admin Disabled") << u"Admin Disabled"_s << OnuStatus::Disabled << QString();
    QTest::newRow("unknown") << u"Rebooting"_s << OnuStatus::Offline << QString();
}

void TestSmartOltParser::statusWords()
{
    QFETCH(QString, word);
    QFETCH(OnuStatus, status);
    QFETCH(QString, cause);
    const QByteArray body
        = R"({"status":true,"response":[{"unique_external_id":"X1","status":")" + word.toUtf8() + R"("}]})";
    const ApiResult<QList<Onu>> result = SmartOlt::parseOnuStatuses(body, argentina);
    QVERIFY(result.ok());
    QCOMPARE_KIND(result.value->first().status, status);
    QCOMPARE(result.value->first().lastDownCause, cause);
}

void TestSmartOltParser::statusesIdentityFallbacks()
{
    // ⚠ a Go client types unique_external_id as int: it is a string, even when numeric.
    const QByteArray body = R"({"status":true,"response":[
        {"unique_external_id":123456,"sn":"HWTC1A2B3C4D","board":1,"port":"N/A","onu":"-"},
        {"sn":"ZTEGC0FFEE01","status":"LOS"},
        {"name":"ghost"},
        {"unique_external_id":"","sn":""}
    ]})"_ba;
    PageInfo page;
    const ApiResult<QList<Onu>> result = SmartOlt::parseOnuStatuses(body, argentina, &page);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(page.received, 4);
    QCOMPARE(page.skipped, 2);
    QCOMPARE(result.value->at(0).externalId, u"123456"_s);
    QCOMPARE(result.value->at(0).port, 0);
    QCOMPARE(result.value->at(0).onuIndex, 0);
    QVERIFY(!result.value->at(0).lastStatusChange);
    QCOMPARE(result.value->at(1).externalId, u"ZTEGC0FFEE01"_s); // no external id: the serial
}

void TestSmartOltParser::signalsWithUnitsAndDashes()
{
    const QByteArray body = R"({"status":true,"response":[
        {"unique_external_id":"TPLG1234ABCD","signal":"Warning","signal_1490":"-24.95 dBm","signal_1310":"-30.46 dBm"},
        {"unique_external_id":"HWTC1","signal":"-","signal_1490":"-","signal_1310":"-","sn":"HWTC1","port":"1","onu":"3"},
        {"unique_external_id":"HWTC2","signal":"Very good","signal_1490":-18.2,"signal_1310":"N/A"},
        {"sn":"HWTC3","signal_1490":"-21 dBm"},
        {"signal":"Critical"}
    ]})"_ba;
    const ApiResult<QList<SmartOlt::OnuSignal>> result = SmartOlt::parseOnuSignals(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 4);
    const SmartOlt::OnuSignal &a = result.value->at(0);
    QCOMPARE(a.quality, u"Warning"_s);
    QCOMPARE(a.rxPowerDbm.value_or(0), -24.95);    // signal_1490: ONU Rx
    QCOMPARE(a.oltRxPowerDbm.value_or(0), -30.46); // signal_1310: OLT Rx
    const SmartOlt::OnuSignal &b = result.value->at(1);
    QVERIFY(b.quality.isEmpty());
    QVERIFY(!b.rxPowerDbm && !b.oltRxPowerDbm);
    QCOMPARE(result.value->at(2).rxPowerDbm.value_or(0), -18.2);
    QVERIFY(!result.value->at(2).oltRxPowerDbm);
    QCOMPARE(result.value->at(3).externalId, u"HWTC3"_s);
}

void TestSmartOltParser::detailsWithoutPage()
{
    const QByteArray body = R"({"status":true,"onus":[
        {"unique_external_id":"HWTC1A2B3C4D","sn":"HWTC1A2B3C4D","pon_type":"gpon","olt_id":"3","olt_name":"OLT-NORTE",
         "board":"2","port":"7","onu":"41","onu_type_id":"12","onu_type_name":"HG8145V5","zone_name":"NORTE","name":"Pérez Juan",
         "mode":"Routing","wan_mode":"PPPoE","username":"jperez_vm","password":"hunter2","administrative_status":"Enabled",
         "status":"Power fail","last_status_change":"2026-11-17 23:59:59","signal":"-","signal_1310":"-","signal_1490":"-",
         "service_ports":[{"service_port":"1","vlan":"100","c_vlan":"100","s_vlan":"","upload_speed":"30M","download_speed":"300M"}],
         "ethernet_ports":[{"port":"eth_0/1","admin_state":"Enabled"}],"wifi_ports":[],"voip_ports":[]},
        {"unique_external_id":"ZTEG1","sn":"ZTEG1","olt_id":3,"board":1,"port":1,"onu":1,"onu_type_name":null,
         "username":"","administrative_status":"Disabled","status":"Offline","signal_1490":"-19.10 dBm","signal_1310":"-22.4 dBm",
         "service_ports":[{"cvlan":"200","svlan":null}]}
    ]})"_ba;
    PageInfo page;
    const ApiResult<QList<Onu>> result = SmartOlt::parseOnuDetails(body, argentina, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 2);
    QVERIFY(!page.total); // the unpaged form says nothing
    const Onu &a = result.value->at(0);
    QCOMPARE(a.externalId, u"HWTC1A2B3C4D"_s);
    QCOMPARE(a.oltId, 3);
    QCOMPARE(a.board, 2);
    QCOMPARE(a.port, 7);
    QCOMPARE(a.onuIndex, 41);
    QCOMPARE(a.model, u"HG8145V5"_s);
    QCOMPARE(a.name, u"Pérez Juan"_s);
    QCOMPARE(a.pppoeUser, u"jperez_vm"_s);
    QCOMPARE_KIND(a.status, OnuStatus::PowerFail);
    QCOMPARE(a.lastDownCause, u"dying-gasp"_s);
    QCOMPARE(a.lastStatusChange.value_or(0), utc(2026, 11, 18, 2, 59, 59));
    QVERIFY(!a.rxPowerDbm);
    const Onu &b = result.value->at(1);
    QCOMPARE_KIND(b.status, OnuStatus::Disabled); // administrative_status says more than "Offline"
    QVERIFY(b.model.isEmpty());
    QVERIFY(b.pppoeUser.isEmpty());
    QCOMPARE(b.rxPowerDbm.value_or(0), -19.10);
    QCOMPARE(b.oltRxPowerDbm.value_or(0), -22.4);
}

void TestSmartOltParser::detailsWithPage()
{
    const QByteArray body
        = R"({"page":2,"page_size":100,"total_items":758,"total_pages":8,"onus":[{"unique_external_id":"A","sn":"A"}]})"_ba;
    PageInfo page;
    const ApiResult<QList<Onu>> result = SmartOlt::parseOnuDetails(body, argentina, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(page.offset.value_or(-1), 100);
    QCOMPARE(page.limit.value_or(-1), 100);
    QCOMPARE(page.total.value_or(-1), 758);
}

void TestSmartOltParser::onuStatus()
{
    ApiResult<SmartOlt::OnuState> state = SmartOlt::parseOnuStatus(
        R"({"status":true,"response_code":"success","onu_status":"LOS","last_status_change":"2026-11-18 03:00:00"})"_ba,
        argentina);
    QVERIFY2(state.ok(), qPrintable(state.error.message));
    QCOMPARE_KIND(state.value->status, OnuStatus::Los);
    QCOMPARE(state.value->statusText, u"LOS"_s);
    QCOMPARE(state.value->lastStatusChange.value_or(0), utc(2026, 11, 18, 6, 0, 0));

    state = SmartOlt::parseOnuStatus(R"({"status":true,"response":{"status":"Online"}})"_ba, argentina);
    QVERIFY2(state.ok(), qPrintable(state.error.message));
    QCOMPARE_KIND(state.value->status, OnuStatus::Online);

    state = SmartOlt::parseOnuStatus(R"({"status":false,"error":"ONU not found"})"_ba, argentina);
    QCOMPARE_KIND(state.error.kind, ApiError::Kind::Remote);
    QCOMPARE(state.error.message, u"SmartOLT: get_onu_status: ONU not found"_s);

    state = SmartOlt::parseOnuStatus(R"({"status":true,"response_code":"success"})"_ba, argentina);
    QCOMPARE_KIND(state.error.kind, ApiError::Kind::Protocol);
}

void TestSmartOltParser::onuSignal()
{
    const ApiResult<SmartOlt::OnuSignal> s = SmartOlt::parseOnuSignal(
        R"js({"status":true,"response_code":"success","onu_signal":"Warning","onu_signal_value":"-24.95 dBm / -30.46 dBm (1447m)","onu_signal_1490":"-24.95 dBm","onu_signal_1310":"-30.46 dBm"})js"_ba);
    QVERIFY2(s.ok(), qPrintable(s.error.message));
    QCOMPARE(s.value->quality, u"Warning"_s);
    QCOMPARE(s.value->rxPowerDbm.value_or(0), -24.95);
    QCOMPARE(s.value->oltRxPowerDbm.value_or(0), -30.46);
    QCOMPARE(s.value->distanceM.value_or(0), 1447);

    const ApiResult<SmartOlt::OnuSignal> down = SmartOlt::parseOnuSignal(
        R"({"status":true,"onu_signal":"-","onu_signal_value":"-","onu_signal_1490":"-","onu_signal_1310":"-"})"_ba);
    QVERIFY(down.ok());
    QVERIFY(!down.value->rxPowerDbm && !down.value->oltRxPowerDbm && !down.value->distanceM);
}

void TestSmartOltParser::onuSignalCombinedTextOnly()
{
    // The exact format of onu_signal_value is not documented: read it when it is all there is.
    const ApiResult<SmartOlt::OnuSignal> s = SmartOlt::parseOnuSignal(
        R"({"status":true,"onu_signal":"Very good","onu_signal_value":"-19.50 dBm / -23.01 dBm"})"_ba);
    QVERIFY2(s.ok(), qPrintable(s.error.message));
    QCOMPARE(s.value->rxPowerDbm.value_or(0), -19.50);
    QCOMPARE(s.value->oltRxPowerDbm.value_or(0), -23.01);
    QVERIFY(!s.value->distanceM);
}

void TestSmartOltParser::fullStatusAsObject()
{
    const QByteArray body = R"js({"status":true,"full_status_info":"  ONT-ID : 41\n  Run state : offline\n",
        "full_status_json":{
          "Optical status":{"Rx optical power(dBm)":"-","Tx optical power(dBm)":"-","OLT Rx ONT optical power(dBm)":"-","Temperature(C)":"-"},
          "ONU details":{"Run state":"offline","Last down cause":"dying-gasp","Last up time":"2026-11-10 08:00:00-03:00",
                         "Last down time":"2026-11-18 02:10:00-03:00","ONT distance(m)":"1447","Match state":"initial"},
          "History":{"2":{"Offline at":"2026-11-12 01:00:00-03:00","Online at":"2026-11-12 01:05:00-03:00","Cause":"LOSi/LOBi"},
                     "1":{"Offline at":"2026-11-18 02:10:00-03:00","Online at":"-","Cause":"dying-gasp"}},
          "Online MACs on this ONU":[{"Port":"eth_0/1","MAC address":"aa:bb:cc:dd:ee:ff","VLAN":"100"}]}})js"_ba;
    const ApiResult<SmartOlt::OnuFullStatus> result = SmartOlt::parseOnuFullStatus(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const SmartOlt::OnuFullStatus &s = *result.value;
    QVERIFY(s.rawText.contains(u"Run state : offline"_s));
    QCOMPARE(s.runState, u"offline"_s);
    QCOMPARE(s.lastDownCause, u"dying-gasp"_s);
    QCOMPARE(s.lastDownTime, u"2026-11-18 02:10:00-03:00"_s);
    QVERIFY(!s.rxPowerDbm);
    QCOMPARE(s.distanceM.value_or(0), 1447);
    QCOMPARE(s.history.size(), 2);
    QCOMPARE(s.history.at(0).cause, u"dying-gasp"_s); // index order: 1 first
    QCOMPARE(s.history.at(1).cause, u"LOSi/LOBi"_s);
    QVERIFY(s.json.contains(u"Online MACs on this ONU"_s));
}

void TestSmartOltParser::fullStatusAsJsonString()
{
    const QByteArray body
        = R"js({"status":true,"full_status_info":"...","full_status_json":"{\"Optical status\":{\"Rx optical power(dBm)\":\"-21.37\",\"Tx optical power(dBm)\":\"2.12\",\"OLT Rx ONT optical power(dBm)\":\"-24.05\",\"Temperature(C)\":\"47\"},\"ONU details\":{\"Run state\":\"online\",\"Last down cause\":\"LOSi/LOBi\"},\"History\":[{\"Offline at\":\"x\",\"Cause\":\"LOSi/LOBi\"}]}"})js"_ba;
    const ApiResult<SmartOlt::OnuFullStatus> result = SmartOlt::parseOnuFullStatus(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const SmartOlt::OnuFullStatus &s = *result.value;
    QCOMPARE(s.rxPowerDbm.value_or(0), -21.37);
    QCOMPARE(s.txPowerDbm.value_or(0), 2.12);
    QCOMPARE(s.oltRxPowerDbm.value_or(0), -24.05);
    QCOMPARE(s.temperatureC.value_or(0), 47.0);
    QCOMPARE(s.runState, u"online"_s);
    QCOMPARE(s.lastDownCause, u"LOSi/LOBi"_s);
    QCOMPARE(s.history.size(), 1);
}

void TestSmartOltParser::fullStatusBroken()
{
    ApiResult<SmartOlt::OnuFullStatus> result
        = SmartOlt::parseOnuFullStatus(R"({"status":true,"full_status_info":"","full_status_json":"{\"Optical"})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY(result.error.message.startsWith(u"SmartOLT: get_onu_full_status_info: "_s));
    result = SmartOlt::parseOnuFullStatus(R"({"status":true,"response_code":"success"})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);
    result = SmartOlt::parseOnuFullStatus(R"({"status":false,"error":"OLT is not reachable"})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Remote);
    // The text alone is still an answer.
    result = SmartOlt::parseOnuFullStatus(
        R"({"status":true,"full_status_info":"Run state : online","full_status_json":null})"_ba);
    QVERIFY(result.ok());
    QVERIFY(result.value->runState.isEmpty());
}

void TestSmartOltParser::joinPrefersLiveStateAndKeepsEveryOnu()
{
    Onu a;
    a.externalId = u"A"_s;
    a.pppoeUser = u"user_a"_s;
    a.status = OnuStatus::Online;
    a.rxPowerDbm = -20.0;
    Onu disabled;
    disabled.externalId = u"D"_s;
    disabled.status = OnuStatus::Disabled;
    Onu onlyDetails;
    onlyDetails.externalId = u"E"_s;
    onlyDetails.status = OnuStatus::Online;

    Onu stateA;
    stateA.externalId = u"A"_s;
    stateA.status = OnuStatus::Los;
    stateA.lastDownCause = u"LOS"_s;
    stateA.lastStatusChange = 1000;
    Onu stateD;
    stateD.externalId = u"D"_s;
    stateD.status = OnuStatus::Offline;
    Onu newcomer;
    newcomer.externalId = u"N"_s;
    newcomer.serial = u"N"_s;
    newcomer.status = OnuStatus::Online;

    SmartOlt::OnuSignal signalA;
    signalA.externalId = u"A"_s; // down now: no reading
    SmartOlt::OnuSignal signalE;
    signalE.externalId = u"E"_s;
    signalE.rxPowerDbm = -23.5;
    signalE.oltRxPowerDbm = -26.0;
    SmartOlt::OnuSignal stranger;
    stranger.externalId = u"ZZZ"_s;
    stranger.rxPowerDbm = -10.0;

    const QList<Onu> joined
        = SmartOlt::joinOnus({a, disabled, onlyDetails}, {stateA, stateD, newcomer}, {signalA, signalE, stranger});
    QCOMPARE(joined.size(), 4);
    QCOMPARE(joined.at(0).externalId, u"A"_s);
    QCOMPARE(joined.at(0).pppoeUser, u"user_a"_s);      // from the details
    QCOMPARE_KIND(joined.at(0).status, OnuStatus::Los); // from the statuses
    QCOMPARE(joined.at(0).lastDownCause, u"LOS"_s);
    QCOMPARE(joined.at(0).lastStatusChange.value_or(0), 1000);
    QVERIFY(!joined.at(0).rxPowerDbm); // from the signals
    QCOMPARE_KIND(joined.at(1).status, OnuStatus::Disabled);
    QCOMPARE(joined.at(2).rxPowerDbm.value_or(0), -23.5);
    QCOMPARE(joined.at(2).oltRxPowerDbm.value_or(0), -26.0);
    QCOMPARE(joined.at(3).externalId, u"N"_s);
}

QTEST_GUILESS_MAIN(TestSmartOltParser)
#include "tst_smartoltparser.moc"
