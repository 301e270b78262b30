// SPDX-License-Identifier: GPL-3.0-or-later
// SmartOltClient against a small hand-written SmartOLT on the simulator's
// HTTP server (127.0.0.1): the X-Token header, the ONU join of details,
// statuses and signals, the call budget (the scarce details call is refused
// before anything is spent), error envelopes, 429s, the per-ONU calls, and
// cancellation.
#include "asyncwait.h"
#include "integrations/smartolt/smartoltclient.h"
#include "net/callbudget.h"
#include "simulator/http/httpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

const QByteArray Token = "st-0123456789abcdef"_ba;

QString serial(int i)
{
    return u"HWTC%1"_s.arg(i, 8, 16, QChar(u'0')).toUpper();
}

HttpResponse envelope(const QString &key, const QJsonValue &value)
{
    return HttpResponse::json(
        QJsonDocument(QJsonObject{{u"status"_s, true}, {u"response_code"_s, u"success"_s}, {key, value}}));
}

// Just enough of SmartOLT for the client: ONUs 0..onus-1 on OLT 1; the
// statuses list also knows one ONU the details do not (authorised since).
class FakeSmartOlt final
{
public:
    int onus = 3;
    QStringList order; // the bulk endpoints, in the order they were called

    FakeSmartOlt()
    {
        m_server.route("GET", u"/api/system/get_olts"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            return envelope(u"response"_s,
                            QJsonArray{QJsonObject{{u"id"_s, u"1"_s},
                                                   {u"name"_s, u"OLT-CENTRO"_s},
                                                   {u"olt_hardware_version"_s, u"Huawei-MA5800-X7"_s},
                                                   {u"ip"_s, u"10.0.0.2"_s},
                                                   {u"snmp_port"_s, u"161"_s}}});
        });
        m_server.route("GET", u"/api/onu/get_all_onus_details"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            order.append(u"details"_s);
            QJsonArray list;
            for (int i = 0; i < onus; ++i) {
                list.append(QJsonObject{{u"unique_external_id"_s, serial(i)},
                                        {u"sn"_s, serial(i)},
                                        {u"olt_id"_s, u"1"_s},
                                        {u"board"_s, u"1"_s},
                                        {u"port"_s, QString::number(i % 16)},
                                        {u"onu"_s, QString::number(i)},
                                        {u"name"_s, u"Cliente %1"_s.arg(i)},
                                        {u"username"_s, u"user%1"_s.arg(i)},
                                        {u"onu_type_name"_s, u"HG8145V5"_s},
                                        {u"status"_s, u"Online"_s},
                                        {u"signal_1490"_s, u"-20.00 dBm"_s},
                                        {u"signal_1310"_s, u"-22.00 dBm"_s}});
            }
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"status"_s, true}, {u"onus"_s, list}}));
        });
        m_server.route("GET", u"/api/onu/get_onus_statuses"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            order.append(u"statuses"_s);
            QJsonArray list;
            for (int i = 0; i <= onus; ++i) {
                list.append(QJsonObject{{u"unique_external_id"_s, serial(i)},
                                        {u"sn"_s, serial(i)},
                                        {u"olt_id"_s, u"1"_s},
                                        {u"status"_s, i == 0 ? u"LOS"_s : u"Online"_s},
                                        {u"last_status_change"_s, u"2026-11-18 03:00:00"_s}});
            }
            return envelope(u"response"_s, list);
        });
        m_server.route("GET", u"/api/onu/get_onus_signals"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            order.append(u"signals"_s);
            QJsonArray list;
            for (int i = 0; i < onus; ++i) {
                list.append(QJsonObject{{u"unique_external_id"_s, serial(i)},
                                        {u"signal"_s, i == 0 ? u"-"_s : u"Warning"_s},
                                        {u"signal_1490"_s, i == 0 ? u"-"_s : u"-25.50 dBm"_s},
                                        {u"signal_1310"_s, i == 0 ? u"-"_s : u"-28.25 dBm"_s}});
            }
            return envelope(u"response"_s, list);
        });
        m_server.route("GET", u"/api/onu/get_onu_status/*"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            m_lastId = r.path.section(u'/', 4);
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"status"_s, true},
                                                                {u"onu_status"_s, u"Power fail"_s},
                                                                {u"last_status_change"_s, u"2026-11-18 03:00:00"_s}}));
        });
        m_server.route("GET", u"/api/onu/get_onu_signal/*"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            m_lastId = r.path.section(u'/', 4);
            return HttpResponse::json(
                QJsonDocument(QJsonObject{{u"status"_s, true},
                                          {u"onu_signal"_s, u"Critical"_s},
                                          {u"onu_signal_value"_s, u"-28.10 dBm / -31.00 dBm (2300m)"_s},
                                          {u"onu_signal_1490"_s, u"-28.10 dBm"_s},
                                          {u"onu_signal_1310"_s, u"-31.00 dBm"_s}}));
        });
        m_server.route("GET", u"/api/onu/get_onu_full_status_info/*"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            m_lastId = r.path.section(u'/', 4);
            const QJsonObject details{{u"ONU details"_s, QJsonObject{{u"Last down cause"_s, u"dying-gasp"_s}}}};
            // ⚠ full_status_json as a JSON-encoded string.
            return HttpResponse::json(QJsonDocument(QJsonObject{
                {u"status"_s, true},
                {u"full_status_info"_s, u"Last down cause : dying-gasp"_s},
                {u"full_status_json"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}}));
        });
    }

    HttpServer &server() { return m_server; }
    bool listen() { return m_server.listen(); }
    QString lastId() const { return m_lastId; }

    SourceConfig config() const
    {
        SourceConfig c;
        c.kind = SourceKind::SmartOlt;
        c.baseUrl = m_server.baseUrl();
        c.baseUrl.setPath(u"/api/"_s);
        c.timeoutMs = 5000;
        return c;
    }

