// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequest.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QString toString(SyncTrigger trigger)
{
    switch (trigger) {
    case SyncTrigger::Nightly:
        return u"nightly"_s;
    case SyncTrigger::Manual:
        return u"manual"_s;
    case SyncTrigger::Cli:
        return u"cli"_s;
    case SyncTrigger::Demo:
        return u"demo"_s;
    }
    return u"manual"_s;
}

QString toString(SourceState state)
{
    switch (state) {
    case SourceState::Pending:
        return u"pending"_s;
    case SourceState::Fetching:
        return u"fetching"_s;
    case SourceState::Writing:
        return u"writing"_s;
    case SourceState::Succeeded:
        return u"succeeded"_s;
    case SourceState::Failed:
        return u"failed"_s;
    case SourceState::Canceled:
        return u"canceled"_s;
    case SourceState::Skipped:
        return u"skipped"_s;
    }
    return u"pending"_s;
}

bool SyncSummary::allSucceeded() const
{
    for (const SourceOutcome &outcome : outcomes) {
        if (outcome.state != SourceState::Succeeded && outcome.state != SourceState::Skipped)
            return false;
    }
    return indexError.isEmpty();
}

bool SyncSummary::anyCanceled() const
{
    for (const SourceOutcome &outcome : outcomes) {
        if (outcome.state == SourceState::Canceled)
            return true;
    }
    return false;
}

} // namespace Beholder
