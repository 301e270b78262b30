// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerosquery.h"

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;
using RouterOs::Attribute;

namespace {

const Attribute *find(const RouterOsRow &row, QByteArrayView name)
{
    for (const Attribute &attribute : row) {
        if (attribute.name == name)
            return &attribute;
    }
    return nullptr;
}

// Numbers compare as numbers, everything else as bytes.
int compareValues(const QByteArray &a, const QByteArray &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qint64 x = a.toLongLong(&aNumber);
    const qint64 y = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b);
}

class Stack
{
public:
    // Below the bottom the stack holds endless `true`s.
    bool pop() { return m_values.isEmpty() ? true : m_values.takeLast(); }
    bool top() const { return m_values.isEmpty() ? true : m_values.last(); }
    void push(bool value) { m_values.append(value); }
    // Index 0 is the bottom.
    bool at(qsizetype index) const { return index < m_values.size() ? m_values.at(index) : true; }
    bool anyFalse() const { return m_values.contains(false); }

private:
    QList<bool> m_values;
};

bool applyOperations(Stack &stack, QByteArrayView ops, QString *error)
{
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const char op = ops.at(i);
        if (op >= '0' && op <= '9') {
            qsizetype index = 0;
            while (i < ops.size() && ops.at(i) >= '0' && ops.at(i) <= '9' && index < 100000)
                index = index * 10 + (ops.at(i++) - '0');
            --i;
            stack.push(stack.at(index));
            continue;
        }
        switch (op) {
        case '!':
            stack.push(!stack.pop());
            break;
        case '&':
            stack.push(stack.pop() & stack.pop());
            break;
        case '|':
            stack.push(stack.pop() | stack.pop());
            break;
        case '.':
            stack.push(stack.top());
            break;
        default:
            if (error)
                *error = u"unknown query operation '%1'"_s.arg(QLatin1Char(op));
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<bool> matchesQuery(const RouterOsRow &row, const QList<QByteArray> &queries, QString *error)
{
    Stack stack;
    for (const QByteArray &word : queries) {
        if (!word.startsWith('?') || word.size() < 2) {
            if (error)
                *error = u"invalid query word"_s;
            return std::nullopt;
        }
        const QByteArrayView body = QByteArrayView(word).sliced(1);
        if (body.front() == '#') {
            if (!applyOperations(stack, body.sliced(1), error))
                return std::nullopt;
            continue;
        }
        if (body.front() == '-') {
            stack.push(find(row, body.sliced(1)) == nullptr);
            continue;
        }
        char comparison = '=';
        QByteArrayView test = body;
        if (test.front() == '<' || test.front() == '>') {
            comparison = test.front();
            test = test.sliced(1);
        }
        const qsizetype equals = test.indexOf('=');
        if (equals < 0) {
            if (comparison != '=') {
                if (error)
                    *error = u"a comparison needs a value"_s;
                return std::nullopt;
            }
            stack.push(find(row, test) != nullptr);
            continue;
        }
        const Attribute *attribute = find(row, test.first(equals));
        const QByteArray value = test.sliced(equals + 1).toByteArray();
        const QByteArray have = attribute ? attribute->value : QByteArray();
        if (comparison == '<')
            stack.push(attribute && compareValues(have, value) < 0);
        else if (comparison == '>')
            stack.push(attribute && compareValues(have, value) > 0);
        else
            stack.push(attribute ? have == value : value.isEmpty());
    }
    return !stack.anyFalse();
}

RouterOsRow applyProplist(const RouterOsRow &row, const QByteArray &proplist)
{
    if (proplist.isEmpty())
        return row;
    RouterOsRow out;
    for (const QByteArray &name : proplist.split(',')) {
        if (const Attribute *attribute = find(row, name.trimmed()))
            out.append(*attribute);
    }
    return out;
}

} // namespace Beholder::Sim
