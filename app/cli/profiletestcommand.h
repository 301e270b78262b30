// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli profile test`: the settings dialog's "Test connection" for every source and router of a profile,
// from a script or a technician's shell. Each target runs DNS, TCP, TLS, authentication and one API call
// (core/sources/ConnectionProbe) with the profile's stored secrets and TLS exceptions; the exit code says whether
// every target passed.
#pragma once

#include "command.h"

namespace Beholder::Cli {

class ProfileTestCommand final : public Command
{
public:
    ProfileTestCommand();

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, Context &context) override;

private:
    QCommandLineOption m_source;
    QCommandLineOption m_json;
};

} // namespace Beholder::Cli
