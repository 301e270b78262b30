// SPDX-License-Identifier: GPL-3.0-or-later
// SnmpSession and its poller: net-snmp's single-session API driven by a
// QSocketNotifier and a QTimer on a thread of the session's own, replies
// relayed to the session's thread by a queued signal.
//
// net-snmp (Debian builds it without NETSNMP_REENTRANT) keeps process-wide
// state: the USM user and engine tables, the request-id counter, MIB tables.
// So every net-snmp call of every session is made under one process-wide
// mutex, and init_snmp() runs once (std::call_once), with net-snmp told not to
// read the user's ~/.snmp configuration nor load or save persistent state.
#include "snmpsession.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMutex>
#include <QSet>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <net-snmp/library/large_fd_set.h>
#include <net-snmp/library/snmpusm.h>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <algorithm>
#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

QMutex &netSnmpMutex()
{
    static QMutex mutex;
    return mutex;
}

// Poller threads whose session is gone but which still finish a request (an SNMPv3 engine discovery may
// hold one for timeout x attempts). Nobody waits for them, except the process at its very end, so that
// net-snmp is not torn down under a running thread.
QMutex &detachedMutex()
{
    static QMutex mutex;
    return mutex;
}
// Still running; each removes itself as it finishes (before it can be deleted).
QList<QThread *> &detachedThreads()
{
    static QList<QThread *> threads;
    return threads;
}
void waitForDetachedThreads()
{
    QList<QThread *> threads;
    {
        QMutexLocker lock(&detachedMutex());
        threads = detachedThreads();
    }
    // At the very end no event loop runs any more, so none of these is deleted meanwhile.
    for (QThread *thread : std::as_const(threads))
        thread->wait(QDeadlineTimer(5000));
}

// Requests net-snmp may still call back for; guarded by netSnmpMutex().
QSet<const void *> &liveRequests()
{
    static QSet<const void *> requests;
    return requests;
}

// Engine IDs learnt per peer ("host:port") from authenticated replies; guarded by netSnmpMutex().
QHash<QString, QByteArray> &knownEngineIds()
{
    static QHash<QString, QByteArray> engines;
    return engines;
}

// Localizes a password-derived key (Ku) for one engine into *key, unless it already holds it.
void relocalize(const usmUser *user, const QByteArray &engineId, const u_char *ku, size_t kuLen, u_char **key,
                size_t *keyLen)
{
    if (kuLen == 0 || !user->authProtocol)
        return;
    u_char buffer[SNMP_MAXBUF_SMALL];
    size_t length = sizeof(buffer);
    auto *engine = reinterpret_cast<u_char *>(const_cast<char *>(engineId.constData()));
    if (generate_kul(user->authProtocol, u_int(user->authProtocolLen), engine, size_t(engineId.size()), ku, kuLen,
                     buffer, &length)
        != SNMPERR_SUCCESS)
        return;
    if (*key && *keyLen >= length && memcmp(*key, buffer, length) == 0)
        return;
    SNMP_FREE(*key);
    *key = static_cast<u_char *>(netsnmp_memdup(buffer, length));
    *keyLen = *key ? length : 0;
}

// net-snmp keeps one USM user per (engine ID, user name) for the whole process,
// with the keys of the session that first discovered the engine, and signs every
// later session's messages with them. Before each SNMPv3 message this session's
// own keys are localized into that user, so a changed or wrong password takes
// effect at once instead of at the next restart. Under netSnmpMutex().
void adoptSessionKeys(netsnmp_session *session, const QString &peer)
{
    if (session->version != SNMP_VERSION_3 || !session->securityName)
        return;
    const QByteArray engineId = session->securityEngineIDLen > 0
        ? QByteArray(reinterpret_cast<const char *>(session->securityEngineID), qsizetype(session->securityEngineIDLen))
        : knownEngineIds().value(peer);
    if (engineId.isEmpty())
        return; // first contact: discovery creates the user from this session's keys
    usmUser *user = usm_get_user(reinterpret_cast<u_char *>(const_cast<char *>(engineId.constData())),
                                 size_t(engineId.size()), session->securityName);
    if (!user)
        return;
    relocalize(user, engineId, session->securityAuthKey, session->securityAuthKeyLen, &user->authKey,
               &user->authKeyLen);
    relocalize(user, engineId, session->securityPrivKey, session->securityPrivKeyLen, &user->privKey,
               &user->privKeyLen);
}

void initNetSnmpOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QMutexLocker lock(&netSnmpMutex());
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        // Should anything still want a directory, it gets a private temporary one, never $HOME.
        static const QByteArray persistentDir
            = QDir::toNativeSeparators(QDir::tempPath() + u"/beholder-snmp"_s).toLocal8Bit();
        netsnmp_ds_set_string(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_PERSISTENT_DIR, persistentDir.constData());
        // Beholder speaks numeric OIDs only: loading the system's MIB files costs time
        // and prints pages of warnings. An explicit MIBS from the environment still wins.
        if (!qEnvironmentVariableIsSet("MIBS"))
            qputenv("MIBS", QByteArray());
        init_snmp("beholder");
    });
}

// net-snmp's report OIDs (usmStats*, RFC 3414) and what they mean to an operator.
SnmpError reportError(const SnmpTarget &target, const netsnmp_pdu *pdu)
{
    static const Oid usmStats = Oid::fromString(u"1.3.6.1.6.3.15.1.1");
    static const Oid snmpUnknownContexts = Oid::fromString(u"1.3.6.1.6.3.12.1.5");
    Oid reported;
    if (pdu->variables) {
        QList<quint32> ids;
        for (size_t i = 0; i < pdu->variables->name_length; ++i)
            ids.append(quint32(pdu->variables->name[i]));
        reported = Oid(ids);
    }
    const QString who = target.displayName();
    const QString user = QString::fromUtf8(target.user);
    if (reported.startsWith(usmStats) && reported.size() > usmStats.size()) {
        switch (reported.ids().at(usmStats.size())) {
        case 1:
            return SnmpError::make(
                SnmpError::Kind::Auth,
                u"%1: the agent does not accept this SNMPv3 security level for user \"%2\""_s.arg(who, user));
        case 2:
            return SnmpError::make(
                SnmpError::Kind::Auth,
                u"%1: SNMPv3 message outside the agent's time window (user \"%2\")"_s.arg(who, user));
        case 3:
            return SnmpError::make(SnmpError::Kind::Auth,
                                   u"%1: the agent does not know the SNMPv3 user \"%2\""_s.arg(who, user));
        case 4:
            return SnmpError::make(SnmpError::Kind::Protocol,
                                   u"%1: the agent refused its own SNMPv3 engine ID"_s.arg(who));
        case 5:
            return SnmpError::make(SnmpError::Kind::Auth,
                                   u"%1: wrong SNMPv3 authentication password (SHA) for user \"%2\""_s.arg(who, user));
        case 6:
            return SnmpError::make(SnmpError::Kind::Auth,
                                   u"%1: wrong SNMPv3 privacy password (AES) for user \"%2\""_s.arg(who, user));
        default:
            break;
        }
    }
    if (reported.startsWith(snmpUnknownContexts))
        return SnmpError::make(
            SnmpError::Kind::Auth,
            u"%1: the agent does not know the SNMPv3 context \"%2\""_s.arg(who, QString::fromUtf8(target.contextName)));
    return SnmpError::make(
        SnmpError::Kind::Protocol,
        u"%1: the agent answered with a report (%2) instead of a response"_s.arg(who, reported.toString()));
}

SnmpError timeoutError(const SnmpTarget &target)
{
    const int attempts = qMax(0, target.retries) + 1;
    const QString waited
        = u"%1 s (%2 attempt(s))"_s.arg(QString::number(target.timeoutMs / 1000.0, 'g', 3)).arg(attempts);
    if (target.version == SnmpTarget::Version::V2c)
        return SnmpError::make(
            SnmpError::Kind::Timeout,
            u"%1: no answer in %2: wrong community, or the agent is down"_s.arg(target.displayName(), waited));
    return SnmpError::make(
        SnmpError::Kind::Timeout,
        u"%1: no answer in %2: wrong SNMPv3 user or keys (many agents stay silent), or the agent is down"_s.arg(
            target.displayName(), waited));
}

