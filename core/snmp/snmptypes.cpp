// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing and formatting of the net-snmp-free SNMP value types.
#include "snmptypes.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

std::optional<Oid> Oid::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'.'))
        text = text.mid(1);
    if (text.isEmpty())
        return std::nullopt;
    QList<quint32> ids;
    for (const QStringView part : text.split(u'.')) {
        if (part.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qulonglong v = part.toULongLong(&ok);
        if (!ok || v > std::numeric_limits<quint32>::max())
            return std::nullopt;
        for (const QChar c : part) // toULongLong accepts "+1" and blanks
            if (!c.isDigit())
                return std::nullopt;
        ids.append(quint32(v));
    }
    return Oid(std::move(ids));
}

QString Oid::toString() const
{
    QString out;
    out.reserve(m_ids.size() * 4);
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (i)
            out += u'.';
        out += QString::number(m_ids[i]);
    }
    return out;
}

bool Oid::startsWith(const Oid &prefix) const
{
    if (prefix.m_ids.size() > m_ids.size())
        return false;
    return std::equal(prefix.m_ids.begin(), prefix.m_ids.end(), m_ids.begin());
}

bool operator<(const Oid &a, const Oid &b)
{
    return std::lexicographical_compare(a.m_ids.begin(), a.m_ids.end(), b.m_ids.begin(), b.m_ids.end());
}

QString SnmpValue::toString() const
{
    switch (type) {
    case Type::OctetString:
    case Type::Opaque:
        return QString::fromUtf8(value.toByteArray());
    case Type::ObjectId:
        return value.value<Oid>().toString();
    case Type::IpAddress:
        return value.toString();
    case Type::Integer:
        return QString::number(value.toLongLong());
    case Type::Unsigned:
    case Type::Counter32:
    case Type::Counter64:
    case Type::TimeTicks:
        return QString::number(value.toULongLong());
    case Type::Null:
    case Type::NoSuchObject:
    case Type::NoSuchInstance:
    case Type::EndOfMibView:
        break;
    }
    return Beholder::Snmp::toString(type);
}

QString toString(SnmpValue::Type type)
{
    switch (type) {
    case SnmpValue::Type::Null:
        return u"Null"_s;
    case SnmpValue::Type::Integer:
        return u"Integer"_s;
    case SnmpValue::Type::Unsigned:
        return u"Unsigned"_s;
    case SnmpValue::Type::Counter32:
        return u"Counter32"_s;
    case SnmpValue::Type::Counter64:
        return u"Counter64"_s;
    case SnmpValue::Type::TimeTicks:
        return u"TimeTicks"_s;
    case SnmpValue::Type::OctetString:
        return u"OctetString"_s;
    case SnmpValue::Type::ObjectId:
        return u"ObjectId"_s;
    case SnmpValue::Type::IpAddress:
        return u"IpAddress"_s;
    case SnmpValue::Type::Opaque:
        return u"Opaque"_s;
    case SnmpValue::Type::NoSuchObject:
        return u"noSuchObject"_s;
    case SnmpValue::Type::NoSuchInstance:
        return u"noSuchInstance"_s;
    case SnmpValue::Type::EndOfMibView:
        return u"endOfMibView"_s;
    }
    return u"?"_s;
}

QString SnmpTarget::displayName() const
{
    return u"%1:%2"_s.arg(host).arg(port);
}

QString toString(SnmpError::Kind kind)
{
    switch (kind) {
    case SnmpError::Kind::None:
        return u"none"_s;
    case SnmpError::Kind::Timeout:
        return u"timeout"_s;
    case SnmpError::Kind::Auth:
        return u"auth"_s;
    case SnmpError::Kind::Protocol:
        return u"protocol"_s;
    case SnmpError::Kind::Agent:
        return u"agent"_s;
    case SnmpError::Kind::Config:
        return u"config"_s;
    case SnmpError::Kind::Canceled:
        return u"canceled"_s;
    }
    return u"?"_s;
}

} // namespace Beholder::Snmp
