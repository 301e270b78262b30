// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnmaestroparser.h"

#include "util/textnormalize.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Beholder::CnMaestro {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Source = u"cnMaestro"_s;

// {"error":"invalid_token","error_description":"..."} (OAuth) or {"error":{"message":...}}.
std::optional<ApiError> remoteError(const QJsonObject &object, const QString &endpoint)
{
    const QJsonValue error = object.value("error"_L1);
    if (Json::isBlank(error))
        return std::nullopt;
    QString text;
    if (error.isObject())
        text = Json::textOr(Json::first(error.toObject(), {"message"_L1, "description"_L1}));
    else
        text = Json::textOr(Json::first(object, {"error_description"_L1, "message"_L1}), Json::textOr(error));
    return ApiError::make(ApiError::Kind::Remote, Source + u": "_s + endpoint + u": "_s + text);
}

template<typename T, typename ItemParser>
ApiResult<QList<T>> parseList(const QByteArray &body, const QString &endpoint, PageInfo *page, ItemParser parseItem)
{
    const ApiResult<QJsonDocument> document = Json::parse(body, Source, endpoint);
    if (!document.ok())
        return ApiResult<QList<T>>::failure(document.error);
    const std::optional<QJsonArray> array = Json::list(*document.value, {"data"_L1});
    if (!array) {
        if (const std::optional<ApiError> remote = remoteError(document.value->object(), endpoint))
            return ApiResult<QList<T>>::failure(*remote);
        return ApiResult<QList<T>>::failure(
            Json::protocolError(Source, endpoint, u"the answer has no \"data\" list"_s));
    }
    PageInfo info;
    info.received = array->size();
    const QJsonObject paging = document.value->object().value("paging"_L1).toObject();
    info.offset = Json::integer(paging.value("offset"_L1));
    info.limit = Json::integer(paging.value("limit"_L1));
    info.total = Json::integer(paging.value("total"_L1));
    QList<T> items;
    items.reserve(array->size());
    for (const QJsonValue &value : *array) {
        std::optional<T> item = value.isObject() ? parseItem(value.toObject()) : std::nullopt;
        if (item)
            items.append(std::move(*item));
        else
            ++info.skipped;
    }
    if (page)
        *page = info;
    return ApiResult<QList<T>>::success(std::move(items));
}

// Both polarisations when present (PMP), else the single value (ePMP).
std::optional<double> snr(const QJsonObject &radio, QLatin1StringView single, QLatin1StringView v, QLatin1StringView h)
{
    const std::optional<double> vertical = Json::number(radio.value(v));
    const std::optional<double> horizontal = Json::number(radio.value(h));
    if (vertical && horizontal)
        return std::max(*vertical, *horizontal);
    if (vertical || horizontal)
        return vertical ? vertical : horizontal;
    return Json::number(radio.value(single));
}

std::optional<Device> deviceOf(const QJsonObject &o)
{
    Device d;
    d.mac = Text::formatMac(Json::textOr(o.value("mac"_L1)));
    if (d.mac.isEmpty())
        return std::nullopt;
    d.mode = Json::textOr(o.value("mode"_L1)).toLower();
    d.type = Json::textOr(o.value("type"_L1)).toLower();
    d.name = Json::textOr(o.value("name"_L1));
    d.ip = Json::textOr(Json::first(o, {"ip"_L1, "ip_address"_L1}));
    d.apMac = Text::formatMac(Json::textOr(o.value("ap_mac"_L1)));
    d.tower = Json::textOr(o.value("tower"_L1));
    d.network = Json::textOr(o.value("network"_L1));
    d.product = Json::textOr(o.value("product"_L1));
    // 6.x: "online": true|false; v1 and statistics: "status": "online"|"offline".
    if (const std::optional<bool> online = Json::boolean(o.value("online"_L1)))
        d.online = online;
    else if (const std::optional<QString> status = Json::text(o.value("status"_L1)))
        d.online
            = status->compare(u"online", Qt::CaseInsensitive) == 0 || status->compare(u"up", Qt::CaseInsensitive) == 0;
    d.statusSeconds = Json::integer(o.value("status_time"_L1));
    if (const std::optional<qint64> sms = Json::integer(o.value("connected_sms"_L1)))
        d.connectedSms = int(*sms);
    d.distanceKm = Json::number(o.value("distance"_L1));
    const QJsonObject radio = o.value("radio"_L1).toObject();
    d.dlRssiDbm = Json::number(radio.value("dl_rssi"_L1));
    d.ulRssiDbm = Json::number(radio.value("ul_rssi"_L1));
    d.dlSnrDb = snr(radio, "dl_snr"_L1, "dl_snr_v"_L1, "dl_snr_h"_L1);
    d.ulSnrDb = snr(radio, "ul_snr"_L1, "ul_snr_v"_L1, "ul_snr_h"_L1);
    return d;
}

