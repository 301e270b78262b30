// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeroscodec.h"

#include <utility>

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

QByteArray encodeLength(quint32 length)
{
    QByteArray out;
    const auto byte = [](quint32 value) { return char(value & 0xFF); };
    if (length <= 0x7F) {
        out.append(byte(length));
    } else if (length <= 0x3FFF) {
        const quint32 v = length | 0x8000;
        out.append(byte(v >> 8)).append(byte(v));
    } else if (length <= 0x1FFFFF) {
        const quint32 v = length | 0xC00000;
        out.append(byte(v >> 16)).append(byte(v >> 8)).append(byte(v));
    } else if (length <= 0xFFFFFFF) {
        const quint32 v = length | 0xE0000000;
        out.append(byte(v >> 24)).append(byte(v >> 16)).append(byte(v >> 8)).append(byte(v));
    } else {
        out.append(char(0xF0));
        out.append(byte(length >> 24)).append(byte(length >> 16)).append(byte(length >> 8)).append(byte(length));
    }
    return out;
}

LengthPrefix decodeLength(QByteArrayView bytes)
{
    LengthPrefix prefix;
    if (bytes.isEmpty())
        return prefix;
    const auto at = [&bytes](qsizetype i) { return quint32(quint8(bytes.at(i))); };
    const quint32 first = at(0);
    int size = 0;
    quint32 high = 0; // the length bits carried by the first byte
    if (first < 0x80) {
        size = 1;
        high = first;
    } else if (first < 0xC0) {
        size = 2;
        high = first & 0x3F;
    } else if (first < 0xE0) {
        size = 3;
        high = first & 0x1F;
    } else if (first < 0xF0) {
        size = 4;
        high = first & 0x0F;
    } else if (first == 0xF0) {
        size = 5;
        high = 0;
    } else {
        prefix.status = LengthPrefix::Status::Invalid;
        return prefix;
    }
    if (bytes.size() < size)
        return prefix;
    quint32 length = high;
    for (int i = 1; i < size; ++i)
        length = (length << 8) | at(i);
    prefix.status = LengthPrefix::Status::Complete;
    prefix.length = length;
    prefix.size = size;
    return prefix;
}

QByteArray encodeWord(QByteArrayView word)
{
    Q_ASSERT(!word.isEmpty());
    Q_ASSERT(word.size() <= maxEncodableWordBytes);
    QByteArray out = encodeLength(quint32(word.size()));
    out.append(word);
    return out;
}

QByteArray encodeSentence(const Words &words)
{
    qsizetype total = 1;
    for (const QByteArray &word : words)
        total += word.size() + 5;
    QByteArray out;
    out.reserve(total);
    for (const QByteArray &word : words) {
        if (word.isEmpty())
            continue;
        out.append(encodeLength(quint32(word.size())));
        out.append(word);
    }
    out.append('\0');
    return out;
}

SentenceDecoder::SentenceDecoder()
    : SentenceDecoder(defaultLimits())
{ }

SentenceDecoder::SentenceDecoder(const Limits &limits)
    : m_limits(limits)
{ }

bool SentenceDecoder::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    // Drop what was parsed before growing the buffer, so it holds one partial word at most plus this chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    return true;
}

std::optional<Words> SentenceDecoder::next()
{
    while (!hasError()) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
        const LengthPrefix prefix = decodeLength(rest);
        if (prefix.status == LengthPrefix::Status::Incomplete)
            break;
        if (prefix.status == LengthPrefix::Status::Invalid) {
            const uint first = quint8(rest.at(0));
            const QString hex = QString::number(first, 16).toUpper();
            if (first >= 0xF8)
                fail(u"RouterOS API: control byte 0x"_s + hex + u" where a word length was expected"_s);
            else
                fail(u"RouterOS API: invalid word length prefix 0x"_s + hex);
            break;
        }
        if (prefix.length == 0) {
            m_pos += prefix.size;
            if (m_words.isEmpty())
                continue; // an empty sentence: ignored
            Words sentence = std::exchange(m_words, {});
            m_sentenceBytes = 0;
            return sentence;
        }
        if (prefix.length > m_limits.maxWordBytes) {
            fail(u"RouterOS API: a word of %1 bytes exceeds the limit of %2 bytes"_s.arg(prefix.length)
                     .arg(m_limits.maxWordBytes));
            break;
        }
        if (m_words.size() >= m_limits.maxWords) {
            fail(u"RouterOS API: a sentence has more than %1 words"_s.arg(m_limits.maxWords));
            break;
        }
        if (m_sentenceBytes + qsizetype(prefix.length) > m_limits.maxSentenceBytes) {
            fail(u"RouterOS API: a sentence exceeds the limit of %1 bytes"_s.arg(m_limits.maxSentenceBytes));
            break;
        }
        if (rest.size() < prefix.size + qsizetype(prefix.length))
            break; // the word is still arriving
        m_words.append(rest.sliced(prefix.size, prefix.length).toByteArray());
        m_sentenceBytes += prefix.length;
        m_pos += prefix.size + prefix.length;
    }
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return std::nullopt;
}

qsizetype SentenceDecoder::bufferedBytes() const
{
    return m_buffer.size() - m_pos + m_sentenceBytes;
}

void SentenceDecoder::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_words.clear();
    m_sentenceBytes = 0;
    m_error.clear();
}

void SentenceDecoder::fail(const QString &message)
{
    m_error = message;
    // Nothing after a framing error can be trusted: release the memory now.
    m_buffer.clear();
    m_pos = 0;
    m_words.clear();
    m_sentenceBytes = 0;
}

} // namespace Beholder::RouterOs
