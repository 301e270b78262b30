// SPDX-License-Identifier: GPL-3.0-or-later
// One sync per profile at a time, across processes (the console and a
// beholder-cli run from cron must not write the same cache at once). A
// lock file in the profile folder; a lock left by a process that died is
// recognised as stale and taken over.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace Beholder {

class SyncLock final
{
public:
    explicit SyncLock(const QString &profileDirectory);
    ~SyncLock();
    Q_DISABLE_COPY_MOVE(SyncLock)

    // False with a reason ("a sync of this profile is already running in process 4242 on host x").
    bool tryLock(QString *error = nullptr);
    void unlock();
    bool isLocked() const;

    // True when no process holds the lock (checked by taking and releasing it).
    static bool isFree(const QString &profileDirectory);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace Beholder
