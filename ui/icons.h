// SPDX-License-Identifier: GPL-3.0-or-later
// The few icons Beholder has of its own: SVG artwork (resources/icons),
// sharp at any screen scale, and painted status dots.
#pragma once

#include <QIcon>
#include <QPixmap>

namespace Beholder::Icons {

QIcon application(); // the eye
QIcon fiber();
QIcon wireless();
QIcon warning();
QIcon search();
// Findings by severity: a red octagon, the amber triangle, a blue disc.
QIcon severityCritical();
QIcon severityInfo();

// A one-colour glyph (resources/icons/NAME.svg drawn in black on white or
// transparent) in `color`: black becomes `color`, white becomes transparent,
// so the same artwork reads on a red banner and on an amber one.
QPixmap glyph(const QString &name, int side, qreal devicePixelRatio, const QColor &color);

// A filled dot in `color`, for status cells.
QIcon dot(const QColor &color);

} // namespace Beholder::Icons
