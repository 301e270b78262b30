// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding of profile walks: index normalisation, per-vendor unit
// conversions and sentinels, run states and serial formatting.
#include "onudecoder.h"

#include <QMap>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

// GPON optics cannot report outside this: class C+ launch power tops at +7 dBm,
// and below -50 dBm there is no light at all. Anything else is an agent artefact.
constexpr double kMinPlausibleDbm = -50.0;
constexpr double kMaxPlausibleDbm = 10.0;
// A Huawei ONT Tx outside -10..+10 dBm is not a Tx (see huaweiTxDbm).
constexpr double kMinPlausibleTxDbm = -10.0;
constexpr qint64 kHuaweiNoValue = 2147483647; // optical columns while the ONT is offline
constexpr int kMaxDistanceM = 60'000;         // GPON logical reach
constexpr qint64 kZteMaxRawLevel = 60'000;
constexpr std::array<qint64, 3> kZteOltRxNoValue = {65'535'000, -80'000, 65'535};

struct Number
{
    double value = 0;
    bool isDbmText = false; // "-24.95": already converted by the agent
};

// A number from an integer-typed value, or from text such as "-2134",
// "-24.95" or "-24.95 dBm". nullopt for every other type and for non-numbers.
std::optional<Number> numberOf(const SnmpValue &v)
{
    switch (v.type) {
    case SnmpValue::Type::Integer:
        return Number{double(v.toLongLong()), false};
    case SnmpValue::Type::Unsigned:
    case SnmpValue::Type::Counter32:
    case SnmpValue::Type::Counter64:
    case SnmpValue::Type::TimeTicks:
        return Number{double(v.toULongLong()), false};
    case SnmpValue::Type::OctetString:
    case SnmpValue::Type::Opaque: {
        QString text = QString::fromLatin1(v.toBytes()).trimmed();
        for (const QString &unit : {u"dBm"_s, u"dB"_s}) {
            if (text.endsWith(unit, Qt::CaseInsensitive)) {
                text = text.chopped(unit.size()).trimmed();
                break;
            }
        }
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        return Number{value, text.contains(u'.')};
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> integerOf(const SnmpValue &v)
{
    const std::optional<Number> n = numberOf(v);
    if (!n || n->value != std::trunc(n->value) || std::abs(n->value) > 9.0e15)
        return std::nullopt;
    return qint64(n->value);
}

// Rounded to 0.001 dBm, the finest step any vendor reports, so that equal
// readings compare equal whatever the floating-point path.
std::optional<double> plausibleDbm(double dbm)
{
    if (dbm < kMinPlausibleDbm || dbm > kMaxPlausibleDbm)
        return std::nullopt;
    return std::round(dbm * 1000.0) / 1000.0;
}

bool isText(const SnmpValue &v)
{
    return v.type == SnmpValue::Type::OctetString || v.type == SnmpValue::Type::Opaque;
}

bool isHexDigits(QStringView text)
{
    for (const QChar c : text)
        if (!c.isDigit() && !(c.toUpper() >= u'A' && c.toUpper() <= u'F'))
            return false;
    return true;
}

bool isVendorId(QStringView text)
{
    for (const QChar c : text)
        if (!(c >= u'A' && c <= u'Z') && !(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9'))
            return false;
    return true;
}

bool isPrintableText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text)
        if (c == QChar::ReplacementCharacter || !(c.isPrint() || c == u' '))
            return false;
    return true;
}

constexpr quint64 onuKey(quint32 ponIfIndex, quint32 onuId)
{
    return quint64(ponIfIndex) << 32 | onuId;
}

// One ONU's cells, one per walked column (Null where it has none), keyed by
// onuKey so that iteration follows ponIfIndex, then onuId.
using OnuCells = QMap<quint64, QList<SnmpValue>>;

// Normalises indexes: a cell belongs to <ponIfIndex>.<onuId> when the rest of
// its index is exactly its column's instanceSuffix; the rows of one ONU (with
// and without ".1") merge into one entry.
OnuCells collectCells(const QList<ProfileColumn> &columns, const SnmpTable &rows, DecodeReport &report)
{
    QList<qsizetype> indexLengths;
    for (const ProfileColumn &c : columns)
        if (!indexLengths.contains(2 + c.instanceSuffix.size()))
            indexLengths.append(2 + c.instanceSuffix.size());

    OnuCells onus;
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        const Oid &index = row.key();
        if (!indexLengths.contains(index.size())) {
            ++report.rowsWithBadIndex;
            continue;
        }
        const quint64 key = onuKey(index.ids().at(0), index.ids().at(1));
        const Oid rest = index.mid(2);
        const qsizetype width = qMin(row->size(), columns.size());
        for (qsizetype c = 0; c < width; ++c) {
            const SnmpValue &value = row->at(c);
            if (value.type == SnmpValue::Type::Null)
                continue;
            if (rest != columns[c].instanceSuffix) {
                ++report.misplacedCells;
                continue;
            }
            if (value.isException()) {
                ++report.exceptionCells;
                continue;
            }
            auto onu = onus.find(key);
            if (onu == onus.end())
                onu = onus.insert(key, QList<SnmpValue>(columns.size()));
            (*onu)[c] = value;
        }
    }
    return onus;
}

bool isNumericPurpose(OidPurpose purpose)
{
    switch (purpose) {
    case OidPurpose::Serial:
    case OidPurpose::Name:
    case OidPurpose::Description:
        return false;
    case OidPurpose::RunState:
    case OidPurpose::LastDownCause:
    case OidPurpose::RxPower:
    case OidPurpose::TxPower:
    case OidPurpose::Voltage:
    case OidPurpose::OltRxPower:
    case OidPurpose::Distance:
        return true;
    }
    return false;
}

// Fills one reading from its cells; counts cells of the wrong type.
void decodeCells(const VendorProfile &profile, const QList<ProfileColumn> &columns, const QList<SnmpValue> &cells,
                 OnuReading &reading, DecodeReport &report)
{
    const bool huawei = profile.family == OltFamily::HuaweiMa5600;
    std::optional<qint64> runState;
    std::optional<qint64> downCause;
    QString name;
    SnmpValue huaweiTx;
    SnmpValue huaweiVoltage;

    for (qsizetype c = 0; c < columns.size(); ++c) {
        const SnmpValue &value = cells.at(c);
        if (value.type == SnmpValue::Type::Null)
            continue;
        const OidPurpose purpose = columns[c].purpose;
        if (isNumericPurpose(purpose) ? !numberOf(value) : !isText(value)) {
            ++report.unreadableCells;
            continue;
        }
        const auto setOnce = [](auto &field, const auto &decoded) {
            if (!field && decoded)
                field = decoded;
        };
        switch (purpose) {
        case OidPurpose::Serial:
            if (reading.serial.isEmpty()) {
                reading.serial = formatOnuSerial(value.toBytes());
                if (reading.serial.isEmpty())
                    ++report.unreadableCells;
            }
            break;
        case OidPurpose::Name:
            if (name.isEmpty())
                name = QString::fromUtf8(value.toBytes()).trimmed();
            break;
        case OidPurpose::Description:
            if (reading.description.isEmpty()) {
                reading.description = QString::fromUtf8(value.toBytes()).trimmed();
                // Huawei fills unset descriptions with this placeholder.
                if (huawei && reading.description.compare(u"ONT_NO_DESCRIPTION"_s, Qt::CaseInsensitive) == 0)
                    reading.description.clear();
            }
            break;
        case OidPurpose::RunState:
            setOnce(runState, integerOf(value));
            break;
        case OidPurpose::LastDownCause:
            setOnce(downCause, integerOf(value));
            break;
        case OidPurpose::RxPower:
            setOnce(reading.rxDbm, huawei ? huaweiPowerDbm(value) : zteOnuPowerDbm(value));
            break;
        case OidPurpose::TxPower:
            if (huawei) {
                if (huaweiTx.type == SnmpValue::Type::Null)
                    huaweiTx = value;
            } else {
                setOnce(reading.txDbm, zteOnuPowerDbm(value));
            }
            break;
        case OidPurpose::Voltage:
            if (huaweiVoltage.type == SnmpValue::Type::Null)
                huaweiVoltage = value;
            break;
        case OidPurpose::OltRxPower:
            setOnce(reading.oltRxDbm, huawei ? huaweiOltRxDbm(value) : zteOltRxDbm(value));
            break;
        case OidPurpose::Distance:
            setOnce(reading.distanceM, distanceMetres(value));
            break;
        }
    }

    if (huawei && !reading.txDbm)
        reading.txDbm = huaweiTxDbm(huaweiTx, huaweiVoltage);
    if (reading.description.isEmpty())
        reading.description = name;

    switch (profile.family) {
    case OltFamily::HuaweiMa5600:
        if (downCause)
            reading.lastDownCause = huaweiLastDownCause(*downCause);
        if (runState)
            reading.state = huaweiRunState(*runState, reading.lastDownCause);
        break;
    case OltFamily::ZteC300:
        if (runState) {
            reading.state = zteC300PhaseState(*runState);
            reading.lastDownCause = zteC300DownCauseFromPhase(*runState);
        }
        break;
    case OltFamily::ZteC600:
        if (runState)
            reading.state = zteC600OnlineStatus(*runState);
        break;
    }
}

} // namespace

QList<OnuReading> decodeOnus(const VendorProfile &profile, const QList<ProfileColumn> &columns, const SnmpTable &rows,
                             const QDateTime &collectedAt, DecodeReport *report)
{
    DecodeReport local;
    DecodeReport &counts = report ? *report : local;
    const OnuCells onus = collectCells(columns, rows, counts);

    QList<OnuReading> readings;
    readings.reserve(onus.size());
    for (auto onu = onus.cbegin(); onu != onus.cend(); ++onu) {
        const auto ponIfIndex = quint32(onu.key() >> 32);
        const std::optional<PonPort> port = decodePonIfIndex(profile.family, ponIfIndex);
        if (!port) {
            ++counts.unknownPorts;
            continue;
        }
        OnuReading reading;
        reading.ponIfIndex = ponIfIndex;
        reading.onuId = quint32(onu.key() & 0xFFFFFFFFu);
        reading.port = *port;
        reading.collectedAt = collectedAt.toUTC();
        decodeCells(profile, columns, *onu, reading, counts);
        readings.append(reading);
    }
    return readings;
}

QList<RawOnuValue> rawOnuValues(const QList<ProfileColumn> &columns, const SnmpTable &rows, DecodeReport *report)
{
    DecodeReport local;
    const OnuCells onus = collectCells(columns, rows, report ? *report : local);

    QList<RawOnuValue> values;
    for (auto onu = onus.cbegin(); onu != onus.cend(); ++onu) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const SnmpValue &value = onu->at(c);
            if (value.type == SnmpValue::Type::Null)
                continue;
            values.append(RawOnuValue{quint32(onu.key() >> 32), quint32(onu.key() & 0xFFFFFFFFu), columns[c].purpose,
                                      columns[c].name, rawDisplay(value)});
        }
    }
    return values;
}

