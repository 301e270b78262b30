// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QString toString(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return u"active"_s;
    case CustomerStatus::Suspended:
        return u"suspended"_s;
    case CustomerStatus::Cancelled:
        return u"cancelled"_s;
    }
    return u"active"_s;
}

CustomerStatus customerStatusFromString(const QString &text)
{
    const QString word = text.trimmed().toLower();
    // The CRM speaks several dialects (external-apis.md §2.2): enabled|blocked|no_service or active.
    if (word == u"suspended" || word == u"blocked" || word == u"no_service")
        return CustomerStatus::Suspended;
    if (word == u"cancelled" || word == u"canceled" || word == u"deleted" || word == u"inactive")
        return CustomerStatus::Cancelled;
    return CustomerStatus::Active;
}

QString toString(Technology technology)
{
    return technology == Technology::Wireless ? u"wireless"_s : u"fiber"_s;
}

Technology technologyFromString(const QString &text)
{
    const QString word = text.trimmed().toLower();
    return (word == u"wireless" || word == u"wifi" || word == u"aire") ? Technology::Wireless : Technology::Fiber;
}

QString toString(OnuStatus status)
{
    switch (status) {
    case OnuStatus::Online:
        return u"online"_s;
    case OnuStatus::Offline:
        return u"offline"_s;
    case OnuStatus::Los:
        return u"los"_s;
    case OnuStatus::PowerFail:
        return u"power_fail"_s;
    case OnuStatus::Disabled:
        return u"disabled"_s;
    }
    return u"offline"_s;
}

OnuStatus onuStatusFromString(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == u"online")
        return OnuStatus::Online;
    if (word == u"los")
        return OnuStatus::Los;
    if (word == u"power_fail" || word == u"power fail" || word == u"pwrfail" || word == u"dying-gasp")
        return OnuStatus::PowerFail;
    if (word == u"disabled" || word == u"admin disabled")
        return OnuStatus::Disabled;
    return OnuStatus::Offline;
}

} // namespace Beholder
