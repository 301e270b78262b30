// SPDX-License-Identifier: GPL-3.0-or-later
// The demo ISP's OLTs over SNMP: recordings of the served dataset, snmpsimd
// serving them on 127.0.0.1 (on a thread of its own, so that nobody waits for
// it to index), and the OLTs, the shipped OIDs and the usual jobs registered in
// the profile's cache, so that the demo polls its OLTs as a real ISP would.
#pragma once

#include "model/entities.h"

#include <QHash>
#include <QObject>
#include <QString>

class QThread;

namespace Beholder::Sim {

class DemoSnmpWorker;

class DemoSnmp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSnmp)

public:
    explicit DemoSnmp(QObject *parent = nullptr);
    // Stops snmpsimd and joins the thread.
    ~DemoSnmp() override;

    // snmpsimd is installed (Debian package snmpsim).
    static bool isAvailable();

    // Ends with ready() or failed(), later. Calling it again serves the new dataset.
    void start(const IspDataset &dataset, const QString &cacheFile);

signals:
    // `secrets`: keychain key -> value (each OLT's community) for the caller to store.
    void ready(const QHash<QString, QString> &secrets, int olts, quint16 port);
    void failed(const QString &error);

private:
    QThread *m_thread = nullptr;
    DemoSnmpWorker *m_worker = nullptr;
};

} // namespace Beholder::Sim
