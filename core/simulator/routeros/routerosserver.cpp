// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerosserver.h"

#include "logging/logging.h"
#include "routeros/routeroscodec.h"
#include "routeros/routerostypes.h"
#include "routeros/routerosvalues.h"
#include "routerosquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <utility>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;
using RouterOs::Attribute;
using RouterOs::Command;
using RouterOs::Reply;
using RouterOs::ReplyType;
using Row = QList<Attribute>;

namespace {

// Before the login a router accepts only a little (protocols.md §1.1): a client that sends more is cut off.
const RouterOs::SentenceDecoder::Limits beforeLoginLimits{4096, 32, 16 * 1024};
constexpr int maxSentencesBeforeLogin = 8;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray itemId(qint64 value)
{
    return '*' + QByteArray::number(value, 16).toUpper();
}

// "<pppoe-USER>" -> "USER"; anything else: nothing.
std::optional<QString> pppoeUser(const QByteArray &interfaceName)
{
    if (!interfaceName.startsWith("<pppoe-") || !interfaceName.endsWith('>') || interfaceName.size() <= 8)
        return std::nullopt;
    return RouterOs::decodeText(interfaceName.sliced(7, interfaceName.size() - 8));
}

} // namespace

// One API connection: its socket, its login state and the commands running on it.
class RouterOsServer::Session final : public QObject
{
public:
    Session(RouterOsServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_decoder(beforeLoginLimits)
    {
        m_socket->setParent(this);
        m_dripTimer.setSingleShot(false);
        connect(&m_dripTimer, &QTimer::timeout, this, &Session::dripOne);
        connect(m_socket, &QTcpSocket::readyRead, this, &Session::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &Session::finish);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &Session::finish);
    }

    QStringList running() const
    {
        QStringList out;
        for (const auto &[key, command] : m_running)
            out << command.path + (command.tag.isEmpty() ? QString() : u" .tag="_s + QString::fromUtf8(command.tag));
        return out;
    }

    // The router closes the session: pending output first, then FIN.
    void closeGracefully()
    {
        stopAll();
        if (!m_drip.isEmpty()) {
            m_closeAfterDrip = true;
            return;
        }
        m_socket->disconnectFromHost();
    }

