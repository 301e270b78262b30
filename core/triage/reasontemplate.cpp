// SPDX-License-Identifier: GPL-3.0-or-later
// Reason templates: parsed once when the rules load, rendered for every finding.
#include "reasontemplate.h"

#include "factcatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Triage::Reason)
};

enum class Format {
    Plain,
    Decimals,
    Time,
    Duration,        // minutes
    DurationSeconds, // seconds
    Age,
    Percent,
};

bool isNumeric(Format format)
{
    return format != Format::Plain && format != Format::Age;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

} // namespace

struct ReasonTemplate::Part
{
    enum class Kind {
        Text,
        Placeholder,
        Optional,
    };
    Kind kind = Kind::Text;
    QString text;           // Text
    QString name;           // Placeholder: a fact, or a threshold without '$'
    bool threshold = false; // Placeholder
    Format format = Format::Plain;
    int decimals = -1;
    std::vector<ReasonTemplate::Part> inner; // Optional
};

namespace {

using Part = ReasonTemplate::Part;

struct Rendered
{
    QString text;
    bool complete = true; // every value it quotes was known
    QStringList quoted;
};

std::optional<double> numberOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isfinite(number))
            return number;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// The text of one placeholder, or nullopt when its value is unknown.
std::optional<QString> placeholderText(const Part &part, const FactSheet &facts, const Thresholds &thresholds,
                                       qint64 now)
{
    std::optional<double> number;
    QVariant raw;
    if (part.threshold) {
        const double value = thresholds.value(part.name);
        if (std::isnan(value))
            return std::nullopt;
        number = value;
    } else {
        const Fact *fact = facts.fact(part.name);
        if (!fact || !fact->value.isValid())
            return std::nullopt;
        if (part.format == Format::Age) {
            if (fact->at <= 0)
                return std::nullopt;
            return ReasonTemplate::formatAge(now - fact->at);
        }
        raw = fact->value;
        number = numberOf(raw);
    }

    if (!number) {
        if (raw.typeId() == QMetaType::Bool)
            return raw.toBool() ? Tr::tr("yes") : Tr::tr("no");
        if (raw.typeId() == QMetaType::QString && !isNumeric(part.format))
            return raw.toString();
        return std::nullopt; // a number format on something else, or a type the facts never carry
    }
    switch (part.format) {
    case Format::Plain:
    case Format::Age:
        return ReasonTemplate::formatNumber(*number);
    case Format::Decimals:
        return ReasonTemplate::formatNumber(*number, part.decimals);
    case Format::Time:
        return ReasonTemplate::formatClock(qint64(*number), now);
    case Format::Duration:
        return ReasonTemplate::formatDuration(*number * 60);
    case Format::DurationSeconds:
        return ReasonTemplate::formatDuration(*number);
    case Format::Percent:
        return ReasonTemplate::formatNumber(*number * 100, 0) + u" %"_s;
    }
    return std::nullopt;
}

Rendered renderParts(const std::vector<Part> &parts, const FactSheet &facts, const Thresholds &thresholds, qint64 now)
{
    Rendered out;
    for (const Part &part : parts) {
        switch (part.kind) {
        case Part::Kind::Text:
            out.text += part.text;
            break;
        case Part::Kind::Placeholder:
            if (const std::optional<QString> text = placeholderText(part, facts, thresholds, now)) {
                out.text += *text;
                if (!part.threshold && !out.quoted.contains(part.name))
                    out.quoted.append(part.name);
            } else {
                out.text += u'?';
                out.complete = false;
            }
            break;
        case Part::Kind::Optional: {
            const Rendered inner = renderParts(part.inner, facts, thresholds, now);
            if (inner.complete) {
                out.text += inner.text;
                for (const QString &name : inner.quoted) {
                    if (!out.quoted.contains(name))
                        out.quoted.append(name);
                }
            }
            break;
        }
        }
    }
    return out;
}

} // namespace

ReasonTemplate::ReasonTemplate() = default;