// One varbind to plain values; false when the reply is malformed.
bool convert(const netsnmp_variable_list *var, VarBind *out, QString *why)
{
    QList<quint32> ids;
    ids.reserve(qsizetype(var->name_length));
    for (size_t i = 0; i < var->name_length; ++i) {
        if (var->name[i] > std::numeric_limits<quint32>::max()) {
            *why = u"a sub-identifier exceeds 2^32-1"_s;
            return false;
        }
        ids.append(quint32(var->name[i]));
    }
    out->oid = Oid(ids);
    SnmpValue &v = out->value;
    switch (var->type) {
    case ASN_INTEGER:
        v.type = SnmpValue::Type::Integer;
        v.value = qlonglong(*var->val.integer);
        break;
    case ASN_GAUGE: // == ASN_UNSIGNED
        v.type = SnmpValue::Type::Unsigned;
        v.value = qulonglong(quint32(*var->val.integer));
        break;
    case ASN_COUNTER:
        v.type = SnmpValue::Type::Counter32;
        v.value = qulonglong(quint32(*var->val.integer));
        break;
    case ASN_TIMETICKS:
        v.type = SnmpValue::Type::TimeTicks;
        v.value = qulonglong(quint32(*var->val.integer));
        break;
    case ASN_COUNTER64:
        v.type = SnmpValue::Type::Counter64;
        v.value = (qulonglong(quint32(var->val.counter64->high)) << 32) | qulonglong(quint32(var->val.counter64->low));
        break;
    case ASN_OCTET_STR:
        v.type = SnmpValue::Type::OctetString;
        v.value = QByteArray(reinterpret_cast<const char *>(var->val.string), qsizetype(var->val_len));
        break;
    case ASN_OPAQUE:
        v.type = SnmpValue::Type::Opaque;
        v.value = QByteArray(reinterpret_cast<const char *>(var->val.string), qsizetype(var->val_len));
        break;
    case ASN_IPADDRESS: {
        if (var->val_len != 4) {
            *why = u"an IpAddress is not 4 bytes long"_s;
            return false;
        }
        const u_char *b = var->val.string;
        v.type = SnmpValue::Type::IpAddress;
        v.value = u"%1.%2.%3.%4"_s.arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
        break;
    }
    case ASN_OBJECT_ID: {
        QList<quint32> value;
        const size_t n = var->val_len / sizeof(oid);
        for (size_t i = 0; i < n; ++i) {
            if (var->val.objid[i] > std::numeric_limits<quint32>::max()) {
                *why = u"an OID value has a sub-identifier above 2^32-1"_s;
                return false;
            }
            value.append(quint32(var->val.objid[i]));
        }
        v.type = SnmpValue::Type::ObjectId;
        v.value = QVariant::fromValue(Oid(value));
        break;
    }
    case ASN_NULL:
        v.type = SnmpValue::Type::Null;
        break;
    case SNMP_NOSUCHOBJECT:
        v.type = SnmpValue::Type::NoSuchObject;
        break;
    case SNMP_NOSUCHINSTANCE:
        v.type = SnmpValue::Type::NoSuchInstance;
        break;
    case SNMP_ENDOFMIBVIEW:
        v.type = SnmpValue::Type::EndOfMibView;
        break;
    default:
        *why = u"unknown value type 0x%1"_s.arg(int(var->type), 0, 16);
        return false;
    }
    return true;
}

} // namespace

// Lives on the session's poller thread and owns the net-snmp session.
class SnmpPoller : public QObject
{
    Q_OBJECT

public:
    explicit SnmpPoller(SnmpTarget target)
        : m_target(std::move(target))
    { }
    ~SnmpPoller() override { close(); }

    void send(quint64 id, int command, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions);

signals:
    void replied(quint64 id, const Beholder::Snmp::SnmpError &error, const QList<Beholder::Snmp::VarBind> &varBinds);

private:
    // Passed to net-snmp as the callback's "magic". net-snmp 5.9 may treat the
    // magic of a request answered by a report as its own synch_state and clear
    // its first int: that scratch space keeps such a write off our fields.
    struct Request
    {
        int netSnmpScratch[8] = {};
        SnmpPoller *poller = nullptr;
        quint64 id = 0;
    };

    static int callback(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic);
    void handle(Request *request, int operation, netsnmp_pdu *pdu);
    bool open(SnmpError *error);
    void close();
    void readSocket();
    void onTimer();
    void reschedule();

    SnmpTarget m_target;
    void *m_session = nullptr;
    SnmpError m_openError;
    bool m_closing = false;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    QHash<quint64, Request *> m_requests;
};