    void abort()
    {
        stopAll();
        m_socket->abort();
        finish();
    }

private:
    struct Running
    {
        QString path;
        QByteArray tag;
        Command command;
        RouterOsFault fault;
        QTimer *timer = nullptr;
        int samplesLeft = -1; // streaming monitor: -1 = until canceled
    };

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        stopAll();
        m_server->m_sessions.removeOne(this);
        deleteLater();
    }

    void stopAll()
    {
        for (auto &[key, command] : m_running) {
            if (command.timer) {
                command.timer->stop();
                command.timer->deleteLater(); // this may run from inside another timer's slot
            }
        }
        m_running.clear();
    }

    void onReadyRead()
    {
        m_decoder.feed(m_socket->readAll());
        const QPointer<Session> self(this);
        while (std::optional<RouterOs::Words> words = m_decoder.next()) {
            if (!m_loggedIn && ++m_sentencesBeforeLogin > maxSentencesBeforeLogin) {
                abort();
                return;
            }
            handle(*words);
            if (!self || m_finished)
                return;
        }
        if (m_decoder.hasError()) {
            qCDebug(lcSim) << "simulated router: closing a session:" << m_decoder.errorString();
            abort();
        }
    }

    void handle(const RouterOs::Words &words)
    {
        QString error;
        const std::optional<Command> parsed = Command::fromWords(words, &error);
        if (!parsed) {
            trap({}, u"no such command prefix"_s, 0);
            return;
        }
        const Command &command = *parsed;
        const QString path = QString::fromUtf8(command.path);
        m_server->m_commandCounts[path] += 1;
        emit m_server->commandReceived(path);

        const RouterOsFault *found = m_server->takeFault(path);
        const RouterOsFault fault = found ? *found : RouterOsFault();
        if (fault.resetConnection) {
            abort();
            return;
        }
        if (fault.neverAnswer) {
            m_running.emplace(m_nextKey++, Running{path, command.tag, command, fault});
            return;
        }
        if (fault.latencyMs > 0) {
            const quint64 key = m_nextKey++;
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, key] {
                const auto it = m_running.find(key);
                if (it == m_running.end())
                    return;
                Running waited = std::move(it->second);
                m_running.erase(it);
                waited.timer->deleteLater();
                waited.fault.latencyMs = 0;
                execute(waited.command, waited.fault);
            });
            m_running.emplace(key, Running{path, command.tag, command, fault, timer});
            timer->start(fault.latencyMs);
            return;
        }
        execute(command, fault);
    }

    void execute(const Command &command, const RouterOsFault &fault)
    {
        const QByteArray &path = command.path;
        const QByteArray &tag = command.tag;
        m_fault = fault; // how the replies of this command go out (dripped or not)

        if (!fault.fatalReason.isEmpty()) {
            send(Reply::make(ReplyType::Fatal), {utf8(fault.fatalReason)});
            closeGracefully();
            return;
        }
        if (path == "/quit") {
            send(Reply::make(ReplyType::Fatal), {"session terminated on request"_ba});
            closeGracefully();
            return;
        }
        if (path == "/login") {
            login(command, fault);
            return;
        }
        if (!m_loggedIn) {
            trap(tag, u"not logged in"_s);
            return;
        }
        if (!fault.trapMessage.isEmpty()) {
            trap(tag, fault.trapMessage, fault.trapCategory);
            return;
        }
        if (path == "/cancel")
            cancel(command);
        else if (path == "/ppp/secret/print" || path == "/ppp/secret/getall")
            print(command, m_server->m_secrets.size(),
                  [this](qsizetype i) { return m_server->secretRow(m_server->m_secrets.at(i), i); });
        else if (path == "/ppp/active/print" || path == "/ppp/active/getall")
            print(command, m_server->m_active.size(),
                  [this](qsizetype i) { return m_server->activeRow(m_server->m_active.at(i), i); });
        else if (path == "/interface/pppoe-server/print")
            print(command, m_server->m_active.size(), [this](qsizetype i) {
                const RouterOsActiveSession &session = m_server->m_active.at(i);
                return Row{{".id"_ba, itemId(0x80000000LL + i)},
                           {"name"_ba, utf8(RouterOs::pppoeInterfaceName(session.name))},
                           {"user"_ba, utf8(session.name)},
                           {"remote-address"_ba, utf8(session.callerId)},
                           {"uptime"_ba,
                            utf8(RouterOs::formatDuration(
                                std::chrono::seconds(session.uptimeSeconds + m_server->m_clock.elapsed() / 1000)))}};
            });
        else if (path == "/system/resource/print" || path == "/system/resource/getall")
            print(command, 1, [this](qsizetype) { return m_server->resourceRow(); });
        else if (path == "/system/clock/print" || path == "/system/clock/getall")
            print(command, 1, [this](qsizetype) { return m_server->clockRow(); });
        else if (path == "/log/print" || path == "/log/getall")
            print(command, m_server->m_log.size(),
                  [this](qsizetype i) { return m_server->logRow(m_server->m_log.at(i), i); });
        else if (path == "/interface/monitor-traffic")
            monitorTraffic(command, fault);
        else
            trap(tag,
                 u"no such command or directory ("_s + QString::fromUtf8(path.sliced(path.lastIndexOf('/') + 1)) + u')',
                 0);
    }

    void login(const Command &command, const RouterOsFault &fault)
    {
        const QByteArray &tag = command.tag;
        if (fault.refuseLogin) {
            trap(tag, m_server->m_legacyLogin ? u"cannot log in"_s : u"invalid user name or password (6)"_s);
            return;
        }
        if (m_server->m_legacyLogin) {
            if (command.hasAttribute("response")) {
                const bool ok = !m_challenge.isEmpty()
                    && m_server->checkLegacyResponse(command.attribute("name"), command.attribute("response"),
                                                     m_challenge);
                m_challenge.clear();
                if (ok)
                    loggedIn(tag);
                else
                    trap(tag, u"cannot log in"_s);
                return;
            }
            // A pre-6.43 router ignores a password and hands out a challenge.
            m_challenge.resize(16);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(m_challenge.data()), 4);
            send(Reply::make(ReplyType::Done, {{"ret"_ba, m_challenge.toHex()}}, tag));
            return;
        }
        if (m_server->checkLogin(command.attribute("name"), command.attribute("password")))
            loggedIn(tag);
        else
            trap(tag, u"invalid user name or password (6)"_s);
    }

    void loggedIn(const QByteArray &tag)
    {
        m_loggedIn = true;
        m_decoder.setLimits(RouterOs::SentenceDecoder::defaultLimits());
        send(Reply::make(ReplyType::Done, {}, tag));
    }

    template<typename MakeRow>
    void print(const Command &command, qsizetype count, MakeRow makeRow)
    {
        const QByteArray proplist = command.attribute(".proplist");
        QByteArray out;
        int rows = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const Row row = makeRow(i);
            QString error;
            const std::optional<bool> match = matchesQuery(row, command.queries, &error);
            if (!match) {
                write(out);
                trap(command.tag, error, 5);
                return;
            }
            if (!*match)
                continue;
            out += RouterOs::encodeSentence(
                Reply::make(ReplyType::Re, applyProplist(row, proplist), command.tag).toWords());
            ++rows;
            if (out.size() > 256 * 1024)
                write(std::exchange(out, {}));
        }
        if (rows == 0 && m_server->printsEmpty())
            out += RouterOs::encodeSentence(Reply::make(ReplyType::Empty, {}, command.tag).toWords());
        out += RouterOs::encodeSentence(Reply::make(ReplyType::Done, {}, command.tag).toWords());
        write(out);
    }

    void monitorTraffic(const Command &command, const RouterOsFault &fault)
    {
        const QList<QByteArray> interfaces = command.attribute("interface").split(',');
        for (const QByteArray &name : interfaces) {
            if (!m_server->knownInterface(name)) {
                trap(command.tag, u"input does not match any value of interface"_s, 1);
                return;
            }
        }
        int samples = -1;
        if (command.hasAttribute("once")) {
            samples = 1;
        } else if (command.hasAttribute("duration")) {
            const auto duration = RouterOs::parseDuration(QString::fromUtf8(command.attribute("duration")));
            samples = duration ? int(std::max<qint64>(1, duration->count() / 1000)) : 1;
        }
        if (!sendSample(command))
            return;
        if (samples == 1) {
            send(Reply::make(ReplyType::Done, {}, command.tag));
            return;
        }
        const quint64 key = m_nextKey++;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, key] {
            const auto it = m_running.find(key);
            if (it == m_running.end())
                return;
            Running &stream = it->second;
            m_fault = stream.fault;
            const Command streamed = stream.command;
            if (stream.samplesLeft > 0)
                --stream.samplesLeft;
            const bool last = stream.samplesLeft == 0;
            if (last) {
                stream.timer->deleteLater();
                m_running.erase(it);
            }
            if (sendSample(streamed) && last)
                send(Reply::make(ReplyType::Done, {}, streamed.tag));
        });
        m_running.emplace(key,
                          Running{QString::fromUtf8(command.path), command.tag, command, fault, timer,
                                  samples > 0 ? samples - 1 : -1});
        timer->start(m_server->m_monitorIntervalMs);
    }

    // One !re per interface; false (after a !trap and !done) when an interface went away.
    bool sendSample(const Command &command)
    {
        const QByteArray proplist = command.attribute(".proplist");
        QByteArray out;
        for (const QByteArray &name : command.attribute("interface").split(',')) {
            const std::optional<Row> row = m_server->trafficRow(name);
            if (!row) {
                stopTagged(command.tag);
                trap(command.tag, u"no such item"_s, 1);
                return false;
            }
            out += RouterOs::encodeSentence(
                Reply::make(ReplyType::Re, applyProplist(*row, proplist), command.tag).toWords());
        }
        write(out);
        return true;
    }

    void cancel(const Command &command)
    {
        if (command.hasAttribute("tag")) {
            const QByteArray target = command.attribute("tag");
            if (!stopTagged(target)) {
                trap(command.tag, u"no such command"_s, 0);
                return;
            }
            trap(target, u"interrupted"_s, 2);
        } else {
            QList<QByteArray> tags;
            for (const auto &[key, running] : m_running)
                tags << running.tag;
            stopAll();
            for (const QByteArray &tag : tags)
                trap(tag, u"interrupted"_s, 2);
        }
        send(Reply::make(ReplyType::Done, {}, command.tag));
    }

    bool stopTagged(const QByteArray &tag)
    {
        for (auto it = m_running.begin(); it != m_running.end(); ++it) {
            if (it->second.tag == tag) {
                if (it->second.timer) {
                    it->second.timer->stop();
                    it->second.timer->deleteLater();
                }
                m_running.erase(it);
                return true;
            }
        }
        return false;
    }

    // !trap (with =category= when >= 0) and the !done that always follows it.
    void trap(const QByteArray &tag, const QString &message, int category = -1)
    {
        Row attributes;
        if (category >= 0)
            attributes.append({"category"_ba, number(category)});
        attributes.append({"message"_ba, utf8(message)});
        QByteArray out = RouterOs::encodeSentence(Reply::make(ReplyType::Trap, attributes, tag).toWords());
        out += RouterOs::encodeSentence(Reply::make(ReplyType::Done, {}, tag).toWords());
        write(out);
    }

    void send(const Reply &reply, const QList<QByteArray> &bareWords = {})
    {
        RouterOs::Words words = reply.toWords();
        words.append(bareWords);
        write(RouterOs::encodeSentence(words));
    }

    void write(const QByteArray &bytes)
    {
        if (bytes.isEmpty() || m_finished)
            return;
        if (m_fault.dripBytes || !m_drip.isEmpty()) {
            // Dripped output stays in order with whatever follows it on this session.
            m_drip += bytes;
            if (!m_dripTimer.isActive())
                m_dripTimer.start(std::max(0, m_fault.dripIntervalMs));
            return;
        }
        m_socket->write(bytes);
    }

    void dripOne()
    {
        if (m_drip.isEmpty()) {
            m_dripTimer.stop();
            if (m_closeAfterDrip)
                m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(m_drip.first(1));
        m_drip.remove(0, 1);
    }

    RouterOsServer *m_server;
    QTcpSocket *m_socket;
    RouterOs::SentenceDecoder m_decoder;
    bool m_loggedIn = false;
    int m_sentencesBeforeLogin = 0;
    QByteArray m_challenge;
    RouterOsFault m_fault;
    std::map<quint64, Running> m_running;
    quint64 m_nextKey = 1;
    QByteArray m_drip;
    QTimer m_dripTimer;
    bool m_closeAfterDrip = false;
    bool m_finished = false;
};

