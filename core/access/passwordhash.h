// SPDX-License-Identifier: GPL-3.0-or-later
// Password hashing for accounts: PBKDF2-HMAC-SHA256 (QPasswordDigestor), a 16-byte salt from the system's
// random generator, 600,000 iterations by default (OWASP, 2023), stored as one self-describing string:
//
//   pbkdf2-sha256$<iterations>$<base64 salt>$<base64 key>
//
// Verification reads the parameters from the stored string, so raising the default later still verifies old
// hashes (needsRehash() says which to re-hash after a successful sign-in).
//
// Hashing is slow by design (about 0.7 s at the default on a 2024 laptop core): callers run hash() and
// verify() off the GUI thread, on a TaskRunner.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Beholder::Access::PasswordHash {

inline constexpr int defaultIterations = 600'000;
// Parameters outside these bounds are refused when read: a tampered hash must not make a sign-in take hours.
inline constexpr int minimumIterations = 1;
inline constexpr int maximumIterations = 10'000'000;
inline constexpr int saltBytes = 16;
inline constexpr int keyBytes = 32;

struct Parameters
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

// A new hash of `password` with a fresh salt. `iterations` below the default are for tests only.
QString hash(const QString &password, int iterations = defaultIterations);

// The parameters of a stored hash; nothing when it is not one of ours or is malformed.
std::optional<Parameters> parse(const QString &encoded);

// True when `password` matches `encoded`. A malformed hash never matches. Constant-time comparison.
bool verify(const QString &password, const QString &encoded);

// True when `encoded` was made with other parameters than today's defaults (or cannot be read).
bool needsRehash(const QString &encoded, int iterations = defaultIterations);

} // namespace Beholder::Access::PasswordHash
