// SPDX-License-Identifier: GPL-3.0-or-later
// The rules' condition language: a lexer, a recursive-descent parser with a static type check, and a
// three-valued evaluator. Hostile text never crashes it: length and nesting are bounded, and every error is
// a message with a column.
#include "expression.h"

#include "factcatalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Triage::Expression)
};

enum class ValueType {
    Unknown,
    Bool,
    Number,
    Text,
};

struct Value
{
    ValueType type = ValueType::Unknown;
    bool boolean = false;
    double number = 0;
    QString text;

    static Value ofBool(bool b)
    {
        Value v;
        v.type = ValueType::Bool;
        v.boolean = b;
        return v;
    }
    static Value ofNumber(double n)
    {
        Value v;
        if (std::isnan(n))
            return v;
        v.type = ValueType::Number;
        v.number = n;
        return v;
    }
    static Value ofText(const QString &s)
    {
        Value v;
        v.type = ValueType::Text;
        v.text = s;
        return v;
    }
};

Value fromVariant(const QVariant &variant)
{
    if (!variant.isValid())
        return {};
    switch (variant.typeId()) {
    case QMetaType::Bool:
        return Value::ofBool(variant.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Double:
    case QMetaType::Float:
        return Value::ofNumber(variant.toDouble());
    case QMetaType::QString:
        return Value::ofText(variant.toString());
    default:
        return {};
    }
}

// What the parser knows of a value's type before any fact is read.
enum class StaticType {
    Any, // a fact not in the catalogue
    Bool,
    Number,
    Text,
};

QString typeName(StaticType type)
{
    switch (type) {
    case StaticType::Bool:
        return Tr::tr("true/false");
    case StaticType::Number:
        return Tr::tr("a number");
    case StaticType::Text:
        return Tr::tr("text");
    case StaticType::Any:
        break;
    }
    return Tr::tr("anything");
}

QString pluralTypeName(StaticType type)
{
    switch (type) {
    case StaticType::Bool:
        return Tr::tr("true/false values");
    case StaticType::Number:
        return Tr::tr("numbers");
    case StaticType::Text:
        return Tr::tr("texts");
    case StaticType::Any:
        break;
    }
    return Tr::tr("values");
}

bool compatible(StaticType a, StaticType b)
{
    return a == StaticType::Any || b == StaticType::Any || a == b;
}

enum class Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
};

