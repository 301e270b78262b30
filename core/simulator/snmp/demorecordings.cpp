// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorecordings.h"

#include "snmprecwriter.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <cctype>

using namespace Qt::StringLiterals;

namespace Beholder::Sim {

namespace {

SimOlt::Layout layoutOf(const Olt &olt, qsizetype position)
{
    if (olt.vendor.compare(u"huawei"_s, Qt::CaseInsensitive) == 0)
        return SimOlt::Layout::HuaweiMa5600;
    if (olt.vendor.compare(u"zte"_s, Qt::CaseInsensitive) == 0)
        return olt.model.contains(u"C6"_s, Qt::CaseInsensitive) ? SimOlt::Layout::ZteC600 : SimOlt::Layout::ZteC320;
    return position % 2 == 0 ? SimOlt::Layout::HuaweiMa5600 : SimOlt::Layout::ZteC320;
}

// "HWTC1A2B3C4D" -> "HWTC" + bytes 1A 2B 3C 4D, as the OLT stores it. A serial that is not 4 letters and
// 8 hex digits is kept as text, cut or padded with NULs to the 8 bytes the MIB column holds.
QByteArray serialBytes(const QString &serial)
{
    const QByteArray text = serial.toLatin1();
    if (text.size() == 12) {
        bool hex = true;
        const QByteArray digits = text.mid(4);
        for (char c : digits)
            hex = hex && std::isxdigit(static_cast<unsigned char>(c));
        if (hex)
            return text.left(4) + QByteArray::fromHex(digits);
    }
    return text.left(8).leftJustified(8, '\0');
}

SimOnu::State stateOf(OnuStatus status)
{
    switch (status) {
    case OnuStatus::Online:
        return SimOnu::State::Online;
    case OnuStatus::Offline:
    case OnuStatus::Disabled:
        return SimOnu::State::Offline;
    case OnuStatus::Los:
        return SimOnu::State::Los;
    case OnuStatus::PowerFail:
        return SimOnu::State::DyingGasp;
    }
    return SimOnu::State::Offline;
}

SimOnu simOnuOf(const Onu &onu, SimOlt::Layout layout)
{
    SimOnu sim;
    sim.frame = layout == SimOlt::Layout::HuaweiMa5600 ? 0 : 1; // Huawei frame 0; ZTE shelf 1
    sim.slot = onu.board;
    sim.port = onu.port;
    sim.onuId = onu.onuIndex;
    sim.serial = serialBytes(onu.serial);
    sim.description = onu.name;
    sim.equipmentId = onu.model;
    sim.state = stateOf(onu.status);
    sim.lastDownCause = onu.status == OnuStatus::Disabled ? u"deactivated"_s : onu.lastDownCause;
    sim.rxDbm = onu.rxPowerDbm;
    sim.oltRxDbm = onu.oltRxPowerDbm;
    sim.distanceM = onu.distanceM.value_or(0);
    // The demo has no ONU transmit power or supply voltage: derive steady, typical ones from the serial
    // (1.50 to 2.99 dBm; 3250 to 3349 mV), so every run records the same values.
    const auto lastByte = static_cast<unsigned char>(sim.serial.at(7));
    const auto byteBefore = static_cast<unsigned char>(sim.serial.at(6));
    if (sim.isOnline())
        sim.txDbm = 1.5 + (lastByte % 150) / 100.0;
    sim.voltageMv = 3250 + byteBefore % 100;
    return sim;
}

} // namespace

QString recordingName(const Olt &olt)
{
    QString name = olt.name.toLower();
    // A community, a context and a file name at once: keep to characters all three take as they are.
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_' && c != u'.')
            c = u'-';
    }
    return name;
}

QList<SimOlt> simOltsFromDataset(const IspDataset &data)
{
    QList<SimOlt> olts;
    olts.reserve(data.olts.size());
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < data.olts.size(); ++i) {
        const Olt &olt = data.olts.at(i);
        SimOlt sim;
        sim.name = recordingName(olt);
        sim.layout = layoutOf(olt, i);
        // Up between 20 and 219 days, different per OLT and the same on every run.
        sim.sysUpTimeTicks = quint32((20 + (olt.id * 37) % 200) * 86400 * 100);
        byId.insert(olt.id, olts.size());
        olts.append(sim);
    }
    for (const Onu &onu : data.onus) {
        const auto it = byId.constFind(onu.oltId);
        if (it == byId.cend())
            continue; // an ONU of an OLT the dataset does not list has no agent to answer for it
        SimOlt &olt = olts[*it];
        olt.onus.append(simOnuOf(onu, olt.layout));
    }
    return olts;
}

bool writeRecordings(const QString &dir, const QList<SimOlt> &olts, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = u"cannot create %1"_s.arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSet<QString> written;
    for (const SimOlt &olt : olts) {
        const QString fileName = SnmprecWriter::fileName(olt);
        if (olt.name.isEmpty() || written.contains(fileName)) {
            if (error)
                *error = olt.name.isEmpty() ? u"an OLT without a name has no recording name"_s
                                            : u"two OLTs would both be recorded as %1"_s.arg(fileName);
            return false;
        }
        written.insert(fileName);
        if (!SnmprecWriter::write(olt, QDir(dir).filePath(fileName), error))
            return false;
    }
    return true;
}

} // namespace Beholder::Sim
