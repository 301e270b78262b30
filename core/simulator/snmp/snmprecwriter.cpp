// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmprecwriter.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Beholder::Sim {

namespace {

// snmprec tags: the BER class + number of the value's type.
constexpr int tagInteger = 2;
constexpr int tagOctetString = 4;
constexpr int tagObjectId = 6;
constexpr int tagTimeTicks = 67;

// An OID as numbers: sorting must compare sub-ids as numbers (…9 < …10), never as text.
using OidIds = QVarLengthArray<quint32, 24>;

struct Record
{
    OidIds oid;
    QByteArray tagAndValue; // "2|1", "4x|48575443a1b2c3d4"

    friend bool operator<(const Record &a, const Record &b)
    {
        return std::lexicographical_compare(a.oid.cbegin(), a.oid.cend(), b.oid.cbegin(), b.oid.cend());
    }
};

OidIds oidOf(const OidIds &prefix, std::initializer_list<quint32> suffix)
{
    OidIds ids = prefix;
    ids.append(suffix.begin(), qsizetype(suffix.size()));
    return ids;
}

QByteArray integer(qint64 value)
{
    return QByteArray::number(tagInteger) + '|' + QByteArray::number(value);
}

// Plain text when snmpsimd reads it back unchanged (it strips each line and splits on '|' twice, so only
// leading or trailing blanks and bytes outside printable ASCII are at risk); hex otherwise.
QByteArray octets(const QByteArray &bytes)
{
    const bool plain = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c >= 0x20 && c <= 0x7E; })
        && !bytes.startsWith(' ') && !bytes.endsWith(' ');
    if (plain)
        return QByteArray::number(tagOctetString) + '|' + bytes;
    return QByteArray::number(tagOctetString) + "x|" + bytes.toHex();
}

qint64 scaled(double value, double unitsPerOne)
{
    return std::llround(value * unitsPerOne);
}

// Huawei hwGponDeviceOntControlLastDownCause (protocols.md §2.3).
qint64 huaweiDownCause(const SimOnu &onu)
{
    switch (onu.state) {
    case SimOnu::State::Los:
        return 1;
    case SimOnu::State::DyingGasp:
        return 13;
    case SimOnu::State::AuthFailed:
        return 12;
    case SimOnu::State::Online:
    case SimOnu::State::Offline:
        break;
    }
    static const QHash<QString, qint64> causes = {
        {u"los"_s, 1},         {u"losi"_s, 2},       {u"lobi"_s, 2},         {u"lofi"_s, 3},  {u"sfi"_s, 4},
        {u"loai"_s, 5},        {u"loami"_s, 6},      {u"deactivated"_s, 8},  {u"reset"_s, 9}, {u"re-register"_s, 10},
        {u"dying-gasp"_s, 13}, {u"auth-fail"_s, 12}, {u"auth-failed"_s, 12},
    };
    return causes.value(onu.lastDownCause.toLower(), -1); // -1: never went down, or the cause is unknown
}

// ZTE zxGponOntPhaseState (protocols.md §2.4).
qint64 ztePhaseState(SimOnu::State state)
{
    switch (state) {
    case SimOnu::State::Online:
        return 3;
    case SimOnu::State::Los:
        return 1;
    case SimOnu::State::DyingGasp:
        return 4;
    case SimOnu::State::AuthFailed:
        return 5;
    case SimOnu::State::Offline:
        return 6;
    }
    return 6;
}

// The optics an OLT can read: only from an ONU that is online.
std::optional<double> readable(const SimOnu &onu, const std::optional<double> &value)
{
    return onu.isOnline() ? value : std::nullopt;
}

class RecordBuilder
{
public:
    explicit RecordBuilder(const SimOlt &olt)
        : m_olt(olt)
    {
        m_records.reserve(olt.onus.size() * 14 + 64);
    }

    void addSystem()
    {
        static const OidIds system = {1, 3, 6, 1, 2, 1, 1};
        add(oidOf(system, {1, 0}), octets(m_olt.sysDescr().toUtf8()));
        add(oidOf(system, {2, 0}), QByteArray::number(tagObjectId) + '|' + m_olt.sysObjectId().toLatin1());
        add(oidOf(system, {3, 0}), QByteArray::number(tagTimeTicks) + '|' + QByteArray::number(m_olt.sysUpTimeTicks));
        add(oidOf(system, {5, 0}), octets(m_olt.name.toUtf8()));
    }

