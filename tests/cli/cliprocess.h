// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real beholder-cli in tests: one command to its end (exit code, stdout, stderr), and a
// `beholder-cli sim` that serves until the object dies. The including test defines BEHOLDER_CLI_PATH.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Beholder::Test {

inline const QString cliPath = QStringLiteral(BEHOLDER_CLI_PATH);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // What to show when an assertion on this run fails.
    QByteArray explain() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out.left(6000) + "\n--- stderr:\n"
            + err.left(3000);
    }
};

// `input`, when given, is written to the command's stdin (then closed): `profile set-secret` reads it.
inline CliRun runCli(const QStringList &arguments, int timeoutMs = 120000, const QByteArray &input = {})
{
    QProcess process;
    process.start(cliPath, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + arguments.join(u' ').toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A `beholder-cli sim` running until the object dies.
class SimProcess
{
public:
    SimProcess(const QString &file, const QStringList &extra = {})
    {
        QFile::remove(file);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(cliPath, QStringList{QStringLiteral("sim"), QStringLiteral("--endpoints-file"), file} + extra);
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && !(QFileInfo(file).size() > 0 && m_process.canReadLine()))
            m_process.waitForReadyRead(100);
        m_ready = QFileInfo(file).size() > 0;
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(SimProcess)

    bool ready() const { return m_ready; }

private:
    QProcess m_process;
    bool m_ready = false;
};

} // namespace Beholder::Test
