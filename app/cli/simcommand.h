// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli sim: the simulated ISP on 127.0.0.1 until stopped, with its
// profile description written to a file that `profile import` reads.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class SimCommand final : public Command
{
public:
    SimCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_endpointsFile;
    QCommandLineOption m_customers;
    QCommandLineOption m_seed;
    QCommandLineOption m_latency;
};

} // namespace Beholder::Cli