RouterOsServer::RouterOsServer(QObject *parent)
    : QObject(parent)
{
    setVersion(u"7.16.2"_s);
    m_clock.start();
    m_clockAtStart = QDateTime::currentSecsSinceEpoch();
}

RouterOsServer::~RouterOsServer() = default;

void RouterOsServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool RouterOsServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server)
        return m_server->isListening();
    if (isTls()) {
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        server->setHandshakeTimeout(5000);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RouterOsServer::acceptPending);
    if (!m_server->listen(address, port)) {
        qCWarning(lcSim) << "simulated router: cannot listen:" << m_server->errorString();
        return false;
    }
    return true;
}

quint16 RouterOsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString RouterOsServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void RouterOsServer::close()
{
    if (m_server)
        m_server->close();
    const QList<Session *> sessions = m_sessions;
    for (Session *session : sessions)
        session->abort();
}

void RouterOsServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        m_sessions.append(new Session(this, socket));
    }
}

void RouterOsServer::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void RouterOsServer::setVersion(const QString &version)
{
    m_versionText = version;
    m_version = QVersionNumber::fromString(version);
}

void RouterOsServer::setPppSecrets(QList<PppSecret> secrets)
{
    m_secrets = std::move(secrets);
}

void RouterOsServer::setActiveSessions(QList<RouterOsActiveSession> sessions)
{
    m_active = std::move(sessions);
    m_activeByName.clear();
    for (qsizetype i = 0; i < m_active.size(); ++i)
        m_activeByName.insert(m_active.at(i).name, i);
}

