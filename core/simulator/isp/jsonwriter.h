// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming JSON writer into a QByteArray. The simulator renders pages of
// tens of thousands of rows; building QJsonObjects for them costs several
// times more than writing the text, and the writer keeps the field order of
// the vendors' own examples, which makes the served pages easy to compare.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace Beholder::Sim {

class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out);
    Q_DISABLE_COPY_MOVE(JsonWriter)

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Object members. Keys are ASCII literals ("unique_external_id").
    void key(QByteArrayView name);

    void value(const QString &text);
    void value(QByteArrayView utf8Text); // already UTF-8, still escaped
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number); // shortest round-trip form; NaN and infinities become null
    void value(bool flag);
    void null();
    void rawValue(QByteArrayView json); // a value already rendered as JSON

    // key + value in one call; an empty optional writes null.
    template<typename T>
    void field(QByteArrayView name, const T &v)
    {
        key(name);
        value(v);
    }
    template<typename T>
    void field(QByteArrayView name, const std::optional<T> &v)
    {
        key(name);
        if (v)
            value(*v);
        else
            null();
    }
    void nullField(QByteArrayView name)
    {
        key(name);
        null();
    }

    // The JSON text of a string, quotes included.
    static void appendString(QByteArray &out, QByteArrayView utf8);

private:
    void separate();

    QByteArray &m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Beholder::Sim
