// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli's dispatcher: finds the subcommand wherever the global options
// are, parses the rest with that command's parser, and maps every outcome to
// the documented exit codes.
#pragma once

#include "command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Beholder::Cli {

class CliApplication final
{
public:
    CliApplication();
    ~CliApplication();
    Q_DISABLE_COPY_MOVE(CliApplication)

    // `arguments` as QCoreApplication::arguments() gives them (program first).
    int run(const QStringList &arguments);

private:
    struct Split
    {
        Command *command = nullptr;
        QStringList arguments;    // program name + everything but the command words
        QStringList unknownWords; // positional words that name no command
    };
    Split findCommand(const QStringList &arguments) const;
    bool takesValue(const QString &argument) const;
    QString generalHelp() const;

    GlobalOptions m_global;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Beholder::Cli
