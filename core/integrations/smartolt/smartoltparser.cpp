// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartoltparser.h"

#include "integrations/jsonstream.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace Beholder::SmartOlt {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Source = u"SmartOLT"_s;

bool saysHourlyLimit(const QString &text)
{
    const QString lower = text.toLower();
    return lower.contains(u"hourly limit") || lower.contains(u"rate limit") || lower.contains(u"too many requests");
}

// Unwraps the envelope: the value under the first of `keys` that is present,
// or a bare array. {"status":false,...} is the vendor refusing, in words.
ApiResult<QJsonValue> envelope(const QByteArray &body, const QString &endpoint,
                               std::initializer_list<QLatin1StringView> keys)
{
    const ApiResult<QJsonDocument> document = Json::parse(body, Source, endpoint);
    if (!document.ok())
        return ApiResult<QJsonValue>::failure(document.error);
    if (document.value->isArray())
        return ApiResult<QJsonValue>::success(document.value->array());
    const QJsonObject object = document.value->object();
    const std::optional<bool> status = Json::boolean(object.value("status"_L1));
    if (status.has_value() && !*status) {
        const QString text = Json::textOr(Json::first(object, {"error"_L1, "message"_L1, "response"_L1}),
                                          u"the request was refused"_s);
        ApiError error = ApiError::make(saysHourlyLimit(text) ? ApiError::Kind::RateLimited : ApiError::Kind::Remote,
                                        Source + u": "_s + endpoint + u": "_s + text);
        return ApiResult<QJsonValue>::failure(error);
    }
    for (const QLatin1StringView key : keys) {
        if (object.contains(key))
            return ApiResult<QJsonValue>::success(object.value(key));
    }
    return ApiResult<QJsonValue>::failure(
        Json::protocolError(Source, endpoint, u"the answer has none of the expected fields"_s));
}

// A list endpoint's items. The body is read element by element (see
// jsonstream.h): a full ONU listing is over 100 MB at 85,000 ONUs. `head`
// receives the envelope's other fields (status, paging).
template<typename T, typename ItemParser>
ApiResult<QList<T>> parseList(const QByteArray &body, const QString &endpoint,
                              std::initializer_list<QLatin1StringView> keys, PageInfo *page, ItemParser parseItem,
                              QJsonObject *head = nullptr)
{
    PageInfo info;
    QList<T> items;
    const ApiResult<Json::StreamedList> streamed
        = Json::forEachListElement(body, keys, Source, endpoint, [&](const QJsonValue &value) {
              ++info.received;
              std::optional<T> item = value.isObject() ? parseItem(value.toObject()) : std::nullopt;
              if (item)
                  items.append(std::move(*item));
              else
                  ++info.skipped;
              return true;
          });
    if (!streamed.ok())
        return ApiResult<QList<T>>::failure(streamed.error);
    const QJsonObject &object = streamed.value->head;
    // {"status":false,...} is the vendor refusing, in words.
    const std::optional<bool> status = Json::boolean(object.value("status"_L1));
    if (status.has_value() && !*status) {
        const QString text = Json::textOr(Json::first(object, {"error"_L1, "message"_L1, "response"_L1}),
                                          u"the request was refused"_s);
        return ApiResult<QList<T>>::failure(
            ApiError::make(saysHourlyLimit(text) ? ApiError::Kind::RateLimited : ApiError::Kind::Remote,
                           Source + u": "_s + endpoint + u": "_s + text));
    }
    if (!streamed.value->hasList) {
        bool present = false;
        for (const QLatin1StringView key : keys) {
            if (!object.contains(key))
                continue;
            present = true;
            if (!object.value(key).isNull())
                return ApiResult<QList<T>>::failure(Json::protocolError(Source, endpoint, u"the answer has no list"_s));
        }
        if (!present)
            return ApiResult<QList<T>>::failure(
                Json::protocolError(Source, endpoint, u"the answer has none of the expected fields"_s));
    }
    if (page)
        *page = info;
    if (head)
        *head = object;
    return ApiResult<QList<T>>::success(std::move(items));
}

int intOr(const QJsonValue &value, int fallback = 0)
{
    return int(Json::integer(value).value_or(fallback));
}

// "-24.95 dBm" -> -24.95; "-", "", "N/A" -> none. A reading of 0 dBm or
// above -1 from a dead ONU is noise, but only the caller can tell: kept.
std::optional<double> dbm(const QJsonValue &value)
{
    return Json::number(value);
}

QString externalIdOf(const QJsonObject &o)
{
    // The key for every per-ONU call; often the serial, and a string even
    // when it looks like a number (one Go client got that wrong).
    return Json::textOr(Json::first(o, {"unique_external_id"_L1, "onu_external_id"_L1, "external_id"_L1}));
}