    // One row per PON port that has ONUs, in ifTable and ifXTable.
    void addPonPorts()
    {
        const bool huawei = m_olt.layout == SimOlt::Layout::HuaweiMa5600;
        // Huawei gives every GPON port the same ifDescr; ZTE leaves it empty (LibreNMS `empty_ifdescr`).
        const QByteArray descr = huawei ? "Huawei-MA5600-V800R015-GPON_UNI" : QByteArray();
        static const OidIds ifEntry = {1, 3, 6, 1, 2, 1, 2, 2, 1};
        static const OidIds ifXEntry = {1, 3, 6, 1, 2, 1, 31, 1, 1, 1};
        constexpr quint32 ifTypeGpon = 250;
        QSet<quint32> seen;
        for (const SimOnu &onu : m_olt.onus) {
            const quint32 ifIndex = ponIfIndex(m_olt.layout, onu);
            if (seen.contains(ifIndex))
                continue;
            seen.insert(ifIndex);
            // No ifIndex column: its values are Integer32, and Huawei's port ifIndexes exceed 2^31-1.
            add(oidOf(ifEntry, {2, ifIndex}), octets(descr));
            add(oidOf(ifEntry, {3, ifIndex}), integer(ifTypeGpon));
            add(oidOf(ifEntry, {8, ifIndex}), integer(1)); // the port is up even when its ONUs are not
            add(oidOf(ifXEntry, {1, ifIndex}), octets(ponIfName(m_olt.layout, onu).toUtf8()));
        }
    }

    void addHuaweiOnu(const SimOnu &onu)
    {
        const quint32 pon = ponIfIndex(m_olt.layout, onu);
        const quint32 ont = quint32(onu.onuId);
        static const OidIds ontTables = {1, 3, 6, 1, 4, 1, 2011, 6, 128, 1, 1, 2};
        const auto cell = [&](quint32 table, quint32 column) { return oidOf(ontTables, {table, 1, column, pon, ont}); };
        const bool online = onu.isOnline();

        add(cell(43, 3), octets(onu.serial));
        add(cell(43, 9), octets(onu.description.isEmpty() ? "ONT_NO_DESCRIPTION" : onu.description.toUtf8()));
        add(cell(45, 2), octets(onu.serial.left(4)));
        add(cell(45, 4), octets(onu.equipmentId.toUtf8()));
        add(cell(46, 15), integer(online ? 1 : 2));
        add(cell(46, 20), integer(online ? qint64(onu.distanceM) : SnmprecWriter::noDistance));
        add(cell(46, 24), integer(huaweiDownCause(onu)));

        const auto optic = [](const std::optional<double> &dbm, qint64 offset) {
            return integer(dbm ? scaled(*dbm, 100) + offset : SnmprecWriter::huaweiNoOptics);
        };
        add(cell(51, 3), optic(readable(onu, onu.txDbm), 0));
        add(cell(51, 4), optic(readable(onu, onu.rxDbm), 0));
        add(cell(51, 5), integer(online ? onu.voltageMv : SnmprecWriter::huaweiNoOptics));
        add(cell(51, 6), optic(readable(onu, onu.oltRxDbm), 10000));
    }

    void addZteOnu(const SimOnu &onu)
    {
        const quint32 pon = ponIfIndex(m_olt.layout, onu);
        const quint32 id = quint32(onu.onuId);
        static const OidIds root = {1, 3, 6, 1, 4, 1, 3902, 1012, 3};
        static const OidIds oltRxTable = {1, 3, 6, 1, 4, 1, 3902, 1015, 1010, 11, 2, 1, 2};
        const bool online = onu.isOnline();
        const QByteArray label = onu.description.toUtf8();

        add(oidOf(root, {28, 1, 1, 1, pon, id}), octets(onu.equipmentId.toUtf8()));
        add(oidOf(root, {28, 1, 1, 2, pon, id}), octets(label));
        add(oidOf(root, {28, 1, 1, 3, pon, id}), octets(label));
        add(oidOf(root, {28, 1, 1, 5, pon, id}), octets(onu.serial));
        add(oidOf(root, {28, 2, 1, 4, pon, id}), integer(ztePhaseState(onu.state)));
        add(oidOf(root, {11, 4, 1, 2, pon, id}), integer(online ? qint64(onu.distanceM) : SnmprecWriter::noDistance));

        // ONU optics: raw = (dBm + 30) / 0.002, one row per ANI (always 1 here).
        const auto onuOptic = [](const std::optional<double> &dbm) {
            return integer(dbm ? scaled(*dbm + 30.0, 500) : SnmprecWriter::zteNoOnuOptics);
        };
        add(oidOf(root, {50, 12, 1, 1, 10, pon, id, 1}), onuOptic(readable(onu, onu.rxDbm)));
        add(oidOf(root, {50, 12, 1, 1, 14, pon, id, 1}), onuOptic(readable(onu, onu.txDbm)));

        const std::optional<double> oltRx = readable(onu, onu.oltRxDbm);
        add(oidOf(oltRxTable, {pon, id}), integer(oltRx ? scaled(*oltRx, 1000) : SnmprecWriter::zteNoOltRx));
    }

