// SPDX-License-Identifier: GPL-3.0-or-later
// Pinned, per-host TLS exceptions (SPEC §8: "TLS verification on by default;
// an exception is explicit, per host, and visible"). An exception never turns
// verification off for a host: it names one host (and optionally one port)
// and the SHA-256 of exactly one leaf certificate. A certificate that fails
// verification is accepted only when an exception for that host and port
// pins that very certificate; a renewed (or substituted) certificate is
// refused and said to have changed.
//
// In the profile's settings.ini (QSettings, IniFormat; never a secret):
//
//   [tls_exceptions]
//   size=1
//   1\host=cnmaestro.norte.example      as the URL or router config names it
//   1\port=443                          0 or absent: any port of that host
//   1\sha256=AB:CD:...                  32 bytes, hex, colons optional
//   1\subject=CN=cnmaestro.norte.example   informational
//   1\expires=2027-03-01T00:00:00Z      informational (ISO 8601, UTC)
//   1\added_at=2026-11-26T10:15:00Z     when the operator trusted it
#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <functional>

namespace Beholder {

struct TlsException
{
    QString host;      // compared case-insensitively, exactly (no wildcards)
    quint16 port = 0;  // 0 = any port of the host
    QByteArray sha256; // of the DER leaf certificate, raw (32 bytes)
    QString subject;   // informational, for the operator
    QDateTime expires; // informational (UTC)
    QDateTime addedAt; // when it was trusted (UTC)

    bool appliesTo(const QString &host, quint16 port) const;
    // What the settings dialog stores when the operator trusts the certificate
    // a failed connection reported (ApiError::certificate, a probe's TLS step).
    // `anyPort` drops the port (one certificate for every service of a host).
    static TlsException fromPeer(const PeerCertificate &peer, const QDateTime &addedAt, bool anyPort = false);

    friend bool operator==(const TlsException &, const TlsException &) = default;
};

// The outcome of checking a certificate that did not verify against the exceptions.
struct TlsVerdict
{
    bool accepted = false;
    TlsException exception; // the one that accepted it
    PeerCertificate peer;   // the certificate presented (pinnedSha256 set when it changed)
    QString reason;         // when refused: why, for the operator, one line
};

class TlsExceptionList
{
public:
    TlsExceptionList() = default;
    TlsExceptionList(QList<TlsException> items); // NOLINT(google-explicit-constructor): a list is a list

    const QList<TlsException> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }

    // Adds `exception`, replacing the one for the same host and port.
    void add(const TlsException &exception);
    // Removes the exception for exactly that host and port; false when there was none.
    bool remove(const QString &host, quint16 port);
    // The exceptions that apply to host:port (an exact port and "any port").
    QList<TlsException> forHost(const QString &host, quint16 port) const;

    // True when an exception for host:port pins `leaf`.
    bool matches(const QString &host, quint16 port, const QSslCertificate &leaf) const;
    // Decides on a certificate that failed verification with `errors`.
    TlsVerdict check(const QString &host, quint16 port, const QSslCertificate &leaf,
                     const QList<QSslError> &errors) const;

    // For RouterOs::Connection::TlsExceptionHook and anything with the same shape.
    std::function<bool(const QString &, quint16, const QSslCertificate &, const QList<QSslError> &)> hook() const;

    friend bool operator==(const TlsExceptionList &, const TlsExceptionList &) = default;

private:
    QList<TlsException> m_items;
};

struct TlsExceptionsLoad
{
    TlsExceptionList exceptions; // only the valid entries: an invalid one trusts nothing
    QStringList errors;          // "tls_exceptions/2/sha256: must be ..."
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
};

// Reads [tls_exceptions] of a profile's settings.ini. A missing file or group: none, no error.
TlsExceptionsLoad loadTlsExceptions(const QString &settingsFile);
// Replaces [tls_exceptions] of `settingsFile` with `exceptions` and leaves every other key alone. Invalid
// exceptions are refused and nothing is written. Returns the errors; empty on success.
QStringList saveTlsExceptions(const QString &settingsFile, const TlsExceptionList &exceptions);
// The checks both of the above apply; `where` prefixes each error ("tls_exceptions/1").
QStringList validateTlsException(const TlsException &exception, const QString &where);

// "AB:CD:..:EF" (upper case, colons) from raw bytes.
QString formatFingerprint(const QByteArray &sha256);
// Raw bytes from "ab:cd...", "AB CD ...", or bare hex; empty unless exactly 32 bytes.
QByteArray parseFingerprint(const QString &text);
// SHA-256 of the certificate's DER form.
QByteArray certificateSha256(const QSslCertificate &certificate);

// The certificate as the operator sees it, for `host`:`port`.
PeerCertificate describeCertificate(const QSslCertificate &certificate, const QString &host, quint16 port);
// "CN=ccr01, O=Norte" from the subject or issuer attributes.
QString distinguishedName(const QSslCertificate &certificate, bool issuer = false);

// Each error as an operator sentence ("the certificate is self-signed", "the certificate expired on 2026-01-31",
// "the certificate is issued for other.host, not this.host"), without repeats.
QStringList explainSslErrors(const QList<QSslError> &errors, const QString &host);

} // namespace Beholder