void RouterOsServer::setClock(UnixTime now, int utcOffsetSeconds, const QString &zoneName)
{
    m_clockAtStart = now - m_clock.elapsed() / 1000;
    m_utcOffsetSeconds = utcOffsetSeconds;
    m_zoneName = zoneName.isEmpty() ? u"UTC"_s : zoneName;
}

UnixTime RouterOsServer::clockNow() const
{
    return m_clockAtStart + m_clock.elapsed() / 1000;
}

void RouterOsServer::setFault(const QString &command, const RouterOsFault &fault)
{
    m_faults.insert(command, fault);
}

void RouterOsServer::clearFaults()
{
    m_faults.clear();
}

QStringList RouterOsServer::runningCommands() const
{
    QStringList out;
    for (const Session *session : m_sessions)
        out << session->running();
    return out;
}

int RouterOsServer::connectionCount() const
{
    return int(m_sessions.size());
}

void RouterOsServer::disconnectClients()
{
    const QList<Session *> sessions = m_sessions;
    for (Session *session : sessions)
        session->closeGracefully();
}

const RouterOsFault *RouterOsServer::takeFault(const QString &path)
{
    auto it = m_faults.find(path);
    if (it == m_faults.end())
        it = m_faults.find(u"*"_s);
    if (it == m_faults.end())
        return nullptr;
    if (it->remaining == 0)
        return nullptr;
    if (it->remaining > 0)
        --it->remaining;
    return &it.value();
}