QString opText(Op op)
{
    switch (op) {
    case Op::Eq:
        return u"=="_s;
    case Op::Ne:
        return u"!="_s;
    case Op::Lt:
        return u"<"_s;
    case Op::Le:
        return u"<="_s;
    case Op::Gt:
        return u">"_s;
    case Op::Ge:
        return u">="_s;
    }
    return {};
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString numberText(double n)
{
    if (n == 0)
        return u"0"_s;
    return QLocale::c().toString(n, 'g', 15);
}

QString valueText(const Value &value)
{
    switch (value.type) {
    case ValueType::Bool:
        return value.boolean ? u"true"_s : u"false"_s;
    case ValueType::Number:
        return numberText(value.number);
    case ValueType::Text:
        return quoted(value.text);
    case ValueType::Unknown:
        break;
    }
    return u"unknown"_s;
}

StaticType staticTypeOf(const Value &value)
{
    switch (value.type) {
    case ValueType::Bool:
        return StaticType::Bool;
    case ValueType::Number:
        return StaticType::Number;
    case ValueType::Text:
        return StaticType::Text;
    case ValueType::Unknown:
        break;
    }
    return StaticType::Any;
}

enum class Tok {
    End,
    Fact,
    Threshold,
    Number,
    Text,
    True,
    False,
    In,
    Known,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Compare,
    And,
    Or,
    Not,
    Minus,
};

struct Token
{
    Tok kind = Tok::End;
    qsizetype pos = 0; // index into the text
    QString text;      // as written (a fact or threshold name without '$', a string's content)
    double number = 0;
    Op op = Op::Eq;
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isNameChar(QChar c)
{
    return isAsciiLetter(c) || isDigit(c) || c == u'_';
}

QString describeChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u'\'' + QString(c) + u'\'';
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    // Empty on success; otherwise the error and its index.
    bool run(std::vector<Token> &tokens)
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.pos = i;
            if (isAsciiLetter(c) || c == u'_') {
                qsizetype end = i;
                while (end < n && isNameChar(m_text.at(end)))
                    ++end;
                bool dotted = false;
                while (end < n && m_text.at(end) == u'.') {
                    dotted = true;
                    ++end;
                    if (end >= n || !isNameChar(m_text.at(end)))
                        return fail(end, Tr::tr("a fact name cannot end with '.'"));
                    while (end < n && isNameChar(m_text.at(end)))
                        ++end;
                }
                token.text = m_text.mid(i, end - i);
                token.kind = Tok::Fact;
                if (!dotted) {
                    if (token.text == u"true"_s)
                        token.kind = Tok::True;
                    else if (token.text == u"false"_s)
                        token.kind = Tok::False;
                    else if (token.text == u"in"_s)
                        token.kind = Tok::In;
                    else if (token.text == u"known"_s)
                        token.kind = Tok::Known;
                    else if (token.text == u"and"_s)
                        return fail(i, Tr::tr("use '&&' instead of 'and'"));
                    else if (token.text == u"or"_s)
                        return fail(i, Tr::tr("use '||' instead of 'or'"));
                    else if (token.text == u"not"_s)
                        return fail(i, Tr::tr("use '!' instead of 'not'"));
                }
                i = end;
            } else if (c == u'$') {
                qsizetype end = i + 1;
                if (end >= n || !(isAsciiLetter(m_text.at(end)) || m_text.at(end) == u'_'))
                    return fail(i, Tr::tr("expected a threshold name after '$'"));
                while (end < n && isNameChar(m_text.at(end)))
                    ++end;
                token.kind = Tok::Threshold;
                token.text = m_text.mid(i + 1, end - i - 1);
                i = end;
            } else if (isDigit(c)) {
                qsizetype end = i;
                while (end < n && isDigit(m_text.at(end)))
                    ++end;
                if (end < n && m_text.at(end) == u'.') {
                    ++end;
                    if (end >= n || !isDigit(m_text.at(end)))
                        return fail(end, Tr::tr("expected digits after the decimal point"));
                    while (end < n && isDigit(m_text.at(end)))
                        ++end;
                }
                if (end < n && (m_text.at(end) == u'e' || m_text.at(end) == u'E')) {
                    qsizetype exp = end + 1;
                    if (exp < n && (m_text.at(exp) == u'+' || m_text.at(exp) == u'-'))
                        ++exp;
                    if (exp >= n || !isDigit(m_text.at(exp)))
                        return fail(end, Tr::tr("expected digits in the exponent"));
                    while (exp < n && isDigit(m_text.at(exp)))
                        ++exp;
                    end = exp;
                }
                if (end < n && (isNameChar(m_text.at(end)) || m_text.at(end) == u'.'))
                    return fail(end, Tr::tr("unexpected %1 after a number").arg(describeChar(m_text.at(end))));
                bool ok = false;
                token.number = QLocale::c().toDouble(QStringView(m_text).mid(i, end - i), &ok);
                if (!ok || !std::isfinite(token.number))
                    return fail(i, Tr::tr("the number is too large"));
                token.kind = Tok::Number;
                token.text = m_text.mid(i, end - i);
                i = end;
            } else if (c == u'\'') {
                qsizetype end = i + 1;
                QString content;
                bool closed = false;
                while (end < n) {
                    const QChar d = m_text.at(end);
                    if (d == u'\\') {
                        if (end + 1 < n && (m_text.at(end + 1) == u'\'' || m_text.at(end + 1) == u'\\')) {
                            content.append(m_text.at(end + 1));
                            end += 2;
                            continue;
                        }
                        return fail(end, Tr::tr("only \\' and \\\\ may follow a backslash in 'text'"));
                    }
                    ++end;
                    if (d == u'\'') {
                        closed = true;
                        break;
                    }
                    content.append(d);
                }
                if (!closed)
                    return fail(i, Tr::tr("the text that starts here is not closed with '"));
                token.kind = Tok::Text;
                token.text = content;
                i = end;
            } else {
                const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
                qsizetype length = 1;
                switch (c.unicode()) {
                case u'(':
                    token.kind = Tok::LParen;
                    break;
                case u')':
                    token.kind = Tok::RParen;
                    break;
                case u'[':
                    token.kind = Tok::LBracket;
                    break;
                case u']':
                    token.kind = Tok::RBracket;
                    break;
                case u',':
                    token.kind = Tok::Comma;
                    break;
                case u'-':
                    token.kind = Tok::Minus;
                    break;
                case u'=':
                    if (next != u'=')
                        return fail(i, Tr::tr("'=' alone is not an operator: compare with '=='"));
                    token.kind = Tok::Compare;
                    token.op = Op::Eq;
                    length = 2;
                    break;
                case u'!':
                    if (next == u'=') {
                        token.kind = Tok::Compare;
                        token.op = Op::Ne;
                        length = 2;
                    } else {
                        token.kind = Tok::Not;
                    }
                    break;
                case u'<':
                    token.kind = Tok::Compare;
                    token.op = next == u'=' ? Op::Le : Op::Lt;
                    length = next == u'=' ? 2 : 1;
                    break;
                case u'>':
                    token.kind = Tok::Compare;
                    token.op = next == u'=' ? Op::Ge : Op::Gt;
                    length = next == u'=' ? 2 : 1;
                    break;
                case u'&':
                    if (next != u'&')
                        return fail(i, Tr::tr("'&' alone is not an operator: use '&&'"));
                    token.kind = Tok::And;
                    length = 2;
                    break;
                case u'|':
                    if (next != u'|')
                        return fail(i, Tr::tr("'|' alone is not an operator: use '||'"));
                    token.kind = Tok::Or;
                    length = 2;
                    break;
                case u'"':
                    return fail(i, Tr::tr("text goes in single quotes: 'like this'"));
                default:
                    return fail(i, Tr::tr("unexpected character %1").arg(describeChar(c)));
                }
                token.text = m_text.mid(i, length);
                i += length;
            }
            tokens.push_back(token);
        }
        Token end;
        end.kind = Tok::End;
        end.pos = n;
        tokens.push_back(end);
        return true;
    }

    QString error;
    qsizetype errorPos = -1;

