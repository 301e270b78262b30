// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli demo init [--customers N] [--seed S]`: (re)creates the demo
// profile from the demo generator, so a script or a fresh install has a
// realistic ISP to search and diagnose without any credentials.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class DemoInitCommand final : public Command
{
public:
    static constexpr int defaultCustomers = 5000;
    static constexpr int maxCustomers = 1'000'000;

    DemoInitCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_customers;
    QCommandLineOption m_seed;
};

} // namespace Beholder::Cli
