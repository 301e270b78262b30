// SPDX-License-Identifier: GPL-3.0-or-later
// A strict agent that answers a GETBULK too big for its message size with the
// error-status tooBig (RFC 3416 §4.2.3 lets an agent do that instead of sending
// fewer rows). snmpsim cannot do it, so this test's agent is a UDP socket on
// 127.0.0.1 speaking just enough SNMPv2c BER: the walk must halve its
// max-repetitions until the pages fit, and then complete.
#include "snmp/snmpsession.h"
#include "testsupport.h"

#include <QNetworkDatagram>
#include <QtTest>
#include <QUdpSocket>

using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

namespace {

// --- just enough BER -------------------------------------------------------------------------

struct Tlv
{
    quint8 tag = 0;
    QByteArray value;
};

bool readTlv(const QByteArray &data, qsizetype &pos, Tlv *out)
{
    if (pos + 2 > data.size())
        return false;
    out->tag = quint8(data[pos++]);
    qsizetype length = quint8(data[pos++]);
    if (length & 0x80) {
        const int bytes = int(length & 0x7F);
        length = 0;
        for (int i = 0; i < bytes && pos < data.size(); ++i)
            length = (length << 8) | quint8(data[pos++]);
    }
    if (pos + length > data.size())
        return false;
    out->value = data.mid(pos, length);
    pos += length;
    return true;
}

QList<Tlv> children(const QByteArray &data)
{
    QList<Tlv> items;
    qsizetype pos = 0;
    Tlv tlv;
    while (pos < data.size() && readTlv(data, pos, &tlv))
        items.append(tlv);
    return items;
}

QByteArray tlv(quint8 tag, const QByteArray &value)
{
    QByteArray out(1, char(tag));
    if (value.size() < 0x80) {
        out.append(char(value.size()));
    } else {
        out.append(char(0x82));
        out.append(char((value.size() >> 8) & 0xFF));
        out.append(char(value.size() & 0xFF));
    }
    return out + value;
}

QByteArray integer(qint64 v)
{
    QByteArray bytes;
    do {
        bytes.prepend(char(v & 0xFF));
        v >>= 8;
    } while (v != 0 && v != -1);
    if ((v == 0 && (quint8(bytes[0]) & 0x80)) || (v == -1 && !(quint8(bytes[0]) & 0x80)))
        bytes.prepend(char(v == 0 ? 0 : 0xFF));
    return tlv(0x02, bytes);
}

qint64 toInteger(const QByteArray &value)
{
    qint64 v = value.isEmpty() ? 0 : (quint8(value[0]) & 0x80 ? -1 : 0);
    for (const char c : value)
        v = (v << 8) | quint8(c);
    return v;
}

Oid decodeOid(const QByteArray &value)
{
    QList<quint32> ids;
    if (value.isEmpty())
        return Oid();
    ids << quint8(value[0]) / 40 << quint8(value[0]) % 40;
    quint32 sub = 0;
    for (qsizetype i = 1; i < value.size(); ++i) {
        sub = (sub << 7) | (quint8(value[i]) & 0x7F);
        if (!(quint8(value[i]) & 0x80)) {
            ids << sub;
            sub = 0;
        }
    }
    return Oid(ids);
}

QByteArray encodeOid(const Oid &oid)
{
    QByteArray out(1, char(oid.ids()[0] * 40 + oid.ids()[1]));
    for (qsizetype i = 2; i < oid.size(); ++i) {
        quint32 sub = oid.ids()[i];
        QByteArray chunk(1, char(sub & 0x7F));
        while (sub >>= 7)
            chunk.prepend(char(0x80 | (sub & 0x7F)));
        out += chunk;
    }
    return tlv(0x06, out);
}

// --- the agent ---------------------------------------------------------------------------------

// Answers GETBULK: tooBig while max-repetitions exceeds `fits`; otherwise one row (`.1` = 42) for a
// request at a column, and endOfMibView after it.
class StrictAgent
{
public:
    explicit StrictAgent(int fits)
        : m_fits(fits)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { answer(); });
    }

    quint16 port() const { return m_socket.localPort(); }
    QList<int> repetitionsAsked;

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            const QList<Tlv> message = children(children(datagram.data()).value(0).value);
            if (message.size() < 3 || message[2].tag != 0xA5)
                continue; // only GETBULK
            const QList<Tlv> pdu = children(message[2].value);
            const qint64 requestId = toInteger(pdu[0].value);
            const int repetitions = int(toInteger(pdu[2].value));
            repetitionsAsked.append(repetitions);
            QByteArray varBinds;
            int status = 0;
            if (repetitions > m_fits) {
                status = 1; // tooBig
            } else {
                for (const Tlv &vb : children(pdu[3].value)) {
                    const Oid asked = decodeOid(children(vb.value).value(0).value);
                    if (asked.size() == 15) // a column: its one row
                        varBinds += tlv(0x30, encodeOid(asked.appended(Oid({1}))) + integer(42));
                    else
                        varBinds += tlv(0x30, encodeOid(asked) + tlv(0x82, {})); // endOfMibView
                }
            }
            const QByteArray response
                = tlv(0xA2, integer(requestId) + integer(status) + integer(0) + tlv(0x30, varBinds));
            const QByteArray reply = tlv(0x30, integer(1) + tlv(0x04, message[1].value) + response);
            m_socket.writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
        }
    }

    QUdpSocket m_socket;
    int m_fits;
};

} // namespace

class TestSnmpTooBig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void tooBig_halvesMaxRepetitionsUntilThePageFits()
    {
        StrictAgent agent(6);
        SnmpTarget target;
        target.host = u"127.0.0.1"_s;
        target.port = agent.port();
        target.community = "public";
        target.timeoutMs = 1000;
        target.retries = 0;
        target.maxRepetitions = 50;
        SnmpSession session(target);
        const Oid a = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3");
        const Oid b = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.9");
        bool done = false;
        SnmpError error;
        SnmpTable rows;
        session.walkColumns({a, b}, [&](const SnmpError &e, const SnmpTable &table) {
            done = true;
            error = e;
            rows = table;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(agent.repetitionsAsked.mid(0, 4), (QList<int>{50, 25, 12, 6}));
        QCOMPARE(agent.repetitionsAsked.last(), 6); // it stays at the size that fits
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.value(Oid({1})).value(0).toLongLong(), 42);
        QCOMPARE(rows.value(Oid({1})).value(1).toLongLong(), 42);
    }

    void tooBigEvenForOneRow_failsWithTheAgentsError()
    {
        StrictAgent agent(0);
        SnmpTarget target;
        target.host = u"127.0.0.1"_s;
        target.port = agent.port();
        target.community = "public";
        target.timeoutMs = 1000;
        target.retries = 0;
        target.maxRepetitions = 8;
        SnmpSession session(target);
        bool done = false;
        SnmpError error;
        session.walkColumns({Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3")},
                            [&](const SnmpError &e, const SnmpTable &) {
                                done = true;
                                error = e;
                            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(toString(error.kind), u"agent"_s);
        QCOMPARE(error.errorStatus, 1);
        QCOMPARE(agent.repetitionsAsked, (QList<int>{8, 4, 2, 1}));
    }
};

QTEST_GUILESS_MAIN(TestSnmpTooBig)
#include "tst_snmptoobig.moc"
