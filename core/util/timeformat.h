// SPDX-License-Identifier: GPL-3.0-or-later
// How the age of cached data is said to the operator: "as of 03:02, 7 h ago".
#pragma once

#include "model/entities.h"

#include <QString>

namespace Beholder::TimeFormat {

// "just now", "4 min ago", "7 h ago", "3 days ago".
QString age(UnixTime then, UnixTime now);

// "as of 03:02, 7 h ago" (today) or "as of 12 Nov 03:02, 13 days ago".
QString asOf(UnixTime then, UnixTime now);

UnixTime nowUtc();

} // namespace Beholder::TimeFormat
