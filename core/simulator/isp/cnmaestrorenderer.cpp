// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnmaestrorenderer.h"

#include "jsonwriter.h"
#include "simformat.h"
#include "util/textnormalize.h"

#include <QHash>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 day = 86400;

// PMP modulation and ePMP MCS from the SNR, roughly as the radios adapt.
QString pmpModulation(double snr)
{
    if (snr >= 30)
        return u"8X"_s;
    if (snr >= 24)
        return u"6X"_s;
    if (snr >= 17)
        return u"4X"_s;
    if (snr >= 10)
        return u"2X"_s;
    return u"1X"_s;
}

qint64 epmpMcs(double snr)
{
    return std::clamp<qint64>(qint64(std::floor((snr - 5.0) / 3.0)), 0, 9);
}

// The AP's channel centre, in kHz: 3.5 GHz for PMP 450, 5 GHz for ePMP.
qint64 frequencyKhz(const QString &apMac, bool epmp)
{
    return epmp ? 5150000 + Format::stableInt(apMac, 41, 0, 34) * 20000
                : 3550000 + Format::stableInt(apMac, 41, 0, 15) * 10000;
}

void writePaging(JsonWriter &json, qsizetype offset, qsizetype limit, qsizetype total)
{
    json.key("paging");
    json.beginObject();
    json.field("offset", offset);
    json.field("limit", limit);
    json.field("total", total);
    json.endObject();
}

} // namespace

CnMaestroRenderer::CnMaestroRenderer(std::shared_ptr<const SimDataset> dataset, CnMaestroOptions options)
    : m_dataset(std::move(dataset))
    , m_options(options)
{ }

QByteArray CnMaestroRenderer::tokenBody(const QString &token, int expiresInSeconds)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("access_token", token);
    json.field("expires_in", expiresInSeconds);
    json.field("token_type", u"Bearer"_s);
    json.endObject();
    return out;
}

QByteArray CnMaestroRenderer::oauthErrorBody(const QString &error, const QString &description)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("error", error);
    json.field("error_description", description);
    json.endObject();
    return out;
}

QByteArray CnMaestroRenderer::errorBody(const QString &message)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("error");
    json.beginObject();
    json.field("message", message);
    json.endObject();
    json.endObject();
    return out;
}

QByteArray CnMaestroRenderer::messageBody(const QString &message)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("message", message);
    json.endObject();
    return out;
}

bool CnMaestroRenderer::hasDevice(const QString &mac) const
{
    return m_dataset->accessPoint(mac) || m_dataset->subscriber(mac);
}

QList<CnMaestroRenderer::Device> CnMaestroRenderer::select(const DeviceFilter &filter) const
{
    const SimDataset &data = *m_dataset;
    const QString mac = filter.mac.isEmpty() ? QString() : Text::normalizeMac(filter.mac);
    const auto keep = [&](const QString &deviceMac, const QString &product, const QString &mode, const QString &network,
                          const QString &tower, bool online) {
        if (!mac.isEmpty() && Text::normalizeMac(deviceMac) != mac)
            return false;
        if (!filter.type.isEmpty() && filter.type != SimDataset::deviceType(product))
            return false;
        if (!filter.mode.isEmpty() && filter.mode != mode)
            return false;
        if (!filter.network.isEmpty() && filter.network != network)
            return false;
        if (!filter.tower.isEmpty() && filter.tower != tower)
            return false;
        return !filter.online || *filter.online == online;
    };
    QList<Device> devices;
    for (const AccessPoint &ap : data.data().accessPoints) {
        if (keep(ap.mac, ap.product, u"ap"_s, ap.network, ap.tower, ap.online))
            devices.append({&ap, nullptr});
    }
    for (const WirelessSubscriber &sm : data.data().wirelessSubscribers) {
        if (keep(sm.mac, sm.product, u"sm"_s, data.networkOfSubscriber(sm), sm.tower, sm.online))
            devices.append({nullptr, &sm});
    }
    return devices;
}