// Identity, position and state: what the statuses list and the details share.
std::optional<Onu> onuBase(const QJsonObject &o, const QTimeZone &zone)
{
    Onu onu;
    onu.serial = Json::textOr(Json::first(o, {"sn"_L1, "serial_number"_L1, "serial"_L1}));
    onu.externalId = externalIdOf(o);
    if (onu.externalId.isEmpty())
        onu.externalId = onu.serial;
    if (onu.externalId.isEmpty())
        return std::nullopt;
    onu.oltId = Json::integer(o.value("olt_id"_L1)).value_or(0);
    onu.board = intOr(o.value("board"_L1));
    onu.port = intOr(o.value("port"_L1));
    onu.onuIndex = intOr(Json::first(o, {"onu"_L1, "onu_id"_L1}));
    onu.name = Json::textOr(o.value("name"_L1));
    const QString status = Json::textOr(Json::first(o, {"status"_L1, "onu_status"_L1}));
    onu.status = onuStatusFromString(status);
    if (Json::textOr(o.value("administrative_status"_L1)).compare(u"Disabled", Qt::CaseInsensitive) == 0)
        onu.status = OnuStatus::Disabled;
    if (onu.status == OnuStatus::Los)
        onu.lastDownCause = u"LOS"_s;
    else if (onu.status == OnuStatus::PowerFail)
        onu.lastDownCause = u"dying-gasp"_s;
    onu.lastStatusChange = Json::unixTime(o.value("last_status_change"_L1), zone);
    return onu;
}

std::optional<Onu> onuDetailsOf(const QJsonObject &o, const QTimeZone &zone)
{
    std::optional<Onu> onu = onuBase(o, zone);
    if (!onu)
        return std::nullopt;
    // The WAN PPPoE user, when the ONU routes; the ISPCube connection's "user".
    onu->pppoeUser = Json::textOr(Json::first(o, {"username"_L1, "pppoe_username"_L1}));
    onu->model = Json::textOr(Json::first(o, {"onu_type_name"_L1, "onu_type"_L1}));
    onu->rxPowerDbm = dbm(o.value("signal_1490"_L1));
    onu->oltRxPowerDbm = dbm(o.value("signal_1310"_L1));
    if (const std::optional<qint64> distance = Json::integer(o.value("distance"_L1)); distance && *distance > 0)
        onu->distanceM = int(*distance);
    return onu;
}

std::optional<OnuSignal> signalOf(const QJsonObject &o)
{
    OnuSignal s;
    s.externalId = externalIdOf(o);
    if (s.externalId.isEmpty())
        s.externalId = Json::textOr(o.value("sn"_L1));
    if (s.externalId.isEmpty())
        return std::nullopt;
    s.quality = Json::textOr(o.value("signal"_L1));
    s.rxPowerDbm = dbm(o.value("signal_1490"_L1));
    s.oltRxPowerDbm = dbm(o.value("signal_1310"_L1));
    return s;
}

// Known vendors, as SmartOLT writes them at the start of olt_hardware_version.
constexpr std::pair<QStringView, QStringView> KnownVendors[] = {
    {u"huawei", u"huawei"}, {u"zte", u"zte"},   {u"fiberhome", u"fiberhome"},
    {u"v-sol", u"vsol"},    {u"vsol", u"vsol"}, {u"nokia", u"nokia"},
};

std::optional<Olt> oltOf(const QJsonObject &o)
{
    const std::optional<qint64> id = Json::integer(o.value("id"_L1));
    if (!id)
        return std::nullopt;
    Olt olt;
    olt.id = *id;
    olt.name = Json::textOr(o.value("name"_L1));
    const auto [vendor, model] = vendorAndModel(Json::textOr(o.value("olt_hardware_version"_L1)));
    olt.vendor = vendor;
    olt.model = model;
    olt.host = Json::textOr(Json::first(o, {"ip"_L1, "ip_address"_L1}));
    if (const std::optional<qint64> port = Json::integer(o.value("snmp_port"_L1)); port && *port > 0 && *port < 65536)
        olt.snmpPort = int(*port);
    return olt;
}

