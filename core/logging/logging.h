// SPDX-License-Identifier: GPL-3.0-or-later
// One logging category per core module (STYLE habit 29), so an operator or a
// test can turn a single module up with QT_LOGGING_RULES="beholder.sync.debug=true".
#pragma once

#include <QLoggingCategory>

namespace Beholder {

// Every category logs Info and above by default; Debug is opt-in via rules.
// The UI declares its own "beholder.ui" in ui/.
Q_DECLARE_LOGGING_CATEGORY(lcApp)         // "beholder.app": start-up, profiles being opened, the log file itself
Q_DECLARE_LOGGING_CATEGORY(lcCache)       // "beholder.cache"
Q_DECLARE_LOGGING_CATEGORY(lcSearch)      // "beholder.search"
Q_DECLARE_LOGGING_CATEGORY(lcDemo)        // "beholder.demo"
Q_DECLARE_LOGGING_CATEGORY(lcProfile)     // "beholder.profile"
Q_DECLARE_LOGGING_CATEGORY(lcAsync)       // "beholder.async": TaskRunner, failed background tasks
Q_DECLARE_LOGGING_CATEGORY(lcSync)        // "beholder.sync"
Q_DECLARE_LOGGING_CATEGORY(lcCli)         // "beholder.cli"
Q_DECLARE_LOGGING_CATEGORY(lcNet)         // "beholder.net": HTTP clients, call budgets
Q_DECLARE_LOGGING_CATEGORY(lcRouterOs)    // "beholder.routeros"
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // "beholder.credentials": the keychain
Q_DECLARE_LOGGING_CATEGORY(lcSim)         // "beholder.sim": the simulated ISP
Q_DECLARE_LOGGING_CATEGORY(lcDiagnosis)   // "beholder.diagnosis": live checks of a diagnosis
Q_DECLARE_LOGGING_CATEGORY(lcSnmp)        // "beholder.snmp": SNMP sessions

} // namespace Beholder