bool SnmpPoller::open(SnmpError *error)
{
    if (m_session)
        return true;
    if (m_openError.isError()) {
        *error = m_openError;
        return false;
    }
    initNetSnmpOnce();
    const QString who = m_target.displayName();
    auto fail = [&](SnmpError::Kind kind, const QString &message) {
        m_openError = SnmpError::make(kind, message);
        *error = m_openError;
        qCWarning(lcSnmp).noquote() << message;
        return false;
    };
    if (m_target.host.isEmpty() || m_target.port == 0)
        return fail(SnmpError::Kind::Config, u"SNMP target without host or port"_s);

    netsnmp_session config;
    snmp_sess_init(&config);
    const QByteArray peer = u"udp:%1:%2"_s.arg(m_target.host).arg(m_target.port).toUtf8();
    config.peername = const_cast<char *>(peer.constData());
    config.timeout = long(qMax(1, m_target.timeoutMs)) * 1000L;
    config.retries = qMax(0, m_target.retries);
    QByteArray community = m_target.community;
    QByteArray user = m_target.user;
    QByteArray context = m_target.contextName;
    if (m_target.version == SnmpTarget::Version::V2c) {
        if (community.isEmpty())
            return fail(SnmpError::Kind::Config, u"%1: no SNMP community configured"_s.arg(who));
        config.version = SNMP_VERSION_2c;
        config.community = reinterpret_cast<u_char *>(community.data());
        config.community_len = size_t(community.size());
    } else {
        if (user.isEmpty())
            return fail(SnmpError::Kind::Config, u"%1: no SNMPv3 user configured"_s.arg(who));
        config.version = SNMP_VERSION_3;
        config.securityName = user.data();
        config.securityNameLen = size_t(user.size());
        if (!context.isEmpty()) {
            config.contextName = context.data();
            config.contextNameLen = size_t(context.size());
        }
        switch (m_target.securityLevel) {
        case SnmpTarget::SecurityLevel::NoAuthNoPriv:
            config.securityLevel = SNMP_SEC_LEVEL_NOAUTH;
            break;
        case SnmpTarget::SecurityLevel::AuthNoPriv:
            config.securityLevel = SNMP_SEC_LEVEL_AUTHNOPRIV;
            break;
        case SnmpTarget::SecurityLevel::AuthPriv:
            config.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
            break;
        }
        if (m_target.securityLevel != SnmpTarget::SecurityLevel::NoAuthNoPriv) {
            if (m_target.authPassword.size() < USM_LENGTH_P_MIN)
                return fail(SnmpError::Kind::Config,
                            u"%1: the SNMPv3 authentication password must have at least %2 characters"_s.arg(who).arg(
                                USM_LENGTH_P_MIN));
            config.securityAuthProto = snmp_duplicate_objid(usmHMACSHA1AuthProtocol, USM_AUTH_PROTO_SHA_LEN);
            config.securityAuthProtoLen = USM_AUTH_PROTO_SHA_LEN;
            config.securityAuthKeyLen = USM_AUTH_KU_LEN;
            QMutexLocker lock(&netSnmpMutex());
            if (generate_Ku(config.securityAuthProto, u_int(config.securityAuthProtoLen),
                            reinterpret_cast<const u_char *>(m_target.authPassword.constData()),
                            size_t(m_target.authPassword.size()), config.securityAuthKey, &config.securityAuthKeyLen)
                != SNMPERR_SUCCESS) {
                SNMP_FREE(config.securityAuthProto);
                return fail(SnmpError::Kind::Config, u"%1: could not derive the SNMPv3 authentication key"_s.arg(who));
            }
        }
        if (m_target.securityLevel == SnmpTarget::SecurityLevel::AuthPriv) {
            if (m_target.privPassword.size() < USM_LENGTH_P_MIN) {
                SNMP_FREE(config.securityAuthProto);
                return fail(SnmpError::Kind::Config,
                            u"%1: the SNMPv3 privacy password must have at least %2 characters"_s.arg(who).arg(
                                USM_LENGTH_P_MIN));
            }
            config.securityPrivProto = snmp_duplicate_objid(usmAESPrivProtocol, USM_PRIV_PROTO_AES_LEN);
            config.securityPrivProtoLen = USM_PRIV_PROTO_AES_LEN;
            config.securityPrivKeyLen = USM_PRIV_KU_LEN;
            QMutexLocker lock(&netSnmpMutex());
            if (generate_Ku(config.securityAuthProto, u_int(config.securityAuthProtoLen),
                            reinterpret_cast<const u_char *>(m_target.privPassword.constData()),
                            size_t(m_target.privPassword.size()), config.securityPrivKey, &config.securityPrivKeyLen)
                != SNMPERR_SUCCESS) {
                SNMP_FREE(config.securityAuthProto);
                SNMP_FREE(config.securityPrivProto);
                return fail(SnmpError::Kind::Config, u"%1: could not derive the SNMPv3 privacy key"_s.arg(who));
            }
        }
    }

    {
        // For SNMPv3 this discovers the agent's engine ID synchronously (on this
        // poller thread, never the caller's): at most timeout x attempts.
        QMutexLocker lock(&netSnmpMutex());
        m_session = snmp_sess_open(&config);
    }
    SNMP_FREE(config.securityAuthProto);
    SNMP_FREE(config.securityPrivProto);
    if (!m_session) {
        const int code = config.s_snmp_errno;
        QString reason;
        {
            QMutexLocker lock(&netSnmpMutex());
            reason = QString::fromLocal8Bit(snmp_api_errstring(code));
        }
        if (code == SNMPERR_TIMEOUT)
            return fail(SnmpError::Kind::Timeout, timeoutError(m_target).message);
        if (code == SNMPERR_UNKNOWN_USER_NAME || code == SNMPERR_AUTHENTICATION_FAILURE
            || code == SNMPERR_DECRYPTION_ERR || code == SNMPERR_UNSUPPORTED_SEC_LEVEL)
            return fail(SnmpError::Kind::Auth, u"%1: SNMPv3 %2"_s.arg(who, reason));
        return fail(SnmpError::Kind::Config, u"%1: cannot open an SNMP session: %2"_s.arg(who, reason));
    }
    netsnmp_transport *transport = nullptr;
    {
        QMutexLocker lock(&netSnmpMutex());
        transport = snmp_sess_transport(m_session);
    }
    m_notifier = new QSocketNotifier(transport->sock, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SnmpPoller::readSocket);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SnmpPoller::onTimer);
    qCDebug(lcSnmp).noquote() << "opened SNMP session to" << who;
    return true;
}

