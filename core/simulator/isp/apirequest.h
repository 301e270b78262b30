// SPDX-License-Identifier: GPL-3.0-or-later
// Request helpers the three simulated REST APIs share: reading integer query
// parameters strictly, the bearer token, a form body, and building a JSON
// answer from pre-rendered bytes.
#pragma once

#include "simulator/http/httpserver.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Beholder::Sim::ApiRequest {

// A JSON answer from bytes already rendered.
HttpResponse json(QByteArray body, int status = 200);

// A query parameter, fully decoded; nullopt when absent.
std::optional<QString> param(const HttpRequest &request, const QString &name);

// An integer query parameter. Absent: nullopt. Present but not an integer
// (or below `minimum`): sets *invalid and returns nullopt.
std::optional<qint64> intParam(const HttpRequest &request, const QString &name, bool *invalid, qint64 minimum = 0);

// "Authorization: Bearer <token>" -> token; empty when absent or another scheme.
QString bearerToken(const HttpRequest &request);

// "Authorization: Basic base64(user:password)" -> {user, password}; nullopt otherwise.
std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request);

// A field of an application/x-www-form-urlencoded body ('+' is a space).
QString formField(const QByteArray &body, const QString &name);

// The path below `prefix` ("/api/onu/get_onu_status/ABC" minus "/api/onu/get_onu_status/" = "ABC").
QString tail(const HttpRequest &request, QStringView prefix);

} // namespace Beholder::Sim::ApiRequest
