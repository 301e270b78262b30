// SPDX-License-Identifier: GPL-3.0-or-later
// IspCubeClient against a small hand-written ISPCube on the simulator's HTTP
// server (127.0.0.1): the login in each documented token shape, the headers
// every call needs, limit/offset paging (short last page, exact multiple,
// empty list, servers that ignore limit or offset), token renewal on 401
// exactly once, one login shared by concurrent fetches, cancellation, and
// what each injected fault turns into.
#include "asyncwait.h"
#include "integrations/ispcube/ispcubeclient.h"
#include "simulator/http/httpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

// QTest cannot print Beholder's enums (their toString() returns QString): compare the names.
#define QCOMPARE_KIND(actual, expected) QCOMPARE(toString(actual), toString(expected))

enum class TokenShape { Object, QuotedString, BareString, DataObject };

// Just enough of ISPCube: Sanctum login, the header checks, the *_list endpoints.
class FakeIspCube final
{
public:
    int customers = 0;
    TokenShape shape = TokenShape::Object;
    bool ignoreLimit = false;
    bool ignoreOffset = false;
    int maxPageSize = 0; // a server may cap the page size below the limit asked for
    bool rejectEveryToken = false;
    QList<HttpRequest> logins;
    QList<HttpRequest> lists; // every *_list request, in order

    FakeIspCube()
    {
        m_server.route("POST", u"/api/sanctum/token"_s, [this](const HttpRequest &r) { return login(r); });
        m_server.route("GET", u"/api/customers/customers_list"_s, [this](const HttpRequest &r) {
            return list(r, [](int i) {
                return QJsonObject{{u"id"_s, i + 1},
                                   {u"code"_s, QString::number(i + 1).rightJustified(6, u'0')},
                                   {u"name"_s, u"Cliente %1"_s.arg(i + 1)},
                                   {u"status"_s, u"enabled"_s},
                                   {u"debt"_s, u"0.00"_s}};
            });
        });
        m_server.route("GET", u"/api/connections/connections_list"_s, [this](const HttpRequest &r) {
            return list(r, [](int i) {
                return QJsonObject{{u"id"_s, 16000 + i}, {u"user"_s, u"user%1"_s.arg(i)}, {u"customer_id"_s, i + 1}};
            });
        });
        m_server.route("GET", u"/api/plans/plans_list"_s, [this](const HttpRequest &r) {
            return list(
                r,
                [](int i) {
                    return QJsonObject{{u"id"_s, i + 1}, {u"name"_s, u"Plan %1"_s.arg(i)}};
                },
                3);
        });
        m_server.route("GET", u"/api/nodes/nodes_list"_s, [this](const HttpRequest &r) {
            if (const auto refused = check(r))
                return *refused;
            lists.append(r);
            // ⚠ wrapped in "data", and not paged at all.
            return HttpResponse::json(QJsonDocument(
                QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, 5}, {u"comment"_s, u"VMA-CCR-01"_s}}}}}));
        });
        m_server.route("GET", u"/api/tickets/tickets_list"_s, [this](const HttpRequest &r) {
            return list(
                r,
                [](int i) {
                    return QJsonObject{{u"id"_s, 881 + i},
                                       {u"customer_id"_s, 1},
                                       {u"ticket_status"_s, QJsonObject{{u"name"_s, u"Abierto"_s}}}};
                },
                2);
        });
    }

    HttpServer &server() { return m_server; }
    bool listen() { return m_server.listen(); }
    void expireTokens() { m_valid.clear(); }

    SourceConfig config() const
    {
        SourceConfig c;
        c.kind = SourceKind::IspCube;
        c.baseUrl = m_server.baseUrl();
        c.baseUrl.setPath(u"/api"_s);
        c.user = u"soporte"_s;
        c.clientId = u"42"_s;
        c.timeoutMs = 5000;
        return c;
    }