void SnmpPoller::close()
{
    if (m_session) {
        m_closing = true; // callbacks net-snmp may make while closing touch nothing
        QMutexLocker lock(&netSnmpMutex());
        snmp_sess_close(m_session);
        m_session = nullptr;
    }
    QMutexLocker lock(&netSnmpMutex());
    for (Request *request : std::as_const(m_requests))
        liveRequests().remove(request);
    qDeleteAll(m_requests);
    m_requests.clear();
}

void SnmpPoller::send(quint64 id, int command, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions)
{
    SnmpError error;
    if (!open(&error)) {
        emit replied(id, error, {});
        return;
    }
    auto *request = new Request;
    request->poller = this;
    request->id = id;
    {
        QMutexLocker lock(&netSnmpMutex());
        netsnmp_pdu *pdu = snmp_pdu_create(command);
        if (command == SNMP_MSG_GETBULK) {
            pdu->non_repeaters = qMax(0, nonRepeaters);
            pdu->max_repetitions = qMax(1, maxRepetitions);
        }
        for (const Oid &o : oids) {
            QVarLengthArray<oid, MAX_OID_LEN> name;
            for (quint32 sub : o.ids())
                name.append(oid(sub));
            snmp_add_null_var(pdu, name.constData(), size_t(name.size()));
        }
        liveRequests().insert(request);
        adoptSessionKeys(snmp_sess_session(m_session), m_target.displayName());
        if (snmp_sess_async_send(m_session, pdu, &SnmpPoller::callback, request) == 0) {
            snmp_free_pdu(pdu); // on failure the PDU stays the caller's
            if (!liveRequests().contains(request)) {
                // net-snmp already called back from inside the send (an SNMPv3 engine discovery that timed
                // out or was refused): the request is answered, and deleted, by handle().
                return;
            }
            liveRequests().remove(request);
            int liberr = 0, syserr = 0;
            char *text = nullptr;
            snmp_sess_error(m_session, &liberr, &syserr, &text);
            error = SnmpError::make(
                SnmpError::Kind::Protocol,
                u"%1: could not send the request: %2"_s.arg(m_target.displayName(), QString::fromLocal8Bit(text)));
            SNMP_FREE(text);
        }
    }
    if (error.isError()) {
        delete request;
        emit replied(id, error, {});
        return;
    }
    m_requests.insert(id, request);
    reschedule();
}

