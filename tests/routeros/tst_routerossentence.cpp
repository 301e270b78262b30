// SPDX-License-Identifier: GPL-3.0-or-later
// What the words of a sentence mean: attributes split at the second '=', empty values and rows, !trap and
// !fatal reasons in both forms, !empty with its tag, and reply rows turned into the product's values the way
// real routers send them.
#include "routeros/routerossentence.h"
#include "routeros/routerostypes.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;
using namespace Beholder::RouterOs;

namespace {

Reply reply(const Words &words)
{
    QString error;
    const std::optional<Reply> parsed = Reply::fromWords(words, &error);
    if (!parsed)
        qWarning() << error;
    return parsed.value_or(Reply());
}

} // namespace

class TestRouterOsSentence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void attribute_splitsAtSecondEquals_data()
    {
        QTest::addColumn<QByteArray>("word");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << "=name=user1"_ba
                               << "name"_ba
                               << "user1"_ba;
        QTest::newRow("equals in value") << "=name=value=with=equals"_ba
                                         << "name"_ba
                                         << "value=with=equals"_ba;
        QTest::newRow("empty value") << "=comment="_ba
                                     << "comment"_ba << QByteArray();
        QTest::newRow("value is '='") << "=comment=="_ba
                                      << "comment"_ba
                                      << "="_ba;
        QTest::newRow("no second equals") << "=once"_ba
                                          << "once"_ba << QByteArray();
        QTest::newRow("dotted name") << "=.id=*1A"_ba
                                     << ".id"_ba
                                     << "*1A"_ba;
        QTest::newRow("empty name") << "==x"_ba << QByteArray() << "x"_ba;
    }

    void attribute_splitsAtSecondEquals()
    {
        QFETCH(QByteArray, word);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const std::optional<Attribute> attribute = parseAttributeWord(word);
        QVERIFY(attribute);
        QCOMPARE(attribute->name, name);
        QCOMPARE(attribute->value, value);
        QCOMPARE(parseAttributeWord(attributeWord(name, value)), attribute);
    }

    void attribute_rejectsOtherWords()
    {
        QVERIFY(!parseAttributeWord("name=x"));
        QVERIFY(!parseAttributeWord(".tag=3"));
        QVERIFY(!parseAttributeWord(""));
    }

    void reply_re()
    {
        const Reply r = reply({"!re"_ba, "=.id=*1"_ba, "=name=a=b"_ba, "=comment="_ba, ".tag=12"_ba});
        QCOMPARE(r.type, ReplyType::Re);
        QCOMPARE(r.tag, "12"_ba);
        QCOMPARE(r.attribute("name"), "a=b"_ba);
        QVERIFY(r.hasAttribute("comment"));
        QCOMPARE(r.attribute("comment"), QByteArray());
        QVERIFY(!r.hasAttribute("missing"));
        QCOMPARE(r.attributes.size(), 3);
    }

    void reply_emptyRe()
    {
        // .proplist naming a property the row lacks gives bare !re (librouteros docs/api_analysis.rst).
        const Reply r = reply({"!re"_ba});
        QCOMPARE(r.type, ReplyType::Re);
        QVERIFY(r.attributes.isEmpty());
        QVERIFY(r.tag.isEmpty());
    }

    void reply_doneWithRet()
    {
        const Reply r = reply({"!done"_ba, "=ret=93b438ec9b80057c06dd9fe67d56aa9a"_ba});
        QCOMPARE(r.type, ReplyType::Done);
        QCOMPARE(r.attribute("ret"), "93b438ec9b80057c06dd9fe67d56aa9a"_ba);
    }

    void reply_trap()
    {
        const Reply r = reply(
            {"!trap"_ba, "=category=1"_ba, "=message=input does not match any value of interface"_ba, ".tag=4"_ba});
        QCOMPARE(r.type, ReplyType::Trap);
        QCOMPARE(r.category(), 1);
        QCOMPARE(r.message(), "input does not match any value of interface"_ba);
        QCOMPARE(r.tag, "4"_ba);
        QCOMPARE(reply({"!trap"_ba, "=message=x"_ba}).category(), -1);
        QCOMPARE(reply({"!trap"_ba, "=category=abc"_ba}).category(), -1);
    }

    void reply_fatalWithBareReason()
    {
        const Reply r = reply({"!fatal"_ba, "session terminated on request"_ba});
        QCOMPARE(r.type, ReplyType::Fatal);
        QCOMPARE(r.message(), "session terminated on request"_ba);
        QCOMPARE(reply({"!fatal"_ba, "not"_ba, "logged in"_ba}).message(), "not logged in"_ba);
    }

    void reply_fatalWithMessageAttribute()
    {
        QCOMPARE(reply({"!fatal"_ba, "=message=out of memory"_ba}).message(), "out of memory"_ba);
    }

    void reply_emptyWithTag()
    {
        // RouterOS 7.18+: a print without rows answers !empty (tagged) and then !done.
        const Reply r = reply({"!empty"_ba, ".tag=5"_ba});
        QCOMPARE(r.type, ReplyType::Empty);
        QCOMPARE(r.tag, "5"_ba);
    }

    void reply_unknownWordIsNotAnError()
    {
        const Reply r = reply({"!progress"_ba, "=x=1"_ba});
        QCOMPARE(r.type, ReplyType::Unknown);
        QCOMPARE(r.word, "!progress"_ba);
    }

    void reply_rejectsNonReply()
    {
        QString error;
        QVERIFY(!Reply::fromWords({"re"_ba}, &error));
        QVERIFY(error.contains(u"expected a reply word"_s));
        QVERIFY(!Reply::fromWords({}, &error));
    }

    void reply_roundTrips()
    {
        const Words words{"!re"_ba, "=name=x"_ba, "=comment="_ba, "bare"_ba, ".tag=9"_ba};
        const Reply r = reply(words);
        QCOMPARE(r.toWords(), words);
        QCOMPARE(reply(r.toWords()), r);
        QCOMPARE(Reply::make(ReplyType::Done, {}, "3"_ba).toWords(), (Words{"!done"_ba, ".tag=3"_ba}));
    }

    void command_buildsWords()
    {
        Command command("/ppp/secret/print"_ba);
        command.setProplist({"name"_ba, "profile"_ba});
        command.addQuery("name=user1"_ba);
        command.setAttribute("detail"_ba, {});
        command.setAttribute(".proplist"_ba, "name"_ba); // replaces
        command.tag = "7"_ba;
        QCOMPARE(command.toWords(),
                 (Words{"/ppp/secret/print"_ba, "=.proplist=name"_ba, "=detail="_ba, "?name=user1"_ba, ".tag=7"_ba}));
        const std::optional<Command> parsed = Command::fromWords(command.toWords());
        QVERIFY(parsed);
        QCOMPARE(*parsed, command);
    }

    void command_rejectsNonCommand()
    {
        QString error;
        QVERIFY(!Command::fromWords({"!re"_ba}, &error));
        QVERIFY(error.contains(u"expected a command"_s));
    }

    void types_pppSecretFromRow()
    {
        // A 6.x router: yes/no booleans, the old date format, a Latin-1 comment, "never" logged out.
        const Reply row
            = reply({"!re"_ba, "=.id=*1A"_ba, "=name=jperez"_ba, "=service=pppoe"_ba, "=profile=50M"_ba,
                     "=caller-id=AA:BB:CC:00:11:22"_ba, "=disabled=yes"_ba, "=comment=Mart\xEDn N\xFA\xF1\x65z"_ba,
                     "=last-logged-out=jan/01/1970 00:00:00"_ba, "=remote-address=10.0.0.9"_ba});
        const std::optional<PppSecret> secret = toPppSecret(row, 42);
        QVERIFY(secret);
        QCOMPARE(secret->nodeId, 42);
        QCOMPARE(secret->name, u"jperez"_s);
        QCOMPARE(secret->profile, u"50M"_s);
        QCOMPARE(secret->service, u"pppoe"_s);
        QCOMPARE(secret->callerId, u"AA:BB:CC:00:11:22"_s);
        QCOMPARE(secret->remoteAddress, u"10.0.0.9"_s);
        QVERIFY(secret->disabled);
        QCOMPARE(secret->comment, u"Martín Núñez"_s);
        QVERIFY(secret->lastLoggedOut.isEmpty());

        const std::optional<PppSecret> v7 = toPppSecret(
            reply({"!re"_ba, "=name=ana"_ba, "=disabled=false"_ba, "=last-logged-out=2026-11-24 18:03:11"_ba}), 1);
        QVERIFY(v7);
        QVERIFY(!v7->disabled);
        QCOMPARE(v7->service, u"pppoe"_s); // the default when the router leaves it out
        QCOMPARE(v7->lastLoggedOut, u"2026-11-24 18:03:11"_s);

        QVERIFY(!toPppSecret(reply({"!re"_ba, "=profile=x"_ba}), 1)); // no name: not a usable secret
        QVERIFY(!pppSecretProperties().contains("password"_ba));
    }

    void types_activeSessionFromRow()
    {
        const std::optional<PppActiveSession> session = toPppActiveSession(
            reply({"!re"_ba, "=name=jperez"_ba, "=service=pppoe"_ba, "=caller-id=AA:BB:CC:00:11:22"_ba,
                   "=address=100.64.0.7"_ba, "=uptime=1w2d3h4m5s"_ba, "=session-id=0x81000001"_ba, "=encoding="_ba,
                   "=radius=false"_ba}));
        QVERIFY(session);
        QCOMPARE(session->uptimeSeconds, 7 * 86400 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
        QCOMPARE(session->address, u"100.64.0.7"_s);
        QCOMPARE(session->sessionId, u"0x81000001"_s);
        QVERIFY(!session->radius);
        QCOMPARE(toPppActiveSession(reply({"!re"_ba, "=name=x"_ba, "=uptime=garbage"_ba}))->uptimeSeconds, -1);
    }

    void types_systemResourceFromRow()
    {
        const SystemResource resource = toSystemResource(reply(
            {"!re"_ba, "=board-name=CCR2004"_ba, "=version=7.16.2 (stable)"_ba, "=uptime=3d"_ba, "=cpu-load=12"_ba,
             "=free-memory=1000"_ba, "=total-memory=4000"_ba, "=cpu-count=4"_ba, "=architecture-name=arm64"_ba}));
        QCOMPARE(resource.boardName, u"CCR2004"_s);
        QCOMPARE(resource.version, u"7.16.2 (stable)"_s);
        QCOMPARE(resource.uptimeSeconds, 3 * 86400);
        QCOMPARE(resource.cpuLoad, 12);
        QCOMPARE(resource.freeMemory, 1000);
        QCOMPARE(resource.totalMemory, 4000);
        QCOMPARE(resource.cpuCount, 4);
        QCOMPARE(toSystemResource(reply({"!re"_ba})).cpuLoad, -1);
    }

    void types_trafficSampleTxIsSubscriberDownload()
    {
        const std::optional<TrafficSample> sample = toTrafficSample(reply(
            {"!re"_ba, "=name=<pppoe-jperez>"_ba, "=rx-bits-per-second=2000000"_ba, "=tx-bits-per-second=45000000"_ba,
             "=rx-packets-per-second=1300"_ba, "=tx-packets-per-second=5100"_ba}));
        QVERIFY(sample);
        QCOMPARE(sample->interfaceName, u"<pppoe-jperez>"_s);
        QCOMPARE(sample->subscriberDownloadBitsPerSecond(), 45000000);
        QCOMPARE(sample->subscriberUploadBitsPerSecond(), 2000000);
        QCOMPARE(sample->txPacketsPerSecond, 5100);
        QVERIFY(!toTrafficSample(reply({"!re"_ba, "=name=x"_ba})));
    }

    void types_pppoeInterfaceName() { QCOMPARE(pppoeInterfaceName(u"jperez"_s), u"<pppoe-jperez>"_s); }
};

QTEST_GUILESS_MAIN(TestRouterOsSentence)
#include "tst_routerossentence.moc"