private:
    bool fail(qsizetype pos, const QString &message)
    {
        errorPos = pos;
        error = message;
        return false;
    }

    const QString &m_text;
};

} // namespace

struct Expression::Node
{
    enum class Kind {
        Literal,
        Fact,
        Threshold,
        Known,
        Not,
        Negate,
        And,
        Or,
        Compare,
        In,
    };
    Kind kind = Kind::Literal;
    qsizetype pos = 0;
    StaticType type = StaticType::Any;
    Value literal;  // Literal
    QString name;   // Fact, Threshold, Known
    Op op = Op::Eq; // Compare
    std::vector<std::shared_ptr<const Node>> children;
    QList<Value> list; // In
};

namespace {

using Node = Expression::Node;
using NodePtr = std::shared_ptr<Node>;

class Parser
{
public:
    Parser(const std::vector<Token> &tokens, QStringList &facts, QStringList &thresholds)
        : m_tokens(tokens)
        , m_facts(facts)
        , m_thresholds(thresholds)
    { }

    NodePtr parseAll()
    {
        NodePtr root = parseOr();
        if (!root)
            return nullptr;
        if (peek().kind != Tok::End) {
            if (peek().kind == Tok::RParen)
                return fail(peek().pos, Tr::tr("')' without a matching '('"));
            return fail(peek().pos, Tr::tr("expected an operator or the end, found %1").arg(describe(peek())));
        }
        if (!compatible(root->type, StaticType::Bool))
            return fail(0, Tr::tr("the condition must be true or false, not %1").arg(typeName(root->type)));
        return root;
    }

