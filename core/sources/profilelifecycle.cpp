// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/profilelifecycle.h"

#include "credentials/credentialstore.h"
#include "credentials/readsecrets.h"
#include "logging/logging.h"
#include "profile/profile.h"
#include "profile/profilemanager.h"
#include "sources/profilesecretkeys.h"
#include "sync/synclock.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLifecycle)
};

// Calls step(key, next) for each key in turn, then end(). Keychain calls go
// one at a time so that a locked keychain prompts once, not once per key.
void forEachKey(const QStringList &keys, std::function<void(const QString &key, std::function<void()> next)> step,
                std::function<void()> end)
{
    auto index = std::make_shared<qsizetype>(0);
    auto advance = std::make_shared<std::function<void()>>();
    *advance = [keys, step, end, index, weakAdvance = std::weak_ptr(advance)]() {
        if (*index >= keys.size()) {
            end();
            return;
        }
        const QString key = keys.at((*index)++);
        const auto self = weakAdvance.lock();
        step(key, [self]() {
            if (self)
                (*self)();
        });
    };
    // The chain lives as long as a step's pending callback holds it.
    (*advance)();
}

} // namespace

struct ProfileLifecycle::Run
{
    Done done;
    std::unique_ptr<CredentialStore> from; // the namespace secrets leave
    std::unique_ptr<CredentialStore> to;   // the namespace they go to (rename only)
    QStringList keys;
    QHash<QString, QString> secrets; // read from `from`
    QStringList written;             // keys written to `to` so far, to undo on failure
    QStringList warnings;
    bool finished = false;
};

