// SPDX-License-Identifier: GPL-3.0-or-later
// ISPCube bodies to entities, with canned JSON for every variant of
// external-apis.md §2 (⚠ ones included): the three token shapes, the doc's
// customer object, status dialects, debts as decimal strings, zero-padded
// codes, nodes bare or under "data", and the null / "N/A" / missing fields
// and wrong types real tenants send.
#include "integrations/ispcube/ispcubeparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

// The customer of external-apis.md §2.2, verbatim.
const QByteArray docCustomer
    = R"({"id":2236,"code":"003365","name":"RIOS ANA","doc_number":"12123456","address":"Calle 123","city_id":3,
 "lat":"-33.69","lng":null,"status":"no_service","debt":"0.00","duedebt":"0.00","block":1,"block_date":null,
 "start_date":"2014-04-01 00:00:00","enable_date":null,"temporary":1,"entity_id":79,"comercial_activity":null,
 "phones":[{"id":2137,"customer_id":2236,"number":"1234567890","sms":0}],"contact_emails":[],
 "connections":[],"city":{"id":3,"name":"Vicente Lopez","province":"Buenos Aires","postal_code":1605}})"_ba;

} // namespace

class TestIspCubeParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void tokenShapes_data();
    void tokenShapes();
    void tokenFailures_data();
    void tokenFailures();

    void docCustomerIsReadCompletely();
    void customerStatusDialects_data();
    void customerStatusDialects();
    void customerFieldsTolerateWrongTypesAndBlanks();
    void customersWithoutIdAreSkippedAndCounted();
    void customerListShapes();
    void malformedAndRefusedBodies();

    void connectionsFromTheDocAndVariants();
    void plansSpeedsPricesAndTechnology();
    void speedKbps_data();
    void speedKbps();
    void nodesBareOrUnderData();
    void ticketsWithEmbeddedCatalogs();
};

void TestIspCubeParser::tokenShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object (production)") << R"({"token":"5|abcDEF123"})"_ba;
    QTest::newRow("bare string, quoted (Postman)") << R"("5|abcDEF123")"_ba;
    QTest::newRow("bare string, unquoted") << "5|abcDEF123"_ba;
    QTest::newRow("bare string, newline") << "5|abcDEF123\n"_ba;
    QTest::newRow("data.token (some clients)") << R"({"data":{"token":"5|abcDEF123"}})"_ba;
    QTest::newRow("access_token") << R"({"access_token":"5|abcDEF123","token_type":"Bearer"})"_ba;
    QTest::newRow("data as string") << R"({"data":"5|abcDEF123"})"_ba;
}

void TestIspCubeParser::tokenShapes()
{
    QFETCH(QByteArray, body);
    const ApiResult<QString> token = IspCube::parseToken(body);
    QVERIFY2(token.ok(), qPrintable(token.error.message));
    QCOMPARE(*token.value, u"5|abcDEF123"_s);
}

void TestIspCubeParser::tokenFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("empty") << ""_ba << ApiError::Kind::Protocol;
    QTest::newRow("html") << "<html><body>Login</body></html>"_ba << ApiError::Kind::Protocol;
    QTest::newRow("no token") << R"({"user":"x"})"_ba << ApiError::Kind::Protocol;
    QTest::newRow("empty token") << R"({"token":""})"_ba << ApiError::Kind::Protocol;
    QTest::newRow("refused") << R"({"status":false,"message":"Credenciales inválidas"})"_ba << ApiError::Kind::Auth;
    QTest::newRow("broken json") << R"({"token":"5|ab)"_ba << ApiError::Kind::Protocol;
}

void TestIspCubeParser::tokenFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    const ApiResult<QString> token = IspCube::parseToken(body);
    QVERIFY(!token.ok());
    QCOMPARE_KIND(token.error.kind, kind);
    QVERIFY2(token.error.message.startsWith(u"ISPCube: login: "_s), qPrintable(token.error.message));
}

