// SPDX-License-Identifier: GPL-3.0-or-later
// RouterOS values are all text, in formats that changed between versions (protocols.md §1.7): booleans
// true/false or yes/no, durations "1w2d3h4m5s", dates "jan/02/2006 15:04:05" before 7.10 and
// "2023-06-26 00:32:53" after, and user text that may be in a legacy 8-bit code page instead of UTF-8.
// Parsers are lenient about what routers send and say plainly when a value is not what was expected.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace Beholder::RouterOs {

// "true"/"yes" and "false"/"no", any case. Anything else: nothing.
std::optional<bool> parseBool(QStringView text);
QString formatBool(bool value, bool legacyYesNo = false);

// A plain decimal integer, with optional sign and surrounding blanks.
std::optional<qint64> parseInteger(QStringView text);

// "1w2d3h4m5s" with any part absent ("10m", "2d20h12m20s"), sub-second parts ("551us", "3s120ms", "5ns"),
// the clock form some versions print ("00:05:10", "2d03:04:05", "1w2d03:04:05.5") and a bare number of
// seconds. Nothing for text that is none of these.
std::optional<std::chrono::milliseconds> parseDuration(QStringView text);
// Whole seconds as RouterOS writes them: "1w2d3h4m5s", "0s" for zero.
QString formatDuration(std::chrono::seconds duration);

struct RouterDateTime
{
    bool never = false; // "jan/01/1970 00:00:00" (and its 7.10+ form, or "never"): it has not happened
    QDateTime dateTime; // invalid when `never`
};

enum class DateFormat {
    Legacy, // "jan/02/2006 15:04:05" (RouterOS before 7.10)
    Iso,    // "2023-06-26 00:32:53" (RouterOS 7.10 and later)
};

// Both formats, month names in any case ("Jun/26/2023" appears in build-time), with or without the time.
// RouterOS prints its own local time without a zone: pass the router's zone when known (default UTC).
std::optional<RouterDateTime> parseDateTime(QStringView text, const QTimeZone &routerZone = QTimeZone::utc());
QString formatDateTime(const QDateTime &dateTime, DateFormat format);
// The epoch in that format: what RouterOS shows for an event that never happened.
QString neverDateTime(DateFormat format);

// Router text (comments, names): UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of
// Latin-1 for text), so that a Latin-1 "í" (0xED) reads as "í" and never as U+FFFD.
QString decodeText(QByteArrayView bytes);
bool isValidUtf8(QByteArrayView bytes);
// What we send: UTF-8.
QByteArray encodeText(QStringView text);

} // namespace Beholder::RouterOs