qint64 CnMaestroRenderer::apStatusSeconds(const AccessPoint &ap) const
{
    if (!ap.online) {
        // The AP's own alarm says when it went down.
        for (const Alarm &alarm : m_dataset->data().alarms) {
            if (alarm.active && alarm.deviceName == ap.name && alarm.raisedAt)
                return std::max<qint64>(0, m_dataset->now() - *alarm.raisedAt);
        }
    }
    return Format::stableInt(ap.mac, 42, 3 * day, 120 * day);
}

void CnMaestroRenderer::writeStatus(JsonWriter &json, bool online) const
{
    if (m_options.statusField == CnMaestroStatusField::OnlineBoolean)
        json.field("online", online);
    else
        json.field("status", online ? u"online"_s : u"offline"_s);
}

void CnMaestroRenderer::writeDevice(JsonWriter &json, const Device &device) const
{
    const SimDataset &data = *m_dataset;
    const bool isAp = device.ap != nullptr;
    const QString &mac = isAp ? device.ap->mac : device.sm->mac;
    const QString &product = isAp ? device.ap->product : device.sm->product;
    const bool epmp = SimDataset::deviceType(product) == u"epmp";
    const bool online = isAp ? device.ap->online : device.sm->online;
    const qint64 statusTime = isAp ? apStatusSeconds(*device.ap) : device.sm->statusSeconds.value_or(0);

    json.beginObject();
    json.field("type", SimDataset::deviceType(product));
    json.field("mode", isAp ? u"ap"_s : u"sm"_s);
    json.field("name", isAp ? device.ap->name : device.sm->name);
    json.field("mac", Text::formatMac(mac));
    if (!isAp)
        json.field("ap_mac", Text::formatMac(device.sm->apMac));
    json.field("ip", isAp ? device.ap->ip : device.sm->ip);
    json.field("network", isAp ? device.ap->network : data.networkOfSubscriber(*device.sm));
    json.field("tower", isAp ? device.ap->tower : device.sm->tower);
    json.field("product", product);
    json.field("msn", QString(u"M"_s % QString::number(Format::stableInt(mac, 43, 100000000, 999999999))));
    json.field("software_version", epmp ? u"4.7.1"_s : u"16.2.3"_s);
    json.field("hardware_version", epmp ? u"V2"_s : u"P11"_s);
    json.field("last_reboot_reason", u"Power On Reset"_s);
    json.field("registration_date", Format::isoUtc(data.now() - Format::stableInt(mac, 44, 200, 1500) * day));
    writeStatus(json, online);
    json.field("status_time", statusTime);
    json.key("config");
    json.beginObject();
    json.field("version", Format::stableInt(mac, 45, 1, 40));
    json.endObject();
    json.field("managed_account", u"Base Infrastructure"_s);
    json.endObject();
}