void TestIspCubeParser::docCustomerIsReadCompletely()
{
    PageInfo page;
    const ApiResult<QList<Customer>> result = IspCube::parseCustomers("[" + docCustomer + "]", &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 1);
    QCOMPARE(page.received, 1);
    QCOMPARE(page.skipped, 0);
    const Customer &c = result.value->first();
    QCOMPARE(c.id, 2236);
    QCOMPARE(c.code, u"003365"_s); // the padding is part of the code
    QCOMPARE(c.name, u"RIOS ANA"_s);
    QCOMPARE(c.docNumber, u"12123456"_s);
    QCOMPARE(c.address, u"Calle 123"_s);
    QCOMPARE(c.town, u"Vicente Lopez"_s);
    QCOMPARE(c.latitude.value_or(0), -33.69);
    QVERIFY(!c.longitude);
    QCOMPARE_KIND(c.status, CustomerStatus::Suspended);
    QCOMPARE(c.statusRaw, u"no_service"_s);
    QCOMPARE(c.debtCents, 0);
    QCOMPARE(c.phones, QStringList{u"1234567890"_s});
    QVERIFY(c.email.isEmpty());
    QCOMPARE(c.startDate, u"2014-04-01"_s);
}

void TestIspCubeParser::customerStatusDialects_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<CustomerStatus>("status");
    QTest::newRow("enabled") << R"("status":"enabled")"_ba << CustomerStatus::Active;
    QTest::newRow("active") << R"("status":"active")"_ba << CustomerStatus::Active;
    QTest::newRow("blocked") << R"("status":"blocked")"_ba << CustomerStatus::Suspended;
    QTest::newRow("no_service") << R"("status":"no_service")"_ba << CustomerStatus::Suspended;
    QTest::newRow("upper case") << R"("status":"BLOCKED")"_ba << CustomerStatus::Suspended;
    QTest::newRow("cancelled") << R"("status":"cancelled")"_ba << CustomerStatus::Cancelled;
    QTest::newRow("unknown word") << R"("status":"vip")"_ba << CustomerStatus::Active;
    QTest::newRow("missing, block=1") << R"("block":1)"_ba << CustomerStatus::Suspended;
    QTest::newRow("null, block=0") << R"("status":null,"block":"0")"_ba << CustomerStatus::Active;
}

void TestIspCubeParser::customerStatusDialects()
{
    QFETCH(QByteArray, fields);
    QFETCH(CustomerStatus, status);
    const ApiResult<QList<Customer>> result = IspCube::parseCustomers(R"([{"id":1,)" + fields + "}]");
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE_KIND(result.value->first().status, status);
}

void TestIspCubeParser::customerFieldsTolerateWrongTypesAndBlanks()
{
    const QByteArray body = R"([
        {"id":"17","code":42,"name":"  Pérez, Juan  ","doc_number":20123456789,"debt":"1.234,50",
         "phones":["353 415-2233",{"phone":"351 555-0101"},null,""],"phone":"353 415-2233",
         "contact_emails":[{"email":"N/A"},{"email":"jperez@example.com"}],
         "lat":"0","lng":"N/A","city":"Villa María","start_date":"0000-00-00 00:00:00"},
        {"id":18,"name":null,"debt":null,"phones":"351 111-2222 / 351 333-4444","email":"x@example.com",
         "lat":-31.4,"lng":"-64.18","city":null,"status":"N/A","start_date":"2020-02-30"},
        {"id":19,"debt":12.5,"phones":{"weird":true},"lat":"91","lng":"-200"}
    ])"_ba;
    const ApiResult<QList<Customer>> result = IspCube::parseCustomers(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 3);
    const Customer &a = result.value->at(0);
    QCOMPARE(a.id, 17);
    QCOMPARE(a.code, u"42"_s); // a number: the padding is lost at the source
    QCOMPARE(a.name, u"Pérez, Juan"_s);
    QCOMPARE(a.docNumber, u"20123456789"_s);
    QCOMPARE(a.debtCents, 123450);
    QCOMPARE(a.phones, (QStringList{u"353 415-2233"_s, u"351 555-0101"_s}));
    QCOMPARE(a.email, u"jperez@example.com"_s);
    QVERIFY(!a.latitude); // 0 is "not set"
    QVERIFY(!a.longitude);
    QCOMPARE(a.town, u"Villa María"_s);
    QVERIFY(a.startDate.isEmpty());

    const Customer &b = result.value->at(1);
    QVERIFY(b.name.isEmpty());
    QCOMPARE(b.debtCents, 0);
    QCOMPARE(b.phones, (QStringList{u"351 111-2222"_s, u"351 333-4444"_s}));
    QCOMPARE(b.email, u"x@example.com"_s);
    QCOMPARE(b.latitude.value_or(0), -31.4);
    QCOMPARE(b.longitude.value_or(0), -64.18);
    QCOMPARE_KIND(b.status, CustomerStatus::Active);
    QCOMPARE(b.startDate, u"2020-02-30"_s.left(10)); // kept as the CRM typed it

    const Customer &c = result.value->at(2);
    QCOMPARE(c.debtCents, 1250);
    QVERIFY(c.phones.isEmpty());
    QVERIFY(!c.latitude && !c.longitude); // out of range
}

