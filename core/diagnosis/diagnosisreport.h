// SPDX-License-Identifier: GPL-3.0-or-later
// One diagnosis of one PPPoE user as it stands: what the cache knew at once, what each live source has said
// so far (or why it could not), the neighbourhood of the line (outage context), its recent instability, the
// named facts and the rules' verdict. DiagnosisService publishes a new report every time something arrives;
// `final` is set on the last one. A plain value: safe to copy across threads.
#pragma once

#include "customer/subscriberdetails.h"
#include "triage/factsheet.h"
#include "triage/verdict.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Beholder::Diagnosis {

// The live sources a diagnosis asks, and how each one fared.
enum class SourceState {
    Pending,       // asked, no answer yet
    Ok,            // answered
    NoData,        // answered, but knows nothing about this line (not the same as down)
    Down,          // timed out, refused, unreachable, out of budget: `detail` says which
    NotConfigured, // the profile has no such source, or it is not this line's technology
    Offline,       // no network at all: the cache answers alone
};

struct SourceReport
{
    QString id;    // "router" | "smartolt" | "cnmaestro"
    QString label; // "VMA-CCR-01 (RouterOS)", "SmartOLT", "cnMaestro"
    SourceState state = SourceState::Pending;
    QString detail;           // the error for Down, what was missing for NoData
    qint64 elapsedMs = -1;    // how long it took to answer (-1 while pending)
    UnixTime at = 0;          // when it answered
    bool unreachable = false; // Down because nothing answered (timeout, refused): not a login or protocol error
};

// The PPPoE session as the router holding the secret says it is now.
struct LiveSession
{
    bool up = false;
    QString routerName;
    QString address;
    QString callerId;
    qint64 uptimeSeconds = 0;
    UnixTime at = 0;
};

struct TrafficSnapshot
{
    double downMbps = 0; // towards the customer (the PPPoE interface's tx)
    double upMbps = 0;
    double planDownMbps = 0; // 0: the plan is unknown
    double planUpMbps = 0;
    UnixTime at = 0;
};

// How a line's neighbours are doing: the PON port, the access point, or the router.
struct NeighbourhoodScope
{
    QString scope; // "pon" | "ap" | "router"
    QString label; // "OLT-CENTRO 0/1/3", "AP-NORTE-2", "VMA-CCR-01"
    int total = 0;
    int down = 0;
    int clustered = 0; // the largest group that went down within the window of each other
    int los = 0;       // of the clustered (fibre)
    int powerFail = 0; // of the clustered (fibre)
    std::optional<UnixTime> since;
    bool selfDown = false; // the AP or router itself is down / unreachable
    UnixTime at = 0;       // how fresh the neighbours' states are
};

// One point of the instability timeline (the last 24 h, and the optical history).
struct TimelineEvent
{
    enum class Kind {
        SessionStart, // a PPPoE session began (router log or the current uptime)
        SessionEnd,
        OnuDown, // text: the cause
        OnuUp,
        RxSample, // value: ONU Rx dBm
    };
    UnixTime at = 0;
    Kind kind = Kind::SessionStart;
    QString text;
    std::optional<double> value;
    QString source;
};

struct DiagnosisReport
{
    QString pppoeUser;
    UnixTime startedAt = 0;
    bool final = false;   // every source has answered or given up
    bool offline = false; // no network: cache only
    QString error;        // the cache could not be read, or the user is unknown everywhere

    SubscriberDetails cached; // everything the cache knew (customer, connection, plan, secret, ONU, SM, ...)

    std::optional<LiveSession> session;
    std::optional<Onu> liveOnu;                       // status and optics as SmartOLT says now
    std::optional<WirelessSubscriber> liveSubscriber; // the SM as cnMaestro says now
    std::optional<AccessPoint> liveAccessPoint;       // its access point as cnMaestro says now
    std::optional<TrafficSnapshot> traffic;

    QList<NeighbourhoodScope> outage;
    QList<TimelineEvent> timeline; // oldest first

    Triage::FactSheet facts;
    Triage::Assessment assessment;
    QList<SourceReport> sources;

    qint64 elapsedMs = 0; // since the diagnosis started
};

QString sourceStateId(SourceState state); // "pending", "ok", "no_data", "down", "not_configured", "offline"

// A few lines for a ticket: verdict, reason, findings, key facts with their ages, failed sources.
QString plainTextSummary(const DiagnosisReport &report, UnixTime now);
// The JSON of `beholder-cli diagnose --json` (docs/diagnosis.md, "JSON").
QJsonObject toJson(const DiagnosisReport &report, UnixTime now);

} // namespace Beholder::Diagnosis

Q_DECLARE_METATYPE(Beholder::Diagnosis::DiagnosisReport)
