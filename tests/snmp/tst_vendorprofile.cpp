// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor profiles and ONU decoding without an agent: PON ifIndex layouts,
// every unit conversion with its sentinels and boundaries, serial formats,
// fingerprints, and decoding of hand-built walk tables including garbage.
#include "snmp/onudecoder.h"
#include "snmp/vendorprofile.h"

#include <QtTest>

using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Beholder::Snmp::SnmpValue)
Q_DECLARE_METATYPE(Beholder::Snmp::OltFamily)
Q_DECLARE_METATYPE(Beholder::Snmp::OidPurpose)
Q_DECLARE_METATYPE(Beholder::Snmp::ProfileColumn::Kind)

namespace {

SnmpValue integer(qlonglong v)
{
    return {SnmpValue::Type::Integer, v};
}
SnmpValue gauge(qulonglong v)
{
    return {SnmpValue::Type::Unsigned, v};
}
SnmpValue text(const QByteArray &bytes)
{
    return {SnmpValue::Type::OctetString, bytes};
}
SnmpValue hexBytes(const char *hex)
{
    return {SnmpValue::Type::OctetString, QByteArray::fromHex(hex)};
}
SnmpValue exception(SnmpValue::Type type)
{
    return {type, {}};
}
SnmpValue objectId(const char *oid)
{
    return {SnmpValue::Type::ObjectId, QVariant::fromValue(Oid::fromString(QString::fromLatin1(oid)))};
}
const SnmpValue none;

const VendorProfile &profile(QStringView id)
{
    const VendorProfile *p = profileById(id);
    if (!p)
        qFatal("no built-in profile %s", qPrintable(id.toString()));
    return *p;
}

// The row of a walk over `columns`: `cells` maps a column's MIB name to its value.
QList<SnmpValue> row(const QList<ProfileColumn> &columns, const QHash<QString, SnmpValue> &cells)
{
    QList<SnmpValue> values(columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c)
        values[c] = cells.value(columns[c].name);
    return values;
}

const QDateTime kCollectedAt = QDateTime::fromString(u"2026-11-18T07:06:40Z"_s, Qt::ISODate);

void addDbmRows(std::initializer_list<std::tuple<const char *, SnmpValue, std::optional<double>>> rows)
{
    for (const auto &[name, value, dbm] : rows)
        QTest::newRow(name) << value << dbm.has_value() << dbm.value_or(0.0);
}

} // namespace

class TestVendorProfile : public QObject
{
    Q_OBJECT

private slots:
    void purposeNames_data();
    void purposeNames();
    void unknownNames();

    void ponIfIndex_data();
    void ponIfIndex();
    void ponIfIndexRejects_data();
    void ponIfIndexRejects();

    void huaweiPower_data();
    void huaweiPower();
    void huaweiOltRx_data();
    void huaweiOltRx();
    void huaweiTxDiscrepancy_data();
    void huaweiTxDiscrepancy();
    void zteOnuPower_data();
    void zteOnuPower();
    void zteOltRx_data();
    void zteOltRx();
    void distance_data();
    void distance();

    void serial_data();
    void serial();
    void rawDisplayForms_data();
    void rawDisplayForms();

    void huaweiLastDownCause_data();
    void huaweiLastDownCause();
    void huaweiRunState_data();
    void huaweiRunState();
    void zteC300Phase_data();
    void zteC300Phase();
    void zteC600Status_data();
    void zteC600Status();

    void profileColumns_data();
    void profileColumns();
    void profileSettings();
    void profileLookup();

    void fingerprints_data();
    void fingerprints();

    void decodeHuawei();
    void decodeZteC320MergesOpticalSuffix();
    void decodeZteC600();
    void decodeStatusOnlyWalk();
    void decodeEmptyTable();
    void rawValues();
};

void TestVendorProfile::purposeNames_data()
{
    QTest::addColumn<OidPurpose>("purpose");
    QTest::addColumn<QString>("name");
    QTest::newRow("serial") << OidPurpose::Serial << u"serial"_s;
    QTest::newRow("name") << OidPurpose::Name << u"name"_s;
    QTest::newRow("description") << OidPurpose::Description << u"description"_s;
    QTest::newRow("run state") << OidPurpose::RunState << u"run_state"_s;
    QTest::newRow("last down cause") << OidPurpose::LastDownCause << u"last_down_cause"_s;
    QTest::newRow("rx") << OidPurpose::RxPower << u"rx_power"_s;
    QTest::newRow("tx") << OidPurpose::TxPower << u"tx_power"_s;
    QTest::newRow("voltage") << OidPurpose::Voltage << u"voltage"_s;
    QTest::newRow("olt rx") << OidPurpose::OltRxPower << u"olt_rx_power"_s;
    QTest::newRow("distance") << OidPurpose::Distance << u"distance"_s;
}

void TestVendorProfile::purposeNames()
{
    QFETCH(OidPurpose, purpose);
    QFETCH(QString, name);
    QCOMPARE(toString(purpose), name);
    QCOMPARE(oidPurposeFromString(name), std::optional<OidPurpose>(purpose));
}

void TestVendorProfile::unknownNames()
{
    QCOMPARE(oidPurposeFromString(u"rx"), std::nullopt);
    QCOMPARE(oidPurposeFromString(u"Serial"), std::nullopt);
    QCOMPARE(oidPurposeFromString(u""), std::nullopt);
    QCOMPARE(toString(ProfileColumn::Kind::Inventory), u"inventory"_s);
    QCOMPARE(toString(ProfileColumn::Kind::Status), u"status"_s);
    QCOMPARE(toString(ProfileColumn::Kind::Optical), u"optical"_s);
    QCOMPARE(columnKindFromString(u"optical"), std::optional(ProfileColumn::Kind::Optical));
    QCOMPARE(columnKindFromString(u"status"), std::optional(ProfileColumn::Kind::Status));
    QCOMPARE(columnKindFromString(u"inventory"), std::optional(ProfileColumn::Kind::Inventory));
    QCOMPARE(columnKindFromString(u"optics"), std::nullopt);
}

void TestVendorProfile::ponIfIndex_data()
{
    QTest::addColumn<OltFamily>("family");
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("port");
    QTest::addColumn<quint32>("ifIndex");
    QTest::newRow("huawei 0/0/0") << OltFamily::HuaweiMa5600 << 0 << 0 << 0 << 4194304000u;
    QTest::newRow("huawei 0/1/0") << OltFamily::HuaweiMa5600 << 0 << 1 << 0 << 4194312192u;
    QTest::newRow("huawei 0/1/15") << OltFamily::HuaweiMa5600 << 0 << 1 << 15 << 4194316032u;
    QTest::newRow("huawei 0/0/1") << OltFamily::HuaweiMa5600 << 0 << 0 << 1 << 4194304256u;
    QTest::newRow("huawei 31/31/31") << OltFamily::HuaweiMa5600 << 31 << 31 << 31 << 0xFA7FFF00u;
    QTest::newRow("zte c320 1/1/1") << OltFamily::ZteC300 << 1 << 1 << 1 << 268501248u;
    QTest::newRow("zte c320 1/1/2") << OltFamily::ZteC300 << 1 << 1 << 2 << 268501504u;
    QTest::newRow("zte c320 2/17/16") << OltFamily::ZteC300 << 2 << 17 << 16 << 0x11111000u;
    QTest::newRow("zte c600 1/1/1") << OltFamily::ZteC600 << 1 << 1 << 1 << 285278465u;
    QTest::newRow("zte c600 1/3/1") << OltFamily::ZteC600 << 1 << 3 << 1 << 285278977u;
}

