// SPDX-License-Identifier: GPL-3.0-or-later
// cnMaestro answers to entities, as pure functions (external-apis.md §3):
// the OAuth2 token (with Cloud's redirect_uri), {"paging":{...},"data":[...]}
// lists, devices joined with their statistics by MAC, alarms. Tolerates v1
// "status":"online" next to 6.x "online":true, MACs in any notation, and
// numbers typed as strings.
#pragma once

#include "integrations/jsonfields.h"
#include "model/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Beholder::CnMaestro {

struct Token
{
    QString accessToken;
    int expiresInSeconds = 0; // 0 when the server did not say
    QString tokenType;        // "Bearer"
    QUrl redirectUri;         // cnMaestro Cloud: the account's own API host
};

// One device from /devices or /devices/statistics; the two are joined by MAC.
struct Device
{
    QString mac;  // "0A:00:3E:44:00:7F"
    QString mode; // "ap" | "sm" (lower case; empty when the item has none)
    QString type; // "pmp" | "epmp" | ...
    QString name;
    QString ip;
    QString apMac;
    QString tower;
    QString network;
    QString product;
    std::optional<bool> online;
    std::optional<qint64> statusSeconds;
    std::optional<int> connectedSms;
    std::optional<double> dlRssiDbm;
    std::optional<double> ulRssiDbm;
    // PMP reports each polarisation (dl_snr_v, dl_snr_h); we keep the better
    // one: a PMP radio falls back to the stronger path (MIMO-A), so it bounds
    // what the link can do, and the imbalance is a symptom of its own. ePMP
    // reports one value (dl_snr).
    std::optional<double> dlSnrDb;
    std::optional<double> ulSnrDb;
    std::optional<double> distanceKm;
};

ApiResult<Token> parseToken(const QByteArray &body);
// /devices and /devices/statistics. Items without a valid MAC are skipped.
ApiResult<QList<Device>> parseDevices(const QByteArray &body, PageInfo *page = nullptr);
ApiResult<QList<Alarm>> parseAlarms(const QByteArray &body, PageInfo *page = nullptr);

// `statistics` fills in what `devices` lacks (radio, connected SMs), by MAC;
// statistics for a MAC the device list does not have are kept too.
QList<Device> joinDevices(QList<Device> devices, const QList<Device> &statistics);
AccessPoint toAccessPoint(const Device &device);
WirelessSubscriber toSubscriber(const Device &device);

} // namespace Beholder::CnMaestro
