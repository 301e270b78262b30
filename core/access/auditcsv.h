// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log as CSV for a spreadsheet: RFC 4180 (CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), UTF-8 with a byte order mark so that Excel reads accents right, a header row, and
// guarded against formula injection: a cell that starts with = + - @ (or a tab or carriage return) gets a
// leading apostrophe, so a PPPoE user typed as "=HYPERLINK(...)" stays text.
#pragma once

#include "access/auditlog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Beholder::Access::AuditCsv {

// One field, quoted and guarded as above.
QString field(const QString &value);
// One record: fields joined by commas, ended by CRLF.
QString record(const QStringList &fields);
// The header and rows, BOM first. Times are UTC, ISO 8601.
QByteArray document(const QList<AuditEntry> &entries);
// Writes document(entries); false when the device refused.
bool write(const QList<AuditEntry> &entries, QIODevice &device, QString *error = nullptr);

} // namespace Beholder::Access::AuditCsv
