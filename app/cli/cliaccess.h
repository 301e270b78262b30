// SPDX-License-Identifier: GPL-3.0-or-later
// Who acts for a command-line command. A profile that does not require sign-in runs as the OS user (its
// single-user principal); one that does needs --user NAME, whose password is read from standard input when it
// is not a terminal (one line), or asked for without echo. --user on a single-user profile signs in too (a
// global admin setting up accounts).
#pragma once

#include "access/principal.h"

#include <QString>

#include <optional>

namespace Beholder {
class Profile;
namespace Access {
class AuditLog;
}
} // namespace Beholder

namespace Beholder::Cli {

class Context;

// The principal, or nothing after printing why (and setting *exitCode: ExitUsage without --user where it is
// needed, ExitFailure for a failed sign-in). The sign-in (or its failure) is audited in `audit` when given.
std::optional<Access::Principal> signIn(Context &context, const Profile &profile, const Access::AuditLog *audit,
                                        int *exitCode);

bool standardInputIsTerminal();

// One line from standard input when it is not a terminal; otherwise `prompt` on stderr and a line read without
// echo. Nothing when standard input ended.
std::optional<QString> readPassword(Context &context, const QString &prompt);

// Whatever standard input still holds (after the passwords read above, from the same buffered stream).
QString readRemainingInput();

} // namespace Beholder::Cli
