// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispcubeparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Beholder::IspCube {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Source = u"ISPCube"_s;

// {"status":false,"message":"login-type requerido"}: the CRM refused, in words.
std::optional<ApiError> remoteError(const QJsonDocument &document, const QString &endpoint)
{
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const std::optional<bool> status = Json::boolean(object.value("status"_L1));
    const std::optional<QString> message = Json::text(Json::first(object, {"message"_L1, "error"_L1}));
    if ((status.has_value() && !*status) || (message && !object.contains("data"_L1)))
        return ApiError::make(ApiError::Kind::Remote,
                              Source + u": "_s + endpoint + u": "_s + message.value_or(u"the CRM reported an error"_s));
    return std::nullopt;
}

template<typename T, typename ItemParser>
ApiResult<QList<T>> parseList(const QByteArray &body, const QString &endpoint, PageInfo *page, ItemParser parseItem)
{
    const ApiResult<QJsonDocument> document = Json::parse(body, Source, endpoint);
    if (!document.ok())
        return ApiResult<QList<T>>::failure(document.error);
    const std::optional<QJsonArray> array = Json::list(*document.value, {"data"_L1, "response"_L1, "items"_L1});
    if (!array) {
        if (const std::optional<ApiError> remote = remoteError(*document.value, endpoint))
            return ApiResult<QList<T>>::failure(*remote);
        return ApiResult<QList<T>>::failure(
            Json::protocolError(Source, endpoint, u"the answer has no list where one was expected"_s));
    }
    PageInfo info;
    info.received = array->size();
    QList<T> items;
    items.reserve(array->size());
    for (const QJsonValue &value : *array) {
        std::optional<T> item = value.isObject() ? parseItem(value.toObject()) : std::nullopt;
        if (item)
            items.append(std::move(*item));
        else
            ++info.skipped;
    }
    if (page)
        *page = info;
    return ApiResult<QList<T>>::success(std::move(items));
}

// The name of an embedded object ({"city":{"name":"Villa María"}}) or a plain string field.
QString nameOf(const QJsonValue &value)
{
    if (value.isObject())
        return Json::textOr(Json::first(value.toObject(), {"name"_L1, "comment"_L1, "description"_L1}));
    return Json::textOr(value);
}

std::optional<qint64> idOf(const QJsonObject &object, QLatin1StringView idKey, QLatin1StringView embedded)
{
    if (const std::optional<qint64> id = Json::integer(object.value(idKey)); id && *id > 0)
        return id;
    if (const QJsonValue inner = object.value(embedded); inner.isObject()) {
        if (const std::optional<qint64> id = Json::integer(inner.toObject().value("id"_L1)); id && *id > 0)
            return id;
    }
    return std::nullopt;
}

std::optional<double> coordinate(const QJsonValue &value, double limit)
{
    const std::optional<double> v = Json::number(value);
    if (!v || *v == 0.0 || *v < -limit || *v > limit)
        return std::nullopt; // 0 is how a CRM says "not set"
    return v;
}

Technology technologyOf(const QString &text)
{
    const QString word = text.toLower();
    for (const auto hint : {u"wireless", u"wifi", u"wi-fi", u"aire", u"inalambr", u"inalámbr", u"radio", u"wisp"}) {
        if (word.contains(QStringView(hint)))
            return Technology::Wireless;
    }
    return Technology::Fiber;
}

