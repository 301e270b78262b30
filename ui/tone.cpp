// SPDX-License-Identifier: GPL-3.0-or-later
#include "tone.h"

#include <QCoreApplication>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tone)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double ratioOfB)
{
    const double r = 1.0 - ratioOfB;
    return QColor::fromRgbF(float(a.redF() * r + b.redF() * ratioOfB), float(a.greenF() * r + b.greenF() * ratioOfB),
                            float(a.blueF() * r + b.blueF() * ratioOfB));
}

} // namespace

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::WindowText);
    case Tone::Muted:
        return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.42);
    case Tone::Ok:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa6, 0x5b, 0x00);
    case Tone::Critical:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral || tone == Tone::Muted)
        return mix(base, palette.color(QPalette::WindowText), 0.08);
    return mix(base, toneColor(tone, palette), isDark(palette) ? 0.22 : 0.14);
}

Judgement judgeOpticalPower(double dbm, const ToneLevels &levels)
{
    if (dbm > levels.opticalOverloadDbm)
        return {Tone::Critical, Tr::tr("overload")};
    if (dbm >= levels.opticalWarningDbm)
        return {Tone::Ok, Tr::tr("ok")};
    if (dbm >= levels.opticalCriticalDbm)
        return {Tone::Warning, Tr::tr("weak")};
    return {Tone::Critical, Tr::tr("below budget")};
}

Judgement judgeRssi(double dbm, const ToneLevels &levels)
{
    if (dbm >= levels.rssiWarningDbm)
        return {Tone::Ok, Tr::tr("ok")};
    if (dbm >= levels.rssiCriticalDbm)
        return {Tone::Warning, Tr::tr("weak")};
    return {Tone::Critical, Tr::tr("too weak")};
}

Judgement judgeSnr(double db, const ToneLevels &levels)
{
    if (db >= levels.snrWarningDb)
        return {Tone::Ok, Tr::tr("ok")};
    if (db >= levels.snrCriticalDb)
        return {Tone::Warning, Tr::tr("weak link")};
    return {Tone::Critical, Tr::tr("poor link")};
}

Tone statusTone(const QString &status)
{
    if (status == u"active" || status == u"online")
        return Tone::Ok;
    if (status == u"suspended" || status == u"unlinked" || status == u"offline" || status == u"power_fail")
        return Tone::Warning;
    if (status == u"cancelled" || status == u"los")
        return Tone::Critical;
    if (status == u"disabled")
        return Tone::Muted;
    return Tone::Neutral;
}

} // namespace Beholder
