// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli demo scenarios [--json] [--customers N] [--seed S]`: the demo ISP's catalogue of diagnosis
// scenarios (core/demo/demoscenarios.h), each with the PPPoE user that plays it and the verdict and rule the
// diagnosis must give, for the same ISP that `demo init`, `sim` and the console's --demo serve by default.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class DemoScenariosCommand final : public Command
{
public:
    DemoScenariosCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_json;
    QCommandLineOption m_customers;
    QCommandLineOption m_seed;
};

} // namespace Beholder::Cli
