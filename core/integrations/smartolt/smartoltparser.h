// SPDX-License-Identifier: GPL-3.0-or-later
// SmartOLT answers to entities, as pure functions (external-apis.md §1):
// the envelopes {"status":true,"response"|"olts"|"onus"|"onu_details":...}
// and {"status":false,"error":...}; every value a string ("-24.95 dBm",
// "-" for no signal, ids as text); local times without a zone.
#pragma once

#include "integrations/jsonfields.h"
#include "model/entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Beholder::SmartOlt {

// One ONU's optical levels (get_onus_signals item or get_onu_signal/{id}).
struct OnuSignal
{
    QString externalId;
    QString quality;                     // "Very good", "Warning", "Critical"; empty for "-"
    std::optional<double> rxPowerDbm;    // signal_1490: ONU Rx
    std::optional<double> oltRxPowerDbm; // signal_1310: OLT Rx of this ONU
    std::optional<int> distanceM;        // get_onu_signal's "(1447m)", when present
};

// One ONU's state (get_onu_status/{id}).
struct OnuState
{
    OnuStatus status = OnuStatus::Offline;
    QString statusText; // as SmartOLT says it: "Power fail"
    std::optional<UnixTime> lastStatusChange;
};

// get_onu_full_status_info/{id}: a live CLI query to the OLT. Keys are the
// OLT vendor's CLI labels (Huawei's here), so every field is optional.
struct OnuFullStatus
{
    QString rawText;       // full_status_info, verbatim
    QJsonObject json;      // full_status_json (it may arrive as an object or as a JSON string)
    QString runState;      // "online", "offline"
    QString lastDownCause; // "dying-gasp", "LOSi/LOBi"
    QString lastUpTime;
    QString lastDownTime;
    std::optional<double> rxPowerDbm;
    std::optional<double> txPowerDbm;
    std::optional<double> oltRxPowerDbm;
    std::optional<double> temperatureC;
    std::optional<int> distanceM;
    struct Down
    {
        QString at;    // "Offline at", verbatim
        QString cause; // "Cause"
    };
    QList<Down> history; // newest first, as the OLT lists them
};

// Kind::Remote for {"status":false,"error":...}; Kind::RateLimited when the
// text says the hourly limit is reached; Kind::Protocol for a broken body.
ApiResult<QList<Olt>> parseOlts(const QByteArray &body);
// get_all_onus_details (without or with page); "page" fields land in `page`.
ApiResult<QList<Onu>> parseOnuDetails(const QByteArray &body, const QTimeZone &zone, PageInfo *page = nullptr);
// get_onus_statuses: identity, position and state (no signal, no PPPoE user).
ApiResult<QList<Onu>> parseOnuStatuses(const QByteArray &body, const QTimeZone &zone, PageInfo *page = nullptr);
ApiResult<QList<OnuSignal>> parseOnuSignals(const QByteArray &body, PageInfo *page = nullptr);

ApiResult<OnuState> parseOnuStatus(const QByteArray &body, const QTimeZone &zone);
ApiResult<OnuSignal> parseOnuSignal(const QByteArray &body);
ApiResult<OnuFullStatus> parseOnuFullStatus(const QByteArray &body);

// The sync's ONU list: every ONU of the details, with the state of the
// statuses list and the levels of the signals list (newer than the details'
// own copies); ONUs only the statuses list knows are added. Joined by
// unique_external_id.
QList<Onu> joinOnus(QList<Onu> details, const QList<Onu> &statuses, const QList<OnuSignal> &signalLevels);

// "HAWEI" + "Huawei-MA5608T" -> vendor "huawei", model "MA5608T".
std::pair<QString, QString> vendorAndModel(const QString &hardwareVersion);

} // namespace Beholder::SmartOlt
