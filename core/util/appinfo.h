// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Beholder {

// Sets the application and organisation names that QStandardPaths and
// QSettings derive their locations from. Both executables call it first.
void initApplicationIdentity();

QString applicationVersion();

} // namespace Beholder
