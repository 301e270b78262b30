// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "util/textnormalize.h"

#include <QRegularExpression>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace SearchKeys {

QString identifier(const QString &value)
{
    return Text::fold(value.trimmed());
}

QString mac(const QString &value)
{
    return Text::normalizeMac(value);
}

QString number(const QString &value)
{
    const QString digits = Text::digitsOnly(value);
    return digits.size() >= 6 ? digits : QString();
}

QString nationalPhone(const QString &value)
{
    QString digits = Text::digitsOnly(value);
    // +54 9 353 415-2233 / 0353 415-2233 / 353 415-2233 all become 3534152233.
    if (digits.startsWith(u"54"_s) && digits.size() > 11)
        digits.remove(0, 2);
    if (digits.startsWith(u'9') && digits.size() > 10)
        digits.remove(0, 1);
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits.size() >= 6 ? digits : QString();
}

} // namespace SearchKeys

namespace {

bool hasSearchableCharacter(const QString &word)
{
    for (const QChar ch : word) {
        if (ch.isLetterOrNumber())
            return true;
    }
    return false;
}

// A quoted FTS5 phrase with a prefix star. Inside quotes FTS5 treats every
// character as text; the only escape is a doubled quote.
QString prefixPhrase(QString word)
{
    word.replace(u'"', u"\"\""_s);
    return u"\""_s + word + u"\"*"_s;
}

QString exactPhrase(QString word)
{
    word.replace(u'"', u"\"\""_s);
    return u"\""_s + word + u"\""_s;
}

// The forms one typed word may take in the index (see SearchIndexer).
QStringList alternativesFor(const QString &word)
{
    static const QRegularExpression macFragment(u"^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{1,2})+[:-]?$"_s);
    static const QRegularExpression ciscoMacFragment(u"^[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{1,4})+\\.?$"_s);
    static const QRegularExpression separatedDigits(u"^[0-9()+]+([-/][0-9()]*)+$"_s);
    static const QRegularExpression dottedDigits(u"^[0-9]+(\\.[0-9]*)+$"_s);

    // MACs are indexed as 12 bare hex digits, so "aa:bb:cc" must become "aabbcc".
    if (macFragment.match(word).hasMatch() || ciscoMacFragment.match(word).hasMatch()) {
        QString hex = word;
        hex.remove(u':').remove(u'-').remove(u'.');
        return {hex};
    }
    // Phones are indexed as bare digits: "415-2233" -> "4152233".
    if (separatedDigits.match(word).hasMatch())
        return {Text::digitsOnly(word)};
    // "20.123" is an IP prefix or a DNI typed with thousands dots: try both.
    if (dottedDigits.match(word).hasMatch()) {
        const QString digits = Text::digitsOnly(word);
        return digits == word ? QStringList{word} : QStringList{word, digits};
    }
    // '-' and '_' hold a PPPoE user together ("jgonzalez_vm" is one token) but
    // separate words in names, which are indexed with blanks instead.
    if (word.contains(u'-') || word.contains(u'_')) {
        QString words = word;
        words.replace(u'-', u' ').replace(u'_', u' ');
        return {word, words.simplified()};
    }
    return {word};
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    query.m_text = input.left(maxInputLength).simplified();
    if (query.m_text.isEmpty())
        return query;

    // Exact identifier candidates for the whole input.
    const auto addKey = [&query](const QString &key) {
        if (!key.isEmpty() && !query.m_exactKeys.contains(key))
            query.m_exactKeys << key;
    };
    addKey(SearchKeys::mac(query.m_text));
    addKey(SearchKeys::identifier(query.m_text));
    static const QRegularExpression numeric(u"^[0-9 .()+/-]+$"_s);
    if (numeric.match(query.m_text).hasMatch()) {
        addKey(SearchKeys::number(query.m_text));
        addKey(SearchKeys::nationalPhone(query.m_text));
    }

    // Full text: every word must match (implicit AND), each as a prefix.
    QStringList terms;
    const QStringList words = query.m_text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (terms.size() == maxWords)
            break;
        if (!hasSearchableCharacter(word))
            continue;
        QStringList phrases;
        const QStringList alternatives = alternativesFor(word);
        for (const QString &alternative : alternatives) {
            if (hasSearchableCharacter(alternative))
                phrases << prefixPhrase(alternative);
        }
        if (phrases.size() == 1)
            terms << phrases.constFirst();
        else if (phrases.size() > 1)
            terms << u"("_s + phrases.join(u" OR "_s) + u")"_s;
    }
    query.m_ftsExpression = terms.join(u' ');

    // Exact identifiers: whole tokens, no prefix, only in identifier columns.
    QStringList exact;
    for (const QString &key : std::as_const(query.m_exactKeys)) {
        if (hasSearchableCharacter(key))
            exact << exactPhrase(key);
    }
    if (!exact.isEmpty())
        query.m_exactExpression = u"{doc phone pppoe device mac ip} : ("_s + exact.join(u" OR "_s) + u")"_s;
    return query;
}

} // namespace Beholder
