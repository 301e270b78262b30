// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli search TEXT... [--json] [--limit N]`: the console's search
// box for scripts and chatbots, on the same engine and the same cache.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class SearchCommand final : public Command
{
public:
    static constexpr int defaultLimit = 20;

    SearchCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_json;
    QCommandLineOption m_limit;
};

} // namespace Beholder::Cli