    QString error;
    qsizetype errorPos = -1;

private:
    // Never past the End token, even after an error.
    const Token &peek() const { return m_tokens[std::min(m_next, m_tokens.size() - 1)]; }
    const Token &take()
    {
        const Token &token = peek();
        if (m_next < m_tokens.size() - 1)
            ++m_next;
        return token;
    }

    NodePtr fail(qsizetype pos, const QString &message)
    {
        if (errorPos < 0) {
            errorPos = pos;
            error = message;
        }
        return nullptr;
    }

    static QString describe(const Token &token)
    {
        if (token.kind == Tok::End)
            return Tr::tr("the end");
        if (token.kind == Tok::Text)
            return quoted(token.text);
        if (token.kind == Tok::Threshold)
            return u"'$"_s + token.text + u'\'';
        return u'\'' + token.text + u'\'';
    }

    static NodePtr node(Node::Kind kind, qsizetype pos, StaticType type)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->pos = pos;
        n->type = type;
        return n;
    }

    // Guards the recursion on '(', '!' and '-'.
    bool enter(qsizetype pos)
    {
        if (++m_depth > Expression::maxDepth) {
            fail(pos, Tr::tr("nested more than %1 levels deep").arg(Expression::maxDepth));
            return false;
        }
        return true;
    }
    void leave() { --m_depth; }

    NodePtr logical(Tok tok, Node::Kind kind, NodePtr (Parser::*operand)(), const QString &symbol)
    {
        NodePtr first = (this->*operand)();
        if (!first || peek().kind != tok)
            return first;
        NodePtr group = node(kind, first->pos, StaticType::Bool);
        group->children.push_back(first);
        while (peek().kind == tok) {
            const Token &op = take();
            NodePtr next = (this->*operand)();
            if (!next)
                return nullptr;
            group->children.push_back(next);
            for (const NodePtr &side : {first, next}) {
                if (!compatible(side->type, StaticType::Bool)) {
                    return fail(
                        op.pos,
                        Tr::tr("'%1' needs true or false on both sides, not %2").arg(symbol, typeName(side->type)));
                }
            }
        }
        return group;
    }

    NodePtr parseOr() { return logical(Tok::Or, Node::Kind::Or, &Parser::parseAnd, u"||"_s); }
    NodePtr parseAnd() { return logical(Tok::And, Node::Kind::And, &Parser::parseNot, u"&&"_s); }

    NodePtr parseNot()
    {
        if (peek().kind != Tok::Not)
            return parseComparison();
        const Token &bang = take();
        if (!enter(bang.pos))
            return nullptr;
        NodePtr operand = parseNot();
        leave();
        if (!operand)
            return nullptr;
        if (!compatible(operand->type, StaticType::Bool))
            return fail(bang.pos, Tr::tr("'!' needs true or false, not %1").arg(typeName(operand->type)));
        NodePtr n = node(Node::Kind::Not, bang.pos, StaticType::Bool);
        n->children.push_back(operand);
        return n;
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseUnary();
        if (!left)
            return nullptr;
        if (peek().kind == Tok::In)
            return parseIn(left);
        if (peek().kind != Tok::Compare)
            return left;
        const Token &op = take();
        NodePtr right = parseUnary();
        if (!right)
            return nullptr;
        const bool ordering = op.op != Op::Eq && op.op != Op::Ne;
        if (ordering) {
            for (const NodePtr &side : {left, right}) {
                if (!compatible(side->type, StaticType::Number)) {
                    return fail(op.pos,
                                Tr::tr("'%1' compares numbers, not %2").arg(opText(op.op), typeName(side->type)));
                }
            }
        } else if (!compatible(left->type, right->type)) {
            return fail(op.pos,
                        Tr::tr("'%1' cannot compare %2 with %3")
                            .arg(opText(op.op), typeName(left->type), typeName(right->type)));
        }
        if (peek().kind == Tok::Compare || peek().kind == Tok::In)
            return fail(peek().pos, Tr::tr("comparisons cannot be chained: join them with '&&'"));
        NodePtr n = node(Node::Kind::Compare, op.pos, StaticType::Bool);
        n->op = op.op;
        n->children.push_back(left);
        n->children.push_back(right);
        return n;
    }

