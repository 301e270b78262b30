// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainthread.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <qt6keychain/keychain.h>
#include <QThread>

#ifdef BEHOLDER_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <utility>

namespace Beholder::KeychainThread {

using namespace Qt::Literals::StringLiterals;

namespace {

struct State
{
    QMutex mutex;
    QThread *thread = nullptr;
    QObject *worker = nullptr; // lives in `thread`
};

State &state()
{
    static State instance;
    return instance;
}

// A post routine: runs in ~QCoreApplication, on the main thread. Jobs still
// running are abandoned (their replies would have nowhere to go anyway).
void stopThread()
{
    State &s = state();
    QThread *thread = nullptr;
    {
        QMutexLocker locker(&s.mutex);
        thread = std::exchange(s.thread, nullptr);
        s.worker = nullptr;
    }
    if (!thread)
        return;
    thread->quit();
    if (!thread->wait(QDeadlineTimer(5000))) {
        qCWarning(lcCredentials) << "The keychain thread did not stop within 5 s; leaving it";
        return;
    }
    delete thread;
}

// The worker on the keychain thread, starting the thread on first use.
// Call with the state's mutex held. Null without an application.
QObject *ensureWorker(State &s)
{
    if (s.worker)
        return s.worker;
    if (!QCoreApplication::instance())
        return nullptr;
    auto *thread = new QThread;
    thread->setObjectName(u"keychain"_s);
    auto *worker = new QObject;
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    s.thread = thread;
    s.worker = worker;
    qAddPostRoutine(stopThread);
    return worker;
}

// Posts `work` to the keychain thread. False without an application.
bool post(std::function<void(QObject *worker)> work)
{
    State &s = state();
    // Held while posting so that stopThread() cannot delete the worker in between.
    QMutexLocker locker(&s.mutex);
    QObject *worker = ensureWorker(s);
    if (!worker)
        return false;
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work)] { work(worker); }, Qt::QueuedConnection);
    return true;
}

void startJob(QObject *worker, const JobRequest &request, std::function<void(const JobReply &reply)> done)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case JobRequest::Operation::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case JobRequest::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service);
        write->setTextData(request.value);
        job = write;
        break;
    }
    case JobRequest::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    // No parent: QtKeychain deletes the job after finished(), the only moment
    // its backend no longer points at it.
    job->setAutoDelete(true);
    // Never a plaintext settings file when the keychain is missing (habit 20).
    job->setInsecureFallback(false);
    job->setKey(request.key);
    const bool isRead = request.operation == JobRequest::Operation::Read;
    QObject::connect(job, &QKeychain::Job::finished, worker,
                     [done = std::move(done), isRead](QKeychain::Job *finished) {
                         JobReply reply;
                         reply.error = finished->error();
                         reply.errorString = finished->errorString();
                         if (isRead && reply.error == QKeychain::NoError)
                             reply.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         done(reply);
                     });
    job->start();
}

#ifdef BEHOLDER_KEYCHAIN_DBUS
const QStringList &keychainServices()
{
    static const QStringList names{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s};
    return names;
}

// Calls a bus method that answers a list of names ("ListNames", "ListActivatableNames").
void askBus(QObject *worker, const QString &method, std::function<void(const QStringList &, const QString &)> done)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                             u"org.freedesktop.DBus"_s, method);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), worker);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, worker,
                     [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         if (reply.isError())
                             done({}, reply.error().message());
                         else
                             done(reply.value(), {});
                     });
}

bool hasKeychainService(const QStringList &names)
{
    return std::any_of(keychainServices().cbegin(), keychainServices().cend(),
                       [&names](const QString &service) { return names.contains(service); });
}

void probeOnThread(QObject *worker, std::function<void(bool, const QString &)> done)
{
    // Connecting is quick: an address that points nowhere fails at once.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false, u"no D-Bus session bus: "_s + bus.lastError().message());
        return;
    }
    askBus(worker, u"ListNames"_s, [worker, done](const QStringList &running, const QString &error) {
        if (error.isEmpty() && hasKeychainService(running)) {
            done(true, {});
            return;
        }
        askBus(worker, u"ListActivatableNames"_s, [done](const QStringList &activatable, const QString &error) {
            if (!error.isEmpty())
                done(false, u"the session bus did not list its services: "_s + error);
            else if (hasKeychainService(activatable))
                done(true, {});
            else
                done(false, u"neither the Secret Service nor KWallet is on the session bus"_s);
        });
    });
}
#endif

} // namespace

void runJob(JobRequest request, std::function<void(const JobReply &reply)> done)
{
    auto shared = std::make_shared<std::function<void(const JobReply &)>>(std::move(done));
    const bool posted = post(
        [request = std::move(request), shared](QObject *worker) { startJob(worker, request, std::move(*shared)); });
    if (!posted) {
        JobReply reply;
        reply.error = QKeychain::OtherError;
        reply.errorString = u"no QCoreApplication"_s;
        (*shared)(reply);
    }
}

void probeBackend(std::function<void(bool available, const QString &detail)> done)
{
    auto shared = std::make_shared<std::function<void(bool, const QString &)>>(std::move(done));
    const bool posted = post([shared](QObject *worker) {
#ifdef BEHOLDER_KEYCHAIN_DBUS
        probeOnThread(worker, std::move(*shared));
#else
        Q_UNUSED(worker)
        (*shared)(true, {});
#endif
    });
    if (!posted)
        (*shared)(false, u"no QCoreApplication"_s);
}

} // namespace Beholder::KeychainThread
