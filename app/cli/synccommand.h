// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli sync: the same sync engine as the console's "Sync now", for
// cron, systemd timers and the Task Scheduler. Progress on stderr, a summary
// on stdout, and a non-zero exit code when any source failed.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class SyncCommand final : public Command
{
public:
    SyncCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_source;
};

} // namespace Beholder::Cli
