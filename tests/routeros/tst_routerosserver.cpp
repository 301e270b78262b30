// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated router on the wire, seen through a raw socket rather than the product's client: what each
// RouterOS version sends (!empty from 7.18, dates before and after 7.10, yes/no before 7), .proplist and
// queries, Latin-1 bytes, /cancel and /quit, and what it refuses before the login.
#include "routeros/routeroscodec.h"
#include "routeros/routerossentence.h"
#include "simulator/routeros/routerosserver.h"
#include "testsupport.h"

#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;
using namespace Beholder::RouterOs;
using Beholder::Sim::RouterOsActiveSession;
using Beholder::Sim::RouterOsServer;

namespace {

// A bare API client: sends sentences, collects every reply decoded by the codec.
class RawClient final : public QObject
{
public:
    explicit RawClient(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_decoder.feed(m_socket.readAll());
            while (std::optional<Words> words = m_decoder.next())
                replies.append(Reply::fromWords(*words).value_or(Reply()));
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }

    void send(const Words &words) { m_socket.write(encodeSentence(words)); }
    void login() { send({"/login"_ba, "=name=admin"_ba, "=password=pw"_ba}); }

    // The replies carrying `tag`, in order.
    QList<Reply> tagged(const QByteArray &tag) const
    {
        QList<Reply> out;
        for (const Reply &reply : replies) {
            if (reply.tag == tag)
                out.append(reply);
        }
        return out;
    }
    bool done(const QByteArray &tag) const
    {
        const QList<Reply> list = tagged(tag);
        return !list.isEmpty() && list.last().type == ReplyType::Done;
    }

    QList<Reply> replies;
    bool closed = false;

private:
    QTcpSocket m_socket;
    SentenceDecoder m_decoder;
};

PppSecret secret(const QString &name, const QString &comment, const QString &lastLoggedOut, bool disabled)
{
    PppSecret s;
    s.name = name;
    s.profile = u"PLAN-10M"_s;
    s.comment = comment;
    s.lastLoggedOut = lastLoggedOut;
    s.disabled = disabled;
    return s;
}

} // namespace

class TestRouterOsServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RouterOsServer> m_server;

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void init()
    {
        m_server = std::make_unique<RouterOsServer>();
        m_server->setCredentials(u"admin"_s, u"pw"_s);
        m_server->setMonitorIntervalMs(20);
        QVERIFY(m_server->listen());
        m_server->setPppSecrets({secret(u"ana"_s, u"Instalación Núñez"_s, u"nov/24/2026 18:03:11"_s, true),
                                 secret(u"beto"_s, QString(), QString(), false)});
        RouterOsActiveSession session;
        session.name = u"ana"_s;
        session.callerId = u"AA:BB:CC:00:11:22"_s;
        session.address = u"100.64.0.9"_s;
        session.sessionId = u"0x81000001"_s;
        m_server->setActiveSessions({session});
    }
    void cleanup() { m_server.reset(); }

    void print_withoutRows_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("empty");
        QTest::newRow("7.17.2") << u"7.17.2"_s << false;
        QTest::newRow("7.18") << u"7.18"_s << true;
        QTest::newRow("7.20.1") << u"7.20.1"_s << true;
    }

    void print_withoutRows()
    {
        QFETCH(QString, version);
        QFETCH(bool, empty);
        m_server->setVersion(version);
        RawClient client(m_server->port());
        client.login();
        client.send({"/ppp/active/print"_ba, "?name=nobody"_ba, ".tag=5"_ba});
        QTRY_VERIFY(client.done("5"_ba));
        const QList<Reply> replies = client.tagged("5"_ba);
        if (empty) {
            QCOMPARE(replies.size(), 2);
            QCOMPARE(replies.at(0).type, ReplyType::Empty); // tagged, then the !done
        } else {
            QCOMPARE(replies.size(), 1);
        }
    }

    void print_datesAndBooleansFollowTheVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("loggedOut");
        QTest::addColumn<QByteArray>("never");
        QTest::addColumn<QByteArray>("disabled");
        QTest::newRow("6.49") << u"6.49.10"_s << "nov/24/2026 18:03:11"_ba
                              << "jan/01/1970 00:00:00"_ba
                              << "yes"_ba;
        QTest::newRow("7.9") << u"7.9"_s << "nov/24/2026 18:03:11"_ba
                             << "jan/01/1970 00:00:00"_ba
                             << "true"_ba;
        QTest::newRow("7.10") << u"7.10"_s << "2026-11-24 18:03:11"_ba
                              << "1970-01-01 00:00:00"_ba
                              << "true"_ba;
    }

    void print_datesAndBooleansFollowTheVersion()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, loggedOut);
        QFETCH(QByteArray, never);
        QFETCH(QByteArray, disabled);
        m_server->setVersion(version);
        RawClient client(m_server->port());
        client.login();
        client.send({"/ppp/secret/print"_ba, ".tag=1"_ba});
        QTRY_VERIFY(client.done("1"_ba));
        const QList<Reply> rows = client.tagged("1"_ba);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).attribute("last-logged-out"), loggedOut);
        QCOMPARE(rows.at(0).attribute("disabled"), disabled);
        QCOMPARE(rows.at(1).attribute("last-logged-out"), never);
    }

    void print_proplistAndQuery()
    {
        RawClient client(m_server->port());
        client.login();
        client.send({"/ppp/secret/print"_ba, "=.proplist=comment,name"_ba, "?name=ana"_ba, ".tag=2"_ba});
        client.send({"/ppp/secret/print"_ba, "=.proplist=comment"_ba, "?name=beto"_ba, ".tag=3"_ba});
        QTRY_VERIFY(client.done("2"_ba) && client.done("3"_ba));
        const QList<Reply> ana = client.tagged("2"_ba);
        QCOMPARE(ana.size(), 2);
        QCOMPARE(ana.at(0).attributes,
                 (QList<Attribute>{{"comment"_ba, u"Instalación Núñez"_s.toUtf8()}, {"name"_ba, "ana"_ba}}));
        const QList<Reply> beto = client.tagged("3"_ba);
        QCOMPARE(beto.size(), 2);
        QVERIFY(beto.at(0).attributes.isEmpty()); // a bare !re: the row has no comment
    }

    void print_latin1Comments()
    {
        m_server->setLatin1Comments(true);
        RawClient client(m_server->port());
        client.login();
        client.send({"/ppp/secret/print"_ba, "?name=ana"_ba, ".tag=4"_ba});
        QTRY_VERIFY(client.done("4"_ba));
        QCOMPARE(client.tagged("4"_ba).at(0).attribute("comment"), "Instalaci\xF3n N\xFA\xF1\x65z"_ba);
    }

    void monitorTraffic_unknownInterface()
    {
        RawClient client(m_server->port());
        client.login();
        client.send({"/interface/monitor-traffic"_ba, "=interface=<pppoe-nobody>"_ba, "=once="_ba, ".tag=6"_ba});
        QTRY_VERIFY(client.done("6"_ba));
        const QList<Reply> replies = client.tagged("6"_ba);
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).type, ReplyType::Trap);
        QCOMPARE(replies.at(0).category(), 1);
        QCOMPARE(replies.at(0).message(), "input does not match any value of interface"_ba);
    }

    void monitorTraffic_streamsUntilCanceled()
    {
        RawClient client(m_server->port());
        client.login();
        client.send({"/interface/monitor-traffic"_ba, "=interface=<pppoe-ana>"_ba, ".tag=7"_ba});
        QTRY_VERIFY(client.tagged("7"_ba).size() >= 3);
        QCOMPARE(m_server->runningCommands(), QStringList{u"/interface/monitor-traffic .tag=7"_s});
        for (const Reply &sample : client.tagged("7"_ba)) {
            QCOMPARE(sample.type, ReplyType::Re);
            QCOMPARE(sample.attribute("name"), "<pppoe-ana>"_ba);
        }
        client.send({"/cancel"_ba, "=tag=7"_ba, ".tag=8"_ba});
        QTRY_VERIFY(client.done("8"_ba));
        QVERIFY(client.done("7"_ba));
        const QList<Reply> stream = client.tagged("7"_ba);
        const Reply &trap = stream.at(stream.size() - 2);
        QCOMPARE(trap.type, ReplyType::Trap);
        QCOMPARE(trap.category(), 2);
        QCOMPARE(trap.message(), "interrupted"_ba);
        QVERIFY(m_server->runningCommands().isEmpty());
    }

    void monitorTraffic_durationEndsByItself()
    {
        RawClient client(m_server->port());
        client.login();
        client.send({"/interface/monitor-traffic"_ba, "=interface=<pppoe-ana>"_ba, "=duration=3s"_ba, ".tag=9"_ba});
        QTRY_VERIFY(client.done("9"_ba));
        QCOMPARE(client.tagged("9"_ba).size(), 4); // three samples, then !done
        QVERIFY(m_server->runningCommands().isEmpty());
    }

    void beforeLogin_commandsAreRefused()
    {
        RawClient client(m_server->port());
        client.send({"/ppp/secret/print"_ba, ".tag=1"_ba});
        QTRY_VERIFY(client.done("1"_ba));
        QCOMPARE(client.tagged("1"_ba).at(0).type, ReplyType::Trap);
        QCOMPARE(client.tagged("1"_ba).at(0).message(), "not logged in"_ba);
    }

    void beforeLogin_bigSentencesCloseTheSession()
    {
        RawClient client(m_server->port());
        client.send({"/login"_ba, "=name="_ba + QByteArray(8192, 'a')});
        QTRY_VERIFY(client.closed);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void quit_answersFatalWithABareReason()
    {
        RawClient client(m_server->port());
        client.login();
        client.send({"/quit"_ba});
        QTRY_VERIFY(client.closed);
        QCOMPARE(client.replies.last().type, ReplyType::Fatal);
        QVERIFY(client.replies.last().attributes.isEmpty());
        QCOMPARE(client.replies.last().message(), "session terminated on request"_ba);
    }
};

QTEST_GUILESS_MAIN(TestRouterOsServer)
#include "tst_routerosserver.moc"
