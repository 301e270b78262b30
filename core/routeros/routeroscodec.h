// SPDX-License-Identifier: GPL-3.0-or-later
// The RouterOS API framing (protocols.md §1.2): words prefixed by their length in bytes, sentences ended by an
// empty word. Kept apart from sockets so it is tested with byte vectors and fuzzed; the client and the simulated
// router both use it, and a hostile or broken peer can neither crash it nor make it hold unbounded memory.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Beholder::RouterOs {

// A sentence as it travels: raw words, without the terminating empty word.
using Words = QList<QByteArray>;

// The longest word the length encoding can express (0xF0 followed by four bytes).
inline constexpr qint64 maxEncodableWordBytes = 0xFFFFFFFFLL;

// The length prefix of a word: 1 to 5 bytes, big-endian, counting BYTES of the encoded word.
QByteArray encodeLength(quint32 length);

struct LengthPrefix
{
    enum class Status {
        Complete,   // `length` and `size` are set
        Incomplete, // more bytes are needed (a prefix can be split across TCP reads)
        Invalid,    // a control byte (>= 0xF8) or an undefined prefix (0xF1..0xF7)
    };
    Status status = Status::Incomplete;
    quint32 length = 0; // the word's length in bytes
    int size = 0;       // how many bytes the prefix itself took
};

// Reads the length prefix at the start of `bytes`. Non-minimal prefixes (0x80 0x05 for 5) are accepted.
LengthPrefix decodeLength(QByteArrayView bytes);

// One word with its prefix. `word` must not be empty (an empty word ends a sentence) and must fit the encoding.
QByteArray encodeWord(QByteArrayView word);

// The words and the terminating empty word. Empty words are skipped: they would cut the sentence in two.
QByteArray encodeSentence(const Words &words);

// Turns a byte stream into sentences, whatever the TCP fragments look like. feed() the bytes as they arrive,
// then take sentences with next() until it returns nothing. A stream that breaks the framing or the limits
// makes the decoder fail for good (hasError()): the connection cannot be resynchronised and must be closed.
class SentenceDecoder final
{
public:
    struct Limits
    {
        quint32 maxWordBytes;       // RouterOS itself sends far less; a bigger word is refused
        int maxWords;               // words in one sentence
        qsizetype maxSentenceBytes; // the words of one sentence together
    };
    // 16 MiB per word, 4096 words and 32 MiB per sentence: far above any reply RouterOS sends, far below
    // what would hurt the desktop.
    static Limits defaultLimits() { return {16u * 1024 * 1024, 4096, 32 * 1024 * 1024}; }

    SentenceDecoder();
    explicit SentenceDecoder(const Limits &limits);
    Q_DISABLE_COPY_MOVE(SentenceDecoder)

    // Adds bytes read from the peer. Returns false once the decoder has failed.
    bool feed(QByteArrayView bytes);

    // The next complete sentence, or nothing when more bytes are needed or the stream is broken. Empty
    // sentences (a lone terminator) are skipped, as RouterOS does.
    std::optional<Words> next();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Bytes held: input not yet parsed plus the words of the sentence in progress. Bounded by what was fed
    // and not taken, and by the limits.
    qsizetype bufferedBytes() const;

    // Forgets everything, including an error (for a new connection).
    void reset();

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

private:
    void fail(const QString &message);

    Limits m_limits;
    QByteArray m_buffer; // input; bytes before m_pos are already parsed
    qsizetype m_pos = 0;
    Words m_words; // the sentence in progress
    qsizetype m_sentenceBytes = 0;
    QString m_error;
};

} // namespace Beholder::RouterOs
