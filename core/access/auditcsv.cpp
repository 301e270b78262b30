// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

namespace Beholder::Access::AuditCsv {

using namespace Qt::Literals::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Access::AuditCsv)
};

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QStringList header()
{
    // Stable column names: scripts read them.
    return {u"id"_s, u"time_utc"_s, u"user"_s, u"role"_s, u"action"_s, u"target"_s, u"outcome"_s, u"details"_s};
}

} // namespace

QString field(const QString &value)
{
    QString text = startsLikeFormula(value) ? u"'"_s + value : value;
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << field(value);
    return quoted.join(u',') + u"\r\n"_s;
}

QByteArray document(const QList<AuditEntry> &entries)
{
    QString text = record(header());
    for (const AuditEntry &entry : entries) {
        const QString at = QDateTime::fromSecsSinceEpoch(entry.at, Qt::UTC).toString(Qt::ISODate);
        text += record({QString::number(entry.id), at, entry.userName, entry.role, entry.action, entry.target,
                        auditOutcomeId(entry.outcome), entry.details});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool write(const QList<AuditEntry> &entries, QIODevice &device, QString *error)
{
    const QByteArray bytes = document(entries);
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = Tr::tr("the CSV could not be written: %1").arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace Beholder::Access::AuditCsv
