// SPDX-License-Identifier: GPL-3.0-or-later
// Does one attempt of a job on an OLT for the scheduler: reads the OLT and its
// secrets, opens an SNMP session tuned by the vendor profile (fingerprinted
// from sysObjectID when the OLT names none), walks the job's columns several
// per GETBULK, decodes them into ONU readings and saves them. Lives on the
// SNMP monitor's thread, with the store of that thread.
#pragma once

#include "credentials/readsecrets.h"
#include "snmp/snmprunner.h"
#include "snmp/vendorprofile.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Beholder::Snmp {

class SnmpSession;
class SnmpStore;
struct SnmpJob;
struct SnmpOlt;

// What a test may impose on every session (0 / -1: the vendor profile's value).
struct SessionOverrides
{
    int timeoutMs = 0;
    int retries = -1;
};

class OltPoller final
    : public QObject
    , public SnmpRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OltPoller)

public:
    // Reads keychain secrets wherever the credential store lives; `done` runs on `context`'s thread, and not at
    // all once `context` is gone.
    using SecretsReader = std::function<void(const QStringList &keys, QObject *context,
                                             std::function<void(const SecretsResult &)> done)>;
    OltPoller(SnmpStore &store, SecretsReader readSecrets, SessionOverrides overrides = {}, QObject *parent = nullptr);
    ~OltPoller() override;

    void start(const ScheduledRun &run, Done done) override;
    void cancel(qint64 executionId) override;

    // The session target of an OLT with its secrets, tuned by `profile` when given: what "Test SNMP" uses too.
    // Calls `done` with an empty error and the target, or the reason it cannot be built.
    void resolveTarget(const SnmpOlt &olt, std::function<void(const QString &error, const SnmpTarget &target)> done);

signals:
    void onusSaved(qint64 oltId);

private:
    struct Attempt;

    void walk(const std::shared_ptr<Attempt> &attempt, const VendorProfile &profile);
    void save(const std::shared_ptr<Attempt> &attempt, const VendorProfile &profile,
              const QList<ProfileColumn> &columns, const SnmpTable &rows);
    void end(const std::shared_ptr<Attempt> &attempt, const RunOutcome &outcome);
    QList<ProfileColumn> columnsFor(const SnmpJob &job, const VendorProfile &profile) const;

    SnmpStore &m_store;
    SecretsReader m_readSecrets;
    SessionOverrides m_overrides;
    QHash<qint64, std::shared_ptr<Attempt>> m_attempts; // by execution id
};

// sysDescr, sysObjectID, sysName, sysUpTime of an agent, and what they say about its vendor.
struct SystemGroup
{
    QString sysDescr;
    Oid sysObjectId;
    QString sysName;
    qint64 uptimeSeconds = 0;
};
// Reads the system group with one GET; `done` runs on the session's thread.
void readSystemGroup(SnmpSession &session, std::function<void(const SnmpError &error, const SystemGroup &system)> done);

} // namespace Beholder::Snmp
