// SPDX-License-Identifier: GPL-3.0-or-later
// The meaning of the words of a sentence (protocols.md §1.3): a command we send (path, =attributes, ?queries,
// .tag) and a reply the router sends (!re, !done, !trap, !fatal, !empty). Words stay raw bytes here; turning
// values into text and numbers is routerosvalues.h's job, because router text need not be UTF-8.
#pragma once

#include "routeroscodec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Beholder::RouterOs {

struct Attribute
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const Attribute &, const Attribute &) = default;
};

// "=name=value": the value is everything after the SECOND '=', so it may contain '=' and may be empty. A
// word without the second '=' ("=name") is read as an empty value. Not an attribute word: nothing.
std::optional<Attribute> parseAttributeWord(QByteArrayView word);
QByteArray attributeWord(const QByteArray &name, const QByteArray &value);

struct Command
{
    QByteArray path;              // "/ppp/secret/print"
    QList<Attribute> attributes;  // in the order given; order is not significant to RouterOS
    QList<QByteArray> queries;    // whole "?..." words, in order (it matters for the query stack)
    QByteArray tag;               // .tag; empty = untagged
    QList<QByteArray> otherWords; // anything else a peer sent (kept so nothing is silently lost)

    Command() = default;
    explicit Command(QByteArray commandPath)
        : path(std::move(commandPath))
    { }

    bool hasAttribute(QByteArrayView name) const;
    QByteArray attribute(QByteArrayView name) const;
    // Replaces an attribute of that name or adds it.
    Command &setAttribute(const QByteArray &name, const QByteArray &value);
    // "=.proplist=a,b,c": ask only for what is used (protocols.md §1.5: slow properties are otherwise computed).
    Command &setProplist(const QList<QByteArray> &names);
    // "?name=value": exact match on print.
    Command &addQuery(const QByteArray &word);

    Words toWords() const;
    // Fails (with `error` set) when the first word is not a command path.
    static std::optional<Command> fromWords(const Words &words, QString *error = nullptr);

    friend bool operator==(const Command &, const Command &) = default;
};

enum class ReplyType {
    Re,      // a data row
    Done,    // the last reply of a command; may carry data (=ret=)
    Trap,    // an error; a !done follows
    Fatal,   // the router closes the connection
    Empty,   // RouterOS 7.18+: a print found nothing; a !done follows
    Unknown, // a reply word this build does not know ("!something"): skipped, not fatal (new versions add some)
};

struct Reply
{
    ReplyType type = ReplyType::Unknown;
    QByteArray word;             // the reply word as sent ("!re")
    QList<Attribute> attributes; // in the order sent
    QByteArray tag;              // .tag; empty = untagged
    QList<QByteArray> bareWords; // words that are neither =attributes nor .tag: the reason of a !fatal

    bool hasAttribute(QByteArrayView name) const;
    QByteArray attribute(QByteArrayView name) const;

    // The text of a !trap or !fatal: its =message=, else (for !fatal) the bare reason words joined by spaces.
    QByteArray message() const;
    // The =category= of a !trap (protocols.md §1.3: 2 = interrupted), or -1 when absent.
    int category() const;

    Words toWords() const;
    // Fails (with `error` set) when the first word is not a reply word ("!...").
    static std::optional<Reply> fromWords(const Words &words, QString *error = nullptr);

    static Reply make(ReplyType type, QList<Attribute> attributes = {}, QByteArray tag = {});

    friend bool operator==(const Reply &, const Reply &) = default;
};

QByteArray replyWord(ReplyType type); // "!re", ...; "!unknown" for Unknown
ReplyType replyTypeFromWord(QByteArrayView word);

} // namespace Beholder::RouterOs