private:
    HttpServer m_server;
    QSet<QString> m_valid;
    int m_issued = 0;

    static HttpResponse refuse(int status, const QString &message)
    {
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"status"_s, false}, {u"message"_s, message}}), status);
    }

    HttpResponse login(const HttpRequest &r)
    {
        logins.append(r);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.header("api-key") != "K-123" || r.header("client-id") != "42" || r.header("login-type") != "api")
            return refuse(400, u"api-key, client-id y login-type requeridos"_s);
        if (body.value(u"username"_s) != u"soporte"_s || body.value(u"password"_s) != u"s3cret"_s)
            return refuse(401, u"Credenciales inválidas"_s);
        const QString token = u"%1|tok%1"_s.arg(++m_issued);
        m_valid.insert(token);
        switch (shape) {
        case TokenShape::Object:
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"token"_s, token}}));
        case TokenShape::QuotedString:
            return HttpResponse::text('"' + token.toUtf8() + '"');
        case TokenShape::BareString:
            return HttpResponse::text(token.toUtf8());
        case TokenShape::DataObject:
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"token"_s, token}}}}));
        }
        return {};
    }

    std::optional<HttpResponse> check(const HttpRequest &r) const
    {
        const QString bearer = QString::fromUtf8(r.header("authorization")).mid(7);
        if (rejectEveryToken || !r.header("authorization").startsWith("Bearer ") || !m_valid.contains(bearer))
            return HttpResponse::json(QJsonDocument(QJsonObject{{u"message"_s, u"Unauthenticated."_s}}), 401);
        if (r.header("login-type") != "api")
            return refuse(400, u"login-type requerido"_s);
        if (r.header("username") != "soporte")
            return refuse(400, u"username requerido"_s);
        if (r.header("api-key") != "K-123" || r.header("client-id") != "42")
            return refuse(400, u"api-key requerido"_s);
        return std::nullopt;
    }

    template<typename Make>
    HttpResponse list(const HttpRequest &r, Make make, int fixedCount = -1)
    {
        if (const auto refused = check(r))
            return *refused;
        lists.append(r);
        const int count = fixedCount >= 0 ? fixedCount : customers;
        int limit = r.query.queryItemValue(u"limit"_s).toInt();
        int offset = r.query.queryItemValue(u"offset"_s).toInt();
        if (ignoreLimit || limit <= 0)
            limit = count;
        if (maxPageSize > 0)
            limit = std::min(limit, maxPageSize);
        if (ignoreOffset)
            offset = 0;
        QJsonArray page;
        for (int i = offset; i < std::min(count, offset + limit); ++i)
            page.append(make(i));
        return HttpResponse::json(QJsonDocument(page)); // a bare array, as ISPCube sends it
    }
};

struct Fetch
{
    int pages = 0;
    QList<qsizetype> pageSizes;
    QList<qint64> ids;
    int done = 0;
    ApiError error;
};

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.timeScale = 0.001;
    return policy;
}

IspCubeSecrets secrets(const QString &password = u"s3cret"_s)
{
    return {password, u"K-123"_s};
}

} // namespace

Q_DECLARE_METATYPE(TokenShape)

class TestIspCubeClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }
    void init();
    void cleanup();

    void loginInEveryTokenShapeThenSendsAllHeaders_data();
    void loginInEveryTokenShapeThenSendsAllHeaders();
    void pagesUntilAShortPage();
    void pagesAnExactMultipleOfTheLimit();
    void emptyListIsOneCall();
    void serverIgnoringTheLimitIsOnePage();
    void serverIgnoringTheOffsetIsAnError();
    void serverCappingThePageSizeLosesNothing();
    void endpointWithoutPagingIsReadOnce();
    void expiredTokenIsRenewedOnce();
    void persistent401FailsAfterOneRenewal();
    void concurrentFetchesShareOneLogin();
    void wrongPasswordIsAnAuthError();
    void missingSettingsAreAConfigError();
    void otherListsAndTheirQueries();
    void cancelStopsPagingAndReportsCanceled();
    void cancelDuringLogin();
    void transientFaultsAreRetried();
    void malformedPageFailsNamingTheEndpoint();

private:
    std::unique_ptr<FakeIspCube> m_isp;
    std::unique_ptr<IspCubeClient> m_client;

    std::shared_ptr<Fetch> fetchCustomers(IspCubeClient &client)
    {
        auto fetch = std::make_shared<Fetch>();
        client.fetchCustomers(
            [fetch](QList<Customer> page) {
                ++fetch->pages;
                fetch->pageSizes.append(page.size());
                for (const Customer &c : page)
                    fetch->ids.append(c.id);
            },
            [fetch](const ApiError &error) {
                ++fetch->done;
                fetch->error = error;
            });
        return fetch;
    }

    std::shared_ptr<Fetch> fetchAndWait()
    {
        auto fetch = fetchCustomers(*m_client);
        Test::waitUntil([fetch] { return fetch->done > 0; });
        return fetch;
    }
};

void TestIspCubeClient::init()
{
    m_isp = std::make_unique<FakeIspCube>();
    QVERIFY(m_isp->listen());
    m_client = std::make_unique<IspCubeClient>(m_isp->config(), secrets());
    m_client->http().setRetryPolicy(fastRetries());
}

