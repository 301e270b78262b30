// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpmodel.h"

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

// The inverse of a toString() over every value of an enum.
template<typename Enum>
std::optional<Enum> fromString(QStringView text, std::initializer_list<Enum> values)
{
    for (Enum value : values) {
        if (text == toString(value))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(SnmpTarget::Version version)
{
    switch (version) {
    case SnmpTarget::Version::V2c:
        return u"v2c"_s;
    case SnmpTarget::Version::V3:
        return u"v3"_s;
    }
    return u"v2c"_s;
}

QString toString(SnmpTarget::SecurityLevel level)
{
    switch (level) {
    case SnmpTarget::SecurityLevel::NoAuthNoPriv:
        return u"noAuthNoPriv"_s;
    case SnmpTarget::SecurityLevel::AuthNoPriv:
        return u"authNoPriv"_s;
    case SnmpTarget::SecurityLevel::AuthPriv:
        return u"authPriv"_s;
    }
    return u"authPriv"_s;
}

QString toString(SnmpTarget::AuthProtocol protocol)
{
    switch (protocol) {
    case SnmpTarget::AuthProtocol::Sha:
        return u"SHA"_s;
    }
    return u"SHA"_s;
}

QString toString(SnmpTarget::PrivProtocol protocol)
{
    switch (protocol) {
    case SnmpTarget::PrivProtocol::Aes:
        return u"AES"_s;
    }
    return u"AES"_s;
}

QString toString(OidKind kind)
{
    switch (kind) {
    case OidKind::Inventory:
        return u"inventory"_s;
    case OidKind::Status:
        return u"status"_s;
    case OidKind::Optical:
        return u"optical"_s;
    }
    return u"inventory"_s;
}

std::optional<SnmpTarget::Version> snmpVersionFromString(QStringView text)
{
    return fromString(text, {SnmpTarget::Version::V2c, SnmpTarget::Version::V3});
}

std::optional<SnmpTarget::SecurityLevel> securityLevelFromString(QStringView text)
{
    return fromString(text,
                      {SnmpTarget::SecurityLevel::NoAuthNoPriv, SnmpTarget::SecurityLevel::AuthNoPriv,
                       SnmpTarget::SecurityLevel::AuthPriv});
}

std::optional<OidKind> oidKindFromString(QStringView text)
{
    return fromString(text, {OidKind::Inventory, OidKind::Status, OidKind::Optical});
}

std::optional<JobKind> jobKindFromString(QStringView text)
{
    return fromString(text, {JobKind::Discovery, JobKind::Polling});
}

std::optional<ExecutionStatus> executionStatusFromString(QStringView text)
{
    return fromString(text,
                      {ExecutionStatus::Pending, ExecutionStatus::Running, ExecutionStatus::Success,
                       ExecutionStatus::Failed, ExecutionStatus::Interrupted});
}

std::optional<AttemptOutcome> attemptOutcomeFromString(QStringView text)
{
    return fromString(text,
                      {AttemptOutcome::Success, AttemptOutcome::Timeout, AttemptOutcome::Auth, AttemptOutcome::Error,
                       AttemptOutcome::Canceled});
}

AttemptOutcome attemptOutcomeFor(const SnmpError &error)
{
    switch (error.kind) {
    case SnmpError::Kind::None:
        return AttemptOutcome::Success;
    case SnmpError::Kind::Timeout:
        return AttemptOutcome::Timeout;
    case SnmpError::Kind::Auth:
        return AttemptOutcome::Auth;
    case SnmpError::Kind::Canceled:
        return AttemptOutcome::Canceled;
    case SnmpError::Kind::Protocol:
    case SnmpError::Kind::Agent:
    case SnmpError::Kind::Config:
        return AttemptOutcome::Error;
    }
    return AttemptOutcome::Error;
}

} // namespace Beholder::Snmp
