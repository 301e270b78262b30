// SPDX-License-Identifier: GPL-3.0-or-later
// The few icons Beholder has of its own: SVG artwork (resources/icons),
// sharp at any screen scale, and painted status dots.
#pragma once

#include <QIcon>

namespace Beholder::Icons {

QIcon application(); // the eye
QIcon fiber();
QIcon wireless();
QIcon warning();
QIcon search();

// A filled dot in `color`, for status cells.
QIcon dot(const QColor &color);

} // namespace Beholder::Icons
