// SPDX-License-Identifier: GPL-3.0-or-later
// Turns whatever the operator typed into a safe FTS5 expression and a set of
// exact identifier keys. Nothing typed can reach FTS5 as syntax: every word
// becomes a quoted phrase with a prefix star, so quotes, NEAR, '*', '-',
// parentheses and SQL fragments are only ever searched for as text.
#pragma once

#include <QString>
#include <QStringList>

namespace Beholder {

class SearchQuery final
{
public:
    // Longer input is cut: nobody types more, and it bounds the work per keystroke.
    static constexpr int maxInputLength = 256;
    static constexpr int maxWords = 8;

    static SearchQuery parse(const QString &input);

    bool isEmpty() const { return m_ftsExpression.isEmpty() && m_exactExpression.isEmpty(); }
    QString text() const { return m_text; }
    // Candidates for an exact identifier match (see SearchKeys), most specific first.
    QStringList exactKeys() const { return m_exactKeys; }
    // An FTS5 MATCH expression, or empty when nothing searchable was typed.
    QString ftsExpression() const { return m_ftsExpression; }
    // An FTS5 MATCH expression for the exact keys in the identifier columns, or empty.
    QString exactExpression() const { return m_exactExpression; }

private:
    QString m_text;
    QStringList m_exactKeys;
    QString m_ftsExpression;
    QString m_exactExpression;
};

// The canonical form of each identifier, shared by the indexer (what it
// stores) and the query (what it looks up), so both always agree.
namespace SearchKeys {
QString identifier(const QString &value);    // PPPoE user, serial, code, IP: trimmed and folded
QString mac(const QString &value);           // 12 hex digits, or empty
QString number(const QString &value);        // digits of a document or phone number, or empty if too short
QString nationalPhone(const QString &value); // digits without country code, mobile 9 or trunk 0
} // namespace SearchKeys

} // namespace Beholder
