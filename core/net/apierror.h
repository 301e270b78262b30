// SPDX-License-Identifier: GPL-3.0-or-later
// What went wrong when talking to a source, in a form the sync engine can
// act on (retry or not) and the operator can read ("ISPCube: the server did
// not answer within 30 s"). Every client (HTTP or RouterOS) reports errors as
// an ApiError; nothing throws.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace Beholder {

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
