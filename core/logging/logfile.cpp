// SPDX-License-Identifier: GPL-3.0-or-later
// The rotating log file behind LogFile (see logfile.h for the format and the
// guarantees). The message handler is a free function, so the active LogFile
// and the handler it replaced live in file-level state guarded by one mutex.
#include "logfile.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

// QBasicMutex is constant-initialised, so the handler is safe to call even
// during static initialisation or after main() has returned.
QBasicMutex s_mutex;
LogFile *s_active = nullptr;           // guarded by s_mutex
QtMessageHandler s_previous = nullptr; // guarded by s_mutex; kept after uninstall (see ~LogFile)

QChar levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u'D';
    case QtInfoMsg:
        return u'I';
    case QtWarningMsg:
        return u'W';
    case QtCriticalMsg:
        return u'C';
    case QtFatalMsg:
        return u'F';
    }
    return u'?';
}

// Empty for the main thread, otherwise the thread's objectName or its id.
QString currentThreadName()
{
    QThread *thread = QThread::currentThread();
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && thread == app->thread())
        return {};
    QString name = thread->objectName();
    if (name.isEmpty())
        name = u"0x"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
    return name;
}

// Hands a problem with the log file itself to the previous handler, which
// normally prints to stderr. Called without s_mutex held.
void reportToPrevious(QtMessageHandler previous, const QString &problem)
{
    if (problem.isEmpty())
        return;
    const QMessageLogContext context(nullptr, 0, nullptr, lcApp().categoryName());
    if (previous)
        previous(QtWarningMsg, context, problem);
    else
        fprintf(stderr, "%s\n", qPrintable(problem));
}

} // namespace

LogFile::LogFile(const QString &directory, qint64 maxBytes, int keepFiles)
    : m_directory(directory)
    , m_maxBytes(qMax<qint64>(maxBytes, 1))
    , m_keepFiles(qMax(keepFiles, 0))
{
    QString problem;
    {
        const QMutexLocker lock(&s_mutex);
        if (s_active) {
            problem = u"A log file is already installed (%1); not logging to %2 as well"_s.arg(s_active->filePath(),
                                                                                               filePath());
        } else {
            openLocked(&problem);
            s_active = this;
            m_installed = true;
            const QtMessageHandler previous = qInstallMessageHandler(&LogFile::handleMessage);
            if (previous != &LogFile::handleMessage) // a stale install of ours must never chain to itself
                s_previous = previous;
        }
    }
    // Goes through our handler (file closed, so straight on to the previous
    // handler) or, for a rejected second LogFile, into the active one.
    if (!problem.isEmpty())
        qCWarning(lcApp).noquote() << problem;
}

LogFile::~LogFile()
{
    if (!m_installed)
        return;
    {
        const QMutexLocker lock(&s_mutex);
        // Restore the previous handler, unless somebody installed theirs on
        // top of ours meanwhile: then leave the chain alone; our handler stays
        // in it and, with no active LogFile, just forwards to s_previous.
        const QtMessageHandler current = qInstallMessageHandler(s_previous);
        if (current != &LogFile::handleMessage)
            qInstallMessageHandler(current);
        s_active = nullptr;
    }
    // No other thread can reach m_file any more.
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

QString LogFile::fileName()
{
    return u"beholder.log"_s;
}

QString LogFile::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

bool LogFile::isInstalled() const
{
    return m_installed;
}

bool LogFile::isWriting() const
{
    const QMutexLocker lock(&s_mutex);
    return m_file.isOpen();
}

void LogFile::flush()
{
    const QMutexLocker lock(&s_mutex);
    if (m_file.isOpen())
        m_file.flush();
}

QString LogFile::formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &timestampUtc,
                            const QString &threadName)
{
    QString text = message;
    text.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    QString line = timestampUtc.toUTC().toString(Qt::ISODateWithMs) + u' ' + levelLetter(type) + u' '
        + QLatin1StringView(category && *category ? category : "default");
    if (!threadName.isEmpty())
        line += u" ["_s + threadName + u']';
    line += u": "_s + text;
    return line;
}

void LogFile::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString threadName = currentThreadName();
    QtMessageHandler previous = nullptr;
    QString problem;
    {
        const QMutexLocker lock(&s_mutex);
        previous = s_previous;
        if (s_active && s_active->m_file.isOpen()) {
            // Timestamp taken under the lock, so the file is in time order.
            const QString line
                = formatLine(type, context.category, message, QDateTime::currentDateTimeUtc(), threadName);
            s_active->writeLocked(line.toUtf8() + '\n', &problem);
        }
    }
    reportToPrevious(previous, problem);
    if (previous)
        previous(type, context, message);
}

bool LogFile::openLocked(QString *problem)
{
    if (!QDir().mkpath(m_directory)) {
        *problem = u"Cannot create the log directory %1; logging to stderr only"_s.arg(
            QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_file.setFileName(filePath());
    // Unbuffered: every line reaches the OS at once, so nothing is lost on a crash.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *problem = u"Cannot open the log file %1 (%2); logging to stderr only"_s.arg(
            QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return true;
}

bool LogFile::rotateLocked(QString *problem)
{
    m_file.close();
    const QString current = filePath();
    const auto numbered = [&current](int n) -> QString { return current + u'.' + QString::number(n); };

    bool ok = true;
    if (m_keepFiles == 0) {
        ok = QFile::remove(current);
    } else {
        QFile::remove(numbered(m_keepFiles));
        for (int n = m_keepFiles - 1; n >= 1; --n) {
            if (QFile::exists(numbered(n)))
                ok = QFile::rename(numbered(n), numbered(n + 1)) && ok;
        }
        ok = QFile::rename(current, numbered(1)) && ok;
    }
    if (!ok)
        *problem = u"Cannot rotate the log file %1; it will grow past its size limit"_s.arg(
            QDir::toNativeSeparators(current));
    // Reopen whatever is there now: a fresh file normally, the old one if
    // the rename failed (better an oversized log than none).
    QString openProblem;
    if (!openLocked(&openProblem)) {
        *problem = openProblem;
        return false;
    }
    return ok;
}

void LogFile::writeLocked(const QByteArray &line, QString *problem)
{
    if (m_size > 0 && m_size + line.size() > m_maxBytes)
        rotateLocked(problem);
    if (m_file.isOpen()) {
        const qint64 written = m_file.write(line);
        if (written > 0)
            m_size += written;
        if (written != line.size() && problem->isEmpty())
            *problem = u"Cannot write to the log file %1 (%2)"_s.arg(QDir::toNativeSeparators(m_file.fileName()),
                                                                     m_file.errorString());
    }
    // Report a problem once per LogFile, not once per message.
    if (!problem->isEmpty()) {
        if (m_problemReported)
            problem->clear();
        m_problemReported = true;
    }
}

} // namespace Beholder
