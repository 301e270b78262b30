// SPDX-License-Identifier: GPL-3.0-or-later
// Where beholder-cli's log messages go. stdout carries only the command's
// answer (a table or JSON that scripts parse); log messages go to stderr, and
// only warnings unless --verbose, so that cron mails stay quiet.
#pragma once

namespace Beholder::Cli {

// Installs the stderr message handler. With `verbose`, every message
// (debug included) is printed; otherwise only warnings and worse. A profile's
// LogFile, installed later, chains to this handler and still records Info.
void installStderrLogging(bool verbose);

} // namespace Beholder::Cli
