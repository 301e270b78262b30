// SPDX-License-Identifier: GPL-3.0-or-later
#include "ispcuberenderer.h"

#include "jsonwriter.h"
#include "simformat.h"

#include <QSet>

#include <algorithm>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

struct CatalogEntry
{
    qint64 id;
    const char16_t *name;
};

// Ids as one tenant has them (external-apis.md §2.2: 13 = RECLAMOS, 3 = Cerrado).
constexpr CatalogEntry statusCatalog[] = {{1, u"Abierto"}, {2, u"En proceso"}, {3, u"Cerrado"}};
constexpr CatalogEntry priorityCatalog[] = {{1, u"Normal"}, {2, u"Alta"}, {3, u"Baja"}, {4, u"Urgente"}};
constexpr CatalogEntry categoryCatalog[]
    = {{13, u"RECLAMOS"}, {14, u"ADMINISTRACION"}, {15, u"INSTALACION"}, {16, u"MUDANZA"}, {17, u"BAJA"}};
constexpr qint64 supportAreaId = 1;

template<std::size_t N>
qint64 catalogId(const CatalogEntry (&catalog)[N], const QString &name)
{
    for (const CatalogEntry &entry : catalog) {
        if (name == QStringView(entry.name))
            return entry.id;
    }
    // A name the tenant table does not have: a stable id above the fixed ones.
    return 100 + Format::stableInt(name, 7, 0, 8999);
}

std::pair<qsizetype, qsizetype> window(qsizetype size, qsizetype offset, qsizetype limit)
{
    const qsizetype first = std::clamp<qsizetype>(offset, 0, size);
    const qsizetype end = limit < 0 ? size : std::min(size, first + limit);
    return {first, end};
}

QString speedText(qint64 kbps)
{
    if (kbps % 1000 == 0)
        return QString::number(kbps / 1000) + u" Mbps"_s;
    return QString::number(kbps) + u" Kbps"_s;
}

QString conntype(Technology technology)
{
    return technology == Technology::Wireless ? u"wireless"_s : u"ftth"_s;
}

// "2014-04-01" -> "2014-04-01 00:00:00"; anything else verbatim.
QString crmDateTime(const QString &isoDate)
{
    return isoDate.size() == 10 ? isoDate + u" 00:00:00"_s : isoDate;
}

// The CRM keeps coordinates as text ("-33.69"), and null when it has none.
void coordinateField(JsonWriter &json, QByteArrayView name, const std::optional<double> &value)
{
    if (value)
        json.field(name, QString::number(*value, 'f', 6));
    else
        json.nullField(name);
}

template<std::size_t N>
QByteArray catalogBody(const CatalogEntry (&catalog)[N], const QSet<QString> &extra, bool withArea)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    QSet<QString> written;
    const auto write = [&](qint64 id, const QString &name) {
        json.beginObject();
        json.field("id", id);
        json.field("name", name);
        if (withArea) {
            json.field("color", u"#%1"_s.arg(quint64(Format::stableInt(name, 3, 0, 0xFFFFFF)), 6, 16, QChar(u'0')));
            json.field("ticketarea_id", supportAreaId);
        }
        json.endObject();
        written.insert(name);
    };
    for (const CatalogEntry &entry : catalog)
        write(entry.id, QString::fromUtf16(entry.name));
    QList<QString> more(extra.cbegin(), extra.cend());
    std::sort(more.begin(), more.end());
    for (const QString &name : std::as_const(more)) {
        if (!written.contains(name))
            write(catalogId(catalog, name), name);
    }
    json.endArray();
    return out;
}

} // namespace

IspCubeRenderer::IspCubeRenderer(std::shared_ptr<const SimDataset> dataset, IspCubeOptions options)
    : m_dataset(std::move(dataset))
    , m_options(std::move(options))
{ }

qint64 IspCubeRenderer::ticketStatusId(const QString &name)
{
    return catalogId(statusCatalog, name);
}

qint64 IspCubeRenderer::ticketPriorityId(const QString &name)
{
    return catalogId(priorityCatalog, name);
}

qint64 IspCubeRenderer::ticketCategoryId(const QString &name)
{
    return catalogId(categoryCatalog, name);
}

QByteArray IspCubeRenderer::tokenBody(const QString &token, IspCubeTokenFormat format)
{
    QByteArray out;
    JsonWriter json(out);
    switch (format) {
    case IspCubeTokenFormat::BareString:
        json.value(token);
        break;
    case IspCubeTokenFormat::Object:
        json.beginObject();
        json.field("token", token);
        json.endObject();
        break;
    case IspCubeTokenFormat::DataObject:
        json.beginObject();
        json.key("data");
        json.beginObject();
        json.field("token", token);
        json.endObject();
        json.endObject();
        break;
    }
    return out;
}

