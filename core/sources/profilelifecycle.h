// SPDX-License-Identifier: GPL-3.0-or-later
// Renaming and deleting an ISP profile as a whole: its folder (cache,
// settings, logs) and its keychain namespace move or go together, so two
// profiles never share a secret and a deleted one leaves none behind. The
// demo profile is always there: it can be neither renamed nor deleted.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Beholder {

class CredentialStore;

class ProfileLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLifecycle)

public:
    // A store for one profile's namespace, living in this object's thread
    // (the OS keychain in the console, a memory store in tests).
    using StoreFactory = std::function<std::unique_ptr<CredentialStore>(const QString &profileName)>;

    struct Outcome
    {
        QString error;        // why nothing was done (or, for a delete, why the folder stayed)
        QStringList warnings; // done, but: secrets that could not be removed, and the like
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &outcome)>;

    ProfileLifecycle(const QString &dataDirectory, StoreFactory stores, QObject *parent = nullptr);
    ~ProfileLifecycle() override;

    // Why `name` cannot be renamed or deleted now (the demo profile, a missing
    // one, a sync running on it); empty when it can.
    QString whyUnchangeable(const QString &name) const;
    // Why `name` cannot be a new profile's name (invalid, taken); empty when it can.
    QString whyNotNewName(const QString &name) const;

    // Moves the secrets to the new namespace, then the folder, then removes
    // the old secrets. If a step before the last fails, everything is put
    // back as it was. `done` runs later on this object's thread, exactly once
    // (never after this object is destroyed).
    void rename(const QString &from, const QString &to, Done done);
    // Removes the secrets, then the folder.
    void remove(const QString &name, Done done);

private:
    struct Run;
    void finish(const std::shared_ptr<Run> &run, const Outcome &outcome);

    QString m_dataDirectory;
    StoreFactory m_stores;
};

} // namespace Beholder