QString rawDisplay(const SnmpValue &value)
{
    if (value.type == SnmpValue::Type::Null || value.isException())
        return {};
    if (isText(value)) {
        const QByteArray bytes = value.toBytes();
        return isPrintableText(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes.toHex().toUpper());
    }
    return value.toString();
}

std::optional<double> huaweiPowerDbm(const SnmpValue &value)
{
    const std::optional<Number> n = numberOf(value);
    if (!n)
        return std::nullopt;
    if (n->isDbmText)
        return plausibleDbm(n->value);
    if (n->value == double(kHuaweiNoValue))
        return std::nullopt;
    return plausibleDbm(n->value / 100.0);
}

std::optional<double> huaweiOltRxDbm(const SnmpValue &value)
{
    const std::optional<Number> n = numberOf(value);
    if (!n)
        return std::nullopt;
    if (n->isDbmText)
        return plausibleDbm(n->value);
    if (n->value == double(kHuaweiNoValue))
        return std::nullopt;
    return plausibleDbm((n->value - 10000.0) / 100.0);
}

std::optional<double> huaweiTxDbm(const SnmpValue &txColumn, const SnmpValue &voltageColumn)
{
    const auto asTx = [](const SnmpValue &v) -> std::optional<double> {
        const std::optional<double> dbm = huaweiPowerDbm(v);
        if (dbm && *dbm >= kMinPlausibleTxDbm)
            return dbm;
        return std::nullopt;
    };
    // The offline sentinel in the MIB's Tx column means the ONT is down: the
    // other column then holds no Tx either, only a voltage or garbage.
    const std::optional<Number> tx = numberOf(txColumn);
    if (tx && !tx->isDbmText && tx->value == double(kHuaweiNoValue))
        return std::nullopt;
    if (const std::optional<double> dbm = asTx(txColumn))
        return dbm;
    return asTx(voltageColumn);
}

