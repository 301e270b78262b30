// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogging.h"

namespace Beholder::Access {

Q_LOGGING_CATEGORY(lcAccess, "beholder.access", QtInfoMsg)

} // namespace Beholder::Access