void TestIspCubeClient::cleanup()
{
    m_client.reset();
    m_isp.reset();
}

void TestIspCubeClient::loginInEveryTokenShapeThenSendsAllHeaders_data()
{
    QTest::addColumn<TokenShape>("shape");
    QTest::newRow("{\"token\"} (production)") << TokenShape::Object;
    QTest::newRow("\"token\" (Postman)") << TokenShape::QuotedString;
    QTest::newRow("token, unquoted") << TokenShape::BareString;
    QTest::newRow("{\"data\":{\"token\"}}") << TokenShape::DataObject;
}

void TestIspCubeClient::loginInEveryTokenShapeThenSendsAllHeaders()
{
    QFETCH(TokenShape, shape);
    m_isp->shape = shape;
    m_isp->customers = 3;
    const auto fetch = fetchAndWait();
    QCOMPARE(fetch->done, 1);
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->ids, (QList<qint64>{1, 2, 3}));
    QCOMPARE(m_isp->logins.size(), 1);
    const HttpRequest &login = m_isp->logins.first();
    QCOMPARE(login.header("content-type"), "application/json"_ba);
    QCOMPARE(login.header("accept"), "application/json"_ba);
    const HttpRequest &list = m_isp->lists.first();
    QCOMPARE(list.header("authorization"), "Bearer 1|tok1"_ba);
    QCOMPARE(list.header("api-key"), "K-123"_ba);
    QCOMPARE(list.header("client-id"), "42"_ba);
    QCOMPARE(list.header("login-type"), "api"_ba);
    QCOMPARE(list.header("username"), "soporte"_ba);
    QCOMPARE(list.header("accept"), "application/json"_ba);
}

void TestIspCubeClient::pagesUntilAShortPage()
{
    m_isp->customers = 1234;
    QSignalSpy progress(m_client.get(), &IspCubeClient::progress);
    const auto fetch = fetchAndWait();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->pageSizes, (QList<qsizetype>{500, 500, 234}));
    QCOMPARE(fetch->ids.size(), 1234);
    QCOMPARE(QSet<qint64>(fetch->ids.cbegin(), fetch->ids.cend()).size(), 1234);
    // A short page is not taken as the end (the server may cap the page
    // size): the empty page after it is.
    QCOMPARE(m_isp->lists.size(), 4);
    QStringList offsets;
    for (const HttpRequest &r : std::as_const(m_isp->lists)) {
        QCOMPARE(r.query.queryItemValue(u"limit"_s), u"500"_s);
        offsets.append(r.query.queryItemValue(u"offset"_s));
    }
    QCOMPARE(offsets, (QStringList{u"0"_s, u"500"_s, u"1000"_s, u"1234"_s}));
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last().at(0).toString(), u"customers_list"_s);
    QCOMPARE(progress.last().at(1).toLongLong(), 1234);
}

void TestIspCubeClient::pagesAnExactMultipleOfTheLimit()
{
    m_isp->customers = 1000;
    const auto fetch = fetchAndWait();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->pageSizes, (QList<qsizetype>{500, 500})); // the empty third page is not handed over
    QCOMPARE(m_isp->lists.size(), 3);                         // but it had to be asked for
}

void TestIspCubeClient::emptyListIsOneCall()
{
    m_isp->customers = 0;
    const auto fetch = fetchAndWait();
    QVERIFY(!fetch->error.isError());
    QCOMPARE(fetch->pages, 0);
    QCOMPARE(m_isp->lists.size(), 1);
}

void TestIspCubeClient::serverIgnoringTheLimitIsOnePage()
{
    m_isp->customers = 1234;
    m_isp->ignoreLimit = true;
    const auto fetch = fetchAndWait();
    QVERIFY(!fetch->error.isError());
    QCOMPARE(fetch->ids.size(), 1234);
    QCOMPARE(m_isp->lists.size(), 1);
}

void TestIspCubeClient::serverIgnoringTheOffsetIsAnError()
{
    m_isp->customers = 1234;
    m_isp->ignoreOffset = true;
    const auto fetch = fetchAndWait();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Protocol);
    QVERIFY2(fetch->error.message.contains(u"same page twice"_s), qPrintable(fetch->error.message));
    QCOMPARE(m_isp->lists.size(), 2); // it stops instead of looping
}

