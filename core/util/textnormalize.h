// SPDX-License-Identifier: GPL-3.0-or-later
// Canonical forms of the identifiers an operator types, so that any notation
// finds the same thing: MACs with colons, dashes, dots or none; phones with
// or without separators; names with or without accents.
#pragma once

#include <QString>

namespace Beholder::Text {

// Lower case without diacritics: "Muñoz PÉREZ" -> "munoz perez".
QString fold(const QString &text);

// Twelve lower-case hex digits, or an empty string when `text` is not a MAC.
// Accepts "AA:BB:CC:DD:EE:FF", "aa-bb-cc-dd-ee-ff", "aabb.ccdd.eeff", "AABBCCDDEEFF".
QString normalizeMac(const QString &text);

// "AA:BB:CC:DD:EE:FF" from any notation, or an empty string when not a MAC.
QString formatMac(const QString &text);

// The digits of `text` only: "+54 9 353 415-2233" -> "5493534152233".
QString digitsOnly(const QString &text);

// True when `text` is a complete dotted-quad IPv4 address.
bool isIpv4Address(const QString &text);

} // namespace Beholder::Text
