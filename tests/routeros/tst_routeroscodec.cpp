// SPDX-License-Identifier: GPL-3.0-or-later
// The RouterOS framing at every length boundary and against what TCP and hostile peers do: lengths in bytes,
// prefixes split across reads, control bytes, and limits that keep memory bounded.
#include "routeros/routeroscodec.h"
#include "testsupport.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder::RouterOs;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// Feeds `stream` in the given chunk sizes (cycling) and collects the sentences.
QList<Words> decodeInChunks(const QByteArray &stream, const QList<int> &chunks, QString *error = nullptr)
{
    SentenceDecoder decoder;
    QList<Words> out;
    qsizetype pos = 0;
    int chunk = 0;
    while (pos < stream.size()) {
        const qsizetype size = std::min<qsizetype>(chunks.at(chunk++ % chunks.size()), stream.size() - pos);
        decoder.feed(QByteArrayView(stream).sliced(pos, size));
        pos += size;
        while (std::optional<Words> sentence = decoder.next())
            out.append(*sentence);
    }
    if (error)
        *error = decoder.errorString();
    return out;
}

} // namespace

class TestRouterOsCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void length_encodesAndDecodes_data()
    {
        QTest::addColumn<quint32>("length");
        QTest::addColumn<QByteArray>("bytes");
        // Boundaries of every prefix size (protocols.md §1.2).
        QTest::newRow("0x00") << 0x00u << hex("00");
        QTest::newRow("0x01") << 0x01u << hex("01");
        QTest::newRow("0x7F") << 0x7Fu << hex("7f");
        QTest::newRow("0x80") << 0x80u << hex("8080");
        QTest::newRow("0x3FFF") << 0x3FFFu << hex("bfff");
        QTest::newRow("0x4000") << 0x4000u << hex("c04000");
        QTest::newRow("0x1FFFFF") << 0x1FFFFFu << hex("dfffff");
        QTest::newRow("0x200000") << 0x200000u << hex("e0200000");
        QTest::newRow("0xFFFFFFF") << 0xFFFFFFFu << hex("efffffff");
        QTest::newRow("0x10000000") << 0x10000000u << hex("f010000000");
        QTest::newRow("0xFFFFFFFF") << 0xFFFFFFFFu << hex("f0ffffffff");
        // go-routeros proto/writer_test.go, reader_test.go
        QTest::newRow("go 0x87") << 0x87u << hex("8087");
        QTest::newRow("go 0x4321") << 0x4321u << hex("c04321");
        QTest::newRow("go 0x2acdef") << 0x2acdefu << hex("e02acdef");
        QTest::newRow("go 0x10000080") << 0x10000080u << hex("f010000080");
        // librouteros tests/unit/conftest.py (valid_word_length)
        QTest::newRow("librouteros 0") << 0u << hex("00");
        QTest::newRow("librouteros 127") << 127u << hex("7f");
        QTest::newRow("librouteros 130") << 130u << hex("8082");
        QTest::newRow("librouteros 2097140") << 2097140u << hex("dffff4");
        QTest::newRow("librouteros 268435440") << 268435440u << hex("effffff0");
        // EvilFreelancer tests/APILengthCoDecTest.php (low/median/high per class)
        QTest::newRow("php 0x39") << 0x39u << hex("39");
        QTest::newRow("php 0x1C42") << 0x1C42u << hex("9c42");
        QTest::newRow("php 0xAD73B") << 0xAD73Bu << hex("cad73b");
        QTest::newRow("php 0x5AD736B") << 0x5AD736Bu << hex("e5ad736b");
    }

    void length_encodesAndDecodes()
    {
        QFETCH(quint32, length);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeLength(length).toHex(' '), bytes.toHex(' '));

        const LengthPrefix prefix = decodeLength(QByteArray(bytes + "trailing"_ba));
        QCOMPARE(prefix.status, LengthPrefix::Status::Complete);
        QCOMPARE(prefix.length, length);
        QCOMPARE(prefix.size, bytes.size());
        // Any shorter piece of the prefix is not enough yet.
        for (qsizetype cut = 0; cut < bytes.size(); ++cut)
            QCOMPARE(decodeLength(bytes.first(cut)).status, LengthPrefix::Status::Incomplete);
    }

    void length_rejectsControlAndUndefinedBytes_data()
    {
        QTest::addColumn<int>("first");
        for (int b = 0xF1; b <= 0xFF; ++b)
            QTest::addRow("0x%X", b) << b;
    }

    void length_rejectsControlAndUndefinedBytes()
    {
        QFETCH(int, first);
        const QByteArray bytes = QByteArray(1, char(first)) + hex("00000000");
        QCOMPARE(decodeLength(bytes).status, LengthPrefix::Status::Invalid);

        SentenceDecoder decoder;
        decoder.feed(QByteArray(hex("05") + "!done" + bytes));
        QVERIFY(!decoder.next().has_value());
        QVERIFY(decoder.hasError());
        QVERIFY2(decoder.errorString().contains(first >= 0xF8 ? u"control byte"_s : u"invalid word length"_s),
                 qPrintable(decoder.errorString()));
        QVERIFY(decoder.errorString().contains(QString::number(first, 16).toUpper()));
        QVERIFY(!decoder.feed("more"_ba)); // a broken stream stays broken
        QVERIFY(!decoder.next().has_value());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void word_lengthCountsBytesNotCharacters()
    {
        // 64 two-byte characters: 128 bytes, so a 2-byte prefix although the text has 64 characters.
        const QByteArray accented = QString(64, QChar(u'\u00ED')).toUtf8();
        QCOMPARE(accented.size(), 128);
        QCOMPARE(encodeWord(accented).first(2).toHex(), "8080"_ba);

        const QByteArray word = u"=comment=José Pérez, Ñandú 日本 🚀"_s.toUtf8();
        const QByteArray encoded = encodeWord(word);
        QCOMPARE(quint8(encoded.at(0)), quint8(word.size()));
        QCOMPARE(encoded.sliced(1), word);

        SentenceDecoder decoder;
        decoder.feed(encodeSentence({"!re"_ba, word}));
        const std::optional<Words> sentence = decoder.next();
        QVERIFY(sentence);
        QCOMPARE(sentence->at(1), word);
    }

    void sentence_vectors_data()
    {
        QTest::addColumn<Words>("words");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("login") << Words{"/login"_ba, "=name=admin"_ba, "=password="_ba}
                               << hex("062f6c6f67696e0b3d6e616d653d61646d696e0a3d70617373776f72643d00");
        QTest::newRow("done") << Words{"!done"_ba} << hex("0521646f6e6500");
        QTest::newRow("empty") << Words{"!empty"_ba} << hex("0621656d70747900");
        QTest::newRow("monitor-traffic") << Words{"/interface/monitor-traffic"_ba, "=interface=<pppoe-user1>"_ba,
                                                  "=once="_ba, ".tag=7"_ba}
                                         << hex("1a2f696e746572666163652f6d6f6e69746f722d74726166666963"
                                                "183d696e746572666163653d3c7070706f652d75736572313e"
                                                "063d6f6e63653d062e7461673d3700");
        QTest::newRow("bare login (2008 forum)") << Words{"/login"_ba} << hex("062F6C6F67696E00");
    }

    void sentence_vectors()
    {
        QFETCH(Words, words);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeSentence(words).toHex(' '), bytes.toHex(' '));
        SentenceDecoder decoder;
        QVERIFY(decoder.feed(bytes));
        const std::optional<Words> decoded = decoder.next();
        QVERIFY(decoded);
        QCOMPARE(*decoded, words);
        QVERIFY(!decoder.next());
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void decoder_acceptsFragmentsSplitAtEveryByte()
    {
        // Words with 1-, 2- and 3-byte prefixes, so every split lands inside a prefix at least once.
        const QList<Words> sentences = {
            {"!re"_ba, "=name=user1"_ba, "=comment="_ba + QByteArray(200, 'x'), ".tag=3"_ba},
            {"!re"_ba, "=comment="_ba + QByteArray(0x4000, 'y')},
            {"!done"_ba, ".tag=3"_ba},
        };
        QByteArray stream;
        for (const Words &sentence : sentences)
            stream += encodeSentence(sentence);

        for (int split = 1; split < stream.size(); ++split) {
            SentenceDecoder decoder;
            QList<Words> out;
            decoder.feed(stream.first(split));
            while (std::optional<Words> sentence = decoder.next())
                out.append(*sentence);
            decoder.feed(stream.sliced(split));
            while (std::optional<Words> sentence = decoder.next())
                out.append(*sentence);
            QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
            if (out != sentences)
                QFAIL(qPrintable(u"split at byte %1 decoded differently"_s.arg(split)));
        }
    }

    void decoder_acceptsOneByteAtATimeAndOddChunks()
    {
        QByteArray stream;
        const QList<Words> sentences = {{"!re"_ba, "=a=1"_ba, "=b="_ba}, {"!re"_ba}, {"!done"_ba, ".tag=12"_ba}};
        for (const Words &sentence : sentences)
            stream += encodeSentence(sentence);
        QString error;
        QCOMPARE(decodeInChunks(stream, {1}, &error), sentences);
        QCOMPARE(decodeInChunks(stream, {2, 3, 5, 7}, &error), sentences);
        QCOMPARE(decodeInChunks(stream, {int(stream.size())}, &error), sentences);
        QVERIFY(error.isEmpty());
    }

    void decoder_skipsEmptySentences()
    {
        SentenceDecoder decoder;
        decoder.feed(QByteArray(hex("00000005") + "!done" + hex("0000")));
        const std::optional<Words> sentence = decoder.next();
        QVERIFY(sentence);
        QCOMPARE(*sentence, Words{"!done"_ba});
        QVERIFY(!decoder.next());
        QVERIFY(!decoder.hasError());
    }

    void decoder_acceptsNonMinimalLength()
    {
        SentenceDecoder decoder;
        decoder.feed(QByteArray(hex("8005") + "!done" + hex("00")));
        const std::optional<Words> sentence = decoder.next();
        QVERIFY(sentence);
        QCOMPARE(*sentence, Words{"!done"_ba});
    }

    void decoder_refusesWordOverLimitBeforeBufferingIt()
    {
        SentenceDecoder decoder({100, 4, 250});
        decoder.feed(QByteArray(encodeLength(100) + QByteArray(100, 'a') + hex("00")));
        QVERIFY(decoder.next());
        // A peer announcing 4 GiB: refused on the prefix alone, nothing buffered.
        decoder.feed(QByteArray(hex("f0fffffff0") + "abc"));
        QVERIFY(!decoder.next());
        QVERIFY(decoder.hasError());
        QVERIFY2(decoder.errorString().contains(u"exceeds the limit"_s), qPrintable(decoder.errorString()));
        QCOMPARE(decoder.bufferedBytes(), 0);

        SentenceDecoder justOver({100, 4, 250});
        justOver.feed(encodeLength(101));
        QVERIFY(!justOver.next());
        QVERIFY(justOver.hasError());
    }

    void decoder_defaultLimitIs16MiBPerWord()
    {
        SentenceDecoder decoder;
        decoder.feed(QByteArray(encodeLength(16u * 1024 * 1024 + 1)));
        QVERIFY(!decoder.next());
        QVERIFY(decoder.hasError());

        SentenceDecoder atLimit;
        atLimit.feed(encodeLength(16u * 1024 * 1024));
        QVERIFY(!atLimit.next());
        QVERIFY(!atLimit.hasError()); // waits for the bytes
    }

    void decoder_refusesTooManyWords()
    {
        SentenceDecoder decoder({100, 4, 250});
        decoder.feed(encodeSentence({"!re"_ba, "=a="_ba, "=b="_ba, "=c="_ba}));
        QVERIFY(decoder.next());
        decoder.feed(encodeSentence({"!re"_ba, "=a="_ba, "=b="_ba, "=c="_ba, "=d="_ba}));
        QVERIFY(!decoder.next());
        QVERIFY2(decoder.errorString().contains(u"more than 4 words"_s), qPrintable(decoder.errorString()));
    }

    void decoder_refusesSentenceOverByteLimit()
    {
        SentenceDecoder decoder({100, 10, 250});
        decoder.feed(encodeSentence({QByteArray(100, 'a'), QByteArray(100, 'b'), QByteArray(51, 'c')}));
        QVERIFY(!decoder.next());
        QVERIFY2(decoder.errorString().contains(u"250 bytes"_s), qPrintable(decoder.errorString()));
    }

    void decoder_holdsOnlyWhatIsNotTakenYet()
    {
        SentenceDecoder decoder;
        const QByteArray one = encodeSentence({"!re"_ba, "=name=a"_ba});
        decoder.feed(QByteArray(one + one + one.first(4)));
        QCOMPARE(decoder.bufferedBytes(), 2 * one.size() + 4);
        QVERIFY(decoder.next());
        QVERIFY(decoder.next());
        QVERIFY(!decoder.next());
        QVERIFY(decoder.bufferedBytes() <= 4);
        decoder.feed(one.sliced(4));
        QVERIFY(decoder.next());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void decoder_resetClearsAnError()
    {
        SentenceDecoder decoder;
        decoder.feed(hex("ff"));
        QVERIFY(!decoder.next());
        QVERIFY(decoder.hasError());
        decoder.reset();
        QVERIFY(!decoder.hasError());
        decoder.feed(encodeSentence({"!done"_ba}));
        QVERIFY(decoder.next());
    }

    void encodeSentence_skipsEmptyWords()
    {
        // An empty word would end the sentence early and turn the rest into a second command.
        QCOMPARE(encodeSentence({"/a"_ba, QByteArray(), "=b=c"_ba}), encodeSentence({"/a"_ba, "=b=c"_ba}));
    }
};

QTEST_GUILESS_MAIN(TestRouterOsCodec)
#include "tst_routeroscodec.moc"