QByteArray IspCubeRenderer::errorBody(const QString &message)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", false);
    json.field("message", message);
    json.endObject();
    return out;
}

void IspCubeRenderer::writeConnection(JsonWriter &json, const Connection &connection) const
{
    json.beginObject();
    json.field("id", connection.id);
    json.field("user", connection.pppoeUser);
    json.field("customer_id", connection.customerId);
    json.field("node_id", connection.nodeId);
    json.field("plan_id", connection.planId);
    json.field("address", connection.address);
    json.field("conntype", conntype(connection.technology));
    json.field("ip", connection.ip);
    json.field("mac_address", connection.mac);
    json.endObject();
}

void IspCubeRenderer::writeCustomer(JsonWriter &json, const Customer &customer) const
{
    const SimDataset &data = *m_dataset;
    const QList<const Connection *> connections = data.connectionsOfCustomer(customer.id);
    const Connection *first = connections.isEmpty() ? nullptr : connections.first();
    const bool blocked = customer.status == CustomerStatus::Suspended;
    const qint64 cityId = data.cityId(customer.town);

    json.beginObject();
    json.field("id", customer.id);
    json.field("code", customer.code);
    json.field("name", customer.name);
    json.field("doc_number", customer.docNumber);
    json.field("address", customer.address);
    json.field("city_id", cityId);
    coordinateField(json, "lat", customer.latitude);
    coordinateField(json, "lng", customer.longitude);
    json.field("status", customer.statusRaw.isEmpty() ? toString(customer.status) : customer.statusRaw);
    json.field("debt", Format::money(customer.debtCents));
    // Overdue debt: what got a suspended customer blocked; the others are within their due date.
    json.field("duedebt", Format::money(blocked ? customer.debtCents : 0));
    json.field("block", blocked ? 1 : 0);
    json.nullField("block_date");
    json.field("start_date", crmDateTime(customer.startDate));
    json.nullField("enable_date");
    json.field("temporary", 0);
    json.field("entity_id", 1);
    json.nullField("comercial_activity");
    const Plan *plan = first ? data.plan(first->planId) : nullptr;
    const Node *node = first ? data.node(first->nodeId) : nullptr;
    if (plan)
        json.field("plan_name", plan->name);
    else
        json.nullField("plan_name");
    if (node)
        json.field("node_name", node->name);
    else
        json.nullField("node_name");

    json.key("phones");
    json.beginArray();
    for (qsizetype i = 0; i < customer.phones.size(); ++i) {
        json.beginObject();
        json.field("id", customer.id * 10 + i);
        json.field("customer_id", customer.id);
        json.field("number", customer.phones.at(i));
        json.field("sms", i == 0 ? 1 : 0);
        json.endObject();
    }
    json.endArray();

    json.key("contact_emails");
    json.beginArray();
    if (!customer.email.isEmpty()) {
        json.beginObject();
        json.field("id", customer.id);
        json.field("customer_id", customer.id);
        json.field("email", customer.email);
        json.endObject();
    }
    json.endArray();

    json.key("connections");
    json.beginArray();
    for (const Connection *connection : connections)
        writeConnection(json, *connection);
    json.endArray();

    json.key("city");
    json.beginObject();
    json.field("id", cityId);
    json.field("name", customer.town);
    json.field("province", m_options.province);
    json.nullField("postal_code");
    json.endObject();
    json.endObject();
}

QByteArray IspCubeRenderer::customersPage(qsizetype offset, qsizetype limit) const
{
    const QList<Customer> &customers = m_dataset->data().customers;
    const auto [first, end] = window(customers.size(), offset, limit);
    QByteArray out;
    out.reserve((end - first) * 900 + 2);
    JsonWriter json(out);
    json.beginArray();
    for (qsizetype i = first; i < end; ++i)
        writeCustomer(json, customers.at(i));
    json.endArray();
    return out;
}

QByteArray IspCubeRenderer::connectionsPage(qsizetype offset, qsizetype limit) const
{
    const QList<Connection> &connections = m_dataset->data().connections;
    const auto [first, end] = window(connections.size(), offset, limit);
    QByteArray out;
    out.reserve((end - first) * 220 + 2);
    JsonWriter json(out);
    json.beginArray();
    for (qsizetype i = first; i < end; ++i)
        writeConnection(json, connections.at(i));
    json.endArray();
    return out;
}

QByteArray IspCubeRenderer::plans() const
{
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    for (const Plan &plan : m_dataset->data().plans) {
        json.beginObject();
        json.field("id", plan.id);
        json.field("name", plan.name);
        if (m_options.planSpeed == IspCubePlanSpeed::KbpsFields) {
            json.field("speed_down", plan.downKbps);
            json.field("speed_up", plan.upKbps);
        } else {
            json.field("speed", QString(speedText(plan.downKbps) + u" / "_s + speedText(plan.upKbps)));
        }
        json.field("price", Format::money(plan.priceCents));
        json.field("type", conntype(plan.technology));
        json.field("comment", QString());
        json.endObject();
    }
    json.endArray();
    return out;
}