std::optional<Alarm> alarmOf(const QJsonObject &o)
{
    Alarm a;
    a.source = u"cnmaestro"_s;
    a.severity = Json::textOr(o.value("severity"_L1), u"info"_s).toLower();
    a.name = Json::textOr(o.value("name"_L1));
    a.message = Json::textOr(o.value("message"_L1));
    a.deviceName = Json::textOr(Json::first(o, {"source"_L1, "device_name"_L1}));
    a.ip = Json::textOr(o.value("ip"_L1));
    const QString state = Json::textOr(Json::first(o, {"status"_L1, "state"_L1}), u"active"_s).toLower();
    a.active = state != u"cleared" && state != u"inactive";
    a.raisedAt = Json::unixTime(o.value("time_raised"_L1), QTimeZone::utc());
    a.externalId = Json::textOr(o.value("id"_L1));
    if (a.externalId.isEmpty()) {
        // No id: what makes an alarm itself is its code, its device and when it was raised.
        const QString code = Json::textOr(Json::first(o, {"code"_L1, "name"_L1}));
        if (code.isEmpty() && a.deviceName.isEmpty())
            return std::nullopt;
        a.externalId = code + u'|' + a.deviceName + u'|' + Json::textOr(o.value("time_raised"_L1));
    }
    return a;
}

} // namespace

ApiResult<Token> parseToken(const QByteArray &body)
{
    const QString endpoint = u"access/token"_s;
    const ApiResult<QJsonDocument> document = Json::parse(body, Source, endpoint);
    if (!document.ok())
        return ApiResult<Token>::failure(document.error);
    const QJsonObject object = document.value->object();
    Token token;
    token.accessToken = Json::textOr(object.value("access_token"_L1));
    if (token.accessToken.isEmpty()) {
        if (std::optional<ApiError> remote = remoteError(object, endpoint)) {
            remote->kind = ApiError::Kind::Auth;
            return ApiResult<Token>::failure(*remote);
        }
        return ApiResult<Token>::failure(Json::protocolError(Source, endpoint, u"the answer has no access_token"_s));
    }
    token.expiresInSeconds = int(std::max<qint64>(0, Json::integer(object.value("expires_in"_L1)).value_or(0)));
    token.tokenType = Json::textOr(object.value("token_type"_L1), u"Bearer"_s);
    if (const std::optional<QString> redirect = Json::text(object.value("redirect_uri"_L1))) {
        QUrl url(*redirect);
        if (url.scheme().isEmpty() && !redirect->contains(u"://"))
            url = QUrl(u"https://"_s + *redirect); // a bare host name
        if (url.isValid() && !url.host().isEmpty())
            token.redirectUri = url;
    }
    return ApiResult<Token>::success(token);
}

ApiResult<QList<Device>> parseDevices(const QByteArray &body, PageInfo *page)
{
    return parseList<Device>(body, u"devices"_s, page, deviceOf);
}

ApiResult<QList<Alarm>> parseAlarms(const QByteArray &body, PageInfo *page)
{
    return parseList<Alarm>(body, u"alarms"_s, page, alarmOf);
}

QList<Device> joinDevices(QList<Device> devices, const QList<Device> &statistics)
{
    QHash<QString, qsizetype> index;
    index.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i)
        index.insert(devices.at(i).mac, i);
    for (const Device &stats : statistics) {
        const auto found = index.constFind(stats.mac);
        if (found == index.cend()) {
            index.insert(stats.mac, devices.size());
            devices.append(stats);
            continue;
        }
        Device &d = devices[*found];
        const auto fill = [](QString &mine, const QString &theirs) {
            if (mine.isEmpty())
                mine = theirs;
        };
        fill(d.mode, stats.mode);
        fill(d.type, stats.type);
        fill(d.name, stats.name);
        fill(d.ip, stats.ip);
        fill(d.apMac, stats.apMac);
        fill(d.tower, stats.tower);
        fill(d.network, stats.network);
        fill(d.product, stats.product);
        if (!d.online)
            d.online = stats.online;
        if (!d.statusSeconds)
            d.statusSeconds = stats.statusSeconds;
        // The statistics are the live numbers.
        if (stats.connectedSms)
            d.connectedSms = stats.connectedSms;
        if (stats.distanceKm)
            d.distanceKm = stats.distanceKm;
        if (stats.dlRssiDbm)
            d.dlRssiDbm = stats.dlRssiDbm;
        if (stats.ulRssiDbm)
            d.ulRssiDbm = stats.ulRssiDbm;
        if (stats.dlSnrDb)
            d.dlSnrDb = stats.dlSnrDb;
        if (stats.ulSnrDb)
            d.ulSnrDb = stats.ulSnrDb;
    }
    return devices;
}

AccessPoint toAccessPoint(const Device &device)
{
    AccessPoint ap;
    ap.mac = device.mac;
    ap.name = device.name;
    ap.ip = device.ip;
    ap.tower = device.tower;
    ap.network = device.network;
    ap.product = device.product;
    ap.online = device.online.value_or(false);
    ap.connectedSms = device.connectedSms.value_or(0);
    return ap;
}

WirelessSubscriber toSubscriber(const Device &device)
{
    WirelessSubscriber sm;
    sm.mac = device.mac;
    sm.name = device.name;
    sm.ip = device.ip;
    sm.apMac = device.apMac;
    sm.tower = device.tower;
    sm.product = device.product;
    sm.online = device.online.value_or(false);
    sm.statusSeconds = device.statusSeconds;
    sm.dlRssiDbm = device.dlRssiDbm;
    sm.ulRssiDbm = device.ulRssiDbm;
    sm.dlSnrDb = device.dlSnrDb;
    sm.ulSnrDb = device.ulSnrDb;
    sm.distanceKm = device.distanceKm;
    return sm;
}

} // namespace Beholder::CnMaestro