bool RouterOsServer::checkLogin(const QByteArray &user, const QByteArray &password) const
{
    return user == m_user.toUtf8() && password == m_password.toUtf8();
}

bool RouterOsServer::checkLegacyResponse(const QByteArray &user, const QByteArray &response,
                                         const QByteArray &challenge) const
{
    // Written out here rather than borrowed from the client, so that the two implementations check each other.
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(QByteArray(1, '\0'));
    md5.addData(m_password.toUtf8());
    md5.addData(challenge);
    return user == m_user.toUtf8() && response == "00"_ba + md5.result().toHex();
}

Row RouterOsServer::secretRow(const PppSecret &secret, qsizetype index) const
{
    const QByteArray fakePassword
        = QCryptographicHash::hash(utf8(secret.name), QCryptographicHash::Sha1).toHex().left(10);
    Row row{{".id"_ba, itemId(index + 1)},
            {"name"_ba, utf8(secret.name)},
            {"service"_ba, utf8(secret.service)},
            {"caller-id"_ba, utf8(secret.callerId)},
            {"password"_ba, fakePassword},
            {"profile"_ba, utf8(secret.profile)},
            {"routes"_ba, {}},
            {"limit-bytes-in"_ba, "0"_ba},
            {"limit-bytes-out"_ba, "0"_ba},
            {"last-logged-out"_ba, utf8(dateText(secret.lastLoggedOut))}};
    if (!secret.remoteAddress.isEmpty())
        row.append({"remote-address"_ba, utf8(secret.remoteAddress)});
    if (!secret.lastLoggedOut.isEmpty()) {
        row.append({"last-caller-id"_ba, utf8(secret.callerId)});
        row.append({"last-disconnect-reason"_ba, "peer-request"_ba});
    }
    row.append({"disabled"_ba, boolText(secret.disabled)});
    if (!secret.comment.isEmpty()) {
        const bool latin1 = m_latin1Comments
            && std::all_of(secret.comment.cbegin(), secret.comment.cend(), [](QChar c) { return c.unicode() <= 0xFF; });
        row.append({"comment"_ba, latin1 ? secret.comment.toLatin1() : utf8(secret.comment)});
    }
    return row;
}

