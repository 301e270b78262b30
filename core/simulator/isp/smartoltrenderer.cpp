// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartoltrenderer.h"

#include "jsonwriter.h"
#include "simformat.h"
#include "util/textnormalize.h"

#include <QStringBuilder>

#include <algorithm>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// Huawei prints the cause of an LOS as the alarm pair it raised.
QString huaweiCause(const QString &cause)
{
    if (cause.compare(u"LOS", Qt::CaseInsensitive) == 0)
        return u"LOSi/LOBi"_s;
    return cause;
}

// Huawei times carry the OLT's offset: "2026-07-08 11:36:33-03:00".
QString huaweiTime(UnixTime time, int utcOffsetSeconds)
{
    const int magnitude = std::abs(utcOffsetSeconds);
    return Format::localDateTime(time, utcOffsetSeconds) % (utcOffsetSeconds < 0 ? u'-' : u'+')
        % QString::number(magnitude / 3600).rightJustified(2, u'0') % u':'
        % QString::number((magnitude / 60) % 60).rightJustified(2, u'0');
}

bool isDown(const Onu &onu)
{
    return onu.status != OnuStatus::Online;
}

QString userOf(const Onu &onu)
{
    return onu.pppoeUser.isEmpty() ? onu.name : onu.pppoeUser;
}

} // namespace

SmartOltRenderer::SmartOltRenderer(std::shared_ptr<const SimDataset> dataset, SmartOltOptions options)
    : m_dataset(std::move(dataset))
    , m_options(options)
{ }

QString SmartOltRenderer::statusText(OnuStatus status)
{
    switch (status) {
    case OnuStatus::Online:
        return u"Online"_s;
    case OnuStatus::Los:
        return u"LOS"_s;
    case OnuStatus::PowerFail:
        return u"Power fail"_s;
    case OnuStatus::Offline:
    case OnuStatus::Disabled: // the bulk calls only say Offline; administrative_status says Disabled
        return u"Offline"_s;
    }
    return u"Offline"_s;
}

QString SmartOltRenderer::signalQuality(const Onu &onu)
{
    if (isDown(onu) || !onu.rxPowerDbm)
        return u"-"_s;
    const double rx = *onu.rxPowerDbm;
    const double oltRx = onu.oltRxPowerDbm.value_or(-20.0);
    if (rx < -27.0 || rx > -8.0 || oltRx <= -32.0)
        return u"Critical"_s;
    if (rx < -25.0 || oltRx <= -30.0)
        return u"Warning"_s;
    return u"Very good"_s;
}

QByteArray SmartOltRenderer::errorBody(const QString &message)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", false);
    json.field("error", message);
    json.endObject();
    return out;
}

QByteArray SmartOltRenderer::actionBody(const QString &message)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"success"_s);
    json.field("response", message);
    json.endObject();
    return out;
}

QString SmartOltRenderer::zoneName(qint64 oltId) const
{
    const Olt *olt = m_dataset->olt(oltId);
    if (!olt)
        return QString();
    return olt->name.startsWith(u"OLT-") ? olt->name.mid(4) : olt->name;
}

