// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoisp.h"

#include "access/accesspolicy.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "net/tlsexception.h"
#include "profile/profile.h"
#include "simulator/isp/simulator.h"
#include "simulator/snmp/demosnmp.h"
#include "sources/sourcesettings.h"
#include "uilogging.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSslKey>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The demo ISP's throw-away certificate (resources/demo/README.md).
QSslCertificate demoCertificate()
{
    QFile file(u":/beholder/demo/demo-isp.crt"_s);
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

QSslKey demoKey()
{
    QFile file(u":/beholder/demo/demo-isp.key"_s);
    return file.open(QIODevice::ReadOnly) ? QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem) : QSslKey();
}

} // namespace

DemoIsp::DemoIsp(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profileName(profile.name())
    , m_settingsFile(profile.settingsFile())
    , m_cacheFile(profile.cacheFile())
{ }

DemoIsp::~DemoIsp() = default;

bool DemoIsp::isReady() const
{
    return !m_preparing && m_published && m_simulator && m_simulator->isRunning();
}

void DemoIsp::prepare(int customers, CredentialStore *store)
{
    if (m_preparing)
        return;
    m_preparing = true;
    m_store = store;
    if (m_simulator && m_simulator->isRunning() && m_customers == customers) {
        // Running already: publish again only if that did not work last time.
        if (m_published)
            QMetaObject::invokeMethod(
                this, [this] { succeed(m_inMemory, m_notice); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, &DemoIsp::publish, Qt::QueuedConnection);
        return;
    }
    m_published = false;
    m_inMemory = false;
    m_notice.clear();
    m_simulator.reset(); // another size: a fresh ISP (stopping takes milliseconds)
    m_customers = customers;
    Sim::SimulatorOptions options;
    options.demo.customers = customers;
    // Every API over TLS with a certificate nobody signed, as an on-premises cnMaestro or a router's API-SSL
    // often is; publish() pins it in the profile, so the demo shows a TLS exception (resources/demo).
    options.tlsCertificate = demoCertificate();
    options.tlsKey = demoKey();
    // The sources print local times without a zone, and the clients read them in this
    // computer's zone: the simulated ISP is in it too, so ages read right anywhere.
    options.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    m_simulator = std::make_unique<Sim::Simulator>(options);
    connect(m_simulator.get(), &Sim::Simulator::started, this, &DemoIsp::onStarted);
    qCInfo(lcUi) << "starting the simulated ISP with" << customers << "customers";
    emit step(tr("Starting the simulated ISP (%1 customers)…").arg(QLocale().toString(customers)));
    m_simulator->start(); // builds the dataset on its own thread
}

void DemoIsp::onStarted(bool ok)
{
    if (!m_preparing)
        return;
    if (!ok) {
        fail(tr("the simulated ISP did not start: %1").arg(m_simulator->errorString()));
        return;
    }
    if (!Sim::DemoSnmp::isAvailable()) {
        qCInfo(lcUi) << "snmpsimd is not installed: the demo's OLTs do not answer SNMP";
        publish();
        return;
    }
    // The same OLTs over SNMP, so that the demo polls them as a real ISP would.
    if (!m_snmp) {
        m_snmp = std::make_unique<Sim::DemoSnmp>();
        connect(m_snmp.get(), &Sim::DemoSnmp::ready, this,
                [this](const QHash<QString, QString> &secrets, int olts, quint16 port) {
                    qCInfo(lcUi) << "the demo's" << olts << "OLTs answer SNMP on 127.0.0.1:" << port;
                    m_snmpSecrets = secrets;
                    if (m_preparing)
                        publish();
                });
        connect(m_snmp.get(), &Sim::DemoSnmp::failed, this, [this](const QString &error) {
            qCWarning(lcUi).noquote() << "the demo's OLTs do not answer SNMP:" << error;
            m_snmpSecrets.clear();
            if (m_preparing)
                publish();
        });
    }
    emit step(tr("Starting the demo's OLTs over SNMP…"));
    m_snmp->start(m_simulator->dataset(), m_cacheFile);
}

void DemoIsp::publish()
{
    // A small INI file: written here, as every settings change is. The demo writes its own simulator's sources,
    // so it acts as the local operator even when the demo profile requires sign-in.
    const QStringList errors = saveProfileSources(m_settingsFile, m_simulator->profileSources(),
                                                  Access::singleUserPrincipal(Profile::demoName()));
    if (!errors.isEmpty()) {
        fail(tr("the simulated ISP's sources could not be saved: %1").arg(errors.join(u"; "_s)));
        return;
    }
    const QSslCertificate certificate = demoCertificate();
    if (!certificate.isNull()) {
        TlsException pin = TlsException::fromPeer(describeCertificate(certificate, u"127.0.0.1"_s, 0),
                                                  QDateTime::currentDateTimeUtc(), true);
        const QStringList tlsErrors = saveTlsExceptions(m_settingsFile, TlsExceptionList({pin}));
        if (!tlsErrors.isEmpty()) {
            fail(tr("the simulated ISP's certificate could not be trusted: %1").arg(tlsErrors.join(u"; "_s)));
            return;
        }
    }
    m_secrets = m_simulator->secrets();
    m_secrets.insert(m_snmpSecrets);
    m_keys = m_secrets.keys();
    m_keys.sort();
    emit step(tr("Storing the demo's credentials in the OS keychain…"));
    writeNext();
}

void DemoIsp::writeNext()
{
    if (m_keys.isEmpty()) {
        qCInfo(lcUi).noquote() << "the simulated ISP's credentials are in the keychain of profile" << m_profileName;
        succeed(false, {});
        return;
    }
    const QString key = m_keys.takeFirst();
    // One at a time: a locked keychain prompts once, a missing one fails once.
    m_store->write(key, m_secrets.value(key), this, [this](const CredentialError &error) {
        if (!m_preparing)
            return;
        if (error.isError())
            keepInMemory(error.kind == CredentialError::Kind::NoBackend ? QString() : error.message);
        else
            writeNext();
    });
}

void DemoIsp::keepInMemory(const QString &why)
{
    // Throw-away credentials of a simulator on 127.0.0.1: memory is good enough for them.
    const std::shared_ptr<MemorySecrets> memory = MemorySecrets::session();
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        memory->setValue(m_profileName, it.key(), it.value());
    m_keys.clear();
    const QString notice = why.isEmpty()
        ? tr("No OS keychain: the demo's throw-away credentials are kept in memory for this session.")
        : tr("The demo's throw-away credentials are kept in memory for this session. %1").arg(why);
    qCWarning(lcUi).noquote() << "demo credentials kept in memory:" << (why.isEmpty() ? u"no keychain"_s : why);
    succeed(true, notice);
}

void DemoIsp::succeed(bool inMemory, const QString &notice)
{
    m_preparing = false;
    m_published = true;
    m_inMemory = inMemory;
    m_notice = notice;
    m_store = nullptr;
    m_secrets.clear();
    emit ready(inMemory, notice);
}

void DemoIsp::fail(const QString &error)
{
    m_preparing = false;
    m_store = nullptr;
    m_secrets.clear();
    qCWarning(lcUi).noquote() << "demo ISP:" << error;
    emit failed(error);
}

} // namespace Beholder
