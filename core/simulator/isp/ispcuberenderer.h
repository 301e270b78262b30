// SPDX-License-Identifier: GPL-3.0-or-later
// The ISPCube (CRM) JSON the simulator serves, rendered from the dataset:
// customers_list and connections_list pages, plans, nodes, tickets and their
// catalogs, in the shapes of external-apis.md §2. Pure: the same dataset and
// options always give the same bytes, and nothing here knows about HTTP.
#pragma once

#include "simdataset.h"
#include "simulatoroptions.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace Beholder::Sim {

class JsonWriter;

class IspCubeRenderer final
{
public:
    IspCubeRenderer(std::shared_ptr<const SimDataset> dataset, IspCubeOptions options);
    Q_DISABLE_COPY_MOVE(IspCubeRenderer)

    // Bare JSON arrays of rows [offset, offset + limit); a negative limit means "to the end".
    QByteArray customersPage(qsizetype offset, qsizetype limit) const;
    QByteArray connectionsPage(qsizetype offset, qsizetype limit) const;
    // closed: 0/1 as the API's `closed` filter; nullopt = every ticket.
    QByteArray ticketsPage(std::optional<bool> closed, qsizetype offset, qsizetype limit) const;
    QByteArray plans() const;
    QByteArray nodes() const; // a bare array or {"data":[...]} (IspCubeOptions::nodesShape)
    QByteArray ticketCategories() const;
    QByteArray ticketStatuses() const;
    QByteArray ticketPriorities() const;
    QByteArray ticketAreas() const;

    // The login answer in the chosen dialect.
    static QByteArray tokenBody(const QString &token, IspCubeTokenFormat format);
    // {"status":false,"message":"..."}: how ISPCube reports missing headers and refusals.
    static QByteArray errorBody(const QString &message);

    // The catalog ids of ticket fields (fixed for the common names, so that they look like a tenant's).
    static qint64 ticketStatusId(const QString &name);
    static qint64 ticketPriorityId(const QString &name);
    static qint64 ticketCategoryId(const QString &name);

private:
    void writeCustomer(JsonWriter &json, const Customer &customer) const;
    void writeConnection(JsonWriter &json, const Connection &connection) const;
    void writeTicket(JsonWriter &json, const Ticket &ticket) const;

    std::shared_ptr<const SimDataset> m_dataset;
    IspCubeOptions m_options;
};

} // namespace Beholder::Sim
