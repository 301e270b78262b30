// SPDX-License-Identifier: GPL-3.0-or-later
// The demo ISP's OLTs as SNMP recordings: the same ONUs (serial, PON port, status, optics) that SmartOLT
// serves, so that SNMP polling and the SmartOLT API tell one story about one network.
#pragma once

#include "model/entities.h"
#include "simolt.h"

#include <QList>
#include <QString>

namespace Beholder::Sim {

// The recording's name for an OLT: its name in lower case, "OLT-CENTRO" -> "olt-centro" (the community and
// v3 context that answer for it).
QString recordingName(const Olt &olt);

// One SimOlt per OLT of `data`, in the dataset's order, each with its ONUs in the dataset's order. Huawei
// OLTs get the MA5600 layout, ZTE ones the C320 layout or, for a C6xx model, the C600 one; an OLT of another vendor
// alternates between the two by position. Statuses map as online, offline, LOS, power fail -> dying gasp,
// disabled -> offline (deactivated).
QList<SimOlt> simOltsFromDataset(const IspDataset &data);

// One `<name>.snmprec` per OLT in `dir` (created when missing). False, with `error`, on the first failure.
bool writeRecordings(const QString &dir, const QList<SimOlt> &olts, QString *error = nullptr);

} // namespace Beholder::Sim