void TestIspCubeParser::customersWithoutIdAreSkippedAndCounted()
{
    PageInfo page;
    const ApiResult<QList<Customer>> result = IspCube::parseCustomers(
        R"([{"id":1},{"name":"no id"},{"id":"N/A"},{"id":0},"text",null,{"id":2}])"_ba, &page);
    QVERIFY(result.ok());
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(page.received, 7); // paging counts what came, not what was usable
    QCOMPARE(page.skipped, 5);
}

void TestIspCubeParser::customerListShapes()
{
    QCOMPARE(IspCube::parseCustomers(R"({"data":[{"id":1},{"id":2}]})"_ba).value->size(), 2);
    QCOMPARE(IspCube::parseCustomers("[]"_ba).value->size(), 0);
    QCOMPARE(IspCube::parseCustomers(R"({"data":[]})"_ba).value->size(), 0);
    QCOMPARE(IspCube::parseCustomers(R"({"0":{"id":1},"1":{"id":2}})"_ba).value->size(), 2);
}

void TestIspCubeParser::malformedAndRefusedBodies()
{
    ApiResult<QList<Customer>> result = IspCube::parseCustomers(R"([{"id":1,"name":"cut)"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error.message.startsWith(u"ISPCube: customers_list: the answer is not valid JSON"_s),
             qPrintable(result.error.message));

    result = IspCube::parseCustomers(R"({"status":false,"message":"login-type requerido"})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Remote);
    QCOMPARE(result.error.message, u"ISPCube: customers_list: login-type requerido"_s);

    result = IspCube::parseCustomers(R"({"customers":"soon"})"_ba);
    QCOMPARE_KIND(result.error.kind, ApiError::Kind::Protocol);

    QCOMPARE_KIND(IspCube::parseConnections("<html>"_ba).error.kind, ApiError::Kind::Protocol);
    QVERIFY(IspCube::parseConnections("<html>"_ba).error.message.contains(u"connections_list"_s));
    QVERIFY(IspCube::parseNodes("{"_ba).error.message.contains(u"nodes_list"_s));
    QVERIFY(IspCube::parsePlans("nope"_ba).error.message.contains(u"plans_list"_s));
    QVERIFY(IspCube::parseTickets("[1,"_ba, QTimeZone::utc()).error.message.contains(u"tickets_list"_s));
}