void CnMaestroRenderer::writeStatistics(JsonWriter &json, const Device &device) const
{
    const SimDataset &data = *m_dataset;
    const bool isAp = device.ap != nullptr;
    const QString &mac = isAp ? device.ap->mac : device.sm->mac;
    const QString &product = isAp ? device.ap->product : device.sm->product;
    const bool epmp = SimDataset::deviceType(product) == u"epmp";
    const bool online = isAp ? device.ap->online : device.sm->online;
    const AccessPoint *ap = isAp ? device.ap : data.accessPoint(device.sm->apMac);
    const QString apMac = ap ? ap->mac : (isAp ? QString() : device.sm->apMac);
    const qint64 frequency = frequencyKhz(apMac, epmp);

    json.beginObject();
    json.field("type", SimDataset::deviceType(product));
    json.field("mode", isAp ? u"ap"_s : u"sm"_s);
    json.field("name", isAp ? device.ap->name : device.sm->name);
    json.field("mac", Text::formatMac(mac));
    if (!isAp)
        json.field("ap_mac", Text::formatMac(device.sm->apMac));
    writeStatus(json, online);
    json.field("status_time", isAp ? apStatusSeconds(*device.ap) : device.sm->statusSeconds.value_or(0));
    json.field("last_sync", Format::isoUtc(data.now() - Format::stableInt(mac, 46, 10, 300)));
    json.field("ip", isAp ? device.ap->ip : device.sm->ip);
    json.field("tower", isAp ? device.ap->tower : device.sm->tower);
    json.field("network", ap ? ap->network : QString());
    if (!isAp) {
        if (device.sm->distanceKm)
            json.field("distance", *device.sm->distanceKm);
        else
            json.nullField("distance");
    }
    json.field("gain", Format::stableInt(mac, 47, 14, 25));
    json.field("temperature", online ? Format::stableInt(mac, 48, 30, 55) : 0);
    json.field("cpu", online ? Format::stableInt(mac, 49, 2, 45) : 0);
    json.field("vlan", 1);
    json.field("lan_status", online ? u"up"_s : u"down"_s);
    if (isAp)
        json.field("connected_sms", device.ap->connectedSms);

    json.key("radio");
    json.beginObject();
    if (isAp) {
        json.field("frequency", frequency);
        json.field("channel_width", epmp ? u"40 MHz"_s : u"20 MHz"_s);
        json.field("tx_power", 22);
        json.field("dl_throughput", online ? Format::stableInt(mac, 50, 20000, 180000) : 0);
        json.field("ul_throughput", online ? Format::stableInt(mac, 51, 5000, 40000) : 0);
        if (epmp) {
            json.field("tdd_ratio", u"75/25"_s);
            json.field("ssid", device.ap->name);
        } else {
            json.field("color_code", Format::stableInt(mac, 52, 1, 254));
            json.field("sync_state", online ? u"GPS Sync Up"_s : u"No Sync"_s);
            json.field("frame_period", u"2.5 ms"_s);
        }
    } else {
        const WirelessSubscriber &sm = *device.sm;
        const bool measured = online && sm.dlRssiDbm && sm.dlSnrDb;
        if (measured) {
            const double dlSnr = *sm.dlSnrDb;
            const double ulSnr = sm.ulSnrDb.value_or(dlSnr);
            json.field("dl_rssi", *sm.dlRssiDbm);
            json.field("ul_rssi", sm.ulRssiDbm.value_or(*sm.dlRssiDbm));
            if (epmp) {
                json.field("dl_snr", dlSnr);
                json.field("ul_snr", ulSnr);
                json.field("dl_mcs", epmpMcs(dlSnr));
                json.field("ul_mcs", epmpMcs(ulSnr));
                json.field("dl_retransmits_pct", dlSnr >= 20 ? 1 : 12);
                json.field("ul_retransmits_pct", ulSnr >= 20 ? 2 : 15);
                json.field("dl_err_drop_pkts", 0);
                json.field("tx_capacity", dlSnr >= 20 ? 92 : 41);
                json.field("tx_quality", dlSnr >= 20 ? 95 : 48);
            } else {
                // The dataset's SNR is the better polarisation (V); H reads 1 dB lower.
                json.field("dl_rssi_imbalance", 0.5);
                json.field("dl_snr_v", dlSnr);
                json.field("dl_snr_h", dlSnr - 1);
                json.field("ul_snr_v", ulSnr);
                json.field("ul_snr_h", ulSnr - 1);
                json.field("dl_lqi", dlSnr >= 20 ? 100 : 62);
                json.field("ul_lqi", ulSnr >= 20 ? 100 : 58);
                json.field("dl_modulation", pmpModulation(dlSnr));
                json.field("ul_modulation", pmpModulation(ulSnr));
                json.field("dl_pkts_loss", 0);
                json.field("ul_pkts_loss", 0);
            }
        }
        json.field("sessions_dropped", Format::stableInt(mac, 53, 0, 4));
        json.field("frequency", frequency);
        if (epmp) {
            json.field("ssid", ap ? ap->name : QString());
            json.field("wlan_status", online ? u"Connected"_s : u"Disconnected"_s);
        } else {
            json.field("channel_width", u"20 MHz"_s);
            json.field("color_code", Format::stableInt(apMac, 52, 1, 254));
            json.field("tx_power", 22);
            json.field("frame_period", u"2.5 ms"_s);
        }
    }
    json.endObject();
    json.endObject();
}

