// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliaccess.h"

#include "access/accesspolicy.h"
#include "access/accountstore.h"
#include "command.h"
#include "profile/profile.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// One stream for the whole run: several passwords may come one per line.
QTextStream &standardInput()
{
    static QTextStream in(stdin);
    return in;
}

// Turns terminal echo off for its lifetime.
class NoEcho final
{
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_restore = SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT) != 0;
#else
        if (tcgetattr(fileno(stdin), &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_restore = tcsetattr(fileno(stdin), TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_restore)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(fileno(stdin), TCSAFLUSH, &m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(NoEcho)

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
    bool m_restore = false;
};

} // namespace

bool standardInputIsTerminal()
{
    return stdinIsTerminal();
}

QString readRemainingInput()
{
    return standardInput().readAll();
}

std::optional<QString> readPassword(Context &context, const QString &prompt)
{
    QString line;
    if (stdinIsTerminal()) {
        context.err() << prompt;
        context.err().flush();
        {
            const NoEcho quiet;
            line = standardInput().readLine();
        }
        context.err() << u'\n';
        context.err().flush();
        if (line.isNull())
            return std::nullopt;
        return line;
    }
    line = standardInput().readLine();
    if (line.isNull())
        return std::nullopt;
    while (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

std::optional<Access::Principal> signIn(Context &context, const Profile &profile, const Access::AuditLog *audit,
                                        int *exitCode)
{
    if (context.userName.isEmpty()) {
        if (!Access::isSignInRequired(profile))
            return Access::singleUserPrincipal(profile.name());
        *exitCode = context.usageError(
            u"profile '%1' requires sign-in: add --user NAME (the password is read from stdin)"_s.arg(profile.name()));
        return std::nullopt;
    }
    const std::optional<QString> password
        = readPassword(context, u"Password for %1 on profile %2: "_s.arg(context.userName, profile.name()));
    if (!password) {
        *exitCode = context.failure(u"no password on standard input"_s);
        return std::nullopt;
    }
    Access::AccountStore accounts(context.dataDirectory);
    const Access::SignInResult result = accounts.authenticate(profile.name(), context.userName, *password, audit);
    if (!result.ok()) {
        *exitCode = context.failure(u"cannot sign in to profile '%1': %2"_s.arg(profile.name(), result.error.message));
        return std::nullopt;
    }
    return result.principal;
}

} // namespace Beholder::Cli
