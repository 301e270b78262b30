// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a profile without the GUI: import a profile description (as a
// simulator or an admin writes it) and store a secret given on stdin.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class ProfileImportCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

class ProfileSetSecretCommand final : public Command
{
public:
    QStringList words() const override;
    QString summary() const override;
    QList<Positional> positionals() const override;
    int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Beholder::Cli
