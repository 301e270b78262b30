// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpvalidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

StoreError invalid(const QString &field, const QString &message)
{
    return StoreError::make(StoreError::Kind::Invalid, message, field);
}

StoreError checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalid(u"name"_s, QCoreApplication::translate("Snmp::Validation", "the name is required"));
    if (name.size() > maxNameLength)
        return invalid(u"name"_s,
                       QCoreApplication::translate("Snmp::Validation", "the name is too long: at most %1 characters")
                           .arg(maxNameLength));
    return {};
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

bool isAllDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

bool isValidHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    // QHostAddress also takes "::ffff:1.2.3.4" and scoped "fe80::1%eth0"; it
    // refuses anything with a port or brackets, which belong in the port field.
    QHostAddress address;
    if (address.setAddress(host.toString()))
        return true;
    QStringView name = host;
    if (name.endsWith(u'.'))
        name.chop(1); // a fully qualified "olt1.example.net."
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QList<QStringView> labels = name.split(u'.');
    // "10.0.0.300" looks like a name but is a mistyped address: no top-level label is all digits.
    if (isAllDigits(labels.constLast()))
        return false;
    return std::all_of(labels.begin(), labels.end(), isHostLabel);
}

StoreError validateBrand(const SnmpBrand &brand)
{
    if (StoreError error = checkName(brand.name); error.isError())
        return error;
    if (brand.enterprise && *brand.enterprise == 0)
        return invalid(u"enterprise"_s,
                       QCoreApplication::translate("Snmp::Validation",
                                                   "the enterprise number must be a positive number (Huawei is 2011)"));
    return {};
}

StoreError validateOlt(const SnmpOlt &olt)
{
    if (StoreError error = checkName(olt.name); error.isError())
        return error;
    if (olt.host.isEmpty())
        return invalid(u"host"_s, QCoreApplication::translate("Snmp::Validation", "the host is required"));
    if (!isValidHost(olt.host))
        return invalid(u"host"_s,
                       QCoreApplication::translate("Snmp::Validation", "\"%1\" is not an IP address or a host name")
                           .arg(olt.host.left(80)));
    if (olt.port < 1 || olt.port > 65535)
        return invalid(u"port"_s,
                       QCoreApplication::translate("Snmp::Validation", "the port must be between 1 and 65535, not %1")
                           .arg(olt.port));
    if (olt.version == SnmpTarget::Version::V3 && olt.v3User.trimmed().isEmpty())
        return invalid(u"v3User"_s, QCoreApplication::translate("Snmp::Validation", "SNMP v3 needs a user name"));
    if (olt.v3User.size() > 32) // RFC 3414: usmUserName is at most 32 octets
        return invalid(u"v3User"_s,
                       QCoreApplication::translate("Snmp::Validation",
                                                   "the SNMP v3 user name is too long: at most 32 characters"));
    if (olt.v3Context.toUtf8().size() > 32) // RFC 3411: SnmpAdminString (SIZE(0..32)) in practice
        return invalid(
            u"v3Context"_s,
            QCoreApplication::translate("Snmp::Validation", "the SNMP v3 context name is too long: at most 32 bytes"));
    static const QRegularExpression profileId(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!olt.profileId.isEmpty() && !profileId.match(olt.profileId).hasMatch())
        return invalid(
            u"profileId"_s,
            QCoreApplication::translate("Snmp::Validation",
                                        "\"%1\" is not a vendor profile id: use letters, digits, '.', '-' or '_'")
                .arg(olt.profileId.left(80)));
    if (olt.brandId && *olt.brandId <= 0)
        return invalid(u"brandId"_s,
                       QCoreApplication::translate("Snmp::Validation", "no brand with id %1").arg(*olt.brandId));
    return {};
}

StoreError validateOid(const SnmpOid &oid)
{
    if (StoreError error = checkName(oid.name); error.isError())
        return error;
    if (oid.brandId <= 0)
        return invalid(u"brandId"_s, QCoreApplication::translate("Snmp::Validation", "the OID needs a brand"));
    if (oid.oid.trimmed().isEmpty())
        return invalid(u"oid"_s, QCoreApplication::translate("Snmp::Validation", "the OID is required"));
    const std::optional<Oid> parsed = Oid::parse(oid.oid);
    if (!parsed || parsed->size() < 2)
        return invalid(
            u"oid"_s,
            QCoreApplication::translate("Snmp::Validation",
                                        "\"%1\" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2")
                .arg(oid.oid.left(80)));
    static const QRegularExpression purpose(u"^[a-z][a-z0-9_]{0,63}$"_s);
    if (oid.purpose.isEmpty())
        return invalid(u"purpose"_s,
                       QCoreApplication::translate("Snmp::Validation",
                                                   "the purpose is required (serial, rx_power, run_state...)"));
    if (!purpose.match(oid.purpose).hasMatch())
        return invalid(
            u"purpose"_s,
            QCoreApplication::translate(
                "Snmp::Validation", "\"%1\" is not a purpose: use lower-case letters, digits and '_', like rx_power")
                .arg(oid.purpose.left(80)));
    return {};
}

StoreError validateJob(const SnmpJob &job)
{
    if (StoreError error = checkName(job.name); error.isError())
        return error;
    if (job.intervalS < minJobIntervalS || job.intervalS > maxJobIntervalS)
        return invalid(u"intervalS"_s,
                       QCoreApplication::translate("Snmp::Validation",
                                                   "the interval must be between %1 s and %2 s (30 days), not %3 s")
                           .arg(minJobIntervalS)
                           .arg(maxJobIntervalS)
                           .arg(job.intervalS));
    return {};
}

} // namespace Beholder::Snmp
