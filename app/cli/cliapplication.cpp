// SPDX-License-Identifier: GPL-3.0-or-later
// Two passes over the command line: the first only finds the command words
// (skipping the values of options that take one), the second parses what is
// left with a parser that knows the global options and the command's own.
#include "cliapplication.h"

#include "accesscommands.h"
#include "clilogging.h"
#include "demoinitcommand.h"
#include "demoscenarioscommand.h"
#include "diagnosecommand.h"
#include "livecommand.h"
#include "profile/datalocation.h"
#include "profile/profilemanager.h"
#include "profilecommands.h"
#include "profiletestcommand.h"
#include "searchcommand.h"
#include "simcommand.h"
#include "snmpcommands.h"
#include "synccommand.h"
#include "util/appinfo.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isStderrTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(u'-');
}

// QCommandLineParser's help starts with its own "Usage:" line; ours names
// the command as well.
QString withUsageLine(const QString &helpText, const QString &usageLine)
{
    const qsizetype end = helpText.indexOf(u'\n');
    return usageLine + (end < 0 ? QString() : helpText.mid(end));
}

void configure(QCommandLineParser &parser)
{
    // "-json" means "--json": nobody means "-j -s -o -n".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<DemoInitCommand>());
    m_commands.push_back(std::make_unique<DemoScenariosCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ProfileImportCommand>());
    m_commands.push_back(std::make_unique<ProfileSetSecretCommand>());
    m_commands.push_back(std::make_unique<ProfileTestCommand>());
    m_commands.push_back(std::make_unique<SimCommand>());
    m_commands.push_back(std::make_unique<LiveCommand>());
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<SnmpTestCommand>());
    m_commands.push_back(std::make_unique<SnmpPollCommand>());
    m_commands.push_back(std::make_unique<AccountListCommand>());
    m_commands.push_back(std::make_unique<AccountAddCommand>());
    m_commands.push_back(std::make_unique<AccountPasswdCommand>());
    m_commands.push_back(std::make_unique<AccountRemoveCommand>());
    m_commands.push_back(std::make_unique<AccountRoleCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<AccessSignInRequiredCommand>());
}

CliApplication::~CliApplication() = default;

bool CliApplication::takesValue(const QString &argument) const
{
    if (argument.contains(u'='))
        return false;
    QString name = argument;
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    const auto hasValue = [&name](const QCommandLineOption &option) {
        return !option.valueName().isEmpty() && option.names().contains(name);
    };
    const QList<QCommandLineOption> global = m_global.all();
    if (std::any_of(global.cbegin(), global.cend(), hasValue))
        return true;
    for (const auto &command : m_commands) {
        const QList<QCommandLineOption> own = command->options();
        if (std::any_of(own.cbegin(), own.cend(), hasValue))
            return true;
    }
    return false;
}

CliApplication::Split CliApplication::findCommand(const QStringList &arguments) const
{
    // Indices of the positional words, in order.
    QList<qsizetype> positional;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositional || !looksLikeOption(argument)) {
            positional << i;
        } else if (argument == u"--") {
            onlyPositional = true;
        } else if (takesValue(argument)) {
            ++i; // its value, even if it looks like a word
        }
    }

    Split split;
    split.arguments = arguments;
    const auto word = [&](qsizetype n) { return arguments.at(positional.at(n)); };
    for (const auto &command : m_commands) {
        const QStringList words = command->words();
        if (positional.size() < words.size())
            continue;
        bool matches = true;
        for (qsizetype n = 0; n < words.size() && matches; ++n)
            matches = word(n) == words.at(n);
        if (!matches)
            continue;
        split.command = command.get();
        for (qsizetype n = words.size() - 1; n >= 0; --n)
            split.arguments.removeAt(positional.at(n));
        return split;
    }
    // Nothing matched: report the word(s) the user meant as a command.
    if (!positional.isEmpty()) {
        split.unknownWords << word(0);
        const bool isPrefix = std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const auto &command) {
            return command->words().size() > 1 && command->words().constFirst() == word(0);
        });
        if (isPrefix && positional.size() > 1)
            split.unknownWords << word(1);
    }
    return split;
}

QString CliApplication::generalHelp() const
{
    QCommandLineParser parser;
    configure(parser);
    parser.setApplicationDescription(
        u"Headless companion of the Beholder console: load the demo ISP and search a profile's cache "
        u"from scripts, cron jobs and chatbots."_s);
    parser.addOptions(m_global.all());
    QString help = withUsageLine(parser.helpText(), u"Usage: beholder-cli [options] <command> [arguments]"_s);

    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    help += u"\nCommands:\n"_s;
    for (const auto &command : m_commands)
        help += u"  "_s + command->name().leftJustified(width + 2) + command->summary() + u'\n';
    help += u"\nOptions may come before or after the command. `beholder-cli <command> --help` lists a command's "
            u"own options.\nExit codes: 0 success, 1 runtime failure, 2 usage error.\n"_s;
    return help;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    installStderrLogging(false);

    const Split split = findCommand(arguments);
    Context context(out, err);
    context.stderrIsTerminal = isStderrTerminal();

    // After a usage error: the usage line and where to read more, not the
    // whole help (scripts log stderr; a screenful per mistake helps nobody).
    QString help;
    QCommandLineParser parser;
    configure(parser);
    parser.addOptions(m_global.all());
    if (split.command) {
        Command &command = *split.command;
        parser.setApplicationDescription(command.summary());
        parser.addOptions(command.options());
        QString syntax;
        for (const Command::Positional &positional : command.positionals()) {
            parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
            syntax += u' ' + (positional.syntax.isEmpty() ? positional.name : positional.syntax);
        }
        const QString usageLine = u"Usage: beholder-cli "_s + command.name() + u" [options]"_s + syntax;
        help = withUsageLine(parser.helpText(), usageLine);
        context.usage = usageLine + u"\nRun `beholder-cli "_s + command.name() + u" --help` for its options.\n"_s;
    } else {
        help = generalHelp();
        QStringList names;
        for (const auto &command : m_commands)
            names << command->name();
        context.usage = u"Usage: beholder-cli [options] <command> [arguments]\nCommands: "_s + names.join(u", "_s)
            + u"\nRun `beholder-cli --help` for details.\n"_s;
    }

    if (!split.unknownWords.isEmpty())
        return context.usageError(u"unknown command '%1'"_s.arg(split.unknownWords.join(u' ').left(80)));
    if (!parser.parse(split.arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(m_global.version)) {
        out << u"beholder-cli "_s << applicationVersion() << u'\n';
        return ExitOk;
    }
    if (parser.isSet(m_global.help)) {
        out << help;
        return ExitOk;
    }
    if (!split.command)
        return context.usageError(u"no command given"_s);

    context.verbose = parser.isSet(m_global.verbose);
    if (context.verbose)
        installStderrLogging(true);

    QString dataDir;
    if (parser.isSet(m_global.dataDir)) {
        dataDir = parser.value(m_global.dataDir);
        if (dataDir.trimmed().isEmpty())
            return context.usageError(u"--data-dir needs a folder"_s);
    }
    context.dataDirectory = resolveDataDirectory(dataDir);
    context.profileGiven = parser.isSet(m_global.profile);
    context.userName = parser.value(m_global.user);
    context.profileName = context.profileGiven ? parser.value(m_global.profile)
                                               : ProfileManager(context.dataDirectory).defaultProfileName();

    const int exitCode = split.command->run(parser, context);
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace Beholder::Cli
