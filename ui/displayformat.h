// SPDX-License-Identifier: GPL-3.0-or-later
// How numbers from the network read on screen: speeds, optical power,
// distances, money, dates. One place, so every panel says them the same way.
#pragma once

#include "cache/cachewriter.h"
#include "model/entities.h"
#include "sources/sourceconfig.h"

#include <QString>

namespace Beholder::DisplayFormat {

QString speed(qint64 kbps);                          // "300 Mbps", "512 kbps"
QString planSpeeds(qint64 downKbps, qint64 upKbps);  // "↓ 300 Mbps  ↑ 150 Mbps"
QString decibels(double value, const QString &unit); // "-21.4 dBm"
QString meters(int meters);                          // "850 m", "1.2 km"
QString kilometers(double km);                       // "2.4 km"
QString money(qint64 cents);                         // "$ 12,345.00" in the system locale
QString isoDate(const QString &isoDate);             // "18 Nov 2026"; the text itself if not a date
QString technology(Technology technology);           // "Fibre", "Wireless"
QString technology(const QString &word);             // from "fiber" / "wireless"
// "OLT-CENTRO 0/1/3:12": the OLT name, frame 0, board, port and the ONU index.
QString onuPosition(const QString &oltName, const Onu &onu);
QString vendor(const QString &word);              // "huawei" -> "Huawei"
QString sourceName(SourceKind kind);              // "ISPCube", "SmartOLT", "cnMaestro", "Routers"
QString sourceName(const QString &word);          // from "ispcube", ...; the word itself if unknown
QString mirrorCounts(const MirrorCounts &counts); // "+12  ~3  −0"
QString duration(qint64 seconds);                 // "45 s", "12 min", "3 h 12 min", "2 days 4 h"
QString clockTime(UnixTime at, UnixTime now);     // "10:42" today, "12 Nov 10:42" on another day
QString megabits(double mbps);                    // "12.4 Mbps"

} // namespace Beholder::DisplayFormat