void TestVendorProfile::ponIfIndex()
{
    QFETCH(OltFamily, family);
    QFETCH(int, frame);
    QFETCH(int, slot);
    QFETCH(int, port);
    QFETCH(quint32, ifIndex);
    const PonPort pon{frame, slot, port};
    QCOMPARE(encodePonIfIndex(family, pon), std::optional<quint32>(ifIndex));
    const std::optional<PonPort> decoded = decodePonIfIndex(family, ifIndex);
    QVERIFY(decoded);
    QCOMPARE(decoded->toString(), pon.toString());
}

void TestVendorProfile::ponIfIndexRejects_data()
{
    QTest::addColumn<OltFamily>("family");
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("port");
    QTest::addColumn<quint32>("ifIndex"); // not a GPON port of that family
    // Huawei ETH 0/1/0 = 0x0E000000 | 1<<13; ZTE C600 ifIndex on a C320; low byte set on C320.
    QTest::newRow("huawei slot 32") << OltFamily::HuaweiMa5600 << 0 << 32 << 0 << 0x0E002000u;
    QTest::newRow("huawei negative frame") << OltFamily::HuaweiMa5600 << -1 << 0 << 0 << 4194304001u;
    QTest::newRow("zte c320 shelf 0") << OltFamily::ZteC300 << 0 << 1 << 1 << 285278465u;
    QTest::newRow("zte c320 shelf 17") << OltFamily::ZteC300 << 17 << 1 << 1 << 0x20010100u;
    QTest::newRow("zte c320 port 256") << OltFamily::ZteC300 << 1 << 1 << 256 << 12345u;
    QTest::newRow("zte c600 slot 256") << OltFamily::ZteC600 << 1 << 256 << 1 << 268501248u;
}

void TestVendorProfile::ponIfIndexRejects()
{
    QFETCH(OltFamily, family);
    QFETCH(int, frame);
    QFETCH(int, slot);
    QFETCH(int, port);
    QFETCH(quint32, ifIndex);
    QCOMPARE(encodePonIfIndex(family, PonPort{frame, slot, port}), std::nullopt);
    QVERIFY(!decodePonIfIndex(family, ifIndex));
}

void TestVendorProfile::huaweiPower_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("dbm");
    addDbmRows({
        {"rx -21.34", integer(-2134), -21.34},
        {"tx 1.63", integer(163), 1.63},
        {"zero", integer(0), 0.0},
        {"lowest plausible", integer(-5000), -50.0},
        {"below plausible", integer(-5001), std::nullopt},
        {"highest plausible", integer(1000), 10.0},
        {"above plausible", integer(1001), std::nullopt},
        {"offline sentinel", integer(2147483647), std::nullopt},
        {"sentinel as unsigned", gauge(2147483647), std::nullopt},
        {"int32 min", integer(-2147483647 - 1), std::nullopt},
        {"text already dBm", text("-24.95"), -24.95},
        {"text with unit", text(" -24.95 dBm "), -24.95},
        {"integer text is raw", text("-2134"), -21.34},
        {"text sentinel", text("2147483647"), std::nullopt},
        {"garbage text", text("N/A"), std::nullopt},
        {"nan text", text("nan"), std::nullopt},
        {"wrong type", objectId("1.3.6"), std::nullopt},
        {"null", none, std::nullopt},
        {"noSuchObject", exception(SnmpValue::Type::NoSuchObject), std::nullopt},
    });
}

void TestVendorProfile::huaweiPower()
{
    QFETCH(SnmpValue, value);
    QFETCH(bool, hasValue);
    QFETCH(double, dbm);
    const std::optional<double> actual = huaweiPowerDbm(value);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*actual, dbm);
}

void TestVendorProfile::huaweiOltRx_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("dbm");
    addDbmRows({
        {"7801", integer(7801), -21.99},
        {"10000 is 0 dBm", integer(10000), 0.0},
        {"5000 lowest plausible", integer(5000), -50.0},
        {"4999 below plausible", integer(4999), std::nullopt},
        {"11000 highest plausible", integer(11000), 10.0},
        {"11001 above plausible", integer(11001), std::nullopt},
        {"zero is -100 dBm", integer(0), std::nullopt},
        {"offline sentinel", integer(2147483647), std::nullopt},
        {"text dBm", text("-23.10"), -23.1},
        {"integer text", text("7801"), -21.99},
    });
}

void TestVendorProfile::huaweiOltRx()
{
    QFETCH(SnmpValue, value);
    QFETCH(bool, hasValue);
    QFETCH(double, dbm);
    const std::optional<double> actual = huaweiOltRxDbm(value);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*actual, dbm);
}

void TestVendorProfile::huaweiTxDiscrepancy_data()
{
    QTest::addColumn<SnmpValue>("txColumn");      // .51.1.3
    QTest::addColumn<SnmpValue>("voltageColumn"); // .51.1.5
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("dbm");
    QTest::newRow("as the MIB says") << integer(163) << integer(3300) << true << 1.63;
    QTest::newRow("swapped: Tx in .5") << integer(3300) << integer(163) << true << 1.63;
    QTest::newRow("both plausible: .3 wins") << integer(250) << integer(163) << true << 2.5;
    QTest::newRow(".3 lowest plausible") << integer(-1000) << integer(3300) << true << -10.0;
    QTest::newRow(".3 below plausible, .5 voltage") << integer(-1001) << integer(3300) << false << 0.0;
    QTest::newRow(".3 below plausible, .5 plausible") << integer(-1001) << integer(200) << true << 2.0;
    QTest::newRow("both voltages") << integer(3300) << integer(3310) << false << 0.0;
    QTest::newRow("offline: .3 sentinel") << integer(2147483647) << integer(163) << false << 0.0;
    QTest::newRow(".3 not walked") << none << integer(250) << true << 2.5;
    QTest::newRow(".3 garbage") << text("bad") << integer(250) << true << 2.5;
    QTest::newRow("neither walked") << none << none << false << 0.0;
}

void TestVendorProfile::huaweiTxDiscrepancy()
{
    QFETCH(SnmpValue, txColumn);
    QFETCH(SnmpValue, voltageColumn);
    QFETCH(bool, hasValue);
    QFETCH(double, dbm);
    const std::optional<double> actual = huaweiTxDbm(txColumn, voltageColumn);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*actual, dbm);
}

void TestVendorProfile::zteOnuPower_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("dbm");
    addDbmRows({
        {"5000", integer(5000), -20.0},
        {"6227", integer(6227), -17.546},
        {"1 smallest valid", integer(1), -29.998},
        {"15000 is 0 dBm", integer(15000), 0.0},
        {"20000 highest plausible", integer(20000), 10.0},
        {"20001 above plausible", integer(20001), std::nullopt},
        {"60000 is +90 dBm", integer(60000), std::nullopt},
        {"60001 invalid", integer(60001), std::nullopt},
        {"65535 offline", integer(65535), std::nullopt},
        {"0 invalid", integer(0), std::nullopt},
        {"negative invalid", integer(-5), std::nullopt},
        {"unsigned", gauge(5000), -20.0},
        {"text dBm", text("-17.55"), -17.55},
        {"integer text", text("5000"), -20.0},
        {"empty text", text(""), std::nullopt},
    });
}

void TestVendorProfile::zteOnuPower()
{
    QFETCH(SnmpValue, value);
    QFETCH(bool, hasValue);
    QFETCH(double, dbm);
    const std::optional<double> actual = zteOnuPowerDbm(value);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*actual, dbm);
}

