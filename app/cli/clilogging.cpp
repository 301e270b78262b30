// SPDX-License-Identifier: GPL-3.0-or-later
// A plain stderr handler: one line per message, prefixed with the program,
// the level and the category, so a script's stderr capture is greppable.
#include "clilogging.h"

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <cstdio>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic_bool s_verbose = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void stderrHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s_verbose && (type == QtDebugMsg || type == QtInfoMsg))
        return;
    const char *category = context.category ? context.category : "default";
    QString line = message;
    line.replace(u'\n', u"\\n"_s);
    fprintf(stderr, "beholder-cli: %s %s: %s\n", levelName(type), category, line.toUtf8().constData());
    fflush(stderr);
}

} // namespace

void installStderrLogging(bool verbose)
{
    s_verbose = verbose;
    if (verbose)
        QLoggingCategory::setFilterRules(u"beholder.*.debug=true"_s);
    qInstallMessageHandler(stderrHandler);
}

} // namespace Beholder::Cli
