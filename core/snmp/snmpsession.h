// SPDX-License-Identifier: GPL-3.0-or-later
// One SNMP agent (an OLT, a router) spoken to asynchronously: GET, GETNEXT,
// GETBULK and multi-column table walks over net-snmp's single-session API.
// net-snmp runs on a poller thread owned by the session; callbacks run on the
// session's own thread, never re-entrantly from the call that started them.
#pragma once

#include "snmptypes.h"

#include <QHash>
#include <QObject>

#include <functional>

class QThread;

namespace Beholder::Snmp {

class SnmpPoller;

class SnmpSession : public QObject
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(const SnmpError &error, const QList<VarBind> &varBinds)>;
    using TableCallback = std::function<void(const SnmpError &error, const SnmpTable &rows)>;

    explicit SnmpSession(SnmpTarget target, QObject *parent = nullptr);
    // Stops the poller thread; pending callbacks are dropped without being called.
    // May wait for an SNMPv3 engine discovery in progress (at most timeout x attempts).
    ~SnmpSession() override;

    const SnmpTarget &target() const { return m_target; }

    void get(const QList<Oid> &oids, ResponseCallback callback);
    void getNext(const QList<Oid> &oids, ResponseCallback callback);
    void getBulk(const QList<Oid> &oids, int nonRepeaters, int maxRepetitions, ResponseCallback callback);
    // Walks several columns of one table together: every GETBULK carries each
    // column not finished yet (target().maxRepetitions per column); a column ends
    // when its OIDs leave its subtree or on an exception value. Rows are keyed by
    // the index suffix (the OID after the column); a missing cell is a Null value.
    // At most target().walkConcurrency walks run at once; the others wait their turn.
    void walkColumns(const QList<Oid> &columns, TableCallback callback);

    // Every pending request and walk gets a Canceled error now (from this call);
    // their replies are ignored afterwards.
    void cancel();
    int pendingCount() const { return int(m_pending.size() + m_walks.size()); }
    int runningWalks() const { return m_runningWalks; }

private:
    struct Pending
    {
        ResponseCallback callback;
        bool internal = false; // a step of a walk: dropped, not called, on cancel
    };
    struct Walk;

    quint64 send(int command, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions, ResponseCallback callback,
                 bool internal);
    void onReply(quint64 id, const Beholder::Snmp::SnmpError &error, const QList<Beholder::Snmp::VarBind> &varBinds);
    void walkStep(quint64 walkId);
    void walkReply(quint64 walkId, const SnmpError &error, const QList<VarBind> &varBinds);
    void finishWalk(quint64 walkId, const SnmpError &error);
    void startQueuedWalks();

    SnmpTarget m_target;
    QThread *m_thread = nullptr;
    SnmpPoller *m_poller = nullptr;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
    QHash<quint64, std::shared_ptr<Walk>> m_walks; // running and queued
    QList<quint64> m_queuedWalks;                  // in arrival order
    int m_runningWalks = 0;
};

} // namespace Beholder::Snmp