std::optional<double> zteOnuPowerDbm(const SnmpValue &value)
{
    const std::optional<Number> n = numberOf(value);
    if (!n)
        return std::nullopt;
    if (n->isDbmText)
        return plausibleDbm(n->value);
    if (n->value <= 0 || n->value > double(kZteMaxRawLevel))
        return std::nullopt;
    return plausibleDbm(n->value * 0.002 - 30.0);
}

std::optional<double> zteOltRxDbm(const SnmpValue &value)
{
    const std::optional<Number> n = numberOf(value);
    if (!n)
        return std::nullopt;
    if (n->isDbmText)
        return plausibleDbm(n->value);
    for (const qint64 noValue : kZteOltRxNoValue)
        if (n->value == double(noValue))
            return std::nullopt;
    return plausibleDbm(n->value / 1000.0);
}

std::optional<int> distanceMetres(const SnmpValue &value)
{
    const std::optional<qint64> metres = integerOf(value);
    if (!metres || *metres < 0 || *metres > kMaxDistanceM)
        return std::nullopt;
    return int(*metres);
}

QString formatOnuSerial(const QByteArray &bytes)
{
    if (bytes.size() == 8) {
        const QString vendor = QString::fromLatin1(bytes.left(4));
        if (!isVendorId(vendor))
            return {};
        return vendor.toUpper() + QString::fromLatin1(bytes.mid(4).toHex().toUpper());
    }
    const QString text = QString::fromLatin1(bytes).trimmed();
    if (text.size() == 12 && isVendorId(text.left(4)) && isHexDigits(text.mid(4)))
        return text.toUpper();
    if (text.size() == 16 && isHexDigits(text))
        return formatOnuSerial(QByteArray::fromHex(text.toLatin1()));
    return {};
}

