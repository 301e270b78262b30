// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths follow the content up to a cap per column, so a short answer
// stays compact and a long one never wraps on a 160-column terminal.
#include "searchtable.h"

#include <QChar>
#include <QList>

#include <array>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QChar ellipsis = QChar(u'\u2026');
constexpr qsizetype gap = 2;

struct Column
{
    QString header;
    qsizetype maxWidth;
    QString (*value)(const SearchHit &);
};

// 36 + 14 + 20 + 16 + 10 + 17 + 15 + 6 gaps of 2 = 140 columns at most.
const std::array<Column, 7> columns{{
    {u"NAME"_s, 36, [](const SearchHit &hit) { return hit.name; }},
    {u"DNI/CUIT"_s, 14, [](const SearchHit &hit) { return hit.docNumber; }},
    {u"PPPOE USER"_s, 20, [](const SearchHit &hit) { return hit.pppoeUser; }},
    {u"NODE"_s, 16, [](const SearchHit &hit) { return hit.nodeName; }},
    {u"STATUS"_s, 10, [](const SearchHit &hit) { return hit.status; }},
    {u"DEVICE"_s, 17, [](const SearchHit &hit) { return hit.device; }},
    {u"IP"_s, 15, [](const SearchHit &hit) { return hit.ip; }},
}};

// One cell: a single line, "-" when there is nothing to show.
QString cellText(const QString &value)
{
    const QString text = value.simplified();
    return text.isEmpty() ? u"-"_s : text;
}

QString padded(const QString &text, qsizetype width)
{
    const qsizetype fill = width - displayWidth(text);
    return fill > 0 ? text + QString(fill, u' ') : text;
}

} // namespace

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    const auto codePoints = text.toUcs4(); // QList<uint> in Qt 6.4, QList<char32_t> later
    for (const char32_t codePoint : codePoints) {
        const auto category = QChar::category(codePoint);
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing && category != QChar::Other_Format)
            ++width;
    }
    return width;
}

QString elide(const QString &text, qsizetype width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    const auto codePoints = text.toUcs4();
    QString result;
    qsizetype used = 0;
    for (const char32_t codePoint : codePoints) {
        const auto category = QChar::category(codePoint);
        const bool spacing = category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing
            && category != QChar::Other_Format;
        if (spacing && used == width - 1)
            break;
        result += QString::fromUcs4(&codePoint, 1);
        if (spacing)
            ++used;
    }
    return result + ellipsis;
}

QString formatSearchTable(const SearchResults &results)
{
    if (results.hits.isEmpty())
        return u"no matches\n"_s;

    QList<std::array<QString, columns.size()>> rows;
    rows.reserve(results.hits.size());
    std::array<qsizetype, columns.size()> widths{};
    for (size_t c = 0; c < columns.size(); ++c)
        widths[c] = displayWidth(columns[c].header);
    for (const SearchHit &hit : results.hits) {
        std::array<QString, columns.size()> row;
        for (size_t c = 0; c < columns.size(); ++c) {
            row[c] = elide(cellText(columns[c].value(hit)), columns[c].maxWidth);
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
        rows.append(std::move(row));
    }

    const auto line = [&widths](const auto &cells) -> QString {
        QString text;
        for (size_t c = 0; c < columns.size(); ++c) {
            const bool last = c + 1 == columns.size();
            text += last ? cells[c] : padded(cells[c], widths[c] + gap);
        }
        return text + u'\n';
    };
    std::array<QString, columns.size()> header;
    for (size_t c = 0; c < columns.size(); ++c)
        header[c] = columns[c].header;

    QString table = line(header);
    for (const auto &row : std::as_const(rows))
        table += line(row);
    const qsizetype count = results.hits.size();
    table += count == 1 ? u"1 match"_s : u"%1 matches"_s.arg(count);
    if (results.truncated)
        table += u" (more exist: raise --limit)"_s;
    return table + u'\n';
}

} // namespace Beholder::Cli
