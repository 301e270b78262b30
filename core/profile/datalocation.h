// SPDX-License-Identifier: GPL-3.0-or-later
// Where Beholder keeps its data. Tests and scripts point it elsewhere with
// --data-dir or BEHOLDER_DATA_DIR so that they never touch a user's profiles.
#pragma once

#include <QString>

namespace Beholder {

inline constexpr char dataDirEnvironmentVariable[] = "BEHOLDER_DATA_DIR";

// The data root, in order of precedence: `explicitDir` (from --data-dir),
// $BEHOLDER_DATA_DIR, QStandardPaths::AppDataLocation. Always absolute.
QString resolveDataDirectory(const QString &explicitDir = {});

} // namespace Beholder
