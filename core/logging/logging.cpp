// SPDX-License-Identifier: GPL-3.0-or-later
// Definitions of the core logging categories declared in logging.h.
#include "logging.h"

namespace Beholder {

Q_LOGGING_CATEGORY(lcApp, "beholder.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "beholder.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "beholder.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "beholder.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "beholder.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAsync, "beholder.async", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "beholder.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "beholder.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "beholder.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouterOs, "beholder.routeros", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "beholder.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "beholder.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnosis, "beholder.diagnosis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSnmp, "beholder.snmp", QtInfoMsg)

} // namespace Beholder
