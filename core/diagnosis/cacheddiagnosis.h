// SPDX-License-Identifier: GPL-3.0-or-later
// What the cache alone says about one PPPoE user: the subscriber's details (found by the user itself, so
// "not linked" users are diagnosed too), how the neighbours of the line are doing (PON port, access point,
// router) and the recent history the cache holds. A handful of indexed queries: run it off the GUI thread.
#pragma once

#include "diagnosis/diagnosisreport.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace Beholder::Triage {
class Thresholds;
}

namespace Beholder::Diagnosis {

struct CachedDiagnosis
{
    bool found = false; // the user is a CRM connection or a router's secret
    SubscriberDetails details;
    QList<NeighbourhoodScope> outage;
    QList<TimelineEvent> timeline;
};

// `routerZone`: the zone routers print their times in (RouterOS gives local time without a zone).
CachedDiagnosis loadCachedDiagnosis(QSqlDatabase db, const QString &pppoeUser, const Triage::Thresholds &thresholds,
                                    UnixTime now, const QTimeZone &routerZone);

// The label of a PON port as operators say it: "OLT-CENTRO 0/1/3" (frame/board/port).
QString ponPortLabel(const QString &oltName, int board, int port);

} // namespace Beholder::Diagnosis