int SnmpPoller::callback(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    // net-snmp may call back more than once for a request (a failure, then again
    // while closing): only requests still registered are touched.
    if (operation == NETSNMP_CALLBACK_OP_RESEND || operation == NETSNMP_CALLBACK_OP_CONNECT)
        return 1; // progress notes (a retry went out), not the request's end
    auto *request = static_cast<Request *>(magic);
    if (!request || !liveRequests().contains(request) || request->poller->m_closing)
        return 1;
    request->poller->handle(request, operation, pdu);
    return 1;
}

// Runs inside snmp_sess_read()/snmp_sess_timeout(), under the net-snmp mutex.
void SnmpPoller::handle(Request *request, int operation, netsnmp_pdu *pdu)
{
    const quint64 id = request->id;
    m_requests.remove(id);
    liveRequests().remove(request);
    delete request;
    const QString who = m_target.displayName();
    SnmpError error;
    QList<VarBind> varBinds;
    if (operation == NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE && pdu && pdu->version == SNMP_VERSION_3
        && pdu->securityEngineIDLen > 0 && pdu->securityLevel != SNMP_SEC_LEVEL_NOAUTH) {
        // An authenticated reply names the agent's engine, for the keys of later sessions to it.
        knownEngineIds().insert(
            who,
            QByteArray(reinterpret_cast<const char *>(pdu->securityEngineID), qsizetype(pdu->securityEngineIDLen)));
    }
    if (operation == NETSNMP_CALLBACK_OP_TIMED_OUT) {
        error = timeoutError(m_target);
    } else if (operation != NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE || !pdu) {
        error = SnmpError::make(SnmpError::Kind::Protocol,
                                u"%1: the request failed (net-snmp operation %2)"_s.arg(who).arg(operation));
    } else if (pdu->command == SNMP_MSG_REPORT) {
        error = reportError(m_target, pdu);
    } else if (pdu->command != SNMP_MSG_RESPONSE) {
        error = SnmpError::make(SnmpError::Kind::Protocol,
                                u"%1: unexpected PDU type 0x%2 in reply"_s.arg(who).arg(pdu->command, 0, 16));
    } else if (pdu->errstat != SNMP_ERR_NOERROR) {
        error = SnmpError::make(SnmpError::Kind::Agent,
                                u"%1: the agent answered \"%2\" (error-index %3)"_s
                                    .arg(who, QString::fromLocal8Bit(snmp_errstring(int(pdu->errstat))))
                                    .arg(pdu->errindex));
        error.errorStatus = int(pdu->errstat);
        error.errorIndex = int(pdu->errindex);
    } else {
        for (const netsnmp_variable_list *var = pdu->variables; var; var = var->next_variable) {
            VarBind vb;
            QString why;
            if (!convert(var, &vb, &why)) {
                error = SnmpError::make(SnmpError::Kind::Protocol, u"%1: malformed reply: %2"_s.arg(who, why));
                varBinds.clear();
                break;
            }
            varBinds.append(std::move(vb));
        }
    }
    if (error.isError())
        qCDebug(lcSnmp).noquote() << error.message;
    emit replied(id, error, varBinds);
}

void SnmpPoller::readSocket()
{
    if (!m_session)
        return;
    {
        QMutexLocker lock(&netSnmpMutex());
        const int fd = snmp_sess_transport(m_session)->sock;
        netsnmp_large_fd_set fds;
        netsnmp_large_fd_set_init(&fds, fd + 1);
        NETSNMP_LARGE_FD_SET(fd, &fds);
        snmp_sess_read2(m_session, &fds);
        netsnmp_large_fd_set_cleanup(&fds);
    }
    reschedule();
}

void SnmpPoller::onTimer()
{
    if (!m_session)
        return;
    {
        QMutexLocker lock(&netSnmpMutex());
        snmp_sess_timeout(m_session);
    }
    reschedule();
}

