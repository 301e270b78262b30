// SPDX-License-Identifier: GPL-3.0-or-later
// The access module's logging category, "beholder.access": sign-ins, refusals, account changes, audit failures.
#pragma once

#include <QLoggingCategory>

namespace Beholder::Access {

Q_DECLARE_LOGGING_CATEGORY(lcAccess)

} // namespace Beholder::Access