void TestVendorProfile::zteOltRx_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("dbm");
    addDbmRows({
        {"-21990", integer(-21990), -21.99},
        {"zero", integer(0), 0.0},
        {"-50000 lowest plausible", integer(-50000), -50.0},
        {"-50001 below plausible", integer(-50001), std::nullopt},
        {"10000 highest plausible", integer(10000), 10.0},
        {"10001 above plausible", integer(10001), std::nullopt},
        {"65535000 sentinel", integer(65535000), std::nullopt},
        {"-80000 sentinel", integer(-80000), std::nullopt},
        {"65535 sentinel", integer(65535), std::nullopt},
        {"text dBm", text("-21.99"), -21.99},
        {"wrong type", objectId("1.3"), std::nullopt},
    });
}

void TestVendorProfile::zteOltRx()
{
    QFETCH(SnmpValue, value);
    QFETCH(bool, hasValue);
    QFETCH(double, dbm);
    const std::optional<double> actual = zteOltRxDbm(value);
    QCOMPARE(actual.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*actual, dbm);
}

void TestVendorProfile::distance_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<int>("metres"); // -1: no value
    QTest::newRow("1234") << integer(1234) << 1234;
    QTest::newRow("zero") << integer(0) << 0;
    QTest::newRow("60 km") << integer(60000) << 60000;
    QTest::newRow("beyond reach") << integer(60001) << -1;
    QTest::newRow("invalid -1") << integer(-1) << -1;
    QTest::newRow("sentinel") << integer(2147483647) << -1;
    QTest::newRow("gauge") << gauge(300) << 300;
    QTest::newRow("integer text") << text("850") << 850;
    QTest::newRow("fractional text") << text("850.5") << -1;
    QTest::newRow("garbage") << text("far") << -1;
    QTest::newRow("null") << none << -1;
}

void TestVendorProfile::distance()
{
    QFETCH(SnmpValue, value);
    QFETCH(int, metres);
    QCOMPARE(distanceMetres(value), metres < 0 ? std::nullopt : std::optional<int>(metres));
}

void TestVendorProfile::serial_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("serial");
    QTest::newRow("huawei binary") << QByteArray::fromHex("48575443A1B2C3D4") << u"HWTCA1B2C3D4"_s;
    QTest::newRow("zte binary") << QByteArray::fromHex("5A544547008EEB08") << u"ZTEG008EEB08"_s;
    QTest::newRow("8 printable bytes are binary") << QByteArray("ZTEG1234") << u"ZTEG31323334"_s;
    QTest::newRow("printable 12") << QByteArray("HWTCa1b2c3d4") << u"HWTCA1B2C3D4"_s;
    QTest::newRow("printable 12 padded") << QByteArray(" ZTEGC8A1B2C3 ") << u"ZTEGC8A1B2C3"_s;
    QTest::newRow("hex 16") << QByteArray("48575443a1b2c3d4") << u"HWTCA1B2C3D4"_s;
    QTest::newRow("binary vendor") << QByteArray::fromHex("00010203A1B2C3D4") << QString();
    QTest::newRow("12 not hex") << QByteArray("HWTCZZZZZZZZ") << QString();
    QTest::newRow("16 hex, binary vendor") << QByteArray("00010203A1B2C3D4") << QString();
    QTest::newRow("7 bytes") << QByteArray::fromHex("48575443A1B2C3") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestVendorProfile::serial()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, serial);
    QCOMPARE(formatOnuSerial(bytes), serial);
}

void TestVendorProfile::rawDisplayForms_data()
{
    QTest::addColumn<SnmpValue>("value");
    QTest::addColumn<QString>("display");
    QTest::newRow("binary serial as hex") << hexBytes("48575443A1B2C3D4") << u"48575443A1B2C3D4"_s;
    QTest::newRow("text") << text("cliente-1") << u"cliente-1"_s;
    QTest::newRow("utf-8 text") << text("Pérez") << u"Pérez"_s;
    QTest::newRow("integer") << integer(-2134) << u"-2134"_s;
    QTest::newRow("unsigned") << gauge(4194312192) << u"4194312192"_s;
    QTest::newRow("exception") << exception(SnmpValue::Type::NoSuchInstance) << QString();
    QTest::newRow("null") << none << QString();
}

void TestVendorProfile::rawDisplayForms()
{
    QFETCH(SnmpValue, value);
    QFETCH(QString, display);
    QCOMPARE(rawDisplay(value), display);
}

void TestVendorProfile::huaweiLastDownCause_data()
{
    QTest::addColumn<qlonglong>("code");
    QTest::addColumn<QString>("cause");
    const QList<std::pair<qlonglong, QString>> causes = {
        {1, u"LOS"_s},
        {2, u"LOSi/LOBi"_s},
        {3, u"LOFi"_s},
        {4, u"SFi"_s},
        {5, u"LOAi"_s},
        {6, u"LOAMi"_s},
        {7, u"deactivate-fail"_s},
        {8, u"deactivated"_s},
        {9, u"reset"_s},
        {10, u"re-register"_s},
        {11, u"popup-fail"_s},
        {12, u"auth-fail"_s},
        {13, u"dying-gasp"_s},
        {15, u"LOKi"_s},
        {18, u"ring"_s},
        {30, u"optics-shutdown"_s},
        {31, u"reset-by-command"_s},
        {32, u"reset-by-button"_s},
        {33, u"reset-by-software"_s},
        {34, u"broadcast-attack"_s},
        {35, u"operator-check-fail"_s},
        {37, u"rogue-ont"_s},
        {-1, QString()},
        {0, QString()},
        {14, QString()},
        {36, QString()},
        {2147483647, QString()},
    };
    for (const auto &[code, cause] : causes)
        QTest::addRow("%lld", code) << code << cause;
}

void TestVendorProfile::huaweiLastDownCause()
{
    QFETCH(qlonglong, code);
    QFETCH(QString, cause);
    QCOMPARE(Beholder::Snmp::huaweiLastDownCause(code), cause);
}

void TestVendorProfile::huaweiRunState_data()
{
    QTest::addColumn<qlonglong>("runStatus");
    QTest::addColumn<QString>("lastDownCause");
    QTest::addColumn<QString>("state");
    QTest::newRow("up") << 1LL << QString() << u"online"_s;
    QTest::newRow("up after a LOS") << 1LL << u"LOS"_s << u"online"_s;
    QTest::newRow("down LOS") << 2LL << u"LOS"_s << u"los"_s;
    QTest::newRow("down LOSi") << 2LL << u"LOSi/LOBi"_s << u"los"_s;
    QTest::newRow("down LOFi") << 2LL << u"LOFi"_s << u"los"_s;
    QTest::newRow("down dying gasp") << 2LL << u"dying-gasp"_s << u"dying-gasp"_s;
    QTest::newRow("down auth fail") << 2LL << u"auth-fail"_s << u"auth-failed"_s;
    QTest::newRow("down reset") << 2LL << u"reset"_s << u"offline"_s;
    QTest::newRow("down, cause unknown") << 2LL << QString() << u"offline"_s;
    QTest::newRow("invalid") << -1LL << QString() << u"unknown"_s;
    QTest::newRow("out of range") << 7LL << QString() << u"unknown"_s;
}

void TestVendorProfile::huaweiRunState()
{
    QFETCH(qlonglong, runStatus);
    QFETCH(QString, lastDownCause);
    QFETCH(QString, state);
    QCOMPARE(toString(Beholder::Snmp::huaweiRunState(runStatus, lastDownCause)), state);
}

