// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's own logging category, so that "beholder.ui.debug=true" turns up
// only what the windows do, not the core below them.
#pragma once

#include <QLoggingCategory>

namespace Beholder {

Q_DECLARE_LOGGING_CATEGORY(lcUi) // "beholder.ui"

} // namespace Beholder