// "-24.95 dBm / -30.46 dBm (1447m)" -> 1447.
std::optional<int> distanceIn(const QString &text)
{
    static const QRegularExpression metres(u"\\((\\d+)\\s*m\\)"_s);
    const QRegularExpressionMatch match = metres.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

// A CLI label, whatever the spacing and case: "Rx optical power(dBm)".
QJsonValue label(const QJsonObject &section, QStringView wanted)
{
    const QString key = wanted.toString().remove(u' ').toLower();
    for (auto it = section.constBegin(); it != section.constEnd(); ++it) {
        if (QString(it.key()).remove(u' ').toLower() == key)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject sectionOf(const QJsonObject &json, QStringView wanted)
{
    return label(json, wanted).toObject();
}

} // namespace

std::pair<QString, QString> vendorAndModel(const QString &hardwareVersion)
{
    const QString text = hardwareVersion.trimmed();
    static const QRegularExpression separators(u"^[-_ ]+"_s);
    for (const auto &[prefix, vendor] : KnownVendors) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return {vendor.toString(), text.mid(prefix.size()).remove(separators).trimmed()};
    }
    // Unknown: "Acme-X1" -> "acme", "X1".
    static const QRegularExpression separator(u"[-_ ]"_s);
    const qsizetype cut = text.indexOf(separator);
    if (cut <= 0)
        return {text.toLower(), text};
    return {text.left(cut).toLower(), text.mid(cut + 1).trimmed()};
}

ApiResult<QList<Olt>> parseOlts(const QByteArray &body)
{
    // "response" live; "olts" in one hand-made collection.
    return parseList<Olt>(body, u"get_olts"_s, {"response"_L1, "olts"_L1, "data"_L1}, nullptr, oltOf);
}

ApiResult<QList<Onu>> parseOnuDetails(const QByteArray &body, const QTimeZone &zone, PageInfo *page)
{
    QJsonObject head;
    ApiResult<QList<Onu>> result = parseList<Onu>(
        body, u"get_all_onus_details"_s, {"onus"_L1, "response"_L1}, page,
        [&zone](const QJsonObject &o) { return onuDetailsOf(o, zone); }, &head);
    if (result.ok() && page) {
        // The paged form: {"page":1,"page_size":100,"total_items":758,"total_pages":8,"onus":[...]}.
        const std::optional<qint64> number = Json::integer(head.value("page"_L1));
        const std::optional<qint64> size = Json::integer(head.value("page_size"_L1));
        if (number && size) {
            page->offset = (*number - 1) * *size;
            page->limit = size;
        }
        page->total = Json::integer(head.value("total_items"_L1));
    }
    return result;
}

ApiResult<QList<Onu>> parseOnuStatuses(const QByteArray &body, const QTimeZone &zone, PageInfo *page)
{
    return parseList<Onu>(body, u"get_onus_statuses"_s, {"response"_L1, "onus"_L1}, page,
                          [&zone](const QJsonObject &o) { return onuBase(o, zone); });
}

ApiResult<QList<OnuSignal>> parseOnuSignals(const QByteArray &body, PageInfo *page)
{
    return parseList<OnuSignal>(body, u"get_onus_signals"_s, {"response"_L1, "onus"_L1}, page, signalOf);
}

ApiResult<OnuState> parseOnuStatus(const QByteArray &body, const QTimeZone &zone)
{
    const QString endpoint = u"get_onu_status"_s;
    const ApiResult<QJsonValue> checked = envelope(body, endpoint, {"onu_status"_L1, "response"_L1});
    if (!checked.ok())
        return ApiResult<OnuState>::failure(checked.error);
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value("response"_L1).isObject())
        object = object.value("response"_L1).toObject();
    OnuState state;
    QJsonValue value = object.value("onu_status"_L1);
    if (Json::isBlank(value) && object.value("status"_L1).isString())
        value = object.value("status"_L1); // inside a "response" object
    state.statusText = Json::textOr(value);
    if (state.statusText.isEmpty())
        return ApiResult<OnuState>::failure(Json::protocolError(Source, endpoint, u"the answer has no ONU status"_s));
    state.status = onuStatusFromString(state.statusText);
    state.lastStatusChange = Json::unixTime(object.value("last_status_change"_L1), zone);
    return ApiResult<OnuState>::success(state);
}

ApiResult<OnuSignal> parseOnuSignal(const QByteArray &body)
{
    const QString endpoint = u"get_onu_signal"_s;
    const ApiResult<QJsonValue> checked
        = envelope(body, endpoint, {"onu_signal"_L1, "onu_signal_1490"_L1, "response"_L1});
    if (!checked.ok())
        return ApiResult<OnuSignal>::failure(checked.error);
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value("response"_L1).isObject())
        object = object.value("response"_L1).toObject();
    OnuSignal s;
    s.quality = Json::textOr(Json::first(object, {"onu_signal"_L1, "signal"_L1}));
    s.rxPowerDbm = dbm(Json::first(object, {"onu_signal_1490"_L1, "signal_1490"_L1}));
    s.oltRxPowerDbm = dbm(Json::first(object, {"onu_signal_1310"_L1, "signal_1310"_L1}));
    const QString value = Json::textOr(object.value("onu_signal_value"_L1));
    if (!s.rxPowerDbm && !value.isEmpty()) {
        // Only the combined text: "-24.95 dBm / -30.46 dBm (1447m)".
        const QStringList parts = value.split(u'/');
        s.rxPowerDbm = Json::number(QJsonValue(parts.value(0)));
        s.oltRxPowerDbm = Json::number(QJsonValue(parts.value(1).section(u'(', 0, 0)));
    }
    s.distanceM = distanceIn(value);
    return ApiResult<OnuSignal>::success(s);
}

