// SPDX-License-Identifier: GPL-3.0-or-later
#include "onureading.h"

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

QString PonPort::toString() const
{
    return u"%1/%2/%3"_s.arg(frame).arg(slot).arg(port);
}

QString toString(OnuRunState state)
{
    switch (state) {
    case OnuRunState::Unknown:
        return u"unknown"_s;
    case OnuRunState::Online:
        return u"online"_s;
    case OnuRunState::Offline:
        return u"offline"_s;
    case OnuRunState::Los:
        return u"los"_s;
    case OnuRunState::DyingGasp:
        return u"dying-gasp"_s;
    case OnuRunState::AuthFailed:
        return u"auth-failed"_s;
    case OnuRunState::Initializing:
        return u"initializing"_s;
    }
    return u"unknown"_s;
}

OnuRunState onuRunStateFromString(QStringView s)
{
    for (OnuRunState state : {OnuRunState::Online, OnuRunState::Offline, OnuRunState::Los, OnuRunState::DyingGasp,
                              OnuRunState::AuthFailed, OnuRunState::Initializing}) {
        if (s == toString(state))
            return state;
    }
    return OnuRunState::Unknown;
}

} // namespace Beholder::Snmp