void TestIspCubeParser::connectionsFromTheDocAndVariants()
{
    const QByteArray body = R"([
        {"id":16377,"user":"pppoe_user","customer_id":1234,"node_id":5,"plan_id":10,"address":"AV ESPAÑA 100","conntype":"pppoe"},
        {"id":"16378","user":"jgonzalez_vm","customer_id":"1235","node_id":"N/A","plan":{"id":"11","name":"Fibra 300"},
         "node":{"id":6},"conntype":"wireless","ip":"100.64.1.2","mac_address":"aa-bb-cc-dd-ee-ff",
         "password":"secret","olt_id":3,"board":1,"pon":2},
        {"id":16379,"username":"legacy","customer":{"id":1236},"local_ip":"10.0.0.9","mac":"AABB.CCDD.EEFF","pppoe":1},
        {"id":16380,"user":"orphan"},
        {"id":16381,"user":null,"customer_id":1237,"node_id":null,"plan_id":0}
    ])"_ba;
    PageInfo page;
    const ApiResult<QList<Connection>> result = IspCube::parseConnections(body, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 4);
    QCOMPARE(page.skipped, 1); // no customer: the cache ties connections to customers

    const Connection &a = result.value->at(0);
    QCOMPARE(a.id, 16377);
    QCOMPARE(a.customerId, 1234);
    QCOMPARE(a.pppoeUser, u"pppoe_user"_s);
    QCOMPARE(a.nodeId.value_or(0), 5);
    QCOMPARE(a.planId.value_or(0), 10);
    QCOMPARE(a.address, u"AV ESPAÑA 100"_s);
    QCOMPARE_KIND(a.technology, Technology::Fiber);

    const Connection &b = result.value->at(1);
    QCOMPARE(b.id, 16378);
    QCOMPARE(b.customerId, 1235);
    QCOMPARE(b.nodeId.value_or(0), 6); // "N/A" id, embedded node
    QCOMPARE(b.planId.value_or(0), 11);
    QCOMPARE_KIND(b.technology, Technology::Wireless);
    QCOMPARE(b.ip, u"100.64.1.2"_s);
    QCOMPARE(b.mac, u"aa-bb-cc-dd-ee-ff"_s); // as the CRM has it

    const Connection &c = result.value->at(2);
    QCOMPARE(c.pppoeUser, u"legacy"_s);
    QCOMPARE(c.customerId, 1236);
    QCOMPARE(c.ip, u"10.0.0.9"_s);
    QCOMPARE(c.mac, u"AABB.CCDD.EEFF"_s);

    const Connection &d = result.value->at(3);
    QVERIFY(d.pppoeUser.isEmpty());
    QVERIFY(!d.nodeId);
    QVERIFY(!d.planId);
}

