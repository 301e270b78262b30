// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli: the console's headless companion for scripts, cron jobs and
// chatbots. A QCoreApplication only, so it runs on servers without a display.
#include "cliapplication.h"
#include "util/appinfo.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Names carry accents: make the console decode our UTF-8 output.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    Beholder::initApplicationIdentity();
    Beholder::Cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
