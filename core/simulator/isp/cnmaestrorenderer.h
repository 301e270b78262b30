// SPDX-License-Identifier: GPL-3.0-or-later
// The cnMaestro JSON the simulator serves, rendered from the dataset:
// devices and device statistics (PMP and ePMP, APs and SMs, each with its
// own radio{} shape) and active alarms, in the paging envelope of the v2
// API (external-apis.md §3). Pure: nothing here knows about HTTP or tokens.
#pragma once

#include "simdataset.h"
#include "simulatoroptions.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace Beholder::Sim {

class JsonWriter;

struct DeviceFilter
{
    QString type; // "pmp" | "epmp" | ""; other types (ptp, wifi...) match nothing here
    QString mode; // "ap" | "sm" | "" (deprecated in the API, still honoured)
    QString network;
    QString tower;
    std::optional<bool> online;
    QString mac; // one device (/devices/{mac})
};

class CnMaestroRenderer final
{
public:
    CnMaestroRenderer(std::shared_ptr<const SimDataset> dataset, CnMaestroOptions options);
    Q_DISABLE_COPY_MOVE(CnMaestroRenderer)

    // {"paging":{"offset","limit","total"},"data":[...]} over the APs first, then the SMs.
    QByteArray devicesPage(const DeviceFilter &filter, qsizetype offset, qsizetype limit) const;
    QByteArray statisticsPage(const DeviceFilter &filter, qsizetype offset, qsizetype limit) const;
    // Active alarms; `severity` empty = all.
    QByteArray alarmsPage(const QString &severity, qsizetype offset, qsizetype limit) const;
    // Whether a device with this MAC exists (for 404s on /devices/{mac}).
    bool hasDevice(const QString &mac) const;

    static QByteArray tokenBody(const QString &token, int expiresInSeconds);
    // OAuth2 errors: {"error":"invalid_client","error_description":"..."}
    static QByteArray oauthErrorBody(const QString &error, const QString &description);
    // API errors: {"error":{"message":"..."}}
    static QByteArray errorBody(const QString &message);
    static QByteArray messageBody(const QString &message); // {"message":"..."}

    static constexpr int defaultPageSize = 100;

private:
    struct Device
    {
        const AccessPoint *ap = nullptr;
        const WirelessSubscriber *sm = nullptr;
    };
    QList<Device> select(const DeviceFilter &filter) const;
    void writeStatus(JsonWriter &json, bool online) const;
    void writeDevice(JsonWriter &json, const Device &device) const;
    void writeStatistics(JsonWriter &json, const Device &device) const;
    qint64 apStatusSeconds(const AccessPoint &ap) const;

    std::shared_ptr<const SimDataset> m_dataset;
    CnMaestroOptions m_options;
};

} // namespace Beholder::Sim