    // The C600's "V2" tree (protocols.md §2.4, from abills and Ubilling): no published MIB, and firmware
    // differ, so only the columns both sources agree on; status is 1 online, 2 offline.
    void addZteC600Onu(const SimOnu &onu)
    {
        const quint32 pon = ponIfIndex(m_olt.layout, onu);
        const quint32 id = quint32(onu.onuId);
        static const OidIds v2 = {1, 3, 6, 1, 4, 1, 3902, 1082, 500};
        const bool online = onu.isOnline();
        const QByteArray label = onu.description.toUtf8();

        add(oidOf(v2, {10, 2, 3, 3, 1, 2, pon, id}), octets(label));
        add(oidOf(v2, {10, 2, 3, 3, 1, 3, pon, id}), octets(label));
        add(oidOf(v2, {10, 2, 3, 3, 1, 6, pon, id}), octets(onu.serial));
        add(oidOf(v2, {10, 2, 3, 10, 1, 2, pon, id}),
            integer(online ? qint64(onu.distanceM) : SnmprecWriter::noDistance));
        add(oidOf(v2, {20, 2, 1, 2, 1, 7, pon, id}), integer(online ? 1 : 2));
        const std::optional<double> rx = readable(onu, onu.rxDbm);
        add(oidOf(v2, {20, 2, 2, 2, 1, 10, pon, id, 1}),
            integer(rx ? scaled(*rx + 30.0, 500) : SnmprecWriter::zteNoOnuOptics));
        const std::optional<double> oltRx = readable(onu, onu.oltRxDbm);
        add(oidOf(v2, {1, 2, 4, 2, 1, 2, pon, id}), integer(oltRx ? scaled(*oltRx, 1000) : SnmprecWriter::zteNoOltRx));
    }

    // Sorted, and checked for two records on one OID (two ONUs given the same place).
    QByteArray finish(QString *error)
    {
        std::sort(m_records.begin(), m_records.end());
        QByteArray out;
        out.reserve(m_records.size() * 64);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const Record &record = m_records.at(i);
            if (i > 0 && record.oid == m_records.at(i - 1).oid) {
                if (error)
                    *error = u"two records for OID %1: two ONUs share a PON port and id"_s.arg(
                        QString::fromLatin1(text(record.oid)));
                return {};
            }
            out += text(record.oid);
            out += '|';
            out += record.tagAndValue;
            out += '\n';
        }
        return out;
    }

private:
    static QByteArray text(const OidIds &oid)
    {
        QByteArray out;
        out.reserve(oid.size() * 6);
        for (qsizetype i = 0; i < oid.size(); ++i) {
            if (i > 0)
                out += '.';
            out += QByteArray::number(oid.at(i));
        }
        return out;
    }

    void add(OidIds oid, QByteArray tagAndValue) { m_records.append({std::move(oid), std::move(tagAndValue)}); }

    const SimOlt &m_olt;
    QList<Record> m_records;
};

} // namespace

QByteArray SnmprecWriter::render(const SimOlt &olt, QString *error)
{
    for (const SimOnu &onu : olt.onus) {
        if (onu.serial.size() != 8) {
            if (error)
                *error = u"ONU %1 on %2: the serial must be 8 bytes (4 ASCII + 4 binary), not %3"_s.arg(onu.onuId)
                             .arg(ponIfName(olt.layout, onu))
                             .arg(onu.serial.size());
            return {};
        }
    }
    RecordBuilder builder(olt);
    builder.addSystem();
    builder.addPonPorts();
    for (const SimOnu &onu : olt.onus) {
        switch (olt.layout) {
        case SimOlt::Layout::HuaweiMa5600:
            builder.addHuaweiOnu(onu);
            break;
        case SimOlt::Layout::ZteC320:
            builder.addZteOnu(onu);
            break;
        case SimOlt::Layout::ZteC600:
            builder.addZteC600Onu(onu);
            break;
        }
    }
    return builder.finish(error);
}

bool SnmprecWriter::write(const SimOlt &olt, const QString &path, QString *error)
{
    const QByteArray text = render(olt, error);
    if (text.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

QString SnmprecWriter::fileName(const SimOlt &olt)
{
    return olt.name + u".snmprec"_s;
}

} // namespace Beholder::Sim
