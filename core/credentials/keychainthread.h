// SPDX-License-Identifier: GPL-3.0-or-later
// Runs QtKeychain jobs on one dedicated thread. QtKeychain queues every job
// in a process-wide executor that is not thread-safe and lives in whichever
// thread first used it (a sync worker that later ends would leave it dead),
// and its libsecret backend hands raw job pointers to GLib callbacks, so a
// job deleted before it finishes is a use-after-free. Here all jobs live on
// one thread that lasts as long as the application, and a job is only ever
// deleted by QtKeychain itself once it has finished.
#pragma once

#include <QString>

#include <functional>

namespace Beholder::KeychainThread {

struct JobRequest
{
    enum class Operation {
        Read,
        Write,
        Remove,
    };

    Operation operation = Operation::Read;
    QString service; // "beholder/<profile>"
    QString key;     // already in the platform's form (KeychainCredentialStore::platformKey)
    QString value;   // Write only
};

struct JobReply
{
    int error = 0;       // QKeychain::Error
    QString errorString; // QtKeychain's or the backend's text; never contains the value
    QString value;       // Read only
};

// Starts `request` on the keychain thread; `done` runs on that thread when
// the job finishes. Thread-safe. Needs a QCoreApplication.
void runJob(JobRequest request, std::function<void(const JobReply &reply)> done);

// Whether the session bus has (or can start) a keychain service: the Secret
// Service or KWallet. `done` runs on the keychain thread. Used to tell "no
// keychain at all" from other failures, which libsecret reports alike. On
// platforms without D-Bus it answers true with an empty detail.
void probeBackend(std::function<void(bool available, const QString &detail)> done);

} // namespace Beholder::KeychainThread
