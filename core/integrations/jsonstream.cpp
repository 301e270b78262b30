// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "integrations/jsonfields.h"

#include <QJsonDocument>

namespace Beholder::Json {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A scanner over raw JSON text that finds where values end without building them.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    qsizetype position() const { return m_pos; }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // The extent of the value that starts here; false if it is malformed or cut short.
    bool skipValue(qsizetype *begin, qsizetype *end)
    {
        skipSpace();
        *begin = m_pos;
        if (m_pos >= m_text.size())
            return false;
        const char first = m_text[m_pos];
        if (first == '"') {
            if (!skipString())
                return false;
        } else if (first == '{' || first == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++m_pos;
                        break;
                    }
                }
                ++m_pos;
            }
            if (depth != 0)
                return false;
        } else {
            // A number, true, false or null: up to the next delimiter.
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos];
                if (c == ',' || c == '}' || c == ']' || isSpace(c))
                    break;
                ++m_pos;
            }
            if (m_pos == *begin)
                return false;
        }
        *end = m_pos;
        return true;
    }

    // A key string, decoded (keys are short and rarely escaped).
    std::optional<QString> readKey()
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        if (peek() != '"' || !skipValue(&begin, &end))
            return std::nullopt;
        QJsonParseError error;
        const QJsonDocument wrapped
            = QJsonDocument::fromJson("[" + m_text.sliced(begin, end - begin).toByteArray() + "]", &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt; // control characters, bad escapes
        return wrapped.array().at(0).toString();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool skipString()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '\\') {
                ++m_pos;
                continue;
            }
            if (c == '"')
                return true;
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// One value parsed alone. Scalars are wrapped in an array, which QJsonDocument requires.
std::optional<QJsonValue> parseValue(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toByteArray() + "]", &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array().at(0);
}

} // namespace

ApiResult<StreamedList> forEachListElement(QByteArrayView body, std::initializer_list<QLatin1StringView> listKeys,
                                           const QString &source, const QString &endpoint,
                                           const std::function<bool(const QJsonValue &element)> &element)
{
    const auto malformed = [&](qsizetype at) {
        const QString what = body.trimmed().isEmpty()
            ? u"the answer is empty"_s
            : u"the answer is not valid JSON (at byte %1 of %2)"_s.arg(at).arg(body.size());
        return ApiResult<StreamedList>::failure(protocolError(source, endpoint, what));
    };

    StreamedList result;
    Scanner scanner(body);
    bool stopped = false;

    // Walks the elements of the array that starts at the scanner's position.
    const auto walkArray = [&]() -> bool {
        if (!scanner.consume('['))
            return false;
        result.hasList = true;
        if (scanner.consume(']'))
            return true;
        while (true) {
            qsizetype begin = 0;
            qsizetype end = 0;
            if (!scanner.skipValue(&begin, &end))
                return false;
            if (!stopped) {
                const std::optional<QJsonValue> value = parseValue(body.sliced(begin, end - begin));
                if (!value)
                    return false;
                ++result.elements;
                stopped = !element(*value);
            }
            if (scanner.consume(','))
                continue;
            return scanner.consume(']');
        }
    };

    const char first = scanner.peek();
    if (first == '[') {
        if (!walkArray() || !scanner.atEnd())
            return malformed(scanner.position());
        return ApiResult<StreamedList>::success(result);
    }
    if (!scanner.consume('{'))
        return malformed(scanner.position());

    // Which of the list keys are present decides which one is walked (the
    // first in `listKeys` order); find them without building anything.
    QString chosen;
    {
        Scanner probe(body);
        probe.consume('{');
        int best = int(listKeys.size());
        while (!probe.consume('}')) {
            const std::optional<QString> key = probe.readKey();
            qsizetype begin = 0;
            qsizetype end = 0;
            if (!key || !probe.consume(':') || !probe.skipValue(&begin, &end))
                return malformed(probe.position());
            int index = 0;
            for (const QLatin1StringView listKey : listKeys) {
                if (*key == listKey && index < best && body[begin] == '[') {
                    best = index;
                    chosen = *key;
                }
                ++index;
            }
            if (!probe.consume(','))
                break;
        }
        if (!probe.consume('}') && probe.peek() != '\0' && !probe.atEnd())
            return malformed(probe.position());
    }

    if (!scanner.consume('}')) {
        while (true) {
            const std::optional<QString> key = scanner.readKey();
            if (!key || !scanner.consume(':'))
                return malformed(scanner.position());
            if (*key == chosen && !chosen.isEmpty()) {
                if (!walkArray())
                    return malformed(scanner.position());
            } else {
                qsizetype begin = 0;
                qsizetype end = 0;
                if (!scanner.skipValue(&begin, &end))
                    return malformed(scanner.position());
                const std::optional<QJsonValue> value = parseValue(body.sliced(begin, end - begin));
                if (!value)
                    return malformed(begin);
                result.head.insert(*key, *value);
            }
            if (scanner.consume(','))
                continue;
            if (scanner.consume('}'))
                break;
            return malformed(scanner.position());
        }
    }
    if (!scanner.atEnd())
        return malformed(scanner.position());
    return ApiResult<StreamedList>::success(result);
}

} // namespace Beholder::Json
