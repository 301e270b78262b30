// SPDX-License-Identifier: GPL-3.0-or-later
// How good or bad a value looks on screen (its tone) and the colour that says
// it. The thresholds are the defaults of shared/api/triage.md, for colouring
// only; the verdict is the rules engine's job. When the admin-editable
// threshold table lands in core, these read from it: keep them in this file.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Beholder {

enum class Tone {
    Neutral, // plain text, nothing to judge
    Muted,   // secondary text: keys, ages, "none"
    Ok,
    Info,
    Warning,
    Critical,
};

// Text colour for `tone` that stays readable on `palette` (light or dark).
QColor toneColor(Tone tone, const QPalette &palette);
// A soft tint of the same hue for badges and highlighted cells.
QColor toneBackground(Tone tone, const QPalette &palette);

// A measured value judged against the defaults, with the word the operator reads.
struct Judgement
{
    Tone tone = Tone::Neutral;
    QString word; // "ok", "weak", "below budget", "overload"...
};

namespace ToneThresholds {
// GPON class B+ optics: ok -8 ... -24 dBm, warning -24 ... -27, critical below -27 or above -8.
inline constexpr double opticalOverloadDbm = -8.0;
inline constexpr double opticalWarningDbm = -24.0;
inline constexpr double opticalCriticalDbm = -27.0;
// Cambium fixed wireless: RSSI warning below -75 dBm, critical below -80; SNR warning below 25 dB, critical below 15.
inline constexpr double rssiWarningDbm = -75.0;
inline constexpr double rssiCriticalDbm = -80.0;
inline constexpr double snrWarningDb = 25.0;
inline constexpr double snrCriticalDb = 15.0;
} // namespace ToneThresholds

Judgement judgeOpticalPower(double dbm);
Judgement judgeRssi(double dbm);
Judgement judgeSnr(double db);

// Status words of the cache (customer: active/suspended/cancelled; "unlinked";
// ONU: online/offline/los/power_fail/disabled) to a tone.
Tone statusTone(const QString &status);

} // namespace Beholder
