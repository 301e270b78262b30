// SPDX-License-Identifier: GPL-3.0-or-later
#include "simolt.h"

using namespace Qt::StringLiterals;

namespace Beholder::Sim {

QString SimOlt::sysDescr() const
{
    switch (layout) {
    case Layout::HuaweiMa5600:
        return u"Huawei Integrated Access Software"_s;
    case Layout::ZteC320:
        return u"ZXA10 C320, ZTE ZXA10 Software Version: V2.1.0"_s;
    case Layout::ZteC600:
        return u"ZXA10 C600, ZTE ZXA10 Software Version: V1.2.2"_s;
    }
    return {};
}

QString SimOlt::sysObjectId() const
{
    switch (layout) {
    case Layout::HuaweiMa5600:
        return u"1.3.6.1.4.1.2011.2.248"_s;
    case Layout::ZteC320:
        return u"1.3.6.1.4.1.3902.1082.1001.320.2.1"_s;
    case Layout::ZteC600:
        return u"1.3.6.1.4.1.3902.1082.1001.600.1.1"_s;
    }
    return {};
}

quint32 huaweiPonIfIndex(int frame, int slot, int port)
{
    return 0xFA000000u | quint32(frame & 0x1F) << 18 | quint32(slot & 0x1F) << 13 | quint32(port & 0x1F) << 8;
}

quint32 zteC320PonIfIndex(int shelf, int slot, int port)
{
    return 1u << 28 | quint32((shelf - 1) & 0xF) << 24 | quint32(slot & 0xFF) << 16 | quint32(port & 0xFF) << 8;
}

quint32 zteC600PonIfIndex(int shelf, int slot, int port)
{
    return 1u << 28 | 1u << 24 | quint32(shelf & 0xFF) << 16 | quint32(slot & 0xFF) << 8 | quint32(port & 0xFF);
}

quint32 ponIfIndex(SimOlt::Layout layout, const SimOnu &onu)
{
    switch (layout) {
    case SimOlt::Layout::HuaweiMa5600:
        return huaweiPonIfIndex(onu.frame, onu.slot, onu.port);
    case SimOlt::Layout::ZteC320:
        return zteC320PonIfIndex(onu.frame, onu.slot, onu.port);
    case SimOlt::Layout::ZteC600:
        return zteC600PonIfIndex(onu.frame, onu.slot, onu.port);
    }
    return 0;
}

QString ponIfName(SimOlt::Layout layout, const SimOnu &onu)
{
    switch (layout) {
    case SimOlt::Layout::HuaweiMa5600:
        return u"GPON %1/%2/%3"_s.arg(onu.frame).arg(onu.slot).arg(onu.port);
    case SimOlt::Layout::ZteC320:
        return u"gpon-olt_%1/%2/%3"_s.arg(onu.frame).arg(onu.slot).arg(onu.port);
    case SimOlt::Layout::ZteC600:
        return u"gpon_olt-%1/%2/%3"_s.arg(onu.frame).arg(onu.slot).arg(onu.port);
    }
    return {};
}

QString toString(SimOnu::State state)
{
    switch (state) {
    case SimOnu::State::Online:
        return u"online"_s;
    case SimOnu::State::Offline:
        return u"offline"_s;
    case SimOnu::State::Los:
        return u"los"_s;
    case SimOnu::State::DyingGasp:
        return u"dying-gasp"_s;
    case SimOnu::State::AuthFailed:
        return u"auth-failed"_s;
    }
    return {};
}

QString toString(SimOlt::Layout layout)
{
    switch (layout) {
    case SimOlt::Layout::HuaweiMa5600:
        return u"huawei-ma5600"_s;
    case SimOlt::Layout::ZteC320:
        return u"zte-c320"_s;
    case SimOlt::Layout::ZteC600:
        return u"zte-c600"_s;
    }
    return {};
}

} // namespace Beholder::Sim