void TestVendorProfile::zteC300Phase_data()
{
    QTest::addColumn<qlonglong>("phase");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("cause");
    QTest::newRow("logging") << 0LL << u"initializing"_s << QString();
    QTest::newRow("los") << 1LL << u"los"_s << u"LOS"_s;
    QTest::newRow("syncMib") << 2LL << u"initializing"_s << QString();
    QTest::newRow("working") << 3LL << u"online"_s << QString();
    QTest::newRow("dyinggasp") << 4LL << u"dying-gasp"_s << u"dying-gasp"_s;
    QTest::newRow("authFailed") << 5LL << u"auth-failed"_s << QString();
    QTest::newRow("offline") << 6LL << u"offline"_s << QString();
    QTest::newRow("7") << 7LL << u"unknown"_s << QString();
    QTest::newRow("-1") << -1LL << u"unknown"_s << QString();
}

void TestVendorProfile::zteC300Phase()
{
    QFETCH(qlonglong, phase);
    QFETCH(QString, state);
    QFETCH(QString, cause);
    QCOMPARE(toString(zteC300PhaseState(phase)), state);
    QCOMPARE(zteC300DownCauseFromPhase(phase), cause);
}

void TestVendorProfile::zteC600Status_data()
{
    QTest::addColumn<qlonglong>("status");
    QTest::addColumn<QString>("state");
    QTest::newRow("online") << 1LL << u"online"_s;
    QTest::newRow("offline") << 2LL << u"offline"_s;
    QTest::newRow("0") << 0LL << u"unknown"_s;
    QTest::newRow("4") << 4LL << u"unknown"_s;
}

void TestVendorProfile::zteC600Status()
{
    QFETCH(qlonglong, status);
    QFETCH(QString, state);
    QCOMPARE(toString(zteC600OnlineStatus(status)), state);
}

void TestVendorProfile::profileColumns_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<OidPurpose>("purpose");
    QTest::addColumn<QString>("oid");
    QTest::addColumn<ProfileColumn::Kind>("kind");
    QTest::addColumn<QString>("instanceSuffix");
    using K = ProfileColumn::Kind;
    using P = OidPurpose;
    const QString hw = u"1.3.6.1.4.1.2011.6.128.1.1.2."_s;
    const QString zte = u"1.3.6.1.4.1.3902.1012.3."_s;
    const QString v2 = u"1.3.6.1.4.1.3902.1082.500."_s;
    const QList<std::tuple<QString, QString, P, QString, K, QString>> columns = {
        {u"huawei-ma5600"_s, u"hwGponDeviceOntSn"_s, P::Serial, hw + u"43.1.3", K::Inventory, {}},
        {u"huawei-ma5600"_s, u"hwGponDeviceOntDespt"_s, P::Description, hw + u"43.1.9", K::Inventory, {}},
        {u"huawei-ma5600"_s, u"hwGponDeviceOntControlRunStatus"_s, P::RunState, hw + u"46.1.15", K::Status, {}},
        {u"huawei-ma5600"_s,
         u"hwGponDeviceOntControlLastDownCause"_s,
         P::LastDownCause,
         hw + u"46.1.24",
         K::Status,
         {}},
        {u"huawei-ma5600"_s, u"hwGponDeviceOntControlRanging"_s, P::Distance, hw + u"46.1.20", K::Status, {}},
        {u"huawei-ma5600"_s, u"hwGponOntOpticalDdmRxPower"_s, P::RxPower, hw + u"51.1.4", K::Optical, {}},
        {u"huawei-ma5600"_s, u"hwGponOntOpticalDdmTxPower"_s, P::TxPower, hw + u"51.1.3", K::Optical, {}},
        {u"huawei-ma5600"_s, u"hwGponOntOpticalDdmVoltage"_s, P::Voltage, hw + u"51.1.5", K::Optical, {}},
        {u"huawei-ma5600"_s, u"hwGponOntOpticalDdmOltRxOntPower"_s, P::OltRxPower, hw + u"51.1.6", K::Optical, {}},
        {u"zte-c320"_s, u"zxGponOntProvisionSn"_s, P::Serial, zte + u"28.1.1.5", K::Inventory, {}},
        {u"zte-c320"_s, u"zxGponOntName"_s, P::Name, zte + u"28.1.1.2", K::Inventory, {}},
        {u"zte-c320"_s, u"zxGponOntDescription"_s, P::Description, zte + u"28.1.1.3", K::Inventory, {}},
        {u"zte-c320"_s, u"zxGponOntPhaseState"_s, P::RunState, zte + u"28.2.1.4", K::Status, {}},
        {u"zte-c320"_s, u"zxGponRTDDistance"_s, P::Distance, zte + u"11.4.1.2", K::Status, {}},
        {u"zte-c320"_s, u"zxGponPonRxOpticalLevel"_s, P::RxPower, zte + u"50.12.1.1.10", K::Optical, u"1"_s},
        {u"zte-c320"_s, u"zxGponPonTxOpticalLevel"_s, P::TxPower, zte + u"50.12.1.1.14", K::Optical, u"1"_s},
        {u"zte-c320"_s,
         u"zxAnPonRxOpticalPower"_s,
         P::OltRxPower,
         u"1.3.6.1.4.1.3902.1015.1010.11.2.1.2"_s,
         K::Optical,
         {}},
        {u"zte-c600"_s, u"zteC600OnuSn"_s, P::Serial, v2 + u"10.2.3.3.1.6", K::Inventory, {}},
        {u"zte-c600"_s, u"zteC600OnuInfoSn"_s, P::Serial, v2 + u"20.2.1.2.1.3", K::Inventory, {}},
        {u"zte-c600"_s, u"zteC600OnuName"_s, P::Name, v2 + u"10.2.3.3.1.2", K::Inventory, {}},
        {u"zte-c600"_s, u"zteC600OnuDescription"_s, P::Description, v2 + u"10.2.3.3.1.3", K::Inventory, {}},
        {u"zte-c600"_s, u"zteC600OnuOnlineStatus"_s, P::RunState, v2 + u"20.2.1.2.1.7", K::Status, {}},
        {u"zte-c600"_s, u"zteC600OnuDistance"_s, P::Distance, v2 + u"10.2.3.10.1.2", K::Status, {}},
        {u"zte-c600"_s, u"zteC600OnuRxPower"_s, P::RxPower, v2 + u"20.2.2.2.1.10", K::Optical, u"1"_s},
        {u"zte-c600"_s, u"zxAnPonRxOpticalPower"_s, P::OltRxPower, v2 + u"1.2.4.2.1.2", K::Optical, {}},
    };
    for (const auto &[id, name, purpose, oid, kind, suffix] : columns)
        QTest::addRow("%s %s", qPrintable(id), qPrintable(name)) << id << name << purpose << oid << kind << suffix;
}

void TestVendorProfile::profileColumns()
{
    QFETCH(QString, profileId);
    QFETCH(QString, name);
    QFETCH(OidPurpose, purpose);
    QFETCH(QString, oid);
    QFETCH(ProfileColumn::Kind, kind);
    QFETCH(QString, instanceSuffix);
    const VendorProfile &p = profile(profileId);
    const auto column
        = std::find_if(p.columns.cbegin(), p.columns.cend(), [&](const ProfileColumn &c) { return c.name == name; });
    QVERIFY2(column != p.columns.cend(), qPrintable(name));
    QCOMPARE(toString(column->purpose), toString(purpose));
    QCOMPARE(column->column.toString(), oid);
    QCOMPARE(toString(column->kind), toString(kind));
    QCOMPARE(column->instanceSuffix.toString(), instanceSuffix);
    QCOMPARE(int(std::count_if(p.columns.cbegin(), p.columns.cend(),
                               [&](const ProfileColumn &c) { return c.name == name; })),
             1);
}