void TestIspCubeClient::serverCappingThePageSizeLosesNothing()
{
    m_isp->customers = 1234;
    m_isp->maxPageSize = 100; // asked for 500, sends 100
    const auto fetch = fetchAndWait();
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->ids.size(), 1234);
    QCOMPARE(QSet<qint64>(fetch->ids.cbegin(), fetch->ids.cend()).size(), 1234);
    QCOMPARE(m_isp->lists.size(), 14); // 12 x 100, 34, and the empty page
    QCOMPARE(m_isp->lists.at(1).query.queryItemValue(u"offset"_s), u"100"_s);
}

void TestIspCubeClient::endpointWithoutPagingIsReadOnce()
{
    // nodes_list ignores limit and offset: the same short list twice means "that was all".
    QList<Node> nodes;
    int done = 0;
    ApiError error;
    m_client->fetchNodes([&nodes](QList<Node> page) { nodes += page; },
                         [&](const ApiError &e) {
                             ++done;
                             error = e;
                         });
    QVERIFY(Test::waitUntil([&done] { return done > 0; }));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(nodes.size(), 1); // not twice
    QCOMPARE(m_isp->server().requestCount(u"/api/nodes/nodes_list"_s), 2);
}

void TestIspCubeClient::expiredTokenIsRenewedOnce()
{
    m_isp->customers = 1234;
    auto fetch = std::make_shared<Fetch>();
    m_client->fetchCustomers(
        [this, fetch](QList<Customer> page) {
            if (fetch->pages++ == 0)
                m_isp->expireTokens(); // the 24 h are over between two pages
            fetch->ids += QList<qint64>(page.size());
        },
        [fetch](const ApiError &error) {
            ++fetch->done;
            fetch->error = error;
        });
    QVERIFY(Test::waitUntil([fetch] { return fetch->done > 0; }));
    QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
    QCOMPARE(fetch->ids.size(), 1234);
    QCOMPARE(m_isp->logins.size(), 2);
    QCOMPARE(m_isp->lists.size(), 4); // the refused request is not a list answer
    QCOMPARE(m_isp->server().requestCount(u"/api/customers/customers_list"_s), 5);
    QCOMPARE(m_isp->lists.last().header("authorization"), "Bearer 2|tok2"_ba);
}

void TestIspCubeClient::persistent401FailsAfterOneRenewal()
{
    m_isp->customers = 10;
    m_isp->rejectEveryToken = true;
    const auto fetch = fetchAndWait();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Auth);
    QCOMPARE(fetch->error.httpStatus, 401);
    QCOMPARE(m_isp->logins.size(), 2);
    QCOMPARE(m_isp->server().requestCount(u"/api/customers/customers_list"_s), 2);
}

void TestIspCubeClient::concurrentFetchesShareOneLogin()
{
    m_isp->customers = 10;
    int done = 0;
    const auto count = [&done](const ApiError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        ++done;
    };
    m_client->fetchPlans({}, count);
    m_client->fetchNodes({}, count);
    m_client->fetchConnections({}, count);
    const auto customers = fetchCustomers(*m_client);
    QVERIFY(Test::waitUntil([&] { return done == 3 && customers->done == 1; }));
    QCOMPARE(m_isp->logins.size(), 1);
}

void TestIspCubeClient::wrongPasswordIsAnAuthError()
{
    m_client = std::make_unique<IspCubeClient>(m_isp->config(), secrets(u"wrong-password"_s));
    m_client->http().setRetryPolicy(fastRetries());
    const auto fetch = fetchAndWait();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Auth);
    QVERIFY2(fetch->error.message.startsWith(u"ISPCube: the login was refused"_s), qPrintable(fetch->error.message));
    QVERIFY(fetch->error.message.contains(u"Credenciales inválidas"_s)); // what the CRM said
    QVERIFY(!fetch->error.message.contains(u"wrong-password"_s));
    QVERIFY(!fetch->error.message.contains(u"K-123"_s));
    QCOMPARE(m_isp->logins.size(), 1);
    QCOMPARE(m_isp->server().requestCount(u"/api/customers/*"_s), 0);

    int done = 0;
    ApiError error;
    m_client->login([&](const ApiError &e) {
        ++done;
        error = e;
    });
    QVERIFY(Test::waitUntil([&] { return done > 0; }));
    QCOMPARE_KIND(error.kind, ApiError::Kind::Auth);
}

void TestIspCubeClient::missingSettingsAreAConfigError()
{
    SourceConfig config = m_isp->config();
    config.clientId.clear();
    m_client = std::make_unique<IspCubeClient>(config, IspCubeSecrets{u"s3cret"_s, QString()});
    const auto fetch = fetchAndWait();
    QCOMPARE(fetch->done, 1);
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Config);
    QVERIFY2(fetch->error.message.contains(u"API key, client id"_s), qPrintable(fetch->error.message));
    QCOMPARE(m_isp->server().requestCount(u"*"_s), 0);
}

