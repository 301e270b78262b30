// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the RouterOS framing: whatever bytes a router (or anything pretending to be one) sends,
// in whatever TCP fragments, the decoder must not crash, must keep its memory bounded by what it was given and
// its limits, and every sentence it yields must survive re-encoding unchanged, as must its parsed reply.
#include "routeros/routeroscodec.h"
#include "routeros/routerossentence.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Beholder::RouterOs;

namespace {

// Small limits, so that the limit checks are reached by small inputs too.
const SentenceDecoder::Limits limits{4096, 64, 16 * 1024};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkSentence(const Words &words)
{
    check(!words.isEmpty());
    qsizetype bytes = 0;
    for (const QByteArray &word : words) {
        check(!word.isEmpty());
        check(word.size() <= qsizetype(limits.maxWordBytes));
        bytes += word.size();
    }
    check(words.size() <= limits.maxWords);
    check(bytes <= limits.maxSentenceBytes);

    // Re-encoding decodes to the same words.
    SentenceDecoder again(limits);
    again.feed(encodeSentence(words));
    const std::optional<Words> decoded = again.next();
    check(decoded.has_value() && *decoded == words);
    check(!again.next().has_value() && !again.hasError() && again.bufferedBytes() == 0);

    // A reply parses the same after a round trip through its words.
    if (const std::optional<Reply> reply = Reply::fromWords(words)) {
        const std::optional<Reply> reparsed = Reply::fromWords(reply->toWords());
        check(reparsed.has_value() && *reparsed == *reply);
    }
    if (const std::optional<Command> command = Command::fromWords(words)) {
        const std::optional<Command> reparsed = Command::fromWords(command->toWords());
        check(reparsed.has_value() && *reparsed == *command);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The chunk sizes follow from the input itself, so the fuzzer explores TCP fragmentation too while the seed
    // files stay plain protocol bytes.
    const auto pattern = uint8_t(data[size - 1] ^ size);
    const char *bytes = reinterpret_cast<const char *>(data);
    const auto total = qsizetype(size);

    SentenceDecoder decoder(limits);
    qsizetype pos = 0;
    qsizetype fedNotTaken = 0;
    int step = 0;
    while (pos < total) {
        const qsizetype chunk
            = qMin<qsizetype>(total - pos, 1 + ((pattern >> (step++ % 8)) & 0x0F) * (1 + (pattern & 3)));
        decoder.feed(QByteArrayView(bytes + pos, chunk));
        pos += chunk;
        fedNotTaken += chunk;
        while (std::optional<Words> sentence = decoder.next()) {
            checkSentence(*sentence);
            fedNotTaken = decoder.bufferedBytes();
        }
        // Never more than what was fed and not yet taken, nor more than one sentence and one partial word;
        // nothing at all after an error.
        check(decoder.bufferedBytes() <= fedNotTaken);
        check(decoder.bufferedBytes() <= limits.maxSentenceBytes + qsizetype(limits.maxWordBytes) + 5);
        if (decoder.hasError()) {
            check(decoder.bufferedBytes() == 0);
            check(!decoder.feed(QByteArrayView("x", 1)));
            break;
        }
    }
    return 0;
}