void TestVendorProfile::profileSettings()
{
    const VendorProfile &huawei = profile(u"huawei-ma5600");
    QCOMPARE(huawei.brand, u"Huawei"_s);
    QCOMPARE(huawei.enterprise, 2011u);
    QCOMPARE(huawei.columns.size(), 9);
    QCOMPARE(huawei.walkConcurrency, 1);
    QCOMPARE(huawei.timeoutMs, 20000);
    QCOMPARE(huawei.retries, 2);
    QCOMPARE(huawei.opticalInterval, std::chrono::seconds(3600));
    QCOMPARE(huawei.statusInterval, std::chrono::seconds(300));
    QVERIFY(!huawei.needsProbe);

    const VendorProfile &c320 = profile(u"zte-c320");
    QCOMPARE(c320.brand, u"ZTE"_s);
    QCOMPARE(c320.enterprise, 3902u);
    QCOMPARE(c320.columns.size(), 8);
    QCOMPARE(c320.walkConcurrency, 2);
    QVERIFY(c320.maxRepetitions > 0); // max-repetitions 0 hangs a C300
    QCOMPARE(c320.opticalInterval, std::chrono::seconds(3600));
    QVERIFY(!c320.needsProbe);

    const VendorProfile &c600 = profile(u"zte-c600");
    QCOMPARE(c600.columns.size(), 8);
    QVERIFY(c600.needsProbe);
    QCOMPARE(c600.opticalInterval, std::chrono::seconds(3600));

    for (const VendorProfile &p : builtinProfiles()) {
        const Oid enterprise({1, 3, 6, 1, 4, 1, p.enterprise});
        for (const ProfileColumn &c : p.columns)
            QVERIFY2(c.column.size() > enterprise.size() && c.column.startsWith(enterprise), qPrintable(c.name));
        QCOMPARE(p.intervalOf(ProfileColumn::Kind::Optical), p.opticalInterval);
        QCOMPARE(p.intervalOf(ProfileColumn::Kind::Status), p.statusInterval);
        QCOMPARE(p.intervalOf(ProfileColumn::Kind::Inventory), p.inventoryInterval);
        QVERIFY(p.statusInterval < p.opticalInterval);
    }

    const QList<ProfileColumn> optical = huawei.columnsOf(ProfileColumn::Kind::Optical);
    QCOMPARE(optical.size(), 4);
    QCOMPARE(columnOids(optical),
             (QList<Oid>{Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.4"),
                         Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.3"),
                         Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.5"),
                         Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.6")}));

    SnmpTarget target;
    target.host = u"10.0.0.1"_s;
    target.community = "olt";
    huawei.applyTo(target);
    QCOMPARE(target.walkConcurrency, 1);
    QCOMPARE(target.timeoutMs, 20000);
    QCOMPARE(target.retries, 2);
    QCOMPARE(target.maxRepetitions, huawei.maxRepetitions);
    QCOMPARE(target.host, u"10.0.0.1"_s);
    QCOMPARE(target.community, QByteArray("olt"));
}

void TestVendorProfile::profileLookup()
{
    QCOMPARE(builtinProfiles().size(), 3);
    for (const VendorProfile &p : builtinProfiles())
        QCOMPARE(profileById(p.id), &p);
    QCOMPARE(profileById(u"huawei-ma5600")->family, OltFamily::HuaweiMa5600);
    QCOMPARE(profileById(u"zte-c320")->family, OltFamily::ZteC300);
    QCOMPARE(profileById(u"zte-c600")->family, OltFamily::ZteC600);
    QVERIFY(!profileById(u"fiberhome-an5516"));
    QVERIFY(!profileById(u""));
}

void TestVendorProfile::fingerprints_data()
{
    QTest::addColumn<QString>("sysObjectId");
    QTest::addColumn<QString>("sysDescr");
    QTest::addColumn<QString>("profileId"); // empty: no profile
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("model");
    const QString ma5600 = u"MA5600T/MA5608T/MA5800"_s;
    const QString huaweiDescr = u"Huawei Integrated Access Software"_s;
    const QString c600Descr = u"ZXA10 C600, ZTE ZXA10 Software Version: V1.2.2"_s;
    QTest::newRow("huawei oid and descr")
        << u"1.3.6.1.4.1.2011.2.248"_s << huaweiDescr << u"huawei-ma5600"_s << u"Huawei"_s << ma5600;
    QTest::newRow("huawei oid only") << u".1.3.6.1.4.1.2011.2.248"_s << QString() << u"huawei-ma5600"_s << u"Huawei"_s
                                     << ma5600;
    QTest::newRow("huawei descr, other oid")
        << u"1.3.6.1.4.1.2011.2.300"_s << huaweiDescr << u"huawei-ma5600"_s << u"Huawei"_s << ma5600;
    QTest::newRow("huawei switch") << u"1.3.6.1.4.1.2011.2.23.1"_s << u"Huawei Versatile Routing Platform"_s
                                   << QString() << u"Huawei"_s << QString();
    QTest::newRow("zte c320 v2.1.0") << u"1.3.6.1.4.1.3902.1082.1001.320.2.1"_s << QString() << u"zte-c320"_s
                                     << u"ZTE"_s << u"C320"_s;
    QTest::newRow("zte c320 v2.0.1") << u"1.3.6.1.4.1.3902.1082.1001.320.2"_s << u"ZXA10 C320"_s << u"zte-c320"_s
                                     << u"ZTE"_s << u"C320"_s;
    QTest::newRow("zte c300 by descr") << u"1.3.6.1.4.1.3902.1082.1001.9999"_s << u"ZXA10 C300"_s << u"zte-c320"_s
                                       << u"ZTE"_s << u"C300"_s;
    QTest::newRow("zte c600 oid and descr")
        << u"1.3.6.1.4.1.3902.1082.1001.600.1.1"_s << c600Descr << u"zte-c600"_s << u"ZTE"_s << u"C600"_s;
    QTest::newRow("zte c600 oid only") << u"1.3.6.1.4.1.3902.1082.1001.600.1.1"_s << QString() << u"zte-c600"_s
                                       << u"ZTE"_s << u"C600"_s;
    QTest::newRow("zte c620 by descr") << u"1.3.6.1.4.1.3902.1082.1001.9999"_s
                                       << u"ZXA10 C620, ZTE ZXA10 Software Version: V1.2.5"_s << u"zte-c600"_s
                                       << u"ZTE"_s << u"C620"_s;
    QTest::newRow("zte unknown model") << u"1.3.6.1.4.1.3902.1082.1001.9999"_s << u"ZXAN"_s << u"zte-c320"_s << u"ZTE"_s
                                       << QString();
    QTest::newRow("fiberhome") << u"1.3.6.1.4.1.5875.800.1001.13"_s << u"AN5516-06"_s << QString() << u"FiberHome"_s
                               << QString();
    QTest::newRow("v-sol gpon") << u"1.3.6.1.4.1.37950.1.1.6"_s << QString() << QString() << u"V-SOL"_s << u"V1600G"_s;
    QTest::newRow("v-sol epon") << u"1.3.6.1.4.1.37950.1.1.5.1"_s << QString() << QString() << u"V-SOL"_s
                                << u"V1600D"_s;
    QTest::newRow("mikrotik") << u"1.3.6.1.4.1.14988.1"_s << u"RouterOS CHR"_s << QString() << u"MikroTik"_s
                              << QString();
    QTest::newRow("mikrotik pen wins over descr")
        << u"1.3.6.1.4.1.14988.1"_s << huaweiDescr << QString() << u"MikroTik"_s << QString();
    QTest::newRow("cambium") << u"1.3.6.1.4.1.17713.21"_s << QString() << QString() << u"Cambium"_s << QString();
    QTest::newRow("unknown pen") << u"1.3.6.1.4.1.9.1.1208"_s << u"Cisco IOS Software"_s << QString() << QString()
                                 << QString();
    QTest::newRow("unknown pen, zte descr")
        << u"1.3.6.1.4.1.9.1.1"_s << c600Descr << u"zte-c600"_s << u"ZTE"_s << u"C600"_s;
    QTest::newRow("no oid, huawei descr") << QString() << huaweiDescr << u"huawei-ma5600"_s << u"Huawei"_s << ma5600;
    QTest::newRow("enterprises only") << u"1.3.6.1.4.1"_s << QString() << QString() << QString() << QString();
    QTest::newRow("not under enterprises") << u"1.3.6.1.2.1.2011"_s << QString() << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestVendorProfile::fingerprints()
{
    QFETCH(QString, sysObjectId);
    QFETCH(QString, sysDescr);
    QFETCH(QString, profileId);
    QFETCH(QString, vendor);
    QFETCH(QString, model);
    const Fingerprint f = fingerprint(Oid::fromString(sysObjectId), sysDescr);
    QCOMPARE(f.profile ? f.profile->id : QString(), profileId);
    QCOMPARE(f.vendor, vendor);
    QCOMPARE(f.model, model);
    QCOMPARE(f.isRecognised(), !vendor.isEmpty());
    QCOMPARE(f.isSupported(), !profileId.isEmpty());
}

void TestVendorProfile::decodeHuawei()
{
    const VendorProfile &p = profile(u"huawei-ma5600");
    const QList<ProfileColumn> &columns = p.columns;
    SnmpTable rows;
    rows.insert(Oid({4194312192u, 0}),
                row(columns,
                    {
                        {u"hwGponDeviceOntSn"_s, hexBytes("48575443A1B2C3D4")},
                        {u"hwGponDeviceOntDespt"_s, text("cliente-1")},
                        {u"hwGponDeviceOntControlRunStatus"_s, integer(1)},
                        {u"hwGponDeviceOntControlLastDownCause"_s, integer(-1)},
                        {u"hwGponDeviceOntControlRanging"_s, integer(1234)},
                        {u"hwGponOntOpticalDdmRxPower"_s, integer(-2134)},
                        {u"hwGponOntOpticalDdmTxPower"_s, integer(163)},
                        {u"hwGponOntOpticalDdmVoltage"_s, integer(3300)},
                        {u"hwGponOntOpticalDdmOltRxOntPower"_s, integer(7801)},
                    }));
    // Offline after a dying gasp: every optical column holds the sentinel.
    rows.insert(Oid({4194312192u, 1}),
                row(columns,
                    {
                        {u"hwGponDeviceOntSn"_s, text("HWTC0000abcd")},
                        {u"hwGponDeviceOntDespt"_s, text("ONT_NO_DESCRIPTION")},
                        {u"hwGponDeviceOntControlRunStatus"_s, integer(2)},
                        {u"hwGponDeviceOntControlLastDownCause"_s, integer(13)},
                        {u"hwGponDeviceOntControlRanging"_s, integer(-1)},
                        {u"hwGponOntOpticalDdmRxPower"_s, integer(2147483647)},
                        {u"hwGponOntOpticalDdmTxPower"_s, integer(2147483647)},
                        {u"hwGponOntOpticalDdmVoltage"_s, integer(2147483647)},
                        {u"hwGponOntOpticalDdmOltRxOntPower"_s, integer(2147483647)},
                    }));
    // Garbage of every kind, on 0/0/1.
    rows.insert(Oid({4194304256u, 5}),
                row(columns,
                    {
                        {u"hwGponDeviceOntSn"_s, integer(42)},                                   // wrong type
                        {u"hwGponDeviceOntDespt"_s, exception(SnmpValue::Type::NoSuchInstance)}, // exception
                        {u"hwGponDeviceOntControlRunStatus"_s, text("2")},                       // number text
                        {u"hwGponDeviceOntControlLastDownCause"_s, gauge(1)},
                        {u"hwGponDeviceOntControlRanging"_s, objectId("1.3.6.1")}, // wrong type
                        {u"hwGponOntOpticalDdmRxPower"_s, text("-24.95")},
                        {u"hwGponOntOpticalDdmTxPower"_s, integer(3300)}, // swapped with voltage
                        {u"hwGponOntOpticalDdmVoltage"_s, integer(210)},
                        {u"hwGponOntOpticalDdmOltRxOntPower"_s, gauge(7000)},
                    }));
    // A short row (fewer values than columns) on 0/1/15.
    rows.insert(Oid({4194316032u, 127}), {hexBytes("48575443000000FF"), text("  spaced  ")});
    rows.insert(Oid({4194312192u}), row(columns, {{u"hwGponDeviceOntSn"_s, hexBytes("4857544300000001")}}));
    rows.insert(Oid({4194312192u, 0, 1}), row(columns, {{u"hwGponDeviceOntSn"_s, hexBytes("4857544300000002")}}));
    rows.insert(Oid({12345u, 3}), row(columns, {{u"hwGponDeviceOntSn"_s, hexBytes("4857544300000003")}}));

    DecodeReport report;
    const QList<OnuReading> onus = decodeOnus(p, columns, rows, kCollectedAt, &report);
    QCOMPARE(onus.size(), 4);

    const OnuReading &garbage = onus[0];
    QCOMPARE(garbage.ponIfIndex, 4194304256u);
    QCOMPARE(garbage.onuId, 5u);
    QCOMPARE(garbage.location(), u"0/0/1:5"_s);
    QCOMPARE(garbage.serial, QString());
    QCOMPARE(garbage.description, QString());
    QCOMPARE(garbage.lastDownCause, u"LOS"_s);
    QCOMPARE(toString(garbage.state), u"los"_s);
    QCOMPARE(garbage.distanceM, std::nullopt);
    QCOMPARE(garbage.rxDbm, std::optional(-24.95));
    QCOMPARE(garbage.txDbm, std::optional(2.1));
    QCOMPARE(garbage.oltRxDbm, std::optional(-30.0));

    const OnuReading &online = onus[1];
    QCOMPARE(online.location(), u"0/1/0:0"_s);
    QCOMPARE(online.serial, u"HWTCA1B2C3D4"_s);
    QCOMPARE(online.description, u"cliente-1"_s);
    QCOMPARE(toString(online.state), u"online"_s);
    QCOMPARE(online.lastDownCause, QString());
    QCOMPARE(online.distanceM, std::optional(1234));
    QCOMPARE(online.rxDbm, std::optional(-21.34));
    QCOMPARE(online.txDbm, std::optional(1.63));
    QCOMPARE(online.oltRxDbm, std::optional(-21.99));
    QCOMPARE(online.collectedAt, kCollectedAt);
    QCOMPARE(online.collectedAt.timeSpec(), Qt::UTC);

    const OnuReading &dyingGasp = onus[2];
    QCOMPARE(dyingGasp.location(), u"0/1/0:1"_s);
    QCOMPARE(dyingGasp.serial, u"HWTC0000ABCD"_s);
    QCOMPARE(dyingGasp.description, QString());
    QCOMPARE(toString(dyingGasp.state), u"dying-gasp"_s);
    QCOMPARE(dyingGasp.lastDownCause, u"dying-gasp"_s);
    QCOMPARE(dyingGasp.distanceM, std::nullopt);
    QCOMPARE(dyingGasp.rxDbm, std::nullopt);
    QCOMPARE(dyingGasp.txDbm, std::nullopt);
    QCOMPARE(dyingGasp.oltRxDbm, std::nullopt);

    const OnuReading &shortRow = onus[3];
    QCOMPARE(shortRow.location(), u"0/1/15:127"_s);
    QCOMPARE(shortRow.serial, u"HWTC000000FF"_s);
    QCOMPARE(shortRow.description, u"spaced"_s);
    QCOMPARE(toString(shortRow.state), u"unknown"_s);
    QCOMPARE(shortRow.rxDbm, std::nullopt);

    QCOMPARE(report.rowsWithBadIndex, 2);
    QCOMPARE(report.unknownPorts, 1);
    QCOMPARE(report.exceptionCells, 1);
    QCOMPARE(report.unreadableCells, 2); // the Integer serial, the OID distance
    QCOMPARE(report.misplacedCells, 0);
}

void TestVendorProfile::decodeZteC320MergesOpticalSuffix()
{
    const VendorProfile &p = profile(u"zte-c320");
    const QList<ProfileColumn> &columns = p.columns;
    constexpr quint32 pon1 = 268501248; // gpon-olt_1/1/1
    constexpr quint32 pon2 = 268501504; // gpon-olt_1/1/2
    SnmpTable rows;
    rows.insert(Oid({pon1, 1}),
                row(columns,
                    {
                        {u"zxGponOntProvisionSn"_s, hexBytes("5A544547C8A1B2C3")},
                        {u"zxGponOntName"_s, text("cliente-a")},
                        {u"zxGponOntDescription"_s, text("")},
                        {u"zxGponOntPhaseState"_s, integer(3)},
                        {u"zxGponRTDDistance"_s, integer(850)},
                    }));
    rows.insert(Oid({pon1, 1, 1}),
                row(columns,
                    {
                        {u"zxGponPonRxOpticalLevel"_s, integer(5000)},
                        {u"zxGponPonTxOpticalLevel"_s, integer(16000)},
                    }));
    rows.insert(Oid({pon1, 2}),
                row(columns,
                    {
                        {u"zxGponOntProvisionSn"_s, text("ZTEGD0000002")},
                        {u"zxGponOntName"_s, text("name-b")},
                        {u"zxGponOntDescription"_s, text("desc-b")},
                        {u"zxGponOntPhaseState"_s, integer(1)},
                        {u"zxAnPonRxOpticalPower"_s, integer(-80000)},
                    }));
    rows.insert(Oid({pon1, 2, 1}),
                row(columns,
                    {
                        {u"zxGponPonRxOpticalLevel"_s, integer(0)},
                        {u"zxGponPonTxOpticalLevel"_s, integer(65535)},
                    }));
    // A second optical interface: not what the profile reads.
    rows.insert(Oid({pon1, 3, 2}), row(columns, {{u"zxGponPonRxOpticalLevel"_s, integer(5000)}}));
    // A serial where only optical columns live: dropped, the Rx beside it kept.
    rows.insert(Oid({pon1, 3, 1}),
                row(columns,
                    {
                        {u"zxGponOntProvisionSn"_s, hexBytes("5A54454700000003")},
                        {u"zxGponPonRxOpticalLevel"_s, integer(6000)},
                    }));
    rows.insert(Oid({pon2, 4}),
                row(columns,
                    {
                        {u"zxGponOntPhaseState"_s, integer(4)},
                        {u"zxAnPonRxOpticalPower"_s, integer(-21990)},
                        {u"zxGponRTDDistance"_s, text("1200")},
                    }));
    rows.insert(Oid({pon1}), row(columns, {{u"zxGponOntPhaseState"_s, integer(3)}}));
    rows.insert(Oid({pon1, 1, 1, 1}), row(columns, {{u"zxGponPonRxOpticalLevel"_s, integer(5000)}}));

    DecodeReport report;
    const QList<OnuReading> onus = decodeOnus(p, columns, rows, kCollectedAt, &report);
    QCOMPARE(onus.size(), 4);

    QCOMPARE(onus[0].location(), u"1/1/1:1"_s);
    QCOMPARE(onus[0].serial, u"ZTEGC8A1B2C3"_s);
    QCOMPARE(onus[0].description, u"cliente-a"_s); // the name stands in for an empty description
    QCOMPARE(toString(onus[0].state), u"online"_s);
    QCOMPARE(onus[0].lastDownCause, QString());
    QCOMPARE(onus[0].distanceM, std::optional(850));
    QCOMPARE(onus[0].rxDbm, std::optional(-20.0));
    QCOMPARE(onus[0].txDbm, std::optional(2.0));
    QCOMPARE(onus[0].oltRxDbm, std::nullopt);

    QCOMPARE(onus[1].location(), u"1/1/1:2"_s);
    QCOMPARE(onus[1].serial, u"ZTEGD0000002"_s);
    QCOMPARE(onus[1].description, u"desc-b"_s);
    QCOMPARE(toString(onus[1].state), u"los"_s);
    QCOMPARE(onus[1].lastDownCause, u"LOS"_s);
    QCOMPARE(onus[1].rxDbm, std::nullopt);
    QCOMPARE(onus[1].txDbm, std::nullopt);
    QCOMPARE(onus[1].oltRxDbm, std::nullopt);

    QCOMPARE(onus[2].location(), u"1/1/1:3"_s);
    QCOMPARE(onus[2].serial, QString());
    QCOMPARE(onus[2].rxDbm, std::optional(-18.0));
    QCOMPARE(toString(onus[2].state), u"unknown"_s);

    QCOMPARE(onus[3].location(), u"1/1/2:4"_s);
    QCOMPARE(onus[3].ponIfIndex, pon2);
    QCOMPARE(toString(onus[3].state), u"dying-gasp"_s);
    QCOMPARE(onus[3].lastDownCause, u"dying-gasp"_s);
    QCOMPARE(onus[3].oltRxDbm, std::optional(-21.99));
    QCOMPARE(onus[3].distanceM, std::optional(1200));

    QCOMPARE(report.rowsWithBadIndex, 2);
    QCOMPARE(report.misplacedCells, 2);
    QCOMPARE(report.unknownPorts, 0);
    QCOMPARE(report.exceptionCells, 0);
    QCOMPARE(report.unreadableCells, 0);
}

void TestVendorProfile::decodeZteC600()
{
    const VendorProfile &p = profile(u"zte-c600");
    const QList<ProfileColumn> &columns = p.columns;
    constexpr quint32 pon111 = 285278465; // gpon_olt-1/1/1
    constexpr quint32 pon131 = 285278977; // gpon_olt-1/3/1
    SnmpTable rows;
    // Firmware without the 10.2.3 branch: the first serial column answers No Such Object.
    rows.insert(Oid({pon111, 1}),
                row(columns,
                    {
                        {u"zteC600OnuSn"_s, exception(SnmpValue::Type::NoSuchObject)},
                        {u"zteC600OnuInfoSn"_s, hexBytes("5A544547008EEB08")},
                        {u"zteC600OnuName"_s, text("name-1")},
                        {u"zteC600OnuDescription"_s, text("zone_1_authd")},
                        {u"zteC600OnuOnlineStatus"_s, integer(1)},
                        {u"zteC600OnuDistance"_s, integer(1200)},
                        {u"zxAnPonRxOpticalPower"_s, integer(-23500)},
                    }));
    rows.insert(Oid({pon111, 1, 1}), row(columns, {{u"zteC600OnuRxPower"_s, integer(6227)}}));
    rows.insert(Oid({pon131, 8}),
                row(columns,
                    {
                        {u"zteC600OnuSn"_s, integer(5)},
                        {u"zteC600OnuInfoSn"_s, hexBytes("48575443A1B2C3D4")},
                        {u"zteC600OnuOnlineStatus"_s, integer(2)},
                        {u"zxAnPonRxOpticalPower"_s, integer(-80000)},
                    }));
    rows.insert(Oid({pon131, 8, 1}), row(columns, {{u"zteC600OnuRxPower"_s, integer(65535)}}));
    // A C320-style ifIndex is not a C600 port.
    rows.insert(Oid({268501248u, 9}), row(columns, {{u"zteC600OnuOnlineStatus"_s, integer(1)}}));

    DecodeReport report;
    const QList<OnuReading> onus = decodeOnus(p, columns, rows, kCollectedAt, &report);
    QCOMPARE(onus.size(), 2);

    QCOMPARE(onus[0].location(), u"1/1/1:1"_s);
    QCOMPARE(onus[0].serial, u"ZTEG008EEB08"_s);
    QCOMPARE(onus[0].description, u"zone_1_authd"_s);
    QCOMPARE(toString(onus[0].state), u"online"_s);
    QCOMPARE(onus[0].lastDownCause, QString());
    QCOMPARE(onus[0].distanceM, std::optional(1200));
    QCOMPARE(onus[0].rxDbm, std::optional(-17.546));
    QCOMPARE(onus[0].txDbm, std::nullopt);
    QCOMPARE(onus[0].oltRxDbm, std::optional(-23.5));

    QCOMPARE(onus[1].location(), u"1/3/1:8"_s);
    QCOMPARE(onus[1].serial, u"HWTCA1B2C3D4"_s); // first serial column unreadable, the second wins
    QCOMPARE(toString(onus[1].state), u"offline"_s);
    QCOMPARE(onus[1].rxDbm, std::nullopt);
    QCOMPARE(onus[1].oltRxDbm, std::nullopt);

    QCOMPARE(report.exceptionCells, 1);
    QCOMPARE(report.unreadableCells, 1);
    QCOMPARE(report.unknownPorts, 1);
    QCOMPARE(report.rowsWithBadIndex, 0);
    QCOMPARE(report.misplacedCells, 0);
}

void TestVendorProfile::decodeStatusOnlyWalk()
{
    const VendorProfile &p = profile(u"huawei-ma5600");
    const QList<ProfileColumn> status = p.columnsOf(ProfileColumn::Kind::Status);
    QCOMPARE(status.size(), 3);
    SnmpTable rows;
    rows.insert(Oid({4194304000u, 7}),
                row(status,
                    {
                        {u"hwGponDeviceOntControlRunStatus"_s, integer(2)},
                        {u"hwGponDeviceOntControlLastDownCause"_s, integer(12)},
                        {u"hwGponDeviceOntControlRanging"_s, integer(60000)},
                    }));
    // A walk of a column the firmware lacks returns no rows at all: no value, no error.
    rows.insert(Oid({4194304000u, 8}), row(status, {{u"hwGponDeviceOntControlRunStatus"_s, integer(1)}}));

    DecodeReport report;
    const QList<OnuReading> onus = decodeOnus(p, status, rows, kCollectedAt, &report);
    QCOMPARE(onus.size(), 2);
    QCOMPARE(onus[0].location(), u"0/0/0:7"_s);
    QCOMPARE(toString(onus[0].state), u"auth-failed"_s);
    QCOMPARE(onus[0].lastDownCause, u"auth-fail"_s);
    QCOMPARE(onus[0].distanceM, std::optional(60000));
    QCOMPARE(onus[0].serial, QString());
    QCOMPARE(onus[0].rxDbm, std::nullopt);
    QCOMPARE(toString(onus[1].state), u"online"_s);
    QCOMPARE(onus[1].distanceM, std::nullopt);
    QCOMPARE(onus[1].lastDownCause, QString());
    QCOMPARE(report.unreadableCells + report.exceptionCells + report.rowsWithBadIndex + report.misplacedCells
                 + report.unknownPorts,
             0);
}

void TestVendorProfile::decodeEmptyTable()
{
    for (const VendorProfile &p : builtinProfiles()) {
        DecodeReport report;
        QVERIFY(decodeOnus(p, p.columns, {}, kCollectedAt, &report).isEmpty());
        QVERIFY(rawOnuValues(p.columns, {}, &report).isEmpty());
        QCOMPARE(report.rowsWithBadIndex, 0);
        // Rows where every cell is Null produce no ONU either.
        SnmpTable nulls;
        nulls.insert(Oid({4194304000u, 1}), QList<SnmpValue>(p.columns.size()));
        QVERIFY(decodeOnus(p, p.columns, nulls, kCollectedAt).isEmpty());
    }
}

void TestVendorProfile::rawValues()
{
    const VendorProfile &zte = profile(u"zte-c320");
    const QList<ProfileColumn> &columns = zte.columns;
    SnmpTable rows;
    rows.insert(Oid({268501504u, 2}), row(columns, {{u"zxGponOntPhaseState"_s, integer(6)}}));
    rows.insert(Oid({268501248u, 1}),
                row(columns,
                    {
                        {u"zxGponOntProvisionSn"_s, hexBytes("5A544547C8A1B2C3")},
                        {u"zxGponOntName"_s, text("cliente-a")},
                        {u"zxGponOntPhaseState"_s, integer(3)},
                        {u"zxGponRTDDistance"_s, exception(SnmpValue::Type::NoSuchInstance)},
                    }));
    rows.insert(Oid({268501248u, 1, 1}), row(columns, {{u"zxGponPonRxOpticalLevel"_s, integer(65535)}}));
    rows.insert(Oid({268501248u}), row(columns, {{u"zxGponOntPhaseState"_s, integer(3)}}));

    DecodeReport report;
    const QList<RawOnuValue> values = rawOnuValues(columns, rows, &report);
    const QList<RawOnuValue> expected = {
        {268501248u, 1, OidPurpose::Serial, u"zxGponOntProvisionSn"_s, u"5A544547C8A1B2C3"_s},
        {268501248u, 1, OidPurpose::Name, u"zxGponOntName"_s, u"cliente-a"_s},
        {268501248u, 1, OidPurpose::RunState, u"zxGponOntPhaseState"_s, u"3"_s},
        // What the OLT said, even though it decodes to no value.
        {268501248u, 1, OidPurpose::RxPower, u"zxGponPonRxOpticalLevel"_s, u"65535"_s},
        {268501504u, 2, OidPurpose::RunState, u"zxGponOntPhaseState"_s, u"6"_s},
    };
    QCOMPARE(values.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(values[i].ponIfIndex, expected[i].ponIfIndex);
        QCOMPARE(values[i].onuId, expected[i].onuId);
        QCOMPARE(toString(values[i].purpose), toString(expected[i].purpose));
        QCOMPARE(values[i].columnName, expected[i].columnName);
        QCOMPARE(values[i].rawValue, expected[i].rawValue);
    }
    QCOMPARE(report.rowsWithBadIndex, 1);
    QCOMPARE(report.exceptionCells, 1);
}

QTEST_GUILESS_MAIN(TestVendorProfile)
#include "tst_vendorprofile.moc"
