// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what a diagnosis knows (the cache's details, the live answers, the neighbourhood, the timeline) into
// the named facts the rules read (docs/diagnosis.md, "Facts"). A live answer beats the cache's copy of the
// same fact; each fact keeps the source and time it came from, so the panel can say how old it is.
#pragma once

#include "diagnosis/diagnosisreport.h"

namespace Beholder::Triage {
class Thresholds;
}

namespace Beholder::Diagnosis {

Triage::FactSheet buildFacts(const DiagnosisReport &report, const Triage::Thresholds &thresholds, UnixTime now);

// Session starts in [now - seconds, now]: the router log's and the current session's (by its uptime), the
// same start seen twice counted once.
int sessionStartsWithin(const DiagnosisReport &report, qint64 seconds, UnixTime now);

} // namespace Beholder::Diagnosis
