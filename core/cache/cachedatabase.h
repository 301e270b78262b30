// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's SQLite cache file. Qt SQL connections are bound to the thread
// that created them, so each thread that touches the cache gets its own
// connection, created on first use and closed when that thread ends.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Beholder {

class CacheDatabase final
{
public:
    explicit CacheDatabase(const QString &filePath);
    ~CacheDatabase();
    Q_DISABLE_COPY_MOVE(CacheDatabase)

    // Creates the file if needed, switches it to WAL and applies pending
    // migrations, on the calling thread. On failure returns false with a
    // message for the operator; the file is left as it was.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }

    QString filePath() const { return m_filePath; }

    // The calling thread's connection (opened with foreign keys on and the
    // cache pragmas). Invalid if open() has not succeeded.
    QSqlDatabase connection() const;

    // Closes the calling thread's connection now instead of at thread exit
    // (tests and callers that are about to delete or replace the file).
    void closeThreadConnection() const;

private:
    QString m_filePath;
    quint64 m_instanceId;
    bool m_open = false;
};

} // namespace Beholder