    NodePtr parseIn(const NodePtr &left)
    {
        const Token &in = take();
        if (peek().kind != Tok::LBracket)
            return fail(peek().pos, Tr::tr("expected '[' after 'in'"));
        const Token &open = take();
        NodePtr n = node(Node::Kind::In, in.pos, StaticType::Bool);
        n->children.push_back(left);
        StaticType elementType = StaticType::Any;
        if (peek().kind == Tok::RBracket)
            return fail(peek().pos, Tr::tr("the list after 'in' is empty"));
        while (true) {
            const Token &token = take();
            Value element;
            qsizetype pos = token.pos;
            switch (token.kind) {
            case Tok::Number:
                element = Value::ofNumber(token.number);
                break;
            case Tok::Minus:
                if (peek().kind != Tok::Number)
                    return fail(pos, Tr::tr("expected a number after '-'"));
                element = Value::ofNumber(-take().number);
                break;
            case Tok::Text:
                element = Value::ofText(token.text);
                break;
            case Tok::True:
            case Tok::False:
                element = Value::ofBool(token.kind == Tok::True);
                break;
            case Tok::End:
                return fail(open.pos, Tr::tr("the '[' here is not closed with ']'"));
            default:
                return fail(pos, Tr::tr("a list holds numbers, 'text', true or false, not %1").arg(describe(token)));
            }
            const StaticType type = staticTypeOf(element);
            if (elementType != StaticType::Any && type != elementType)
                return fail(pos,
                            Tr::tr("the list mixes %1 and %2").arg(pluralTypeName(elementType), pluralTypeName(type)));
            elementType = type;
            n->list.append(element);
            if (peek().kind == Tok::Comma) {
                take();
                continue;
            }
            if (peek().kind == Tok::RBracket) {
                take();
                break;
            }
            if (peek().kind == Tok::End)
                return fail(open.pos, Tr::tr("the '[' here is not closed with ']'"));
            return fail(peek().pos, Tr::tr("expected ',' or ']' in the list, found %1").arg(describe(peek())));
        }
        if (!compatible(left->type, elementType)) {
            return fail(
                in.pos,
                Tr::tr("'in' looks for %1 in a list of %2").arg(typeName(left->type), pluralTypeName(elementType)));
        }
        if (peek().kind == Tok::Compare || peek().kind == Tok::In)
            return fail(peek().pos, Tr::tr("comparisons cannot be chained: join them with '&&'"));
        return n;
    }

    NodePtr parseUnary()
    {
        if (peek().kind != Tok::Minus)
            return parsePrimary();
        const Token &minus = take();
        if (!enter(minus.pos))
            return nullptr;
        NodePtr operand = parseUnary();
        leave();
        if (!operand)
            return nullptr;
        if (!compatible(operand->type, StaticType::Number))
            return fail(minus.pos, Tr::tr("'-' needs a number, not %1").arg(typeName(operand->type)));
        if (operand->kind == Node::Kind::Literal) {
            operand->literal.number = -operand->literal.number;
            operand->pos = minus.pos;
            return operand;
        }
        NodePtr n = node(Node::Kind::Negate, minus.pos, StaticType::Number);
        n->children.push_back(operand);
        return n;
    }

    void noteFact(const QString &name)
    {
        if (!m_facts.contains(name))
            m_facts.append(name);
    }

