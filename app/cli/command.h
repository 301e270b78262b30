// SPDX-License-Identifier: GPL-3.0-or-later
// The small framework behind beholder-cli's subcommands (keepassxc-cli style):
// each command declares its options on a QCommandLineParser that also knows
// the global ones, so that global options work before or after the command.
#pragma once

#include "profile/profile.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Beholder {
class LogFile;
}

namespace Beholder::Cli {

// The process exit codes, part of the documented contract (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,      // done (a search without matches is still a success)
    ExitFailure = 1, // runtime failure: missing or unreadable cache, load failed
    ExitUsage = 2,   // the command line is wrong: unknown command or option, bad value
};

// Options every command accepts, wherever they appear on the line.
struct GlobalOptions
{
    GlobalOptions();

    QCommandLineOption dataDir;
    QCommandLineOption profile;
    QCommandLineOption verbose;
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption user; // who signs in, on a profile that requires it (see cliaccess.h)

    QList<QCommandLineOption> all() const { return {dataDir, profile, verbose, help, version, user}; }
};

class Context;

class Command
{
public:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    // The words that name the command on the line: {"search"}, {"demo", "init"}.
    virtual QStringList words() const = 0;
    // One line for the command list in `beholder-cli --help`.
    virtual QString summary() const = 0;
    // The command's own options (the global ones are added by the dispatcher).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Positional arguments, for the help text.
    virtual QList<Positional> positionals() const { return {}; }

    // Runs with the command line already parsed without errors.
    virtual int run(const QCommandLineParser &parser, Context &context) = 0;

    QString name() const { return words().join(u' '); }
};

// What a running command may use: the output streams, the resolved global
// options and helpers that keep error handling uniform across commands.
class Context final
{
public:
    Context(QTextStream &out, QTextStream &err);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Set by the dispatcher before Command::run().
    QString dataDirectory; // absolute (resolveDataDirectory)
    QString profileName;   // --profile, else ProfileManager::defaultProfileName()
    bool profileGiven = false;
    QString userName; // --user, empty when not given
    bool verbose = false;
    bool stderrIsTerminal = false;
    QString usage; // the command's help text, printed after usage errors

    // Prints "beholder-cli: <message>" and the usage to stderr; returns ExitUsage.
    int usageError(const QString &message);
    // Prints "beholder-cli: <message>" to stderr; returns ExitFailure.
    int failure(const QString &message);

    // The current profile if it exists and has a cache file, without creating
    // anything. Otherwise prints the reason and sets *exitCode: ExitUsage for
    // an invalid name, ExitFailure for a missing profile or cache.
    std::optional<Profile> existingProfileWithCache(int *exitCode);

    // The current profile if it exists (its folder, maybe without a cache yet), with its log started. Otherwise
    // prints the reason and sets *exitCode: ExitUsage for an invalid name, ExitFailure for a missing profile
    // ("profile 'x' does not exist" + `missingHint`) or one that cannot be opened.
    std::optional<Profile> existingProfile(int *exitCode, const QString &missingHint = {});

    // From now on every log message of this run also goes to the profile's
    // rotating log file (stderr keeps its own threshold).
    void startProfileLog(const Profile &profile);

    // Why `name` is refused, worded (and translated) like ProfileManager::openOrCreate.
    static QString invalidProfileNameMessage(const QString &name);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<LogFile> m_logFile;
};

// Parses a whole number in [min, max] given to `--option`; on failure returns
// nothing and sets *error to a message that names the option and the range.
std::optional<qint64> parseBoundedInteger(const QString &option, const QString &value, qint64 min, qint64 max,
                                          QString *error);

} // namespace Beholder::Cli