QString huaweiLastDownCause(qint64 code)
{
    switch (code) {
    case 1:
        return u"LOS"_s;
    case 2:
        return u"LOSi/LOBi"_s;
    case 3:
        return u"LOFi"_s;
    case 4:
        return u"SFi"_s;
    case 5:
        return u"LOAi"_s;
    case 6:
        return u"LOAMi"_s;
    case 7:
        return u"deactivate-fail"_s;
    case 8:
        return u"deactivated"_s;
    case 9:
        return u"reset"_s;
    case 10:
        return u"re-register"_s;
    case 11:
        return u"popup-fail"_s;
    case 12:
        return u"auth-fail"_s;
    case 13:
        return u"dying-gasp"_s;
    case 15:
        return u"LOKi"_s;
    case 18:
        return u"ring"_s;
    case 30:
        return u"optics-shutdown"_s;
    case 31:
        return u"reset-by-command"_s;
    case 32:
        return u"reset-by-button"_s;
    case 33:
        return u"reset-by-software"_s;
    case 34:
        return u"broadcast-attack"_s;
    case 35:
        return u"operator-check-fail"_s;
    case 37:
        return u"rogue-ont"_s;
    default:
        return {};
    }
}

OnuRunState huaweiRunState(qint64 runStatus, const QString &lastDownCause)
{
    switch (runStatus) {
    case 1:
        return OnuRunState::Online;
    case 2:
        if (lastDownCause == u"LOS" || lastDownCause == u"LOSi/LOBi" || lastDownCause == u"LOFi")
            return OnuRunState::Los;
        if (lastDownCause == u"dying-gasp")
            return OnuRunState::DyingGasp;
        if (lastDownCause == u"auth-fail")
            return OnuRunState::AuthFailed;
        return OnuRunState::Offline;
    default:
        return OnuRunState::Unknown;
    }
}

OnuRunState zteC300PhaseState(qint64 phase)
{
    switch (phase) {
    case 0: // logging
    case 2: // syncMib
        return OnuRunState::Initializing;
    case 1:
        return OnuRunState::Los;
    case 3:
        return OnuRunState::Online;
    case 4:
        return OnuRunState::DyingGasp;
    case 5:
        return OnuRunState::AuthFailed;
    case 6:
        return OnuRunState::Offline;
    default:
        return OnuRunState::Unknown;
    }
}

QString zteC300DownCauseFromPhase(qint64 phase)
{
    switch (phase) {
    case 1:
        return u"LOS"_s;
    case 4:
        return u"dying-gasp"_s;
    default:
        return {};
    }
}

OnuRunState zteC600OnlineStatus(qint64 status)
{
    switch (status) {
    case 1:
        return OnuRunState::Online;
    case 2:
        return OnuRunState::Offline;
    default:
        return OnuRunState::Unknown;
    }
}

} // namespace Beholder::Snmp