Row RouterOsServer::activeRow(const RouterOsActiveSession &session, qsizetype index) const
{
    const qint64 uptime = session.uptimeSeconds + m_clock.elapsed() / 1000;
    return Row{{".id"_ba, itemId(0x80000000LL + index)},
               {"name"_ba, utf8(session.name)},
               {"service"_ba, utf8(session.service)},
               {"caller-id"_ba, utf8(session.callerId)},
               {"encoding"_ba, utf8(session.encoding)},
               {"address"_ba, utf8(session.address)},
               {"uptime"_ba, utf8(RouterOs::formatDuration(std::chrono::seconds(uptime)))},
               {"session-id"_ba, utf8(session.sessionId)},
               {"limit-bytes-in"_ba, "0"_ba},
               {"limit-bytes-out"_ba, "0"_ba},
               {"radius"_ba, boolText(false)}};
}

Row RouterOsServer::resourceRow()
{
    const qint64 uptime = m_resource.uptimeSeconds + m_clock.elapsed() / 1000;
    const int load = std::clamp(m_resource.cpuLoad + QRandomGenerator::global()->bounded(-3, 4), 0, 100);
    const RouterOs::DateFormat format
        = m_version >= QVersionNumber(7, 10) ? RouterOs::DateFormat::Iso : RouterOs::DateFormat::Legacy;
    return Row{
        {"uptime"_ba, utf8(RouterOs::formatDuration(std::chrono::seconds(uptime)))},
        {"version"_ba, utf8(m_versionText + u" (stable)"_s)},
        {"build-time"_ba, utf8(RouterOs::formatDateTime(QDateTime(QDate(2025, 10, 1), QTime(9, 30, 5)), format))},
        {"factory-software"_ba, "7.1"_ba},
        {"free-memory"_ba, number(m_resource.freeMemory)},
        {"total-memory"_ba, number(m_resource.totalMemory)},
        {"cpu"_ba, utf8(m_resource.cpu)},
        {"cpu-count"_ba, number(m_resource.cpuCount)},
        {"cpu-frequency"_ba, "1700"_ba},
        {"cpu-load"_ba, number(load)},
        {"free-hdd-space"_ba, "96452608"_ba},
        {"total-hdd-space"_ba, "134217728"_ba},
        {"architecture-name"_ba, utf8(m_resource.architecture)},
        {"board-name"_ba, utf8(m_resource.boardName)},
        {"platform"_ba, utf8(m_resource.platform)}};
}

bool RouterOsServer::knownInterface(const QByteArray &interfaceName) const
{
    const std::optional<QString> user = pppoeUser(interfaceName);
    return user && m_activeByName.contains(*user);
}

std::optional<Row> RouterOsServer::trafficRow(const QByteArray &interfaceName)
{
    if (!knownInterface(interfaceName))
        return std::nullopt;
    const QString user = *pppoeUser(interfaceName);
    const auto load = m_trafficLoads.constFind(user);
    const TrafficRates rates = m_traffic.next(user, m_trafficLimits.value(user),
                                              load == m_trafficLoads.cend() ? std::nullopt : std::optional(*load));
    // The router's point of view on its PPPoE server interface: it transmits the subscriber's download.
    return Row{{"name"_ba, interfaceName},
               {"rx-packets-per-second"_ba, number(rates.upPacketsPerSecond)},
               {"rx-bits-per-second"_ba, number(rates.upBitsPerSecond)},
               {"fp-rx-packets-per-second"_ba, "0"_ba},
               {"fp-rx-bits-per-second"_ba, "0"_ba},
               {"rx-drops-per-second"_ba, "0"_ba},
               {"rx-errors-per-second"_ba, "0"_ba},
               {"tx-packets-per-second"_ba, number(rates.downPacketsPerSecond)},
               {"tx-bits-per-second"_ba, number(rates.downBitsPerSecond)},
               {"fp-tx-packets-per-second"_ba, "0"_ba},
               {"fp-tx-bits-per-second"_ba, "0"_ba},
               {"tx-drops-per-second"_ba, "0"_ba},
               {"tx-queue-drops-per-second"_ba, "0"_ba},
               {"tx-errors-per-second"_ba, "0"_ba}};
}

