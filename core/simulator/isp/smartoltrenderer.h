// SPDX-License-Identifier: GPL-3.0-or-later
// The SmartOLT JSON the simulator serves, rendered from the dataset: OLTs,
// bulk ONU statuses, signals and details (paged and not), and the per-ONU
// calls, with SmartOLT's habits: every value a string, dBm with the unit
// inside ("-24.95 dBm"), "-" for no signal, local times without a zone.
// Pure: nothing here knows about HTTP, tokens or budgets.
#pragma once

#include "simdataset.h"
#include "simulatoroptions.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <utility>

namespace Beholder::Sim {

class JsonWriter;

// The filters every bulk ONU call takes (olt_id, board, port, zone name).
struct OnuFilter
{
    std::optional<qint64> oltId;
    std::optional<int> board;
    std::optional<int> port;
    std::optional<QString> zone;
    bool invalid = false; // a filter value that cannot match anything ("olt_id=abc")
};

class SmartOltRenderer final
{
public:
    SmartOltRenderer(std::shared_ptr<const SimDataset> dataset, SmartOltOptions options);
    Q_DISABLE_COPY_MOVE(SmartOltRenderer)

    QByteArray olts() const;
    QByteArray onusStatuses(const OnuFilter &filter) const;
    QByteArray onusSignals(const OnuFilter &filter) const;
    // Without `page`: {"status":true,"onus":[...]}.
    QByteArray allOnusDetails(const OnuFilter &filter) const;
    // With `page` (1-based) and `page_size` (clamped to 1..100, as the real API does).
    QByteArray allOnusDetailsPage(const OnuFilter &filter, int page, int pageSize) const;
    QByteArray onusBySerial(const QString &serial) const;

    // One ONU by its unique_external_id; nullopt when there is no such ONU.
    std::optional<QByteArray> onuStatus(const QString &externalId) const;
    std::optional<QByteArray> onuSignal(const QString &externalId) const;
    std::optional<QByteArray> onuDetails(const QString &externalId) const;
    // `jsonAsString`: full_status_json JSON-encoded inside a string, as some tenants send it.
    std::optional<QByteArray> onuFullStatusInfo(const QString &externalId, bool jsonAsString) const;

    // {"status":false,"error":"..."}
    static QByteArray errorBody(const QString &message);
    // {"status":true,"response_code":"success","response":"..."} for actions (reboot, resync).
    static QByteArray actionBody(const QString &message);

    // The words SmartOLT uses.
    static QString statusText(OnuStatus status);
    static QString signalQuality(const Onu &onu); // "Very good" | "Warning" | "Critical" | "-"
    static constexpr int maxPageSize = 100;

private:
    bool matches(const Onu &onu, const OnuFilter &filter) const;
    QString zoneName(qint64 oltId) const;
    void writeDetails(JsonWriter &json, const Onu &onu, bool withDistance) const;
    // get_onu_full_status_info in Huawei's labels, rendered both as JSON and as CLI text.
    using Label = std::pair<QString, QString>;
    struct HistoryEntry
    {
        QString offlineAt;
        QString onlineAt;
        QString cause;
    };
    struct FullStatus
    {
        QList<Label> optical;
        QList<Label> details;
        QList<HistoryEntry> history;
        QList<QString> macs;
        QString vlan;
        QList<Label> wan;
    };
    FullStatus fullStatus(const Onu &onu) const;
    static QByteArray fullStatusJson(const FullStatus &status);
    static QString fullStatusText(const FullStatus &status);

    std::shared_ptr<const SimDataset> m_dataset;
    SmartOltOptions m_options;
};

} // namespace Beholder::Sim
