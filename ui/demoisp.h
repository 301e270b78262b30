// SPDX-License-Identifier: GPL-3.0-or-later
// The demo profile's ISP: the simulated ISP running in this process, published
// as the demo profile's sources (settings.ini) and secrets (the keychain), so
// that the demo syncs through the same clients and engine as a real ISP.
// It lives as long as the demo profile's session: the live diagnosis talks to
// the same simulator.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Beholder {

class CredentialStore;
class Profile;

namespace Sim {
class DemoSnmp;
class Simulator;
} // namespace Sim

class DemoIsp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoIsp)

public:
    DemoIsp(const Profile &profile, QObject *parent = nullptr);
    // Stops the simulator: its servers close and its thread is joined (milliseconds).
    ~DemoIsp() override;

    // Running, serving `customers()` customers, and published.
    bool isReady() const;
    bool isPreparing() const { return m_preparing; }
    int customers() const { return m_customers; }
    // Null until the first prepare(); the running simulator afterwards.
    Sim::Simulator *simulator() const { return m_simulator.get(); }

    // Starts the simulated ISP with `customers` (a fresh one when it runs with
    // another size), then saves its sources into the profile's settings.ini
    // and writes its secrets into `store`. If the store refuses them (no OS
    // keychain, or a locked one), they go to the process's memory instead
    // (MemorySecrets::session()) and ready() says so. Ends with ready() or
    // failed(), later, never inside this call. `store` must outlive the call.
    void prepare(int customers, CredentialStore *store);

signals:
    void step(const QString &text); // "Starting the simulated ISP…"
    // `inMemory`: read the secrets through a MemoryCredentialStore on
    // MemorySecrets::session(); `notice` then says so for the operator.
    void ready(bool inMemory, const QString &notice);
    void failed(const QString &error);

private:
    void onStarted(bool ok);
    void publish();
    void writeNext();
    void keepInMemory(const QString &why);
    void succeed(bool inMemory, const QString &notice);
    void fail(const QString &error);

    QString m_profileName;
    QString m_settingsFile;
    QString m_cacheFile;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sim::DemoSnmp> m_snmp; // the OLTs over SNMP, when snmpsimd is installed
    QHash<QString, QString> m_snmpSecrets; // their communities, published with the other secrets
    int m_customers = 0;
    bool m_preparing = false;
    bool m_published = false;
    bool m_inMemory = false;
    QString m_notice;
    CredentialStore *m_store = nullptr;
    QHash<QString, QString> m_secrets; // while publishing only
    QStringList m_keys;                // left to write
};

} // namespace Beholder