QByteArray IspCubeRenderer::nodes() const
{
    QByteArray out;
    JsonWriter json(out);
    const bool wrapped = m_options.nodesShape == IspCubeNodesShape::DataObject;
    if (wrapped) {
        json.beginObject();
        json.key("data");
    }
    json.beginArray();
    for (const Node &node : m_dataset->data().nodes) {
        json.beginObject();
        json.field("id", node.id);
        json.field("code", node.code);
        json.field("comment", node.name); // the CRM's display name for a node
        json.field("ip", node.host);
        json.field("port", node.apiPort);
        json.field("type", u"mikrotik"_s);
        json.field("model", node.model);
        json.field("city", node.town);
        json.endObject();
    }
    json.endArray();
    if (wrapped)
        json.endObject();
    return out;
}

void IspCubeRenderer::writeTicket(JsonWriter &json, const Ticket &ticket) const
{
    const SimDataset &data = *m_dataset;
    const Customer *customer = ticket.customerId ? data.customer(*ticket.customerId) : nullptr;
    const QString created
        = ticket.createdAt ? Format::localDateTime(*ticket.createdAt, data.utcOffsetSeconds()) : QString();
    bool numeric = false;
    const qint64 id = ticket.externalId.toLongLong(&numeric);

    json.beginObject();
    if (numeric)
        json.field("id", id);
    else
        json.field("id", ticket.externalId);
    json.field("customer_id", ticket.customerId);
    json.key("customer");
    if (customer) {
        json.beginObject();
        json.field("code", customer->code);
        json.field("name", customer->name);
        json.field("doc_number", customer->docNumber);
        json.endObject();
    } else {
        json.null();
    }
    json.field("address", customer ? customer->address : QString());
    json.field("ticket_area_id", supportAreaId);
    json.field("ticket_category_id", ticketCategoryId(ticket.category));
    json.key("ticket_category");
    json.beginObject();
    json.field("name", ticket.category);
    json.endObject();
    json.field("ticket_status_id", ticketStatusId(ticket.status));
    json.key("ticket_status");
    json.beginObject();
    json.field("name", ticket.status);
    json.endObject();
    json.field("ticket_priority_id", ticketPriorityId(ticket.priority));
    json.key("ticket_priority");
    json.beginObject();
    json.field("name", ticket.priority);
    json.endObject();
    json.field("assigned_user_id", 0);
    json.field("connection_id", ticket.connectionId);
    json.nullField("visit_date");
    json.nullField("price");
    json.field("customer_created", true);
    json.field("created_at", created);
    // ISPCube tickets have no subject: the first thread item says what the customer called about.
    json.key("items");
    json.beginArray();
    json.beginObject();
    json.field("content", ticket.subject);
    json.field("internal", 0);
    json.key("user");
    json.beginObject();
    json.field("name", u"Mesa de ayuda"_s);
    json.endObject();
    json.field("created_at", created);
    json.endObject();
    json.endArray();
    json.endObject();
}

QByteArray IspCubeRenderer::ticketsPage(std::optional<bool> closed, qsizetype offset, qsizetype limit) const
{
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    qsizetype index = 0;
    const qsizetype first = std::max<qsizetype>(offset, 0);
    for (const Ticket &ticket : m_dataset->data().tickets) {
        if (ticket.source != u"ispcube" || (closed && ticket.closed != *closed))
            continue;
        if (limit >= 0 && index >= first + limit)
            break;
        if (index++ >= first)
            writeTicket(json, ticket);
    }
    json.endArray();
    return out;
}

QByteArray IspCubeRenderer::ticketCategories() const
{
    QSet<QString> names;
    for (const Ticket &ticket : m_dataset->data().tickets)
        names.insert(ticket.category);
    return catalogBody(categoryCatalog, names, true);
}

QByteArray IspCubeRenderer::ticketStatuses() const
{
    QSet<QString> names;
    for (const Ticket &ticket : m_dataset->data().tickets)
        names.insert(ticket.status);
    return catalogBody(statusCatalog, names, false);
}

QByteArray IspCubeRenderer::ticketPriorities() const
{
    QSet<QString> names;
    for (const Ticket &ticket : m_dataset->data().tickets)
        names.insert(ticket.priority);
    return catalogBody(priorityCatalog, names, false);
}

QByteArray IspCubeRenderer::ticketAreas() const
{
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    json.beginObject();
    json.field("id", supportAreaId);
    json.field("name", u"Soporte técnico"_s);
    json.endObject();
    json.endArray();
    return out;
}

} // namespace Beholder::Sim