QStringList phonesOf(const QJsonObject &object)
{
    QStringList phones;
    const auto add = [&phones](const std::optional<QString> &phone) {
        if (phone && !phones.contains(*phone))
            phones.append(*phone);
    };
    const QJsonValue list = object.value("phones"_L1);
    if (list.isArray()) {
        const QJsonArray array = list.toArray();
        for (const QJsonValue &entry : array)
            add(entry.isObject() ? Json::text(Json::first(entry.toObject(), {"number"_L1, "phone"_L1}))
                                 : Json::text(entry));
    } else if (list.isString()) {
        // "353 415-2233 / 351 555-0101"
        const QStringList parts = list.toString().split(QRegularExpression(u"\\s*[/;|]\\s*"_s), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            add(Json::text(QJsonValue(part)));
    }
    for (const auto key : {"phone"_L1, "phone_number"_L1, "mobile"_L1, "cellphone"_L1})
        add(Json::text(object.value(key)));
    return phones;
}

QString emailOf(const QJsonObject &object)
{
    const QJsonValue list = object.value("contact_emails"_L1);
    if (list.isArray()) {
        const QJsonArray array = list.toArray();
        for (const QJsonValue &entry : array) {
            const std::optional<QString> email
                = entry.isObject() ? Json::text(entry.toObject().value("email"_L1)) : Json::text(entry);
            if (email)
                return *email;
        }
    }
    return Json::textOr(Json::first(object, {"email"_L1, "mail"_L1}));
}

// "2014-04-01 00:00:00" -> "2014-04-01"; "0000-00-00" and garbage -> "".
QString isoDate(const QJsonValue &value)
{
    const QString text = Json::textOr(value).left(10);
    static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return date.match(text).hasMatch() && !text.startsWith(u"0000") ? text : QString();
}

std::optional<Customer> customerOf(const QJsonObject &o)
{
    const std::optional<qint64> id = Json::integer(o.value("id"_L1));
    if (!id || *id <= 0)
        return std::nullopt;
    Customer c;
    c.id = *id;
    c.code = Json::textOr(Json::first(o, {"code"_L1, "customer_code"_L1}));
    c.name = Json::textOr(Json::first(o, {"name"_L1, "fullname"_L1, "full_name"_L1}));
    c.docNumber = Json::textOr(Json::first(o, {"doc_number"_L1, "document"_L1, "dni"_L1, "cuit"_L1}));
    c.phones = phonesOf(o);
    c.email = emailOf(o);
    c.address = Json::textOr(Json::first(o, {"address"_L1, "street"_L1}));
    c.town = nameOf(Json::first(o, {"city"_L1, "city_name"_L1, "town"_L1, "locality"_L1}));
    c.latitude = coordinate(Json::first(o, {"lat"_L1, "latitude"_L1}), 90.0);
    c.longitude = coordinate(Json::first(o, {"lng"_L1, "lon"_L1, "longitude"_L1}), 180.0);
    c.statusRaw = Json::textOr(o.value("status"_L1));
    if (!c.statusRaw.isEmpty())
        c.status = customerStatusFromString(c.statusRaw);
    else if (Json::boolean(o.value("block"_L1)).value_or(false))
        c.status = CustomerStatus::Suspended;
    c.debtCents = Json::cents(o.value("debt"_L1)).value_or(0);
    c.startDate = isoDate(o.value("start_date"_L1));
    return c;
}

std::optional<Connection> connectionOf(const QJsonObject &o)
{
    const std::optional<qint64> id = Json::integer(o.value("id"_L1));
    const std::optional<qint64> customerId = idOf(o, "customer_id"_L1, "customer"_L1);
    if (!id || *id <= 0 || !customerId)
        return std::nullopt;
    Connection c;
    c.id = *id;
    c.customerId = *customerId;
    // "user" is the PPPoE user; the legacy "pppoe" field is a 0/1 flag, not a name.
    c.pppoeUser = Json::textOr(Json::first(o, {"user"_L1, "username"_L1, "pppoe_user"_L1}));
    c.nodeId = idOf(o, "node_id"_L1, "node"_L1);
    c.planId = idOf(o, "plan_id"_L1, "plan"_L1);
    c.technology = technologyOf(Json::textOr(Json::first(o, {"conntype"_L1, "type"_L1, "technology"_L1})));
    c.address = Json::textOr(o.value("address"_L1));
    c.ip = Json::textOr(Json::first(o, {"ip"_L1, "ip_address"_L1, "local_ip"_L1}));
    c.mac = Json::textOr(Json::first(o, {"mac_address"_L1, "mac"_L1}));
    return c;
}

std::optional<Plan> planOf(const QJsonObject &o)
{
    const std::optional<qint64> id = Json::integer(o.value("id"_L1));
    if (!id || *id <= 0)
        return std::nullopt;
    Plan p;
    p.id = *id;
    p.name = Json::textOr(Json::first(o, {"name"_L1, "comment"_L1}));
    // Kbps fields when the tenant has them, else a "300 Mbps / 30 Mbps" text.
    const std::optional<qint64> down = Json::integer(Json::first(o, {"speed_down"_L1, "download_speed"_L1}));
    const std::optional<qint64> up = Json::integer(Json::first(o, {"speed_up"_L1, "upload_speed"_L1}));
    if (down || up) {
        p.downKbps = down.value_or(0);
        p.upKbps = up.value_or(0);
    } else if (const std::optional<QString> speed = Json::text(o.value("speed"_L1))) {
        const QStringList parts = speed->split(u'/');
        p.downKbps = speedKbps(parts.value(0));
        p.upKbps = speedKbps(parts.value(1));
    }
    p.priceCents = Json::cents(o.value("price"_L1)).value_or(0);
    p.technology
        = technologyOf(Json::textOr(Json::first(o, {"type"_L1, "conntype"_L1, "technology"_L1})) + u' ' + p.name);
    return p;
}

std::optional<Node> nodeOf(const QJsonObject &o)
{
    const std::optional<qint64> id = Json::integer(o.value("id"_L1));
    if (!id || *id <= 0)
        return std::nullopt;
    Node n;
    n.id = *id;
    // The CRM's display name of a node is its "comment".
    n.name = Json::textOr(Json::first(o, {"comment"_L1, "name"_L1, "description"_L1}));
    n.code = Json::textOr(o.value("code"_L1));
    n.town = nameOf(Json::first(o, {"city"_L1, "town"_L1}));
    n.host = Json::textOr(Json::first(o, {"ip"_L1, "host"_L1, "address"_L1}));
    if (const std::optional<qint64> port = Json::integer(Json::first(o, {"api_port"_L1, "port"_L1}));
        port && *port > 0 && *port < 65536)
        n.apiPort = int(*port);
    n.apiTls = n.apiPort == 8729;
    n.model = Json::textOr(o.value("model"_L1));
    if (n.name.isEmpty())
        n.name = n.code.isEmpty() ? u"node "_s + QString::number(n.id) : n.code;
    return n;
}

std::optional<Ticket> ticketOf(const QJsonObject &o, const QTimeZone &zone)
{
    const std::optional<QString> id = Json::text(Json::first(o, {"id"_L1, "ticket_id"_L1}));
    if (!id)
        return std::nullopt;
    Ticket t;
    t.externalId = *id;
    t.source = u"ispcube"_s;
    if (const std::optional<qint64> customer = idOf(o, "customer_id"_L1, "customer"_L1))
        t.customerId = customer;
    if (const std::optional<qint64> connection = Json::integer(o.value("connection_id"_L1));
        connection && *connection > 0)
        t.connectionId = connection;
    t.subject = Json::textOr(Json::first(o, {"subject"_L1, "title"_L1}));
    if (t.subject.isEmpty()) {
        // The listing has no subject: the first thread item says what it is about.
        const QJsonArray items = o.value("items"_L1).toArray();
        for (const QJsonValue &item : items) {
            const QString content = Json::textOr(item.toObject().value("content"_L1)).section(u'\n', 0, 0);
            if (!content.isEmpty()) {
                t.subject = content.left(200);
                break;
            }
        }
    }
    t.category = nameOf(Json::first(o, {"ticket_category"_L1, "category"_L1}));
    t.status = nameOf(Json::first(o, {"ticket_status"_L1, "status"_L1}));
    t.priority = nameOf(Json::first(o, {"ticket_priority"_L1, "priority"_L1}));
    if (const std::optional<bool> closed = Json::boolean(o.value("closed"_L1)))
        t.closed = *closed;
    else {
        const QString status = t.status.toLower();
        t.closed = status.startsWith(u"cerrad") || status.startsWith(u"closed") || status.startsWith(u"resuelt")
            || status.startsWith(u"finaliz") || status.startsWith(u"fechad");
    }
    t.createdAt = Json::unixTime(o.value("created_at"_L1), zone);
    return t;
}

} // namespace