void SnmpPoller::reschedule()
{
    if (!m_session)
        return;
    int numfds = 0;
    int block = 1;
    timeval tv{};
    {
        QMutexLocker lock(&netSnmpMutex());
        netsnmp_large_fd_set fds;
        netsnmp_large_fd_set_init(&fds, FD_SETSIZE);
        snmp_sess_select_info2(m_session, &numfds, &fds, &tv, &block);
        netsnmp_large_fd_set_cleanup(&fds);
    }
    if (block) {
        m_timer->stop();
        return;
    }
    const qint64 ms = qint64(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
    m_timer->start(int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000)));
}

// ---------------------------------------------------------------------------

struct SnmpSession::Walk
{
    QList<Oid> columns;
    QList<Oid> cursor;
    QList<bool> done;
    SnmpTable rows;
    TableCallback callback;
    bool running = false;
    int maxRepetitions = 0; // lowered for good when the agent says a page is too big
};

SnmpSession::SnmpSession(SnmpTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"snmp %1"_s.arg(m_target.displayName()));
    m_poller = new SnmpPoller(m_target);
    m_poller->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &SnmpPoller::replied, this, &SnmpSession::onReply, Qt::QueuedConnection);
    m_thread->start();
}

SnmpSession::~SnmpSession()
{
    m_pending.clear();
    m_walks.clear();
    // Never wait here for the poller: an SNMPv3 engine discovery it runs may last timeout x attempts, and
    // the owner may be closing a window. The thread ends on its own; the poller (and the net-snmp session)
    // is deleted as it finishes, and the thread object after it.
    disconnect(m_poller, nullptr, this, nullptr);
    m_thread->setParent(nullptr);
    {
        static std::once_flag registered;
        std::call_once(registered, [] { qAddPostRoutine(waitForDetachedThreads); });
        QMutexLocker lock(&detachedMutex());
        detachedThreads().append(m_thread);
    }
    QThread *thread = m_thread;
    connect(
        thread, &QThread::finished, thread,
        [thread] {
            QMutexLocker lock(&detachedMutex());
            detachedThreads().removeOne(thread);
        },
        Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

void SnmpSession::get(const QList<Oid> &oids, ResponseCallback callback)
{
    send(SNMP_MSG_GET, oids, 0, 0, std::move(callback), false);
}

void SnmpSession::getNext(const QList<Oid> &oids, ResponseCallback callback)
{
    send(SNMP_MSG_GETNEXT, oids, 0, 0, std::move(callback), false);
}

void SnmpSession::getBulk(const QList<Oid> &oids, int nonRepeaters, int maxRepetitions, ResponseCallback callback)
{
    send(SNMP_MSG_GETBULK, oids, nonRepeaters, maxRepetitions, std::move(callback), false);
}

quint64 SnmpSession::send(int command, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions,
                          ResponseCallback callback, bool internal)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{std::move(callback), internal});
    QMetaObject::invokeMethod(
        m_poller,
        [poller = m_poller, id, command, oids, nonRepeaters, maxRepetitions] {
            poller->send(id, command, oids, nonRepeaters, maxRepetitions);
        },
        Qt::QueuedConnection);
    return id;
}

void SnmpSession::onReply(quint64 id, const SnmpError &error, const QList<VarBind> &varBinds)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // canceled
    ResponseCallback callback = std::move(it->callback);
    m_pending.erase(it);
    if (callback)
        callback(error, varBinds);
}

void SnmpSession::walkColumns(const QList<Oid> &columns, TableCallback callback)
{
    const quint64 walkId = m_nextId++;
    auto walk = std::make_shared<Walk>();
    walk->columns = columns;
    walk->cursor = columns;
    walk->done = QList<bool>(columns.size(), false);
    walk->callback = std::move(callback);
    m_walks.insert(walkId, walk);
    m_queuedWalks.append(walkId);
    // Started from the event loop, so that the callback never runs inside this call.
    QMetaObject::invokeMethod(this, &SnmpSession::startQueuedWalks, Qt::QueuedConnection);
}

void SnmpSession::startQueuedWalks()
{
    while (!m_queuedWalks.isEmpty() && m_runningWalks < qMax(1, m_target.walkConcurrency)) {
        const quint64 walkId = m_queuedWalks.takeFirst();
        const auto walk = m_walks.value(walkId);
        if (!walk)
            continue;
        walk->running = true;
        ++m_runningWalks;
        walkStep(walkId);
    }
}

