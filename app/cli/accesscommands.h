// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, the audit log and sign-in from the command line (docs/cli.md, "Accounts and the audit log"):
// beholder-cli account add|list|passwd|remove|role, beholder-cli audit, beholder-cli access sign-in-required.
// Each acts as the signed-in principal (cliaccess.h); core checks the permission and audits.
#pragma once

#include "command.h"

namespace Beholder::Cli {

// One class per command; what they share is in accesscommands.cpp.
class AccountCommand : public Command
{
public:
    AccountCommand();

protected:
    QCommandLineOption m_global; // the account is a global one (profile '')
    QCommandLineOption m_json;
    QCommandLineOption m_role;
    QCommandLineOption m_displayName;
};

class AccountListCommand final : public AccountCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class AccountAddCommand final : public AccountCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class AccountPasswdCommand final : public AccountCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class AccountRemoveCommand final : public AccountCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class AccountRoleCommand final : public AccountCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class AuditCommand final : public Command
{
public:
    AuditCommand();
    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_json;
    QCommandLineOption m_since;
    QCommandLineOption m_action;
    QCommandLineOption m_user;
    QCommandLineOption m_csv;
    QCommandLineOption m_limit;
};

class AccessSignInRequiredCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Beholder::Cli