ProfileLifecycle::ProfileLifecycle(const QString &dataDirectory, StoreFactory stores, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_stores(std::move(stores))
{ }

ProfileLifecycle::~ProfileLifecycle() = default;

QString ProfileLifecycle::whyUnchangeable(const QString &name) const
{
    if (name == Profile::demoName())
        return Tr::tr("The demo profile is always available: it cannot be renamed or deleted.");
    const ProfileManager manager(m_dataDirectory);
    if (!manager.exists(name))
        return Tr::tr("There is no profile “%1”.").arg(name);
    if (!SyncLock::isFree(Profile(name, m_dataDirectory).directory()))
        return Tr::tr("A sync of “%1” is running; wait for it to end.").arg(name);
    return {};
}

QString ProfileLifecycle::whyNotNewName(const QString &name) const
{
    if (!Profile::isValidName(name))
        return Profile::nameError(name);
    // Case-insensitive: the folder names must not clash on Windows either.
    const QStringList existing = ProfileManager(m_dataDirectory).profileNames();
    for (const QString &other : existing) {
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return Tr::tr("A profile named “%1” already exists.").arg(other);
    }
    return {};
}

void ProfileLifecycle::finish(const std::shared_ptr<Run> &run, const Outcome &outcome)
{
    if (run->finished)
        return;
    run->finished = true;
    Outcome result = outcome;
    result.warnings = run->warnings + outcome.warnings;
    // Later, never inside rename()/remove(), and never after this object is gone.
    QMetaObject::invokeMethod(
        this, [run, result]() { run->done(result); }, Qt::QueuedConnection);
}

void ProfileLifecycle::rename(const QString &from, const QString &to, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    if (QString why = whyUnchangeable(from); !why.isEmpty())
        return finish(run, {why, {}});
    if (QString why = whyNotNewName(to); !why.isEmpty())
        return finish(run, {why, {}});

    const Profile source(from, m_dataDirectory);
    const Profile target(to, m_dataDirectory);
    run->keys = profileSecretKeys(source);
    run->from = m_stores(from);
    run->to = m_stores(to);
    qCInfo(lcProfile).noquote() << "renaming profile" << from << "to" << to << "with up to" << run->keys.size()
                                << "secrets";

    // Undo: the secrets already copied leave the new namespace again.
    auto rollback = [this, run](const QString &error) {
        forEachKey(
            run->written,
            [run](const QString &key, std::function<void()> next) {
                run->to->remove(key, nullptr, [run, key, next](const CredentialError &e) {
                    if (e.isError())
                        run->warnings << Tr::tr("could not remove the copy of secret %1: %2").arg(key, e.message);
                    next();
                });
            },
            [this, run, error]() {
                finish(run, {error, {}});
            });
    };

    readSecrets(run->from.get(), run->keys, this, [this, run, source, target, rollback](const SecretsResult &read) {
        if (read.error.isError() && read.error.kind != CredentialError::Kind::NoBackend)
            return finish(
                run,
                {Tr::tr("The profile's secrets could not be read, so nothing was renamed: %1").arg(read.error.message),
                 {}});
        if (read.error.kind == CredentialError::Kind::NoBackend)
            run->warnings << Tr::tr("No keychain is available: no secret was moved.");
        run->secrets = read.found;
        QStringList present = read.found.keys();
        present.sort();
        forEachKey(
            present,
            [run, rollback](const QString &key, std::function<void()> next) {
                run->to->write(key, run->secrets.value(key), nullptr,
                               [run, key, next, rollback](const CredentialError &e) {
                                   if (e.isError())
                                       return rollback(Tr::tr("Secret %1 could not be moved, so nothing was "
                                                              "renamed: %2")
                                                           .arg(key, e.message));
                                   run->written << key;
                                   next();
                               });
            },
            [this, run, source, target, rollback]() {
                const ProfileManager manager(m_dataDirectory);
                const bool wasDefault = manager.defaultProfileName() == source.name();
                if (!QDir().rename(source.directory(), target.directory()))
                    return rollback(Tr::tr("The folder %1 could not be renamed (is the profile open in another "
                                           "window or program?). Nothing was renamed.")
                                        .arg(QDir::toNativeSeparators(source.directory())));
                if (wasDefault)
                    manager.setDefaultProfileName(target.name());
                // The new profile is complete; the old namespace is emptied last.
                forEachKey(
                    run->written,
                    [run](const QString &key, std::function<void()> next) {
                        run->from->remove(key, nullptr, [run, key, next](const CredentialError &e) {
                            if (e.isError())
                                run->warnings
                                    << Tr::tr("the old copy of secret %1 could not be removed: %2").arg(key, e.message);
                            next();
                        });
                    },
                    [this, run]() { finish(run, {}); });
            });
    });
}

void ProfileLifecycle::remove(const QString &name, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    if (QString why = whyUnchangeable(name); !why.isEmpty())
        return finish(run, {why, {}});

    const Profile profile(name, m_dataDirectory);
    run->keys = profileSecretKeys(profile);
    run->from = m_stores(name);
    qCInfo(lcProfile).noquote() << "deleting profile" << name << "and up to" << run->keys.size() << "secrets";
    auto noBackend = std::make_shared<bool>(false);
    forEachKey(
        run->keys,
        [run, noBackend](const QString &key, std::function<void()> next) {
            if (*noBackend)
                return next();
            run->from->remove(key, nullptr, [run, key, next, noBackend](const CredentialError &e) {
                if (e.kind == CredentialError::Kind::NoBackend) {
                    *noBackend = true;
                    run->warnings << Tr::tr("No keychain is available: no secret was removed.");
                } else if (e.isError()) {
                    run->warnings << Tr::tr("secret %1 could not be removed: %2").arg(key, e.message);
                }
                next();
            });
        },
        [this, run, profile]() {
            const ProfileManager manager(m_dataDirectory);
            const bool wasDefault = manager.defaultProfileName() == profile.name();
            QDir folder(profile.directory());
            if (!folder.removeRecursively())
                return finish(run,
                              {Tr::tr("The folder %1 could not be deleted completely (is the profile open in "
                                      "another window or program?).")
                                   .arg(QDir::toNativeSeparators(profile.directory())),
                               {}});
            if (wasDefault)
                manager.setDefaultProfileName(Profile::demoName());
            finish(run, {});
        });
}

} // namespace Beholder
