// SPDX-License-Identifier: GPL-3.0-or-later
// ISPCube answers to entities, as pure functions (no network), tolerant of
// the variants real tenants send (external-apis.md §2): the token as a bare
// string, {"token"} or {"data":{"token"}}; lists as bare arrays or under
// "data"; numbers as strings and back; null, "N/A" and missing fields.
#pragma once

#include "integrations/jsonfields.h"
#include "model/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Beholder::IspCube {

// The login answer: the bearer token, or Kind::Protocol/Auth when there is none.
ApiResult<QString> parseToken(const QByteArray &body);

// Items without an id are skipped (counted in page->skipped). A connection
// also needs its customer id: the cache ties connections to customers.
ApiResult<QList<Customer>> parseCustomers(const QByteArray &body, PageInfo *page = nullptr);
ApiResult<QList<Connection>> parseConnections(const QByteArray &body, PageInfo *page = nullptr);
ApiResult<QList<Plan>> parsePlans(const QByteArray &body, PageInfo *page = nullptr);
ApiResult<QList<Node>> parseNodes(const QByteArray &body, PageInfo *page = nullptr);
// Dates without a zone are read in `zone`, the tenant's.
ApiResult<QList<Ticket>> parseTickets(const QByteArray &body, const QTimeZone &zone, PageInfo *page = nullptr);

// "300 Mbps", "300M", "1 Gbps", "512 Kbps", "300" (Mbps) -> kbit/s; 0 when unknown.
qint64 speedKbps(const QString &text);

} // namespace Beholder::IspCube
