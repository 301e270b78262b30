// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosnmp.h"

#include "cache/cachedatabase.h"
#include "demorecordings.h"
#include "logging/logging.h"
#include "snmp/oltsecrets.h"
#include "snmp/snmpseed.h"
#include "snmp/snmpstore.h"
#include "snmpsimagent.h"

#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Beholder::Sim {

class DemoSnmpWorker final : public QObject
{
    Q_OBJECT

public:
    void run(const IspDataset &dataset, const QString &cacheFile)
    {
        QString error;
        QHash<QString, QString> secrets;
        int count = 0;
        if (serve(dataset, &error) && registerOlts(dataset, cacheFile, &secrets, &count, &error))
            emit ready(secrets, count, m_agent->port());
        else
            emit failed(error);
    }

    void stop()
    {
        m_agent.reset();
        m_recordings.reset();
    }

signals:
    void ready(const QHash<QString, QString> &secrets, int olts, quint16 port);
    void failed(const QString &error);

private:
    bool serve(const IspDataset &dataset, QString *error)
    {
        m_agent.reset();
        m_recordings = std::make_unique<QTemporaryDir>();
        if (!m_recordings->isValid()) {
            *error = u"no temporary folder for the demo's SNMP recordings: %1"_s.arg(m_recordings->errorString());
            return false;
        }
        m_olts = simOltsFromDataset(dataset);
        if (m_olts.isEmpty()) {
            *error = u"the demo ISP has no OLT"_s;
            return false;
        }
        if (!writeRecordings(m_recordings->path(), m_olts, error))
            return false;
        SnmpSimAgent::Options options;
        options.dataDir = m_recordings->path();
        m_agent = std::make_unique<SnmpSimAgent>(options);
        if (!m_agent->start()) { // a local event loop on this thread: nobody else waits
            *error = m_agent->errorString();
            return false;
        }
        return true;
    }

    bool registerOlts(const IspDataset &dataset, const QString &cacheFile, QHash<QString, QString> *secrets, int *count,
                      QString *error)
    {
        CacheDatabase cache(cacheFile);
        if (!cache.open(error))
            return false;
        {
            Snmp::SnmpStore store(cache.connection());
            if (const Snmp::StoreError seeded = Snmp::seedBuiltinModel(store); seeded.isError()) {
                *error = seeded.message;
                return false;
            }
            const auto existing = store.listOlts();
            if (!existing.ok()) {
                *error = existing.error.message;
                return false;
            }
            QList<qint64> ids;
            for (qsizetype i = 0; i < dataset.olts.size() && i < m_olts.size(); ++i) {
                Snmp::SnmpOlt olt;
                for (const Snmp::SnmpOlt &known : *existing.value)
                    if (known.name.compare(dataset.olts[i].name, Qt::CaseInsensitive) == 0)
                        olt = known;
                olt.name = dataset.olts[i].name;
                olt.host = m_agent->host();
                olt.port = m_agent->port(); // a new port at every start of the demo
                olt.version = Snmp::SnmpTarget::Version::V2c;
                const Snmp::StoreError saved = olt.id ? store.updateOlt(olt) : Snmp::StoreError();
                if (!olt.id) {
                    const auto inserted = store.insertOlt(olt);
                    if (!inserted.ok()) {
                        *error = inserted.error.message;
                        return false;
                    }
                    olt.id = *inserted.value;
                } else if (saved.isError()) {
                    *error = saved.message;
                    return false;
                }
                ids.append(olt.id);
                secrets->insert(Snmp::oltSecretKey(olt.id, Snmp::OltSecret::Community), m_olts[i].name);
            }
            if (const Snmp::StoreError jobs = Snmp::seedUsualJobs(store, ids); jobs.isError()) {
                *error = jobs.message;
                return false;
            }
            *count = int(ids.size());
        }
        cache.closeThreadConnection();
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_recordings;
    std::unique_ptr<SnmpSimAgent> m_agent;
    QList<SimOlt> m_olts;
};

DemoSnmp::DemoSnmp(QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"demo snmp"_s);
    m_worker = new DemoSnmpWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DemoSnmpWorker::ready, this, &DemoSnmp::ready);
    connect(m_worker, &DemoSnmpWorker::failed, this, &DemoSnmp::failed);
    m_thread->start();
}

DemoSnmp::~DemoSnmp()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool DemoSnmp::isAvailable()
{
    return SnmpSimAgent::isAvailable();
}

void DemoSnmp::start(const IspDataset &dataset, const QString &cacheFile)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, dataset, cacheFile] { worker->run(dataset, cacheFile); });
}

} // namespace Beholder::Sim

#include "demosnmp.moc"