ApiResult<OnuFullStatus> parseOnuFullStatus(const QByteArray &body)
{
    const QString endpoint = u"get_onu_full_status_info"_s;
    const ApiResult<QJsonValue> checked
        = envelope(body, endpoint, {"full_status_json"_L1, "full_status_info"_L1, "response"_L1});
    if (!checked.ok())
        return ApiResult<OnuFullStatus>::failure(checked.error);
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value("response"_L1).isObject())
        object = object.value("response"_L1).toObject();

    OnuFullStatus status;
    status.rawText = object.value("full_status_info"_L1).toString();
    const QJsonValue json = object.value("full_status_json"_L1);
    if (json.isObject()) {
        status.json = json.toObject();
    } else if (json.isString() && !Json::isBlank(json)) {
        // Sometimes a JSON document inside a string.
        const ApiResult<QJsonDocument> inner = Json::parse(json.toString().toUtf8(), Source, endpoint);
        if (!inner.ok() || !inner.value->isObject())
            return ApiResult<OnuFullStatus>::failure(
                Json::protocolError(Source, endpoint, u"full_status_json is a string but not a JSON object"_s));
        status.json = inner.value->object();
    }
    if (status.json.isEmpty() && status.rawText.isEmpty())
        return ApiResult<OnuFullStatus>::failure(
            Json::protocolError(Source, endpoint, u"the answer has neither full_status_json nor full_status_info"_s));

    const QJsonObject optical = sectionOf(status.json, u"Optical status");
    status.rxPowerDbm = Json::number(label(optical, u"Rx optical power(dBm)"));
    status.txPowerDbm = Json::number(label(optical, u"Tx optical power(dBm)"));
    status.oltRxPowerDbm = Json::number(label(optical, u"OLT Rx ONT optical power(dBm)"));
    status.temperatureC = Json::number(label(optical, u"Temperature(C)"));

    const QJsonObject details = sectionOf(status.json, u"ONU details");
    status.runState = Json::textOr(label(details, u"Run state"));
    status.lastDownCause = Json::textOr(label(details, u"Last down cause"));
    status.lastUpTime = Json::textOr(label(details, u"Last up time"));
    status.lastDownTime = Json::textOr(label(details, u"Last down time"));
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (it.key().contains(u"distance", Qt::CaseInsensitive)) {
            if (const std::optional<qint64> metres = Json::integer(QJsonValue(Json::textOr(it.value())));
                metres && *metres > 0)
                status.distanceM = int(*metres);
        }
    }

    // "History": {"1": {"Offline at": ..., "Cause": ...}, ...} (or an array), in index order.
    const QJsonValue history = label(status.json, u"History");
    QList<std::pair<qint64, QJsonObject>> entries;
    if (history.isObject()) {
        const QJsonObject byIndex = history.toObject();
        for (auto it = byIndex.constBegin(); it != byIndex.constEnd(); ++it)
            entries.append({it.key().toLongLong(), it.value().toObject()});
    } else if (history.isArray()) {
        const QJsonArray list = history.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            entries.append({i, list.at(i).toObject()});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, entry] : std::as_const(entries)) {
        Q_UNUSED(index)
        status.history.append({Json::textOr(label(entry, u"Offline at")), Json::textOr(label(entry, u"Cause"))});
    }
    return ApiResult<OnuFullStatus>::success(status);
}

QList<Onu> joinOnus(QList<Onu> details, const QList<Onu> &statuses, const QList<OnuSignal> &signalLevels)
{
    QHash<QString, qsizetype> index;
    index.reserve(details.size());
    for (qsizetype i = 0; i < details.size(); ++i)
        index.insert(details.at(i).externalId, i);

    for (const Onu &state : statuses) {
        const auto found = index.constFind(state.externalId);
        if (found == index.cend()) {
            // Authorised since the details were taken: what the statuses list knows is still worth having.
            index.insert(state.externalId, details.size());
            details.append(state);
            continue;
        }
        Onu &onu = details[*found];
        if (onu.status != OnuStatus::Disabled) {
            onu.status = state.status;
            onu.lastDownCause = state.lastDownCause;
        }
        if (state.lastStatusChange)
            onu.lastStatusChange = state.lastStatusChange;
    }
    for (const OnuSignal &signal : signalLevels) {
        const auto found = index.constFind(signal.externalId);
        if (found == index.cend())
            continue;
        Onu &onu = details[*found];
        onu.rxPowerDbm = signal.rxPowerDbm;
        onu.oltRxPowerDbm = signal.oltRxPowerDbm;
    }
    return details;
}

} // namespace Beholder::SmartOlt