QByteArray CnMaestroRenderer::devicesPage(const DeviceFilter &filter, qsizetype offset, qsizetype limit) const
{
    const QList<Device> devices = select(filter);
    const qsizetype first = std::clamp<qsizetype>(offset, 0, devices.size());
    const qsizetype end = std::min(devices.size(), first + std::max<qsizetype>(limit, 0));
    QByteArray out;
    out.reserve((end - first) * 600 + 64);
    JsonWriter json(out);
    json.beginObject();
    writePaging(json, offset, limit, devices.size());
    json.key("data");
    json.beginArray();
    for (qsizetype i = first; i < end; ++i)
        writeDevice(json, devices.at(i));
    json.endArray();
    json.endObject();
    return out;
}

QByteArray CnMaestroRenderer::statisticsPage(const DeviceFilter &filter, qsizetype offset, qsizetype limit) const
{
    const QList<Device> devices = select(filter);
    const qsizetype first = std::clamp<qsizetype>(offset, 0, devices.size());
    const qsizetype end = std::min(devices.size(), first + std::max<qsizetype>(limit, 0));
    QByteArray out;
    out.reserve((end - first) * 800 + 64);
    JsonWriter json(out);
    json.beginObject();
    writePaging(json, offset, limit, devices.size());
    json.key("data");
    json.beginArray();
    for (qsizetype i = first; i < end; ++i)
        writeStatistics(json, devices.at(i));
    json.endArray();
    json.endObject();
    return out;
}

QByteArray CnMaestroRenderer::alarmsPage(const QString &severity, qsizetype offset, qsizetype limit) const
{
    const SimDataset &data = *m_dataset;
    QList<const Alarm *> alarms;
    for (const Alarm &alarm : data.data().alarms) {
        if (alarm.active && alarm.source == u"cnmaestro" && (severity.isEmpty() || alarm.severity == severity))
            alarms.append(&alarm);
    }
    const qsizetype first = std::clamp<qsizetype>(offset, 0, alarms.size());
    const qsizetype end = std::min(alarms.size(), first + std::max<qsizetype>(limit, 0));
    // Alarms name their device, not its MAC: find the network and tower of each named device.
    QHash<QString, std::pair<QString, QString>> places;
    for (qsizetype i = first; i < end; ++i)
        places.insert(alarms.at(i)->deviceName, {});
    for (const AccessPoint &ap : data.data().accessPoints) {
        if (const auto it = places.find(ap.name); it != places.end())
            *it = {ap.network, ap.tower};
    }
    for (const WirelessSubscriber &sm : data.data().wirelessSubscribers) {
        if (const auto it = places.find(sm.name); it != places.end())
            *it = {data.networkOfSubscriber(sm), sm.tower};
    }
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    writePaging(json, offset, limit, alarms.size());
    json.key("data");
    json.beginArray();
    for (qsizetype i = first; i < end; ++i) {
        const Alarm &alarm = *alarms.at(i);
        const QString type = data.deviceTypeOfName(alarm.deviceName);
        const auto [network, tower] = places.value(alarm.deviceName);
        json.beginObject();
        json.field("id", alarm.externalId);
        json.field("code", u"DEVICE_OFFLINE"_s);
        json.field("name", alarm.name);
        json.field("message", alarm.message);
        json.field("severity", alarm.severity);
        json.field("status", u"active"_s);
        json.field("source", alarm.deviceName);
        json.field("source_type", type.isEmpty() ? u"pmp"_s : type);
        json.field("ip", alarm.ip);
        json.field("network", network);
        json.field("tower", tower);
        if (alarm.raisedAt) {
            json.field("time_raised", Format::isoUtc(*alarm.raisedAt));
            json.field("duration", std::max<qint64>(0, data.now() - *alarm.raisedAt) * 1000);
        } else {
            json.nullField("time_raised");
            json.field("duration", 0);
        }
        json.field("acknowledged_by", QString());
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return out;
}

} // namespace Beholder::Sim