void SnmpSession::walkStep(quint64 walkId)
{
    const auto walk = m_walks.value(walkId);
    if (!walk)
        return;
    QList<Oid> oids;
    for (qsizetype c = 0; c < walk->columns.size(); ++c)
        if (!walk->done[c])
            oids.append(walk->cursor[c]);
    if (oids.isEmpty()) {
        finishWalk(walkId, {});
        return;
    }
    if (walk->maxRepetitions <= 0)
        walk->maxRepetitions = qMax(1, m_target.maxRepetitions);
    send(
        SNMP_MSG_GETBULK, oids, 0, walk->maxRepetitions,
        [this, walkId](const SnmpError &error, const QList<VarBind> &varBinds) { walkReply(walkId, error, varBinds); },
        true);
}

void SnmpSession::walkReply(quint64 walkId, const SnmpError &error, const QList<VarBind> &varBinds)
{
    const auto walk = m_walks.value(walkId);
    if (!walk)
        return;
    if (error.kind == SnmpError::Kind::Agent && error.errorStatus == SNMP_ERR_TOOBIG && walk->maxRepetitions > 1) {
        // A strict agent refuses a page that does not fit its message size instead of shortening it:
        // ask again for half as many rows (RFC 3416 §4.2.3 lets it do either).
        walk->maxRepetitions /= 2;
        qCDebug(lcSnmp) << m_target.displayName() << "said tooBig: max-repetitions now" << walk->maxRepetitions;
        walkStep(walkId);
        return;
    }
    if (error.isError()) {
        finishWalk(walkId, error);
        return;
    }
    QList<qsizetype> active;
    for (qsizetype c = 0; c < walk->columns.size(); ++c)
        if (!walk->done[c])
            active.append(c);
    if (varBinds.isEmpty()) {
        finishWalk(walkId,
                   SnmpError::make(SnmpError::Kind::Protocol,
                                   u"%1: malformed reply: an empty GETBULK response"_s.arg(m_target.displayName())));
        return;
    }
    // Repetitions come row-major: varbind i belongs to column active[i % M].
    const qsizetype width = active.size();
    for (qsizetype i = 0; i < varBinds.size(); ++i) {
        const qsizetype c = active[i % width];
        if (walk->done[c])
            continue;
        const VarBind &vb = varBinds[i];
        const Oid &column = walk->columns[c];
        if (vb.value.isException() || !vb.oid.startsWith(column) || vb.oid.size() == column.size()) {
            walk->done[c] = true;
            continue;
        }
        if (!(walk->cursor[c] < vb.oid)) {
            finishWalk(walkId,
                       SnmpError::make(SnmpError::Kind::Protocol,
                                       u"%1: malformed reply: OIDs not increasing (%2 after %3)"_s.arg(
                                           m_target.displayName(), vb.oid.toString(), walk->cursor[c].toString())));
            return;
        }
        walk->cursor[c] = vb.oid;
        auto row = walk->rows.find(vb.oid.mid(column.size()));
        if (row == walk->rows.end())
            row = walk->rows.insert(vb.oid.mid(column.size()), QList<SnmpValue>(walk->columns.size()));
        (*row)[c] = vb.value;
    }
    walkStep(walkId);
}

void SnmpSession::finishWalk(quint64 walkId, const SnmpError &error)
{
    const auto walk = m_walks.take(walkId);
    if (!walk)
        return;
    if (walk->running) {
        --m_runningWalks;
        QMetaObject::invokeMethod(this, &SnmpSession::startQueuedWalks, Qt::QueuedConnection);
    }
    if (walk->callback)
        walk->callback(error, error.isError() ? SnmpTable() : walk->rows);
}

void SnmpSession::cancel()
{
    const auto pending = std::exchange(m_pending, {});
    const auto walks = std::exchange(m_walks, {});
    m_queuedWalks.clear();
    m_runningWalks = 0;
    const SnmpError canceled
        = SnmpError::make(SnmpError::Kind::Canceled, u"%1: canceled"_s.arg(m_target.displayName()));
    for (const Pending &p : pending)
        if (!p.internal && p.callback)
            p.callback(canceled, {});
    for (const auto &walk : walks)
        if (walk->callback)
            walk->callback(canceled, {});
}

} // namespace Beholder::Snmp

#include "snmpsession.moc"
