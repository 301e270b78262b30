// SPDX-License-Identifier: GPL-3.0-or-later
// SNMP values as plain Qt types, free of net-snmp: OIDs (unsigned 32-bit
// sub-identifiers, Huawei PON ifIndex exceeds 2^31), typed values, the target
// of a session (v2c or v3 authPriv) and how an SNMP exchange fails.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Beholder::Snmp {

class Oid
{
public:
    Oid() = default;
    explicit Oid(QList<quint32> ids)
        : m_ids(std::move(ids))
    { }
    // "1.3.6.1.2.1" or ".1.3.6.1.2.1"; nullopt when malformed or a sub-id exceeds 2^32-1.
    static std::optional<Oid> parse(QStringView text);
    // Parses a literal known to be valid; an empty Oid when it is not.
    static Oid fromString(QStringView text) { return parse(text).value_or(Oid()); }

    QString toString() const; // "1.3.6.1.2.1", no leading dot
    const QList<quint32> &ids() const { return m_ids; }
    qsizetype size() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    bool startsWith(const Oid &prefix) const; // prefix itself counts (a subtree contains its root)
    Oid mid(qsizetype from) const { return Oid(m_ids.mid(from)); }
    Oid appended(const Oid &suffix) const { return Oid(m_ids + suffix.m_ids); }

    friend bool operator==(const Oid &a, const Oid &b) { return a.m_ids == b.m_ids; }
    friend bool operator!=(const Oid &a, const Oid &b) { return !(a == b); }
    friend bool operator<(const Oid &a, const Oid &b); // lexicographic, as SNMP orders OIDs
    friend bool operator>(const Oid &a, const Oid &b) { return b < a; }
    friend bool operator<=(const Oid &a, const Oid &b) { return !(b < a); }
    friend bool operator>=(const Oid &a, const Oid &b) { return !(a < b); }
    friend size_t qHash(const Oid &oid, size_t seed = 0)
    {
        return qHashRange(oid.m_ids.begin(), oid.m_ids.end(), seed);
    }

private:
    QList<quint32> m_ids;
};

struct SnmpValue
{
    enum class Type {
        Null,
        Integer,     // qint32 as qlonglong
        Unsigned,    // Gauge32 / Unsigned32, quint32 as qulonglong
        Counter32,   // qulonglong
        Counter64,   // qulonglong
        TimeTicks,   // 1/100 s, qulonglong
        OctetString, // QByteArray (may be binary)
        ObjectId,    // Oid
        IpAddress,   // QString "a.b.c.d"
        Opaque,      // QByteArray
        NoSuchObject,
        NoSuchInstance,
        EndOfMibView,
    };
    Type type = Type::Null;
    QVariant value;

    bool isException() const
    {
        return type == Type::NoSuchObject || type == Type::NoSuchInstance || type == Type::EndOfMibView;
    }
    qlonglong toLongLong() const { return value.toLongLong(); }
    qulonglong toULongLong() const { return value.toULongLong(); }
    QByteArray toBytes() const { return value.toByteArray(); }
    QString toString() const; // display form: text, numbers, dotted OID, "noSuchObject"...
    Oid toOid() const { return value.value<Oid>(); }

    friend bool operator==(const SnmpValue &a, const SnmpValue &b) { return a.type == b.type && a.value == b.value; }
};

QString toString(SnmpValue::Type type); // "Integer", "OctetString", ...

struct VarBind
{
    Oid oid;
    SnmpValue value;
};

struct SnmpTarget
{
    enum class Version { V2c, V3 };
    enum class SecurityLevel { NoAuthNoPriv, AuthNoPriv, AuthPriv };
    enum class AuthProtocol { Sha };
    enum class PrivProtocol { Aes };

    QString host;
    quint16 port = 161;
    Version version = Version::V2c;
    QByteArray community; // v2c
    // v3
    QByteArray user;
    SecurityLevel securityLevel = SecurityLevel::AuthPriv;
    AuthProtocol authProtocol = AuthProtocol::Sha;
    QByteArray authPassword;
    PrivProtocol privProtocol = PrivProtocol::Aes;
    QByteArray privPassword;
    QByteArray contextName; // v3 context (snmpsim selects its data file by it)

    int timeoutMs = 2000;    // per attempt
    int retries = 1;         // attempts = retries + 1
    int maxRepetitions = 20; // GETBULK max-repetitions (vendor profile)
    int walkConcurrency = 1; // table walks in flight at once; more queue (Huawei loses values when walks overlap)

    QString displayName() const; // "host:port" for messages
};

struct SnmpError
{
    enum class Kind {
        None,
        Timeout,  // no answer (v2c: also a wrong community; agents stay silent)
        Auth,     // v3: unknown user, wrong auth or priv key, unsupported security level
        Protocol, // malformed or unexpected reply
        Agent,    // the agent answered with an error-status
        Config,   // bad target, session could not be opened
        Canceled, // the caller canceled
    };
    Kind kind = Kind::None;
    QString message;     // for the operator, one line, no secrets
    int errorStatus = 0; // Agent: the PDU's error-status
    int errorIndex = 0;  // Agent: the PDU's error-index

    bool isError() const { return kind != Kind::None; }
    static SnmpError make(Kind kind, const QString &message)
    {
        SnmpError e;
        e.kind = kind;
        e.message = message;
        return e;
    }
};

QString toString(SnmpError::Kind kind); // "timeout", "auth", ...

// Rows of a multi-column walk: index suffix -> one value per requested column
// (a Null value where a row lacks that column).
using SnmpTable = QHash<Oid, QList<SnmpValue>>;

} // namespace Beholder::Snmp

Q_DECLARE_METATYPE(Beholder::Snmp::Oid)