private:
    HttpServer m_server;
    QString m_lastId;

    static std::optional<HttpResponse> check(const HttpRequest &r)
    {
        if (r.header("x-token") != Token)
            return HttpResponse::json(
                QJsonDocument(QJsonObject{{u"status"_s, false}, {u"error"_s, u"Invalid API key"_s}}), 403);
        return std::nullopt;
    }
};

struct Fetch
{
    QList<Onu> onus;
    QList<qsizetype> pageSizes;
    int done = 0;
    ApiError error;
};

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.timeScale = 0.001;
    return policy;
}

template<typename T>
struct One
{
    int done = 0;
    ApiResult<T> result;
};

} // namespace

class TestSmartOltClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }
    void init();
    void cleanup();

    void oltsWithTheToken();
    void wrongTokenIsAnAuthErrorWithAHint();
    void onusJoinDetailsStatusesAndSignals();
    void onusArriveInPages();
    void budgetRefusesTheScarceCallBeforeSpendingAnything();
    void falseStatusEnvelopeIsARemoteError();
    void unknownMethod405KeepsTheVendorsWords();
    void hourlyLimit429IsWaitedOut();
    void malformedDetailsFailNamingTheEndpoint();
    void perOnuCalls();
    void perOnuCallsDrawOnTheirOwnBudget();
    void cancelDuringTheJoin();
    void missingTokenIsAConfigError();

private:
    std::unique_ptr<FakeSmartOlt> m_olt;
    std::unique_ptr<SmartOltClient> m_client;

    std::shared_ptr<Fetch> fetchOnus()
    {
        auto fetch = std::make_shared<Fetch>();
        m_client->fetchOnus(
            [fetch](QList<Onu> page) {
                fetch->pageSizes.append(page.size());
                fetch->onus += page;
            },
            [fetch](const ApiError &error) {
                ++fetch->done;
                fetch->error = error;
            });
        Test::waitUntil([fetch] { return fetch->done > 0; });
        return fetch;
    }
};

void TestSmartOltClient::init()
{
    m_olt = std::make_unique<FakeSmartOlt>();
    QVERIFY(m_olt->listen());
    m_client = std::make_unique<SmartOltClient>(m_olt->config(), QString::fromUtf8(Token));
    m_client->http().setRetryPolicy(fastRetries());
    m_client->setTimeZone(QTimeZone(-3 * 3600));
}

void TestSmartOltClient::cleanup()
{
    m_client.reset();
    m_olt.reset();
}

void TestSmartOltClient::oltsWithTheToken()
{
    QList<Olt> olts;
    int done = 0;
    ApiError error;
    m_client->fetchOlts([&](QList<Olt> page) { olts += page; },
                        [&](const ApiError &e) {
                            ++done;
                            error = e;
                        });
    QVERIFY(Test::waitUntil([&] { return done > 0; }));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(olts.size(), 1);
    QCOMPARE(olts.first().vendor, u"huawei"_s);
    QCOMPARE(olts.first().model, u"MA5800-X7"_s);
}

