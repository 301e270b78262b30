// SPDX-License-Identifier: GPL-3.0-or-later
// What went wrong when talking to a source, in a form the sync engine can
// act on (retry or not) and the operator can read ("ISPCube: the server did
// not answer within 30 s"). Every client (HTTP or RouterOS) reports errors as
// an ApiError; nothing throws.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Beholder {

// The certificate a server presented when TLS verification failed: what the
// operator needs to decide whether to trust it (and what an exception pins).
// Plain values, so that errors stay cheap to copy between threads.
struct PeerCertificate
{
    QString host;        // as the client asked for it (URL host or router host)
    quint16 port = 0;    // the TLS port
    QByteArray sha256;   // of the DER leaf certificate, raw bytes; empty = none seen
    QString subject;     // "CN=ccr01.example, O=Norte"
    QString issuer;      // the same for the issuer (equal to subject when self-signed)
    QDateTime effective; // not before (UTC)
    QDateTime expires;   // not after (UTC)
    QStringList names;   // the names it is valid for (subject alternative names, else the CN)
    bool selfSigned = false;
    // When an exception pinned another certificate for this host: that pin. The
    // server's certificate changed (renewed, or someone in the middle).
    QByteArray pinnedSha256;

    bool isNull() const { return sha256.isEmpty(); }
    bool changedFromPin() const { return !pinnedSha256.isEmpty() && pinnedSha256 != sha256; }
};

struct ApiError
{
    enum class Kind {
        None,
        Dns,         // the host name does not resolve
        Connection,  // refused, reset, unreachable, closed early
        Tls,         // handshake or certificate failure
        Timeout,     // no (complete) answer in time
        Canceled,    // the caller canceled
        Auth,        // wrong or expired credentials (401/403, RouterOS login refused)
        RateLimited, // the source said 429 (with or without Retry-After)
        Budget,      // our own call budget refused the call before sending it
        Http,        // another HTTP status (4xx/5xx) that is none of the above
        Protocol,    // malformed, truncated or unexpected reply (bad JSON, bad framing)
        Remote,      // the source answered with an error of its own ({"status":false}, RouterOS !trap/!fatal)
        Config,      // missing URL, credentials or other settings on our side
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // when there was an HTTP status
    int retryAfterSeconds = -1; // from Retry-After or the budget, when known
    QString message;            // for the operator, one line, no secrets
    // Kind::Tls because the certificate did not verify: the server's certificate,
    // so the UI can show it and offer to trust it (TlsException::fromPeer()).
    PeerCertificate certificate;

    bool isError() const { return kind != Kind::None; }
    // Worth another try later in the same run: network trouble, timeouts, 5xx, 429.
    bool isTransient() const;

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0)
    {
        ApiError error;
        error.kind = kind;
        error.message = message;
        error.httpStatus = httpStatus;
        return error;
    }
};

QString toString(ApiError::Kind kind); // "dns", "connection", "tls", ...

template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return !error.isError() && value.has_value(); }

    static ApiResult success(T v)
    {
        ApiResult r;
        r.value = std::move(v);
        return r;
    }
    static ApiResult failure(ApiError e)
    {
        ApiResult r;
        r.error = std::move(e);
        return r;
    }
};

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::ApiError)
