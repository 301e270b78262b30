// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a line's neighbours went down together: the largest group of downs that fit in one window of
// time (a cut feeder fibre takes a whole PON port within a few minutes; random failures spread over days).
// Pure: the cache reader feeds it the neighbours' down times.
#pragma once

#include "diagnosis/diagnosisreport.h"

#include <QList>

namespace Beholder::Diagnosis {

struct NeighbourDown
{
    UnixTime at = 0;
    enum class Cause { Los, Power, Other } cause = Cause::Other;
};

// `total` counts every neighbour (the line itself included), `downs` those down now. The clustered group is
// the largest set of downs whose times lie within `windowSeconds` of the group's first; ties go to the
// most recent group.
NeighbourhoodScope correlateDowns(const QString &scope, const QString &label, int total, QList<NeighbourDown> downs,
                                  qint64 windowSeconds);

// "LOS", "LOSi/LOBi", "LoS" -> Los; "dying-gasp", "DGi", "PwrFail", "power off", "Power fail" -> Power.
NeighbourDown::Cause classifyDownCause(const QString &cause);
// The triage class of a down cause: "los", "power", "degraded" (LOFi, SFi, SDi, BIP), "other", or "" for none.
QString downCauseClass(const QString &cause);

} // namespace Beholder::Diagnosis
