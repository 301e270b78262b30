// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli diagnose USER: the console's diagnosis, headless, for chatbots and scripts. The cache answers
// first, then the live sources; the verdict and its findings go to stdout as text or as JSON
// (docs/diagnosis.md, "JSON").
#pragma once

#include "command.h"

namespace Beholder::Cli {

class DiagnoseCommand final : public Command
{
public:
    DiagnoseCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_json;
    QCommandLineOption m_offline;
    QCommandLineOption m_timeout;
};

} // namespace Beholder::Cli
