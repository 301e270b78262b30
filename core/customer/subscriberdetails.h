// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the cache knows about one search hit, each fact with the time
// it was fetched: what the customer panel shows and what the diagnosis
// starts from before any live source answers.
#pragma once

#include "model/entities.h"
#include "search/searchresult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Beholder {

template<typename T>
struct Fetched
{
    T value;
    UnixTime fetchedAt = 0;
};

struct SecretOnRouter
{
    PppSecret secret;
    QString nodeName;
    UnixTime fetchedAt = 0;
};

struct SubscriberDetails
{
    SearchHit hit;
    QString pppoeUser;
    std::optional<Fetched<Customer>> customer;
    std::optional<Fetched<Connection>> connection;
    QList<Fetched<Connection>> otherConnections; // the same customer's other services
    std::optional<Fetched<Plan>> plan;
    std::optional<Fetched<Node>> crmNode; // the node the CRM names
    QList<SecretOnRouter> secrets;        // the routers that hold the PPPoE user
    std::optional<Fetched<Onu>> onu;
    std::optional<Fetched<Olt>> olt;
    // The same ONU as the OLT itself says over SNMP (snmp_onus), by serial, else by a description that is the
    // PPPoE user: fresher than SmartOLT's nightly copy, and the only ONU an ISP without SmartOLT has.
    // fetchedAt: when the OLT last answered for it.
    std::optional<Fetched<Onu>> snmpOnu;
    QString snmpOltName;
    std::optional<Fetched<WirelessSubscriber>> subscriber;
    std::optional<Fetched<AccessPoint>> accessPoint;
    QList<Fetched<Ticket>> openTickets;
    QList<Fetched<Alarm>> activeAlarms;
    QString error; // the cache could not be read; what was read is kept

    // ADR-005 cross-checks the panel can already show.
    bool isUnlinked() const { return !connection && !secrets.isEmpty(); }
    bool crmAndRouterDisagree() const;
};

// Runs a handful of indexed queries: cheap, but call it off the GUI thread.
SubscriberDetails loadSubscriberDetails(QSqlDatabase db, const SearchHit &hit);

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::SubscriberDetails)