    NodePtr parsePrimary()
    {
        const Token &token = take();
        switch (token.kind) {
        case Tok::Number: {
            NodePtr n = node(Node::Kind::Literal, token.pos, StaticType::Number);
            n->literal = Value::ofNumber(token.number);
            return n;
        }
        case Tok::Text: {
            NodePtr n = node(Node::Kind::Literal, token.pos, StaticType::Text);
            n->literal = Value::ofText(token.text);
            return n;
        }
        case Tok::True:
        case Tok::False: {
            NodePtr n = node(Node::Kind::Literal, token.pos, StaticType::Bool);
            n->literal = Value::ofBool(token.kind == Tok::True);
            return n;
        }
        case Tok::Fact: {
            StaticType type = StaticType::Any;
            if (const std::optional<FactType> known = factType(token.text)) {
                type = *known == FactType::Bool  ? StaticType::Bool
                    : *known == FactType::Number ? StaticType::Number
                                                 : StaticType::Text;
            }
            NodePtr n = node(Node::Kind::Fact, token.pos, type);
            n->name = token.text;
            noteFact(token.text);
            return n;
        }
        case Tok::Threshold: {
            if (!Thresholds::isKnown(token.text))
                return fail(token.pos, Tr::tr("unknown threshold '$%1'").arg(token.text));
            NodePtr n = node(Node::Kind::Threshold, token.pos, StaticType::Number);
            n->name = token.text;
            if (!m_thresholds.contains(token.text))
                m_thresholds.append(token.text);
            return n;
        }
        case Tok::Known: {
            if (peek().kind != Tok::LParen)
                return fail(peek().pos, Tr::tr("expected '(' after 'known'"));
            take();
            if (peek().kind != Tok::Fact)
                return fail(peek().pos, Tr::tr("known() takes a fact name, not %1").arg(describe(peek())));
            const Token &fact = take();
            if (peek().kind != Tok::RParen)
                return fail(peek().pos, Tr::tr("expected ')' after the fact name in known()"));
            take();
            NodePtr n = node(Node::Kind::Known, token.pos, StaticType::Bool);
            n->name = fact.text;
            noteFact(fact.text);
            return n;
        }
        case Tok::LParen: {
            if (!enter(token.pos))
                return nullptr;
            NodePtr inner = parseOr();
            leave();
            if (!inner)
                return nullptr;
            if (peek().kind != Tok::RParen) {
                return fail(peek().pos,
                            Tr::tr("expected ')' to close the '(' at column %1, found %2")
                                .arg(token.pos + 1)
                                .arg(describe(peek())));
            }
            take();
            return inner;
        }
        case Tok::End:
            return fail(token.pos, Tr::tr("the condition ends where a value was expected"));
        default:
            break;
        }
        return fail(
            token.pos,
            Tr::tr("expected a fact, a $threshold, a number, 'text', true or false, found %1").arg(describe(token)));
    }

    const std::vector<Token> &m_tokens;
    QStringList &m_facts;
    QStringList &m_thresholds;
    size_t m_next = 0;
    int m_depth = 0;
};

Value evaluateNode(const Node &n, const FactSheet &facts, const Thresholds &thresholds)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return n.literal;
    case Node::Kind::Fact:
        return fromVariant(facts.value(n.name));
    case Node::Kind::Threshold:
        return Value::ofNumber(thresholds.value(n.name));
    case Node::Kind::Known:
        return Value::ofBool(fromVariant(facts.value(n.name)).type != ValueType::Unknown);
    case Node::Kind::Not: {
        const Value v = evaluateNode(*n.children.front(), facts, thresholds);
        return v.type == ValueType::Bool ? Value::ofBool(!v.boolean) : Value();
    }
    case Node::Kind::Negate: {
        const Value v = evaluateNode(*n.children.front(), facts, thresholds);
        return v.type == ValueType::Number ? Value::ofNumber(-v.number) : Value();
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        // Kleene: a deciding side (false for &&, true for ||) wins over unknown.
        const bool decisive = n.kind == Node::Kind::Or;
        bool unknown = false;
        for (const auto &child : n.children) {
            const Value v = evaluateNode(*child, facts, thresholds);
            if (v.type != ValueType::Bool)
                unknown = true;
            else if (v.boolean == decisive)
                return Value::ofBool(decisive);
        }
        return unknown ? Value() : Value::ofBool(!decisive);
    }
    case Node::Kind::Compare: {
        const Value a = evaluateNode(*n.children[0], facts, thresholds);
        const Value b = evaluateNode(*n.children[1], facts, thresholds);
        if (a.type == ValueType::Unknown || a.type != b.type)
            return {};
        if (a.type == ValueType::Number) {
            switch (n.op) {
            case Op::Eq:
                return Value::ofBool(a.number == b.number);
            case Op::Ne:
                return Value::ofBool(a.number != b.number);
            case Op::Lt:
                return Value::ofBool(a.number < b.number);
            case Op::Le:
                return Value::ofBool(a.number <= b.number);
            case Op::Gt:
                return Value::ofBool(a.number > b.number);
            case Op::Ge:
                return Value::ofBool(a.number >= b.number);
            }
            return {};
        }
        const bool equal = a.type == ValueType::Bool ? a.boolean == b.boolean : a.text == b.text;
        if (n.op == Op::Eq)
            return Value::ofBool(equal);
        if (n.op == Op::Ne)
            return Value::ofBool(!equal);
        return {}; // text or true/false have no order
    }
    case Node::Kind::In: {
        const Value v = evaluateNode(*n.children.front(), facts, thresholds);
        if (v.type == ValueType::Unknown)
            return {};
        for (const Value &element : n.list) {
            if (element.type != v.type)
                continue;
            if ((v.type == ValueType::Number && element.number == v.number)
                || (v.type == ValueType::Text && element.text == v.text)
                || (v.type == ValueType::Bool && element.boolean == v.boolean))
                return Value::ofBool(true);
        }
        return Value::ofBool(false);
    }
    }
    return {};
}

