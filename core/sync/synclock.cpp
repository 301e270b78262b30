// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclock.h"

#include <QCoreApplication>
#include <QDir>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
QString lockPath(const QString &profileDirectory)
{
    return QDir(profileDirectory).filePath(u"sync.lock"_s);
}
} // namespace

SyncLock::SyncLock(const QString &profileDirectory)
    : m_path(lockPath(profileDirectory))
    , m_file(std::make_unique<QLockFile>(m_path))
{
    // A sync can run for many minutes: never treat a live holder's lock as stale by age.
    m_file->setStaleLockTime(0);
}

SyncLock::~SyncLock()
{
    unlock();
}

bool SyncLock::tryLock(QString *error)
{
    if (m_file->tryLock(0))
        return true;
    if (error) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &application))
            *error = QCoreApplication::translate("SyncLock",
                                                 "a sync of this profile is already running (%1, process %2 on %3)")
                         .arg(application, QString::number(pid), host);
        else
            *error = QCoreApplication::translate("SyncLock", "cannot take the sync lock %1")
                         .arg(QDir::toNativeSeparators(m_path));
    }
    return false;
}

void SyncLock::unlock()
{
    if (m_file->isLocked())
        m_file->unlock();
}

bool SyncLock::isLocked() const
{
    return m_file->isLocked();
}

bool SyncLock::isFree(const QString &profileDirectory)
{
    SyncLock probe(profileDirectory);
    return probe.tryLock();
}

} // namespace Beholder