void TestSmartOltClient::wrongTokenIsAnAuthErrorWithAHint()
{
    m_client = std::make_unique<SmartOltClient>(m_olt->config(), u"wrong"_s);
    const auto fetch = fetchOnus();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Auth);
    QVERIFY2(fetch->error.message.contains(u"Invalid API key"_s), qPrintable(fetch->error.message));
    QVERIFY(fetch->error.message.contains(u"check the API token"_s));
    QVERIFY(!fetch->error.message.contains(u"wrong"_s));
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/*"_s), 1); // not retried
}

void TestSmartOltClient::onusJoinDetailsStatusesAndSignals()
{
    const auto fetch = fetchOnus();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(m_olt->order, (QStringList{u"details"_s, u"statuses"_s, u"signals"_s}));
    QCOMPARE(fetch->onus.size(), 4); // three detailed, one only in the statuses
    const Onu &first = fetch->onus.at(0);
    QCOMPARE(first.externalId, serial(0));
    QCOMPARE(first.pppoeUser, u"user0"_s);
    QCOMPARE(first.model, u"HG8145V5"_s);
    QCOMPARE_KIND(first.status, OnuStatus::Los); // statuses are newer than the details
    QVERIFY(!first.rxPowerDbm);                  // "-" in the signals
    QCOMPARE(first.lastStatusChange.value_or(0),
             QDateTime(QDate(2026, 11, 18), QTime(6, 0), Qt::UTC).toSecsSinceEpoch());
    const Onu &second = fetch->onus.at(1);
    QCOMPARE(second.rxPowerDbm.value_or(0), -25.5);
    QCOMPARE(second.oltRxPowerDbm.value_or(0), -28.25);
    QCOMPARE(fetch->onus.at(3).externalId, serial(3));
    for (const auto &endpoint :
         {u"/api/onu/get_all_onus_details"_s, u"/api/onu/get_onus_statuses"_s, u"/api/onu/get_onus_signals"_s})
        QCOMPARE(m_olt->server().requestCount(endpoint), 1);
}

void TestSmartOltClient::onusArriveInPages()
{
    m_olt->onus = 2499;
    const auto fetch = fetchOnus();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->pageSizes, (QList<qsizetype>{1000, 1000, 500}));
}

void TestSmartOltClient::budgetRefusesTheScarceCallBeforeSpendingAnything()
{
    m_client->http().setBudget(std::make_shared<CallBudget>(CallBudget::defaultLimits(SourceKind::SmartOlt)));
    auto fetch = fetchOnus();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    // get_all_onus_details: 3 per hour, and the first was spent.
    fetch = fetchOnus();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Budget);
    QVERIFY2(fetch->error.message.contains(u"get_all_onus_details is limited to 3 calls per hour"_s),
             qPrintable(fetch->error.message));
    QVERIFY(fetch->error.retryAfterSeconds > 0);
    QVERIFY(fetch->onus.isEmpty());
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/get_all_onus_details"_s), 1);
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/get_onus_statuses"_s), 1); // nothing else was spent
}

void TestSmartOltClient::falseStatusEnvelopeIsARemoteError()
{
    m_olt->server().route("GET", u"/api/onu/get_onus_signals"_s, [](const HttpRequest &) {
        return HttpResponse::json(
            QJsonDocument(QJsonObject{{u"status"_s, false}, {u"error"_s, u"OLT 1 is not reachable"_s}}));
    });
    const auto fetch = fetchOnus();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Remote);
    QCOMPARE(fetch->error.message, u"SmartOLT: get_onus_signals: OLT 1 is not reachable"_s);
    QVERIFY(fetch->onus.isEmpty()); // nothing half-joined is handed over
}

void TestSmartOltClient::unknownMethod405KeepsTheVendorsWords()
{
    m_olt->server().route("GET", u"/api/system/get_olts"_s, [](const HttpRequest &) {
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"status"_s, false}, {u"error"_s, u"Unknown method"_s}}),
                                  405);
    });
    int done = 0;
    ApiError error;
    m_client->fetchOlts({}, [&](const ApiError &e) {
        ++done;
        error = e;
    });
    QVERIFY(Test::waitUntil([&] { return done > 0; }));
    QCOMPARE_KIND(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 405);
    QVERIFY2(error.message.contains(u"Unknown method"_s), qPrintable(error.message));
}

void TestSmartOltClient::hourlyLimit429IsWaitedOut()
{
    HttpFault limit;
    limit.status = 429;
    limit.retryAfterSeconds = 30;
    limit.remaining = 1;
    m_olt->server().setFault(u"/api/onu/get_onus_statuses"_s, limit);
    const auto fetch = fetchOnus();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/get_onus_statuses"_s), 2);
}

void TestSmartOltClient::malformedDetailsFailNamingTheEndpoint()
{
    HttpFault broken;
    broken.malformedJson = true;
    m_olt->server().setFault(u"/api/onu/get_all_onus_details"_s, broken);
    const auto fetch = fetchOnus();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Protocol);
    QVERIFY2(fetch->error.message.startsWith(u"SmartOLT: get_all_onus_details: the answer is not valid JSON"_s),
             qPrintable(fetch->error.message));
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/get_onus_statuses"_s), 0);
}

void TestSmartOltClient::perOnuCalls()
{
    const QString id = u"ZTEG C0/FF"_s; // external ids are the integrator's: anything goes
    auto status = std::make_shared<One<SmartOlt::OnuState>>();
    auto signal = std::make_shared<One<SmartOlt::OnuSignal>>();
    auto full = std::make_shared<One<SmartOlt::OnuFullStatus>>();
    m_client->fetchOnuStatus(id, [status](const ApiResult<SmartOlt::OnuState> &r) {
        ++status->done;
        status->result = r;
    });
    QVERIFY(Test::waitUntil([&] { return status->done > 0; }));
    QCOMPARE(m_olt->lastId(), id);
    m_client->fetchOnuSignal(id, [signal](const ApiResult<SmartOlt::OnuSignal> &r) {
        ++signal->done;
        signal->result = r;
    });
    m_client->fetchOnuFullStatus(id, [full](const ApiResult<SmartOlt::OnuFullStatus> &r) {
        ++full->done;
        full->result = r;
    });
    QVERIFY(Test::waitUntil([&] { return signal->done > 0 && full->done > 0; }));

    QVERIFY2(status->result.ok(), qPrintable(status->result.error.message));
    QCOMPARE_KIND(status->result.value->status, OnuStatus::PowerFail);
    QVERIFY2(signal->result.ok(), qPrintable(signal->result.error.message));
    QCOMPARE(signal->result.value->externalId, id);
    QCOMPARE(signal->result.value->rxPowerDbm.value_or(0), -28.1);
    QCOMPARE(signal->result.value->distanceM.value_or(0), 2300);
    QVERIFY2(full->result.ok(), qPrintable(full->result.error.message));
    QCOMPARE(full->result.value->lastDownCause, u"dying-gasp"_s);
}

void TestSmartOltClient::perOnuCallsDrawOnTheirOwnBudget()
{
    BudgetLimits limits;
    limits.callsPerHour = 1000;
    limits.endpointCallsPerHour = {{u"get_onu_full_status_info"_s, 1}};
    m_client->http().setBudget(std::make_shared<CallBudget>(limits));
    RetryPolicy impatient = fastRetries();
    impatient.maxBudgetWaitMs = 0; // the live diagnosis does not wait minutes
    m_client->http().setRetryPolicy(impatient);
    QStringList kinds;
    for (int i = 0; i < 2; ++i) {
        m_client->fetchOnuFullStatus(
            serial(1), [&kinds](const ApiResult<SmartOlt::OnuFullStatus> &r) { kinds.append(toString(r.error.kind)); });
    }
    QVERIFY(Test::waitUntil([&] { return kinds.size() == 2; }));
    kinds.sort(); // the refusal comes back first: it never went to the network
    QCOMPARE(kinds, (QStringList{u"budget"_s, u"none"_s}));
    QCOMPARE(m_olt->server().requestCount(u"/api/onu/get_onu_full_status_info/*"_s), 1);
}

void TestSmartOltClient::cancelDuringTheJoin()
{
    HttpFault silent;
    silent.neverAnswer = true;
    m_olt->server().setFault(u"/api/onu/get_onus_statuses"_s, silent);
    auto fetch = std::make_shared<Fetch>();
    m_client->fetchOnus([fetch](QList<Onu> page) { fetch->onus += page; },
                        [fetch](const ApiError &error) {
                            ++fetch->done;
                            fetch->error = error;
                        });
    QVERIFY(Test::waitUntil([this] { return m_olt->server().requestCount(u"/api/onu/get_onus_statuses"_s) == 1; }));
    m_client->cancel();
    QVERIFY(Test::waitUntil([fetch] { return fetch->done > 0; }));
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Canceled);
    QVERIFY(fetch->onus.isEmpty());
    QCOMPARE(fetch->done, 1);
}

void TestSmartOltClient::missingTokenIsAConfigError()
{
    m_client = std::make_unique<SmartOltClient>(m_olt->config(), QString());
    const auto fetch = fetchOnus();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Config);
    QCOMPARE(m_olt->server().requestCount(u"*"_s), 0);
}

QTEST_GUILESS_MAIN(TestSmartOltClient)
#include "tst_smartoltclient.moc"
