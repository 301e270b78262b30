// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the element-by-element JSON list reader, which sees
// every byte a REST source sends. Besides not crashing, it must agree with
// QJsonDocument: whatever it accepts is valid JSON, with the same elements.
#include "integrations/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QJsonValue> elements;
    const Beholder::ApiResult<Beholder::Json::StreamedList> streamed = Beholder::Json::forEachListElement(
        body, {"onus"_L1, "response"_L1}, u"Fuzz"_s, u"list"_s, [&](const QJsonValue &value) {
            elements << value;
            return true;
        });
    if (!streamed.ok())
        return 0;

    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort(); // accepted something that is not JSON
    if (!streamed.value->hasList)
        return 0;
    QJsonArray list;
    if (whole.isArray()) {
        list = whole.array();
    } else {
        const QJsonObject object = whole.object();
        // The same priority as the reader: the first key present with an array.
        list = object.value(u"onus"_s).isArray() ? object.value(u"onus"_s).toArray()
                                                 : object.value(u"response"_s).toArray();
    }
    // Duplicate keys make QJsonDocument keep the last one: compare only when the reader saw as many.
    if (list.size() == elements.size()) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i) != elements.at(i))
                std::abort();
        }
    }
    return 0;
}