ApiResult<QString> parseToken(const QByteArray &body)
{
    const QString endpoint = u"login"_s;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return ApiResult<QString>::failure(Json::protocolError(Source, endpoint, u"the login answer is empty"_s));
    const auto token = [](const QString &text) { return ApiResult<QString>::success(text); };

    // The documented form: the token itself, quoted ("\"5|abc\"") or not (5|abc).
    if (trimmed.startsWith('"')) {
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + trimmed + "]").array();
        if (const std::optional<QString> text = Json::text(wrapped.first()))
            return token(*text);
        return ApiResult<QString>::failure(Json::protocolError(Source, endpoint, u"the login answer is not a token"_s));
    }
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        if (trimmed.contains('<') || trimmed.contains(' ') || trimmed.contains('\n'))
            return ApiResult<QString>::failure(
                Json::protocolError(Source, endpoint, u"the login answer is not a token"_s));
        return token(QString::fromUtf8(trimmed));
    }

    const ApiResult<QJsonDocument> document = Json::parse(trimmed, Source, endpoint);
    if (!document.ok())
        return ApiResult<QString>::failure(document.error);
    const QJsonObject object = document.value->object();
    // {"token": ...} in production, {"data": {"token": ...}} in some clients.
    for (const auto key : {"token"_L1, "access_token"_L1, "plainTextToken"_L1}) {
        if (const std::optional<QString> text = Json::text(object.value(key)); text && object.value(key).isString())
            return token(*text);
    }
    const QJsonValue data = object.value("data"_L1);
    if (data.isString() && Json::text(data))
        return token(*Json::text(data));
    if (data.isObject()) {
        for (const auto key : {"token"_L1, "access_token"_L1, "plainTextToken"_L1}) {
            if (const std::optional<QString> text = Json::text(data.toObject().value(key)))
                return token(*text);
        }
    }
    if (const std::optional<ApiError> remote = remoteError(*document.value, endpoint)) {
        ApiError refused = *remote;
        refused.kind = ApiError::Kind::Auth;
        return ApiResult<QString>::failure(refused);
    }
    return ApiResult<QString>::failure(Json::protocolError(Source, endpoint, u"the login answer has no token"_s));
}

