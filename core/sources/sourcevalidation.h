// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a profile's sources and routers must follow, shared by
// settings.ini and the profile description so that both refuse the same
// things in the same words, and the field names both use.
#pragma once

#include "sourceconfig.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Beholder {

// Field names, the same in settings.ini keys and in the JSON description.
namespace SourceFields {
inline constexpr QStringView kind = u"kind";
inline constexpr QStringView enabled = u"enabled";
inline constexpr QStringView url = u"url";
inline constexpr QStringView user = u"user";
inline constexpr QStringView clientId = u"client_id";
inline constexpr QStringView timeoutMs = u"timeout_ms";
inline constexpr QStringView callsPerHour = u"calls_per_hour";
inline constexpr QStringView nodeId = u"node_id";
inline constexpr QStringView name = u"name";
inline constexpr QStringView host = u"host";
inline constexpr QStringView port = u"port";
inline constexpr QStringView tls = u"tls";
} // namespace SourceFields

namespace SourceLimits {
inline constexpr int minTimeoutMs = 1'000;
inline constexpr int maxSourceTimeoutMs = 600'000; // a 100,000-customer page set on a slow CRM
inline constexpr int maxRouterTimeoutMs = 120'000;
inline constexpr int maxCallsPerHour = 1'000'000;
inline constexpr int defaultRouterPort = 8728;
inline constexpr int defaultRouterTlsPort = 8729;
} // namespace SourceLimits

struct SourceIssue
{
    enum class Severity {
        Error,
        Warning,
    };
    enum class Section {
        Sources,
        Routers,
    };

    Severity severity = Severity::Error;
    Section section = Section::Sources;
    qsizetype index = -1; // into ProfileSources::sources or ::routers
    QString field;        // one of SourceFields, or empty for the whole entry
    QString message;      // "must be 1-65535"

    bool isError() const { return severity == Severity::Error; }
};

// Every problem in `sources`, errors and warnings, in list order.
QList<SourceIssue> validateProfileSources(const ProfileSources &sources);
bool hasErrors(const QList<SourceIssue> &issues);

// A base URL as typed (trimmed, parsed strictly).
QUrl parseSourceUrl(const QString &text);

} // namespace Beholder
