// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerossentence.h"

namespace Beholder::RouterOs {

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray tagPrefix = ".tag="_ba;

template<typename List>
const Attribute *findAttribute(const List &attributes, QByteArrayView name)
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == name)
            return &attribute;
    }
    return nullptr;
}

// For error messages: a word cut short, control characters escaped, never a whole (possibly secret) value.
QString preview(QByteArrayView word)
{
    QString out;
    for (qsizetype i = 0; i < word.size() && i < 24; ++i) {
        const auto c = quint8(word.at(i));
        if (c >= 0x20 && c < 0x7F)
            out.append(QLatin1Char(char(c)));
        else
            out.append(u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0'));
    }
    if (word.size() > 24)
        out.append(u"..."_s);
    return out;
}

} // namespace

std::optional<Attribute> parseAttributeWord(QByteArrayView word)
{
    if (word.isEmpty() || word.front() != '=')
        return std::nullopt;
    const QByteArrayView body = word.sliced(1);
    const qsizetype separator = body.indexOf('=');
    if (separator < 0)
        return Attribute{body.toByteArray(), {}};
    return Attribute{body.first(separator).toByteArray(), body.sliced(separator + 1).toByteArray()};
}

QByteArray attributeWord(const QByteArray &name, const QByteArray &value)
{
    QByteArray word;
    word.reserve(name.size() + value.size() + 2);
    word.append('=').append(name).append('=').append(value);
    return word;
}

bool Command::hasAttribute(QByteArrayView name) const
{
    return findAttribute(attributes, name) != nullptr;
}

QByteArray Command::attribute(QByteArrayView name) const
{
    const Attribute *found = findAttribute(attributes, name);
    return found ? found->value : QByteArray();
}

Command &Command::setAttribute(const QByteArray &name, const QByteArray &value)
{
    for (Attribute &attribute : attributes) {
        if (attribute.name == name) {
            attribute.value = value;
            return *this;
        }
    }
    attributes.append({name, value});
    return *this;
}

Command &Command::setProplist(const QList<QByteArray> &names)
{
    return setAttribute(".proplist"_ba, names.join(','));
}

Command &Command::addQuery(const QByteArray &word)
{
    queries.append(word.startsWith('?') ? word : '?' + word);
    return *this;
}

Words Command::toWords() const
{
    Words words;
    words.reserve(attributes.size() + queries.size() + otherWords.size() + 2);
    words.append(path);
    for (const Attribute &attribute : attributes)
        words.append(attributeWord(attribute.name, attribute.value));
    words.append(queries);
    words.append(otherWords);
    if (!tag.isEmpty())
        words.append(tagPrefix + tag);
    return words;
}

std::optional<Command> Command::fromWords(const Words &words, QString *error)
{
    if (words.isEmpty() || !words.first().startsWith('/')) {
        if (error)
            *error = u"RouterOS API: expected a command, got \"%1\""_s.arg(words.isEmpty() ? QString()
                                                                                           : preview(words.first()));
        return std::nullopt;
    }
    Command command(words.first());
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (word.startsWith(tagPrefix))
            command.tag = word.sliced(tagPrefix.size());
        else if (word.startsWith('?'))
            command.queries.append(word);
        else if (std::optional<Attribute> attribute = parseAttributeWord(word))
            command.attributes.append(std::move(*attribute));
        else
            command.otherWords.append(word);
    }
    return command;
}

bool Reply::hasAttribute(QByteArrayView name) const
{
    return findAttribute(attributes, name) != nullptr;
}

QByteArray Reply::attribute(QByteArrayView name) const
{
    const Attribute *found = findAttribute(attributes, name);
    return found ? found->value : QByteArray();
}

QByteArray Reply::message() const
{
    if (const Attribute *found = findAttribute(attributes, "message"))
        return found->value;
    return bareWords.join(' ');
}

int Reply::category() const
{
    const Attribute *found = findAttribute(attributes, "category");
    if (!found)
        return -1;
    bool ok = false;
    const int value = found->value.toInt(&ok);
    return ok ? value : -1;
}

Words Reply::toWords() const
{
    Words words;
    words.reserve(attributes.size() + bareWords.size() + 2);
    words.append(word.isEmpty() ? replyWord(type) : word);
    for (const Attribute &attribute : attributes)
        words.append(attributeWord(attribute.name, attribute.value));
    words.append(bareWords);
    if (!tag.isEmpty())
        words.append(tagPrefix + tag);
    return words;
}

std::optional<Reply> Reply::fromWords(const Words &words, QString *error)
{
    if (words.isEmpty() || !words.first().startsWith('!')) {
        if (error)
            *error = u"RouterOS API: expected a reply word (!re, !done, ...), got \"%1\""_s.arg(
                words.isEmpty() ? QString() : preview(words.first()));
        return std::nullopt;
    }
    Reply reply;
    reply.word = words.first();
    reply.type = replyTypeFromWord(reply.word);
    reply.attributes.reserve(words.size() - 1);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (word.startsWith(tagPrefix))
            reply.tag = word.sliced(tagPrefix.size());
        else if (std::optional<Attribute> attribute = parseAttributeWord(word))
            reply.attributes.append(std::move(*attribute));
        else
            reply.bareWords.append(word);
    }
    return reply;
}

Reply Reply::make(ReplyType type, QList<Attribute> attributes, QByteArray tag)
{
    Reply reply;
    reply.type = type;
    reply.word = replyWord(type);
    reply.attributes = std::move(attributes);
    reply.tag = std::move(tag);
    return reply;
}

QByteArray replyWord(ReplyType type)
{
    switch (type) {
    case ReplyType::Re:
        return "!re"_ba;
    case ReplyType::Done:
        return "!done"_ba;
    case ReplyType::Trap:
        return "!trap"_ba;
    case ReplyType::Fatal:
        return "!fatal"_ba;
    case ReplyType::Empty:
        return "!empty"_ba;
    case ReplyType::Unknown:
        break;
    }
    return "!unknown"_ba;
}

ReplyType replyTypeFromWord(QByteArrayView word)
{
    if (word == "!re")
        return ReplyType::Re;
    if (word == "!done")
        return ReplyType::Done;
    if (word == "!trap")
        return ReplyType::Trap;
    if (word == "!fatal")
        return ReplyType::Fatal;
    if (word == "!empty")
        return ReplyType::Empty;
    return ReplyType::Unknown;
}

} // namespace Beholder::RouterOs