Row RouterOsServer::clockRow() const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(clockNow() + m_utcOffsetSeconds, QTimeZone::utc());
    const RouterOs::DateFormat format
        = m_version >= QVersionNumber(7, 10) ? RouterOs::DateFormat::Iso : RouterOs::DateFormat::Legacy;
    const QString dateTime = RouterOs::formatDateTime(local, format); // "<date> <time>"
    const int offset = std::abs(m_utcOffsetSeconds);
    const QString gmtOffset = (m_utcOffsetSeconds < 0 ? u"-"_s : u"+"_s)
        + QString::number(offset / 3600).rightJustified(2, u'0') + u':'
        + QString::number((offset / 60) % 60).rightJustified(2, u'0');
    return Row{{"time"_ba, utf8(dateTime.sliced(dateTime.indexOf(u' ') + 1))},
               {"date"_ba, utf8(dateTime.first(dateTime.indexOf(u' ')))},
               {"time-zone-autodetect"_ba, boolText(false)},
               {"time-zone-name"_ba, utf8(m_zoneName)},
               {"gmt-offset"_ba, utf8(gmtOffset)},
               {"dst-active"_ba, boolText(false)}};
}

Row RouterOsServer::logRow(const RouterOsLogEntry &entry, qsizetype index) const
{
    return Row{{".id"_ba, itemId(0xA0000 + index)},
               {"time"_ba, utf8(logTimeText(entry.at))},
               {"topics"_ba, utf8(entry.topics)},
               {"message"_ba, utf8(entry.message)}};
}

QString RouterOsServer::logTimeText(UnixTime at) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at + m_utcOffsetSeconds, QTimeZone::utc());
    const QDate today = QDateTime::fromSecsSinceEpoch(clockNow() + m_utcOffsetSeconds, QTimeZone::utc()).date();
    const QString time = local.time().toString(u"HH:mm:ss"_s);
    if (local.date() == today)
        return time;
    if (m_version >= QVersionNumber(7, 10))
        return RouterOs::formatDateTime(local, RouterOs::DateFormat::Iso);
    // Before 7.10: "nov/25 10:42:03", with the year only when it is not this one.
    const QString full = RouterOs::formatDateTime(local, RouterOs::DateFormat::Legacy); // "nov/25/2026 10:42:03"
    if (local.date().year() != today.year())
        return full;
    return full.first(6) + u' ' + time;
}

QString RouterOsServer::dateText(const QString &routerText) const
{
    const RouterOs::DateFormat format
        = m_version >= QVersionNumber(7, 10) ? RouterOs::DateFormat::Iso : RouterOs::DateFormat::Legacy;
    const std::optional<RouterOs::RouterDateTime> parsed = RouterOs::parseDateTime(routerText);
    if (!parsed || parsed->never)
        return RouterOs::neverDateTime(format);
    return RouterOs::formatDateTime(parsed->dateTime, format);
}

QByteArray RouterOsServer::boolText(bool value) const
{
    return utf8(RouterOs::formatBool(value, m_version.majorVersion() < 7));
}

bool RouterOsServer::printsEmpty() const
{
    return m_version >= QVersionNumber(7, 18);
}

} // namespace Beholder::Sim