void TestIspCubeParser::plansSpeedsPricesAndTechnology()
{
    const QByteArray body = R"([
        {"id":10,"name":"Fibra 300 Mbps","speed":"300 Mbps / 30 Mbps","price":"12500.00","type":"ftth","comment":""},
        {"id":"11","name":"Aire 20","speed_down":20000,"speed_up":"5000","price":8900.5,"type":"wireless"},
        {"id":12,"name":"Inalámbrico 10","speed":"10M/2M"},
        {"id":13,"name":"Empresa","speed":null,"price":"N/A"},
        {"name":"sin id"}
    ])"_ba;
    const ApiResult<QList<Plan>> result = IspCube::parsePlans(body);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 4);
    const Plan &fibre = result.value->at(0);
    QCOMPARE(fibre.downKbps, 300'000);
    QCOMPARE(fibre.upKbps, 30'000);
    QCOMPARE(fibre.priceCents, 1'250'000);
    QCOMPARE_KIND(fibre.technology, Technology::Fiber);
    const Plan &air = result.value->at(1);
    QCOMPARE(air.downKbps, 20'000);
    QCOMPARE(air.upKbps, 5'000);
    QCOMPARE(air.priceCents, 890'050);
    QCOMPARE_KIND(air.technology, Technology::Wireless);
    QCOMPARE_KIND(result.value->at(2).technology, Technology::Wireless); // from the name
    QCOMPARE(result.value->at(2).downKbps, 10'000);
    QCOMPARE(result.value->at(3).downKbps, 0);
    QCOMPARE(result.value->at(3).priceCents, 0);
}

void TestIspCubeParser::speedKbps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("kbps");
    QTest::newRow("Mbps") << u"300 Mbps"_s << qint64(300'000);
    QTest::newRow("M") << u"300M"_s << qint64(300'000);
    QTest::newRow("Gbps") << u"1 Gbps"_s << qint64(1'000'000);
    QTest::newRow("Kbps") << u"512 Kbps"_s << qint64(512);
    QTest::newRow("bare") << u"50"_s << qint64(50'000);
    QTest::newRow("comma") << u"1,5 Mbps"_s << qint64(1'500);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("words") << u"ilimitado"_s << qint64(0);
}

void TestIspCubeParser::speedKbps()
{
    QFETCH(QString, text);
    QFETCH(qint64, kbps);
    QCOMPARE(IspCube::speedKbps(text), kbps);
}

void TestIspCubeParser::nodesBareOrUnderData()
{
    const QByteArray item
        = R"({"id":5,"comment":"VMA-CCR-01","ip":"10.10.0.1","port":"8729","code":"VMA","type":"mikrotik","city":"Villa María","model":"CCR2004"})"_ba;
    for (const QByteArray &body : QByteArrayList{"[" + item + "]", R"({"data":[)" + item + "]}"}) {
        const ApiResult<QList<Node>> result = IspCube::parseNodes(body);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value->size(), 1);
        const Node &n = result.value->first();
        QCOMPARE(n.id, 5);
        QCOMPARE(n.name, u"VMA-CCR-01"_s); // the CRM's display name is "comment"
        QCOMPARE(n.code, u"VMA"_s);
        QCOMPARE(n.host, u"10.10.0.1"_s);
        QCOMPARE(n.apiPort, 8729);
        QVERIFY(n.apiTls);
        QCOMPARE(n.town, u"Villa María"_s);
        QCOMPARE(n.model, u"CCR2004"_s);
    }
    const ApiResult<QList<Node>> sparse
        = IspCube::parseNodes(R"([{"id":"7","port":"N/A","comment":null},{"id":8,"name":"POP-8","port":99999}])"_ba);
    QVERIFY(sparse.ok());
    QCOMPARE(sparse.value->at(0).apiPort, 8728);
    QCOMPARE(sparse.value->at(0).name, u"node 7"_s);
    QCOMPARE(sparse.value->at(1).name, u"POP-8"_s);
    QCOMPARE(sparse.value->at(1).apiPort, 8728);
}

void TestIspCubeParser::ticketsWithEmbeddedCatalogs()
{
    // The listing of external-apis.md §2.2, plus a closed one and a sparse one.
    const QByteArray body = R"([
        {"id":881,"customer_id":2236,"customer":{"code":"003365","name":"RIOS ANA","doc_number":"12123456"},"address":"Calle 123",
         "ticket_area_id":1,"ticket_category_id":13,"ticket_category":{"name":"RECLAMOS"},"ticket_status_id":1,
         "ticket_status":{"name":"Abierto"},"ticket_priority_id":1,"ticket_priority":{"name":"Normal"},
         "assigned_user_id":0,"connection_id":7001,"visit_date":null,"price":null,"customer_created":true,
         "created_at":"2026-11-17 09:15:00","items":[{"content":"Sin internet desde ayer\nLlamó dos veces","internal":0,"user":{"name":"Mesa"},"created_at":"2026-11-17 09:15:00"}]},
        {"id":"882","customer":{"id":2237},"ticket_status":{"name":"Cerrado"},"connection_id":0,"subject":"Mudanza","created_at":null},
        {"id":883,"customer_id":0,"closed":"1","category":"ADMIN","status":"Abierto","priority":"Alta","created_at":"2026-11-17T12:00:00Z"},
        {"customer_id":5}
    ])"_ba;
    const QTimeZone argentina(-3 * 3600);
    PageInfo page;
    const ApiResult<QList<Ticket>> result = IspCube::parseTickets(body, argentina, &page);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->size(), 3);
    QCOMPARE(page.skipped, 1);

    const Ticket &a = result.value->at(0);
    QCOMPARE(a.externalId, u"881"_s);
    QCOMPARE(a.source, u"ispcube"_s);
    QCOMPARE(a.customerId.value_or(0), 2236);
    QCOMPARE(a.connectionId.value_or(0), 7001);
    QCOMPARE(a.subject, u"Sin internet desde ayer"_s);
    QCOMPARE(a.category, u"RECLAMOS"_s);
    QCOMPARE(a.status, u"Abierto"_s);
    QCOMPARE(a.priority, u"Normal"_s);
    QVERIFY(!a.closed);
    QCOMPARE(a.createdAt.value_or(0), QDateTime(QDate(2026, 11, 17), QTime(12, 15), Qt::UTC).toSecsSinceEpoch());

    const Ticket &b = result.value->at(1);
    QCOMPARE(b.customerId.value_or(0), 2237);
    QVERIFY(!b.connectionId);
    QCOMPARE(b.subject, u"Mudanza"_s);
    QVERIFY(b.closed); // "Cerrado"
    QVERIFY(!b.createdAt);

    const Ticket &c = result.value->at(2);
    QVERIFY(!c.customerId);
    QVERIFY(c.closed); // the flag wins over the status name
    QCOMPARE(c.category, u"ADMIN"_s);
    QCOMPARE(c.priority, u"Alta"_s);
    QCOMPARE(c.createdAt.value_or(0), QDateTime(QDate(2026, 11, 17), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestIspCubeParser)
#include "tst_ispcubeparser.moc"