ApiResult<QList<Customer>> parseCustomers(const QByteArray &body, PageInfo *page)
{
    return parseList<Customer>(body, u"customers_list"_s, page, customerOf);
}

ApiResult<QList<Connection>> parseConnections(const QByteArray &body, PageInfo *page)
{
    return parseList<Connection>(body, u"connections_list"_s, page, connectionOf);
}

ApiResult<QList<Plan>> parsePlans(const QByteArray &body, PageInfo *page)
{
    return parseList<Plan>(body, u"plans_list"_s, page, planOf);
}

ApiResult<QList<Node>> parseNodes(const QByteArray &body, PageInfo *page)
{
    return parseList<Node>(body, u"nodes_list"_s, page, nodeOf);
}

ApiResult<QList<Ticket>> parseTickets(const QByteArray &body, const QTimeZone &zone, PageInfo *page)
{
    return parseList<Ticket>(body, u"tickets_list"_s, page,
                             [&zone](const QJsonObject &o) { return ticketOf(o, zone); });
}

qint64 speedKbps(const QString &text)
{
    static const QRegularExpression speed(u"(\\d+(?:[.,]\\d+)?)\\s*([kmg]?)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = speed.match(text);
    if (!match.hasMatch())
        return 0;
    QString digits = match.captured(1);
    digits.replace(u',', u'.');
    const double value = digits.toDouble();
    const QString unit = match.captured(2).toLower();
    if (unit == u"k")
        return qint64(value);
    if (unit == u"g")
        return qint64(value * 1'000'000.0);
    return qint64(value * 1000.0); // Mbps, and a bare number (plans are named in Mbps)
}

} // namespace Beholder::IspCube
