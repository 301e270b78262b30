// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilogging.h"

namespace Beholder {

Q_LOGGING_CATEGORY(lcUi, "beholder.ui", QtInfoMsg)

} // namespace Beholder
