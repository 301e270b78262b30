// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli live: a subscriber's live traffic from the router that holds its PPP secret (ADR-005), through
// the same core session as the console's chart: one sample per second for --samples seconds, one line each (or
// one JSON object), then whether the line was saturated. Nothing is left running on the router afterwards.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class LiveCommand final : public Command
{
public:
    LiveCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

    static constexpr int defaultSamples = 10;
    static constexpr int maxSamples = 3600;

private:
    QCommandLineOption m_samples;
    QCommandLineOption m_json;
};

} // namespace Beholder::Cli
