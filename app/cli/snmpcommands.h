// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli snmp test|poll --olt NAME: SNMP monitoring of one OLT for scripts.
// `test` reads the system group and fingerprints the vendor ("Test SNMP" of the
// admin screens); `poll` runs every enabled job that includes the OLT now
// (discovery first) through the same scheduler as the console, and prints the
// executions and the ONU counts. Contract: docs/cli.md.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class SnmpTestCommand final : public Command
{
public:
    SnmpTestCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_olt;
    QCommandLineOption m_json;
};

class SnmpPollCommand final : public Command
{
public:
    SnmpPollCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_olt;
    QCommandLineOption m_json;
    QCommandLineOption m_timeout;
};

} // namespace Beholder::Cli