void TestIspCubeClient::otherListsAndTheirQueries()
{
    QList<Ticket> tickets;
    QList<Node> nodes;
    QList<Plan> plans;
    int done = 0;
    const auto finished = [&done](const ApiError &error) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        ++done;
    };
    m_client->fetchOpenTickets([&](QList<Ticket> page) { tickets += page; }, finished);
    m_client->fetchNodes([&](QList<Node> page) { nodes += page; }, finished);
    m_client->fetchPlans([&](QList<Plan> page) { plans += page; }, finished);
    QVERIFY(Test::waitUntil([&] { return done == 3; }));
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.first().status, u"Abierto"_s);
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().name, u"VMA-CCR-01"_s);
    QCOMPARE(plans.size(), 3);
    for (const HttpRequest &r : std::as_const(m_isp->lists)) {
        if (r.path.endsWith(u"tickets_list"_s))
            QCOMPARE(r.query.queryItemValue(u"closed"_s), u"0"_s);
    }
}

void TestIspCubeClient::cancelStopsPagingAndReportsCanceled()
{
    m_isp->customers = 5000;
    auto fetch = std::make_shared<Fetch>();
    m_client->fetchCustomers(
        [this, fetch](QList<Customer> page) {
            ++fetch->pages;
            fetch->ids += QList<qint64>(page.size());
            m_client->cancel(); // e.g. the operator pressed Cancel while the first page was written
        },
        [fetch](const ApiError &error) {
            ++fetch->done;
            fetch->error = error;
        });
    QVERIFY(Test::waitUntil([fetch] { return fetch->done > 0; }));
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Canceled);
    QCOMPARE(fetch->pages, 1);
    // Run the loop on: nothing more arrives, and done was reported once.
    int later = 0;
    m_client->fetchPlans({}, [&later](const ApiError &) { ++later; });
    QVERIFY(Test::waitUntil([&later] { return later > 0; }));
    QCOMPARE(fetch->pages, 1);
    QCOMPARE(fetch->done, 1);
}

void TestIspCubeClient::cancelDuringLogin()
{
    HttpFault slow;
    slow.neverAnswer = true;
    m_isp->server().setFault(u"/api/sanctum/token"_s, slow);
    const auto fetch = fetchCustomers(*m_client);
    QVERIFY(Test::waitUntil([this] { return m_isp->server().requestCount(u"/api/sanctum/token"_s) == 1; }));
    m_client->cancel();
    QVERIFY(Test::waitUntil([fetch] { return fetch->done > 0; }));
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Canceled);

    // The client still works afterwards.
    m_isp->server().clearFaults();
    m_isp->customers = 2;
    const auto again = fetchAndWait();
    QVERIFY2(!again->error.isError(), qPrintable(again->error.message));
    QCOMPARE(again->ids.size(), 2);
}

void TestIspCubeClient::transientFaultsAreRetried()
{
    m_isp->customers = 700;
    HttpFault fault;
    fault.remaining = 1;
    for (const auto &apply : QList<std::function<void(HttpFault &)>>{
             [](HttpFault &f) { f.status = 503; },
             [](HttpFault &f) { f.truncateBody = true; },
             [](HttpFault &f) { f.resetConnection = true; },
             [](HttpFault &f) {
                 f.status = 429;
                 f.retryAfterSeconds = 2;
             },
         }) {
        HttpFault f = fault;
        apply(f);
        m_isp->server().setFault(u"/api/customers/customers_list"_s, f);
        const auto fetch = fetchAndWait();
        QVERIFY2(!fetch->error.isError(), qPrintable(fetch->error.message));
        QCOMPARE(fetch->ids.size(), 700);
    }
}

void TestIspCubeClient::malformedPageFailsNamingTheEndpoint()
{
    m_isp->customers = 10;
    HttpFault fault;
    fault.malformedJson = true;
    m_isp->server().setFault(u"/api/customers/customers_list"_s, fault);
    const auto fetch = fetchAndWait();
    QCOMPARE_KIND(fetch->error.kind, ApiError::Kind::Protocol);
    QVERIFY2(fetch->error.message.startsWith(u"ISPCube: customers_list: the answer is not valid JSON"_s),
             qPrintable(fetch->error.message));
    QCOMPARE(fetch->pages, 0);
}

QTEST_GUILESS_MAIN(TestIspCubeClient)
#include "tst_ispcubeclient.moc"