bool SmartOltRenderer::matches(const Onu &onu, const OnuFilter &filter) const
{
    if (filter.invalid)
        return false;
    if (filter.oltId && onu.oltId != *filter.oltId)
        return false;
    if (filter.board && onu.board != *filter.board)
        return false;
    if (filter.port && onu.port != *filter.port)
        return false;
    if (filter.zone && zoneName(onu.oltId).compare(*filter.zone, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

QByteArray SmartOltRenderer::olts() const
{
    QByteArray out;
    JsonWriter json(out);
    const bool legacy = m_options.oltsEnvelope == SmartOltOltsEnvelope::Olts;
    json.beginObject();
    json.field("status", true);
    if (!legacy)
        json.field("response_code", u"success"_s);
    json.key(legacy ? "olts" : "response");
    json.beginArray();
    for (const Olt &olt : m_dataset->data().olts) {
        const QString vendor = olt.vendor.compare(u"zte", Qt::CaseInsensitive) == 0 ? u"ZTE"_s : u"Huawei"_s;
        json.beginObject();
        if (legacy)
            json.field("id", olt.id);
        else
            json.field("id", QString::number(olt.id));
        json.field("name", olt.name);
        json.field("olt_hardware_version", QString(vendor % u'-' % olt.model));
        json.field("ip", olt.host);
        if (legacy) {
            json.field("telnet_port", 23);
            json.field("snmp_port", olt.snmpPort);
        } else {
            json.field("telnet_port", u"23"_s);
            json.field("snmp_port", QString::number(olt.snmpPort));
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return out;
}

QByteArray SmartOltRenderer::onusStatuses(const OnuFilter &filter) const
{
    const SimDataset &data = *m_dataset;
    QByteArray out;
    out.reserve(data.data().onus.size() * 300 + 64);
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"success"_s);
    json.key("response");
    json.beginArray();
    for (const Onu &onu : data.data().onus) {
        if (!matches(onu, filter))
            continue;
        const Connection *connection = data.connectionOfUser(userOf(onu));
        json.beginObject();
        json.field("unique_external_id", onu.externalId);
        json.field("sn", onu.serial);
        json.field("olt_id", QString::number(onu.oltId));
        json.field("board", QString::number(onu.board));
        json.field("port", QString::number(onu.port));
        json.field("onu", QString::number(onu.onuIndex));
        json.field("zone_id", QString::number(onu.oltId));
        json.field("name", onu.name);
        json.field("address", connection ? connection->address : QString());
        json.field("contact", QString());
        json.nullField("odb_id");
        json.field("status", statusText(onu.status));
        if (onu.lastStatusChange)
            json.field("last_status_change", Format::localDateTime(*onu.lastStatusChange, data.utcOffsetSeconds()));
        else
            json.nullField("last_status_change");
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return out;
}

QByteArray SmartOltRenderer::onusSignals(const OnuFilter &filter) const
{
    QByteArray out;
    out.reserve(m_dataset->data().onus.size() * 130 + 64);
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"success"_s);
    json.key("response");
    json.beginArray();
    for (const Onu &onu : m_dataset->data().onus) {
        if (!matches(onu, filter))
            continue;
        const bool down = isDown(onu);
        json.beginObject();
        json.field("unique_external_id", onu.externalId);
        json.field("sn", onu.serial);
        json.field("signal", signalQuality(onu));
        json.field("signal_1490", Format::dbm(down ? std::nullopt : onu.rxPowerDbm));
        json.field("signal_1310", Format::dbm(down ? std::nullopt : onu.oltRxPowerDbm));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return out;
}

void SmartOltRenderer::writeDetails(JsonWriter &json, const Onu &onu, bool withDistance) const
{
    const SimDataset &data = *m_dataset;
    const Olt *olt = data.olt(onu.oltId);
    const Connection *connection = data.connectionOfUser(userOf(onu));
    const Customer *customer = connection ? data.customer(connection->customerId) : nullptr;
    const Plan *plan = connection ? data.plan(connection->planId) : nullptr;
    const bool routing = !onu.pppoeUser.isEmpty();
    const bool down = isDown(onu);
    const int offset = data.utcOffsetSeconds();
    const qint64 vlan = 100 + (onu.oltId % 10);
    const auto coordinate
        = [](const std::optional<double> &value) { return value ? QString::number(*value, 'f', 6) : QString(); };

    json.beginObject();
    json.field("unique_external_id", onu.externalId);
    json.field("sn", onu.serial);
    json.field("pon_type", u"gpon"_s);
    json.field("gpon_channel", u"GPON"_s);
    json.field("olt_id", QString::number(onu.oltId));
    json.field("olt_name", olt ? olt->name : QString());
    json.field("board", QString::number(onu.board));
    json.field("port", QString::number(onu.port));
    json.field("onu", QString::number(onu.onuIndex));
    json.field("onu_type_id", QString::number(data.onuTypeId(onu.model)));
    json.field("onu_type_name", onu.model);
    json.field("zone_id", QString::number(onu.oltId));
    json.field("zone_name", zoneName(onu.oltId));
    json.field("name", onu.name);
    json.field("address", connection ? connection->address : QString());
    json.field("contact", customer && !customer->phones.isEmpty() ? customer->phones.first() : QString());
    json.field("odb_name", QString(u"CTO-"_s % QString::number(onu.board) % u'-' % QString::number(onu.port)));
    json.field("odb_port", QString::number(onu.onuIndex % 16 + 1));
    json.field("latitude", customer ? coordinate(customer->latitude) : QString());
    json.field("longitude", customer ? coordinate(customer->longitude) : QString());
    json.field("mode", routing ? u"Routing"_s : u"Bridging"_s);
    json.field("wan_mode", routing ? u"PPPoE"_s : QString());
    json.field("vlan", QString::number(vlan));
    json.field("ip_address", routing && connection && !down ? connection->ip : QString());
    json.field("subnet_mask", QString());
    json.field("default_gateway", QString());
    json.field("dns1", QString());
    json.field("dns2", QString());
    json.field("username", onu.pppoeUser);
    json.field("password", QString()); // never served: the simulator holds no PPPoE passwords
    json.field("catv", u"Not supported"_s);
    json.field("administrative_status", onu.status == OnuStatus::Disabled ? u"Disabled"_s : u"Enabled"_s);
    json.field("authorization_date",
               Format::localDateTime(data.now() - Format::stableInt(onu.serial, 11, 30, 1500) * day, offset));
    json.field("is_synced_after_import", u"1"_s);
    json.field("is_failed_resync_config", u"0"_s);
    json.field("custom_template_name", QString());
    json.field("tr069", u"Disabled"_s);
    json.field("mgmt_ip_mode", u"Inactive"_s);
    json.field("status", statusText(onu.status));
    if (onu.lastStatusChange)
        json.field("last_status_change", Format::localDateTime(*onu.lastStatusChange, offset));
    else
        json.nullField("last_status_change");
    json.field("signal", signalQuality(onu));
    json.field("signal_1310", Format::dbm(down ? std::nullopt : onu.oltRxPowerDbm));
    json.field("signal_1490", Format::dbm(down ? std::nullopt : onu.rxPowerDbm));
    if (withDistance)
        json.field("distance", onu.distanceM ? QString::number(*onu.distanceM) : QString());

    const auto speedProfile
        = [](qint64 kbps) { return kbps <= 0 ? QString() : QString(QString::number(kbps / 1000) % u'M'); };
    json.key("service_ports");
    json.beginArray();
    json.beginObject();
    json.field("service_port", QString::number(1000 + Format::stableInt(onu.serial, 12, 0, 60000)));
    json.field("vlan", QString::number(vlan));
    json.field("cvlan", QString());
    json.field("svlan", QString());
    json.field("tag_transform_mode", u"translate"_s);
    json.field("upload_speed", plan ? speedProfile(plan->upKbps) : QString());
    json.field("download_speed", plan ? speedProfile(plan->downKbps) : QString());
    json.endObject();
    json.endArray();

    json.key("ethernet_ports");
    json.beginArray();
    json.beginObject();
    json.field("port", u"eth_0/1"_s);
    json.field("admin_state", u"Enabled"_s);
    json.field("mode", routing ? u"LAN"_s : u"Transparent"_s);
    json.field("dhcp", u"No control"_s);
    json.field("vlan", routing ? QString() : QString::number(vlan));
    json.field("allowed_vlans", QString());
    json.endObject();
    json.endArray();

    json.key("wifi_ports");
    json.beginArray();
    if (routing) {
        json.beginObject();
        json.field("port", u"wifi_0/1"_s);
        json.field("admin_state", u"Enabled"_s);
        json.field("mode", u"LAN"_s);
        json.field("dhcp", u"No control"_s);
        json.field("auth_mode", u"WPA2"_s);
        json.field("ssid", QString(u"FIBRA-"_s % onu.serial.right(4)));
        json.field("password", QString());
        json.endObject();
    }
    json.endArray();
    json.key("voip_ports");
    json.beginArray();
    json.endArray();
    json.endObject();
}

QByteArray SmartOltRenderer::allOnusDetails(const OnuFilter &filter) const
{
    QByteArray out;
    out.reserve(m_dataset->data().onus.size() * 1500 + 64);
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.key("onus");
    json.beginArray();
    for (const Onu &onu : m_dataset->data().onus) {
        if (matches(onu, filter))
            writeDetails(json, onu, false);
    }
    json.endArray();
    json.endObject();
    return out;
}

QByteArray SmartOltRenderer::allOnusDetailsPage(const OnuFilter &filter, int page, int pageSize) const
{
    pageSize = std::clamp(pageSize, 1, maxPageSize);
    page = std::max(page, 1);
    const QList<Onu> &onus = m_dataset->data().onus;
    QList<qsizetype> rows;
    const bool all = !filter.invalid && !filter.oltId && !filter.board && !filter.port && !filter.zone;
    qsizetype total = onus.size();
    if (!all) {
        for (qsizetype i = 0; i < onus.size(); ++i) {
            if (matches(onus.at(i), filter))
                rows.append(i);
        }
        total = rows.size();
    }
    const qsizetype first = qsizetype(page - 1) * pageSize;
    const qsizetype end = std::min(total, first + pageSize);

    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("page", page);
    json.field("page_size", pageSize);
    json.field("total_items", total);
    json.field("total_pages", (total + pageSize - 1) / pageSize);
    json.key("onus");
    json.beginArray();
    for (qsizetype i = first; i < end; ++i)
        writeDetails(json, onus.at(all ? i : rows.at(i)), false);
    json.endArray();
    json.endObject();
    return out;
}

QByteArray SmartOltRenderer::onusBySerial(const QString &serial) const
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"200"_s);
    json.key("onus");
    json.beginArray();
    if (const Onu *onu = m_dataset->onuBySerial(serial))
        writeDetails(json, *onu, false);
    json.endArray();
    json.endObject();
    return out;
}

std::optional<QByteArray> SmartOltRenderer::onuStatus(const QString &externalId) const
{
    const Onu *onu = m_dataset->onu(externalId);
    if (!onu)
        return std::nullopt;
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"success"_s);
    json.field("onu_status", statusText(onu->status));
    if (onu->lastStatusChange)
        json.field("last_status_change", Format::localDateTime(*onu->lastStatusChange, m_dataset->utcOffsetSeconds()));
    else
        json.nullField("last_status_change");
    json.endObject();
    return out;
}

std::optional<QByteArray> SmartOltRenderer::onuSignal(const QString &externalId) const
{
    const Onu *onu = m_dataset->onu(externalId);
    if (!onu)
        return std::nullopt;
    const bool down = isDown(*onu);
    const QString rx = Format::dbm(down ? std::nullopt : onu->rxPowerDbm);
    const QString oltRx = Format::dbm(down ? std::nullopt : onu->oltRxPowerDbm);
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("response_code", u"success"_s);
    json.field("onu_signal", signalQuality(*onu));
    json.field("onu_signal_value", down ? u"-"_s : QString(rx % u" / "_s % oltRx));
    json.field("onu_signal_1490", rx);
    json.field("onu_signal_1310", oltRx);
    json.endObject();
    return out;
}

std::optional<QByteArray> SmartOltRenderer::onuDetails(const QString &externalId) const
{
    const Onu *onu = m_dataset->onu(externalId);
    if (!onu)
        return std::nullopt;
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.key("onu_details");
    writeDetails(json, *onu, true);
    json.endObject();
    return out;
}

SmartOltRenderer::FullStatus SmartOltRenderer::fullStatus(const Onu &onu) const
{
    const SimDataset &data = *m_dataset;
    const int offset = data.utcOffsetSeconds();
    const bool down = isDown(onu);
    const UnixTime changed = onu.lastStatusChange.value_or(data.now() - day);
    const Connection *connection = data.connectionOfUser(userOf(onu));
    // What the dataset does not say, derived from the serial so that every call agrees.
    const double tx = 1.5 + double(Format::stableInt(onu.serial, 21, 0, 170)) / 100.0;
    const qint64 temperature = Format::stableInt(onu.serial, 22, 38, 58);
    const qint64 outage = Format::stableInt(onu.serial, 23, 2 * minute, 90 * minute);
    const QString dash = u"-"_s;
    const QString cause = onu.lastDownCause.isEmpty() ? dash : huaweiCause(onu.lastDownCause);

    FullStatus status;
    status.optical = {
        {u"Rx optical power(dBm)"_s, down ? dash : Format::decimal2(onu.rxPowerDbm)},
        {u"Tx optical power(dBm)"_s, down ? dash : QString::number(tx, 'f', 2)},
        {u"OLT Rx ONT optical power(dBm)"_s, down ? dash : Format::decimal2(onu.oltRxPowerDbm)},
        {u"Temperature(C)"_s, down ? dash : QString::number(temperature)},
        {u"Voltage(V)"_s, down ? dash : u"3.300"_s},
    };
    status.details = {
        {u"F/S/P"_s, QString(u"0/"_s % QString::number(onu.board) % u'/' % QString::number(onu.port))},
        {u"ONT-ID"_s, QString::number(onu.onuIndex)},
        {u"Control flag"_s, onu.status == OnuStatus::Disabled ? u"deactivated"_s : u"active"_s},
        {u"Run state"_s, down ? u"offline"_s : u"online"_s},
        {u"Config state"_s, down ? u"initial"_s : u"normal"_s},
        {u"Match state"_s, down ? u"initial"_s : u"match"_s},
        {u"ONT distance(m)"_s, !down && onu.distanceM ? QString::number(*onu.distanceM) : dash},
        {u"Memory occupation"_s, down ? dash : u"41%"_s},
        {u"CPU occupation"_s, down ? dash : u"2%"_s},
    };
    if (down) {
        status.details.append(
            {u"Last up time"_s, huaweiTime(changed - Format::stableInt(onu.serial, 24, 2, 60) * day, offset)});
        status.details.append({u"Last down time"_s, huaweiTime(changed, offset)});
        status.details.append({u"Last down cause"_s, cause});
        status.details.append({u"ONT online duration"_s, dash});
    } else {
        status.details.append({u"Last up time"_s, huaweiTime(changed, offset)});
        status.details.append(
            {u"Last down time"_s, onu.lastDownCause.isEmpty() ? dash : huaweiTime(changed - outage, offset)});
        status.details.append({u"Last down cause"_s, cause});
        status.details.append({u"ONT online duration"_s, Format::huaweiDuration(data.now() - changed)});
    }

    // Newest first, keyed by index as the OLT prints them.
    if (!onu.lastDownCause.isEmpty())
        status.history.append(
            {huaweiTime(down ? changed : changed - outage, offset), down ? dash : huaweiTime(changed, offset), cause});
    const qint64 older = Format::stableInt(onu.serial, 25, 0, 2);
    for (qint64 k = 0; k < older; ++k) {
        const UnixTime at = changed - Format::stableInt(onu.serial, 26 + quint64(k), 3, 40) * day * (k + 1);
        const UnixTime back = at + Format::stableInt(onu.serial, 30 + quint64(k), 1, 600) * minute;
        const bool los = Format::stableInt(onu.serial, 34 + quint64(k), 0, 3) == 0;
        status.history.append(
            {huaweiTime(at, offset), huaweiTime(back, offset), los ? u"LOSi/LOBi"_s : u"dying-gasp"_s});
    }
    if (!down && connection && !connection->mac.isEmpty())
        status.macs.append(Text::formatMac(connection->mac));
    status.vlan = QString::number(100 + (onu.oltId % 10));
    if (!onu.pppoeUser.isEmpty()) {
        status.wan = {
            {u"Name"_s, u"1_INTERNET_R_VID_"_s + status.vlan},
            {u"IPv4 Connection status"_s, down ? u"Disconnected"_s : u"Connected"_s},
            {u"IPv4 address"_s, !down && connection ? connection->ip : dash},
            {u"PPPoE username"_s, onu.pppoeUser},
        };
    }
    return status;
}

QByteArray SmartOltRenderer::fullStatusJson(const FullStatus &status)
{
    const auto writeLabels = [](JsonWriter &json, const QList<Label> &labels) {
        json.beginObject();
        for (const Label &label : labels)
            json.field(label.first.toUtf8(), label.second);
        json.endObject();
    };
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.key("Optical status");
    writeLabels(json, status.optical);
    json.key("ONU details");
    writeLabels(json, status.details);
    json.key("History");
    json.beginObject();
    for (qsizetype i = 0; i < status.history.size(); ++i) {
        const HistoryEntry &entry = status.history.at(i);
        json.key(QByteArray::number(i + 1));
        json.beginObject();
        json.field("Offline at", entry.offlineAt);
        json.field("Online at", entry.onlineAt);
        json.field("Cause", entry.cause);
        json.endObject();
    }
    json.endObject();
    json.key("Online MACs on this ONU");
    json.beginArray();
    for (const QString &mac : status.macs) {
        json.beginObject();
        json.field("Port", u"eth_0/1"_s);
        json.field("MAC address", mac);
        json.field("VLAN", status.vlan);
        json.endObject();
    }
    json.endArray();
    json.key("ONU WAN Interfaces");
    json.beginObject();
    if (!status.wan.isEmpty()) {
        json.key("1");
        writeLabels(json, status.wan);
    }
    json.endObject();
    json.endObject();
    return out;
}

QString SmartOltRenderer::fullStatusText(const FullStatus &status)
{
    // The raw CLI answer, laid out as Huawei's "display ont info" / "display ont optical-info" print it.
    const QString rule = u"  "_s + QString(76, u'-') + u'\n';
    QString text;
    const auto writeLabels = [&](const QList<Label> &labels) {
        text += rule;
        for (const Label &label : labels)
            text += u"  "_s + label.first.leftJustified(30, u' ') + u": "_s + label.second + u'\n';
    };
    writeLabels(status.details);
    writeLabels(status.optical);
    text += rule;
    text += u"  Index  Offline time                 Online time                  Down cause\n"_s;
    for (qsizetype i = 0; i < status.history.size(); ++i) {
        const HistoryEntry &entry = status.history.at(i);
        text += u"  "_s + QString::number(i + 1).leftJustified(7, u' ') + entry.offlineAt.leftJustified(29, u' ')
            + entry.onlineAt.leftJustified(29, u' ') + entry.cause + u'\n';
    }
    text += rule;
    return text;
}

std::optional<QByteArray> SmartOltRenderer::onuFullStatusInfo(const QString &externalId, bool jsonAsString) const
{
    const Onu *onu = m_dataset->onu(externalId);
    if (!onu)
        return std::nullopt;
    const FullStatus status = fullStatus(*onu);
    const QByteArray details = fullStatusJson(status);
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.field("status", true);
    json.field("full_status_info", fullStatusText(status));
    json.key("full_status_json");
    if (jsonAsString)
        json.value(QByteArrayView(details));
    else
        json.rawValue(details);
    json.endObject();
    return out;
}

} // namespace Beholder::Sim