std::optional<ReasonTemplate> ReasonTemplate::parse(const QString &text, QString *error)
{
    const auto fail = [&](qsizetype pos, const QString &message) -> std::optional<ReasonTemplate> {
        if (error)
            *error = Tr::tr("column %1: %2").arg(pos + 1).arg(message);
        return std::nullopt;
    };
    if (text.size() > 4000)
        return fail(4000, Tr::tr("the text is longer than 4000 characters"));

    ReasonTemplate result;
    std::vector<Part> top;
    std::vector<Part> optional;
    qsizetype optionalStart = -1; // where the open "[[" is, or -1
    QString literal;
    const auto flush = [&] {
        if (literal.isEmpty())
            return;
        Part part;
        part.text = literal;
        (optionalStart >= 0 ? optional : top).push_back(part);
        literal.clear();
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'{' && next == u'{') {
            literal += u'{';
            i += 2;
        } else if (c == u'}' && next == u'}') {
            literal += u'}';
            i += 2;
        } else if (c == u'}') {
            return fail(i, Tr::tr("'}' without a matching '{' (write '}}' for a brace)"));
        } else if (c == u'[' && next == u'[') {
            if (optionalStart >= 0)
                return fail(i, Tr::tr("'[[' inside '[[ ]]': optional parts do not nest"));
            flush();
            optionalStart = i;
            i += 2;
        } else if (c == u']' && next == u']') {
            if (optionalStart < 0)
                return fail(i, Tr::tr("']]' without a matching '[['"));
            flush();
            Part part;
            part.kind = Part::Kind::Optional;
            part.inner = optional;
            optional.clear();
            optionalStart = -1;
            top.push_back(part);
            i += 2;
        } else if (c == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close < 0)
                return fail(i, Tr::tr("'{' is not closed with '}' (write '{{' for a brace)"));
            const QString inside = text.mid(i + 1, close - i - 1);
            const qsizetype colon = inside.indexOf(u':');
            QString name = colon < 0 ? inside : inside.left(colon);
            const QString format = colon < 0 ? QString() : inside.mid(colon + 1);
            Part part;
            part.kind = Part::Kind::Placeholder;
            if (name.startsWith(u'$')) {
                part.threshold = true;
                name.remove(0, 1);
            }
            if (name.isEmpty())
                return fail(i, Tr::tr("'{}' names no fact or threshold"));
            for (const QChar d : std::as_const(name)) {
                if (!isNameChar(d))
                    return fail(i, Tr::tr("'{%1}' is not a fact or threshold name").arg(inside));
            }
            if (part.threshold && !Thresholds::isKnown(name))
                return fail(i + 1, Tr::tr("unknown threshold '$%1'").arg(name));
            part.name = name;

            bool decimalsOk = false;
            const int decimals = format.toInt(&decimalsOk);
            if (format.isEmpty()) {
                part.format = Format::Plain;
            } else if (decimalsOk && decimals >= 0 && decimals <= 6) {
                part.format = Format::Decimals;
                part.decimals = decimals;
            } else if (format == u"time"_s) {
                part.format = Format::Time;
            } else if (format == u"duration"_s) {
                part.format = Format::Duration;
            } else if (format == u"duration_s"_s) {
                part.format = Format::DurationSeconds;
            } else if (format == u"age"_s) {
                part.format = Format::Age;
            } else if (format == u"pct"_s) {
                part.format = Format::Percent;
            } else {
                return fail(i + 1 + colon + 1,
                            Tr::tr("unknown format ':%1' (use 0-6, time, duration, duration_s, "
                                   "age or pct)")
                                .arg(format));
            }
            if (part.threshold && part.format == Format::Age)
                return fail(i + 1 + colon + 1, Tr::tr("':age' is for facts, not thresholds"));
            if (!part.threshold && isNumeric(part.format)) {
                const std::optional<FactType> type = factType(name);
                if (type && *type != FactType::Number)
                    return fail(i + 1 + colon + 1,
                                Tr::tr("':%1' needs a number, and '%2' is %3").arg(format, name, factTypeId(*type)));
            }
            QStringList &names = part.threshold ? result.m_thresholds : result.m_facts;
            if (!names.contains(name))
                names.append(name);
            flush();
            (optionalStart >= 0 ? optional : top).push_back(part);
            i = close + 1;
        } else {
            literal += c;
            ++i;
        }
    }
    if (optionalStart >= 0)
        return fail(optionalStart, Tr::tr("'[[' is not closed with ']]'"));
    flush();
    result.m_parts = std::make_shared<const std::vector<Part>>(std::move(top));
    result.m_text = text;
    return result;
}

QString ReasonTemplate::render(const FactSheet &facts, const Thresholds &thresholds, qint64 now,
                               QStringList *quoted) const
{
    if (!m_parts)
        return {};
    const Rendered out = renderParts(*m_parts, facts, thresholds, now);
    if (quoted)
        *quoted = out.quoted;
    return out.text;
}

QString ReasonTemplate::formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"?"_s;
    QString text;
    if (decimals >= 0) {
        text = QString::number(value, 'f', decimals);
    } else {
        text = QString::number(value, 'f', 2);
        if (text.contains(u'.')) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(u'.'))
                text.chop(1);
        }
    }
    // Never "-0" or "-0.0".
    if (text.startsWith(u'-') && text.mid(1).count(u'0') + text.count(u'.') == text.size() - 1)
        text.remove(0, 1);
    return text;
}

QString ReasonTemplate::formatDuration(double seconds)
{
    const qint64 total = seconds > 0 ? qint64(std::floor(seconds)) : 0;
    if (total < 60)
        return Tr::tr("%1 s").arg(total);
    const qint64 minutes = total / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        if (minutes % 60 == 0)
            return Tr::tr("%1 h").arg(hours);
        return Tr::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    if (hours % 24 == 0)
        return Tr::tr("%1 days").arg(hours / 24);
    return Tr::tr("%1 days %2 h").arg(hours / 24).arg(hours % 24);
}

QString ReasonTemplate::formatAge(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Tr::tr("%1 h").arg(hours);
    return Tr::tr("%1 days").arg(hours / 24);
}

QString ReasonTemplate::formatClock(qint64 unixTime, qint64 now)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(unixTime).toLocalTime();
    const QDateTime today = QDateTime::fromSecsSinceEpoch(now).toLocalTime();
    if (when.date() == today.date())
        return when.toString(u"HH:mm"_s);
    return QLocale::c().toString(when, u"d MMM HH:mm"_s);
}

} // namespace Beholder::Triage
