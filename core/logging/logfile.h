// SPDX-License-Identifier: GPL-3.0-or-later
// The per-profile debug log: every qDebug/qCInfo/qCWarning line also lands in
// <profile>/logs/beholder.log, so a support engineer can ask an operator for
// one file instead of a screenshot of a terminal nobody opened. The format is
// deliberately plain (one line per message) so that tests and people can grep it.
#pragma once

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace Beholder {

// LogFile is an RAII object: constructing it installs a Qt message handler,
// destroying it uninstalls that handler (restoring the previous one) and
// closes the file. Only one LogFile can be installed at a time; a second one
// stays inert (isInstalled() == false) and says so with one warning.
//
// Line format (UTF-8, '\n'-terminated):
//
//     2026-11-18T07:06:40.123Z I beholder.cache: opened cache (12 customers)
//     2026-11-18T07:06:40.125Z W beholder.async [search]: task failed: ...
//
// i.e. ISO-8601 UTC timestamp with milliseconds, one level letter
// (D, I, W, C, F), the category ("default" for plain qDebug()), the thread's
// objectName in brackets for any thread but the main one (its id in hex if it
// has no name), a colon, and the message. Newlines and carriage returns in a
// message are written as the two characters "\n" / "\r", so one message is
// always exactly one line.
//
// Rotation: before a line is written, if it would make beholder.log larger
// than maxBytes (and the file is not empty), beholder.log becomes
// beholder.log.1, .1 becomes .2 and so on up to keepFiles; the oldest is
// dropped. keepFiles == 0 means the file is simply started afresh.
//
// Thread safety: the handler may be called from any thread; formatting,
// rotation and the write happen under one mutex, and the file is unbuffered,
// so concurrent messages never interleave and a crash loses nothing written.
//
// Every message is also passed on to the handler that was installed before
// (stderr by default, QTest's handler in tests), so nothing is lost if the
// file cannot be written. If the directory or file cannot be opened, the
// LogFile still installs, writes nothing, and reports one warning in
// "beholder.app" (which reaches stderr through that previous handler).
// Later write or rotation failures are reported once, the same way.
//
// Secrets: LogFile writes what it is given. Keeping passwords and tokens out
// of log messages is the caller's job (SPEC §8).
class LogFile final
{
public:
    static constexpr qint64 DefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr int DefaultKeepFiles = 5;

    explicit LogFile(const QString &directory, qint64 maxBytes = DefaultMaxBytes, int keepFiles = DefaultKeepFiles);
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    // "beholder.log", the name of the current file inside the directory.
    static QString fileName();
    QString filePath() const;

    // True if this object's handler is the installed one (false for a
    // second, rejected LogFile).
    bool isInstalled() const;
    // True while the file is open and being written.
    bool isWriting() const;
    void flush();

    // The line written for one message, without the trailing newline. An
    // empty threadName means the main thread. Public so the format can be
    // tested without a handler installed.
    static QString formatLine(QtMsgType type, const char *category, const QString &message,
                              const QDateTime &timestampUtc, const QString &threadName);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    // All of the following run with the global log mutex held.
    bool openLocked(QString *problem);
    bool rotateLocked(QString *problem);
    void writeLocked(const QByteArray &line, QString *problem);

    const QString m_directory;
    const qint64 m_maxBytes;
    const int m_keepFiles;
    QFile m_file;
    qint64 m_size = 0;
    bool m_installed = false;
    bool m_problemReported = false;
};

} // namespace Beholder
