// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Dns:
    case Kind::Connection:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString toString(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return u"none"_s;
    case ApiError::Kind::Dns:
        return u"dns"_s;
    case ApiError::Kind::Connection:
        return u"connection"_s;
    case ApiError::Kind::Tls:
        return u"tls"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Canceled:
        return u"canceled"_s;
    case ApiError::Kind::Auth:
        return u"auth"_s;
    case ApiError::Kind::RateLimited:
        return u"rate-limited"_s;
    case ApiError::Kind::Budget:
        return u"budget"_s;
    case ApiError::Kind::Http:
        return u"http"_s;
    case ApiError::Kind::Protocol:
        return u"protocol"_s;
    case ApiError::Kind::Remote:
        return u"remote"_s;
    case ApiError::Kind::Config:
        return u"config"_s;
    }
    return u"none"_s;
}

} // namespace Beholder
