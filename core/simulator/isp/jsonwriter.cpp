// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace Beholder::Sim {

JsonWriter::JsonWriter(QByteArray &out)
    : m_out(out)
{ }

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (m_first.last())
            m_first.last() = false;
        else
            m_out.append(',');
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.removeLast();
}

void JsonWriter::key(QByteArrayView name)
{
    separate();
    appendString(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text.toUtf8());
}

void JsonWriter::value(QByteArrayView utf8Text)
{
    separate();
    appendString(m_out, utf8Text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return;
    }
    // QLocale::FloatingPointShortest: -62.5 stays "-62.5", 0.1 stays "0.1".
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::rawValue(QByteArrayView json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto ch = static_cast<unsigned char>(utf8[i]);
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (ch) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(hex[ch >> 4]);
            out.append(hex[ch & 0xF]);
        }
    }
    out.append(utf8.sliced(plainFrom));
    out.append('"');
}

} // namespace Beholder::Sim