QString dumpNode(const Node &n)
{
    const auto child = [&n](size_t i) { return dumpNode(*n.children[i]); };
    switch (n.kind) {
    case Node::Kind::Literal:
        return valueText(n.literal);
    case Node::Kind::Fact:
        return n.name;
    case Node::Kind::Threshold:
        return u'$' + n.name;
    case Node::Kind::Known:
        return u"(known "_s + n.name + u')';
    case Node::Kind::Not:
        return u"(! "_s + child(0) + u')';
    case Node::Kind::Negate:
        return u"(- "_s + child(0) + u')';
    case Node::Kind::And:
    case Node::Kind::Or: {
        QString out = n.kind == Node::Kind::And ? u"(&&"_s : u"(||"_s;
        for (size_t i = 0; i < n.children.size(); ++i)
            out += u' ' + child(i);
        return out + u')';
    }
    case Node::Kind::Compare:
        return u'(' + opText(n.op) + u' ' + child(0) + u' ' + child(1) + u')';
    case Node::Kind::In: {
        QStringList items;
        for (const Value &element : n.list)
            items.append(valueText(element));
        return u"(in "_s + child(0) + u" ["_s + items.join(u", "_s) + u"])"_s;
    }
    }
    return {};
}

} // namespace

Expression::Expression() = default;

std::optional<Expression> Expression::parse(const QString &text, QString *error, qsizetype *errorColumn)
{
    const auto failAt = [&](qsizetype pos, const QString &message) -> std::optional<Expression> {
        if (error)
            *error = Tr::tr("column %1: %2").arg(pos + 1).arg(message);
        if (errorColumn)
            *errorColumn = pos + 1;
        return std::nullopt;
    };
    if (text.size() > maxLength)
        return failAt(maxLength, Tr::tr("the condition is longer than %1 characters").arg(maxLength));
    if (text.trimmed().isEmpty())
        return failAt(0, Tr::tr("the condition is empty"));

    std::vector<Token> tokens;
    Lexer lexer(text);
    if (!lexer.run(tokens))
        return failAt(lexer.errorPos, lexer.error);

    Expression expression;
    Parser parser(tokens, expression.m_facts, expression.m_thresholds);
    NodePtr root = parser.parseAll();
    if (!root)
        return failAt(parser.errorPos, parser.error);
    expression.m_root = std::move(root);
    expression.m_text = text;
    return expression;
}

Truth Expression::evaluate(const FactSheet &facts, const Thresholds &thresholds) const
{
    if (!m_root)
        return Truth::Unknown;
    const Value v = evaluateNode(*m_root, facts, thresholds);
    if (v.type != ValueType::Bool)
        return Truth::Unknown;
    return v.boolean ? Truth::True : Truth::False;
}

QString Expression::dump() const
{
    return m_root ? dumpNode(*m_root) : QString();
}

} // namespace Beholder::Triage
