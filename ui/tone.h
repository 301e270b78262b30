// SPDX-License-Identifier: GPL-3.0-or-later
// How good or bad a value looks on screen (its tone) and the colour that says
// it. The levels default to shared/api/triage.md; the panel feeds them from the
// profile's triage thresholds (core/triage/thresholds.h), so a colour never
// contradicts the verdict. They colour values only: the verdict is the rules'.
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

// The levels the judgements use: the defaults above unless the profile's thresholds say otherwise.
struct ToneLevels
{
    double opticalOverloadDbm = ToneThresholds::opticalOverloadDbm;
    double opticalWarningDbm = ToneThresholds::opticalWarningDbm;
    double opticalCriticalDbm = ToneThresholds::opticalCriticalDbm;
    double rssiWarningDbm = ToneThresholds::rssiWarningDbm;
    double rssiCriticalDbm = ToneThresholds::rssiCriticalDbm;
    double snrWarningDb = ToneThresholds::snrWarningDb;
    double snrCriticalDb = ToneThresholds::snrCriticalDb;
    double flapStarts1h = 5;   // session starts in an hour that read as flapping
    double saturationPct = 90; // live traffic at this share of the plan reads as a full line
};

Judgement judgeOpticalPower(double dbm, const ToneLevels &levels = {});
Judgement judgeRssi(double dbm, const ToneLevels &levels = {});
Judgement judgeSnr(double db, const ToneLevels &levels = {});

// Status words of the cache (customer: active/suspended/cancelled; "unlinked";
// ONU: online/offline/los/power_fail/disabled) to a tone.
Tone statusTone(const QString &status);

} // namespace Beholder
