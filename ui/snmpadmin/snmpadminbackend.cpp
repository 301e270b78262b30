// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpadminbackend.h"

#include "access/accesspolicy.h"

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

SnmpAdminBackend::SnmpAdminBackend(const QString &cacheFile, QObject *parent)
    : QObject(parent)
    , m_cache(cacheFile)
    , m_runner(u"snmp-admin"_s, 1) // one thread: its connection, and writes in the order asked
{ }

Access::Principal SnmpAdminBackend::defaultPrincipal(const QString &cacheFile)
{
    return Access::defaultPrincipalForFile(cacheFile);
}

SnmpAdminBackend::~SnmpAdminBackend()
{
    m_runner.cancelAll();
    m_runner.waitForDone();
}

} // namespace Beholder::Snmp
