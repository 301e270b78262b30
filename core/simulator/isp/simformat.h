// SPDX-License-Identifier: GPL-3.0-or-later
// How the simulated sources print values: local times without a zone,
// "-24.95 dBm", "1234.50" money, Huawei's "3 day(s), 2 hour(s)" durations,
// and stable pseudo-random details (a router's uptime, an ONU's
// temperature) derived from a name, so that every run serves the same bytes.
#pragma once

#include "model/entities.h"

#include <QString>

#include <optional>

namespace Beholder::Sim::Format {

// "2026-07-08 11:36:33": `time` shifted by `utcOffsetSeconds`, no zone (SmartOLT, ISPCube).
QString localDateTime(UnixTime time, int utcOffsetSeconds);
// "2026-07-08T14:36:33Z" (cnMaestro).
QString isoUtc(UnixTime time);
// "-24.95 dBm", or "-" when there is no value (no signal, LOS).
QString dbm(const std::optional<double> &value);
// "-24.95" (two decimals), or "-" when there is no value.
QString decimal2(const std::optional<double> &value);
// Cents as a decimal string with two decimals: 123450 -> "1234.50", -5 -> "-0.05".
QString money(qint64 cents);
// "3 day(s), 2 hour(s), 5 minute(s), 10 second(s)" (Huawei "ONT online duration").
QString huaweiDuration(qint64 seconds);
// "1w2d3h4m5s" (RouterOS durations).
QString routerOsDuration(qint64 seconds);

// A stable 64-bit hash of `text` and `salt` (FNV-1a over UTF-16): the same on every run and platform.
quint64 stableHash(const QString &text, quint64 salt = 0);
// A stable integer in [low, high] derived from `text` and `salt`.
qint64 stableInt(const QString &text, quint64 salt, qint64 low, qint64 high);

} // namespace Beholder::Sim::Format
