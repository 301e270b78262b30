// SPDX-License-Identifier: GPL-3.0-or-later
// Loading and checking rule files, and turning facts into an Assessment.
#include "rulebook.h"

#include "factcatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRules, "beholder.triage", QtInfoMsg)

// The context lupdate files these strings under (no Q_OBJECT here).
// Titles and reasons of rules.json in the operator's language (rulestrings.cpp lists them for lupdate).
QString translatedRuleText(const QString &english)
{
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate("Triage::Rules", source.constData());
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Triage::RuleBook)
};

void appendOnce(QStringList &list, const QStringList &names)
{
    for (const QString &name : names) {
        if (!list.contains(name))
            list.append(name);
    }
}

QString verdictChoices()
{
    QStringList ids;
    for (const Verdict verdict : allVerdicts())
        ids.prepend(verdictId(verdict));
    return ids.join(u", "_s);
}

QString severityChoices()
{
    QStringList ids;
    for (const Severity severity : allSeverities())
        ids.append(severityId(severity));
    return ids.join(u", "_s);
}

// Reads one rule or variant object; the first problem stops it.
class RuleReader
{
public:
    explicit RuleReader(const QJsonObject &object)
        : m_object(object)
    { }

    QString error;

    bool checkFields(const QSet<QString> &allowed)
    {
        QStringList keys = m_object.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            if (!allowed.contains(key))
                return fail(Tr::tr("unknown field '%1'").arg(key));
        }
        return true;
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    bool text(const QString &key, QString &out, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(Tr::tr("'%1' is missing").arg(key));
            return true;
        }
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(Tr::tr("'%1' must be a non-empty string").arg(key));
        out = value.toString();
        return true;
    }

    bool boolean(const QString &key, bool &out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(Tr::tr("'%1' must be true or false").arg(key));
        out = value.toBool();
        return true;
    }

    bool verdict(std::optional<Verdict> &out, bool required)
    {
        QString id;
        if (!text(u"verdict"_s, id, required))
            return false;
        if (id.isEmpty())
            return true;
        out = verdictFromId(id);
        if (!out)
            return fail(Tr::tr("unknown verdict '%1' (one of %2)").arg(id, verdictChoices()));
        return true;
    }

    bool severity(std::optional<Severity> &out, bool required)
    {
        QString id;
        if (!text(u"severity"_s, id, required))
            return false;
        if (id.isEmpty())
            return true;
        out = severityFromId(id);
        if (!out)
            return fail(Tr::tr("unknown severity '%1' (one of %2)").arg(id, severityChoices()));
        return true;
    }

    bool condition(Expression &out)
    {
        QString text;
        if (!this->text(u"when"_s, text, true))
            return false;
        QString problem;
        std::optional<Expression> parsed = Expression::parse(text, &problem);
        if (!parsed)
            return fail(Tr::tr("'when': %1").arg(problem));
        for (const QString &fact : parsed->facts()) {
            if (!factType(fact))
                return fail(Tr::tr("'when' reads unknown fact '%1'").arg(fact));
        }
        out = *parsed;
        return true;
    }

    bool reason(std::optional<ReasonTemplate> &out, bool required)
    {
        QString text;
        if (!this->text(u"reason"_s, text, required))
            return false;
        if (text.isEmpty())
            return true;
        QString problem;
        std::optional<ReasonTemplate> parsed = ReasonTemplate::parse(text, &problem);
        if (!parsed)
            return fail(Tr::tr("'reason': %1").arg(problem));
        for (const QString &fact : parsed->facts()) {
            if (!factType(fact))
                return fail(Tr::tr("'reason' quotes unknown fact '%1'").arg(fact));
        }
        out = translatedReason(text, *parsed);
        return true;
    }

    // The operator's language when the catalogue has this text and its
    // translation quotes the same facts; rules.json's English otherwise.
    static ReasonTemplate translatedReason(const QString &english, const ReasonTemplate &parsed)
    {
        const QString translated = translatedRuleText(english);
        if (translated == english)
            return parsed;
        QString problem;
        std::optional<ReasonTemplate> local = ReasonTemplate::parse(translated, &problem);
        if (local) {
            QStringList names = local->facts() + local->thresholds();
            QStringList expected = parsed.facts() + parsed.thresholds();
            names.sort();
            expected.sort();
            if (names == expected)
                return *local;
            problem = u"quotes other facts"_s;
        }
        qCWarning(lcRules) << "translation of rule reason ignored (" << problem << "):" << translated;
        return parsed;
    }

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    QJsonObject m_object;
};

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"_s);
    return pattern;
}

std::optional<Rule> readRule(const QJsonObject &object, QString *error)
{
    static const QSet<QString> ruleFields{u"id"_s,     u"verdict"_s,  u"severity"_s, u"title"_s,           u"when"_s,
                                          u"reason"_s, u"variants"_s, u"block"_s,    u"only_when_clear"_s, u"note"_s};
    static const QSet<QString> variantFields{u"when"_s,  u"verdict"_s, u"severity"_s,
                                             u"title"_s, u"reason"_s,  u"note"_s};
    Rule rule;
    RuleReader reader(object);
    std::optional<Verdict> verdict;
    std::optional<Severity> severity;
    std::optional<ReasonTemplate> reason;
    const bool ok = reader.checkFields(ruleFields) && reader.text(u"id"_s, rule.id, true)
        && reader.verdict(verdict, true) && reader.severity(severity, true) && reader.text(u"title"_s, rule.title, true)
        && reader.condition(rule.when) && reader.reason(reason, true) && reader.boolean(u"block"_s, rule.block)
        && reader.boolean(u"only_when_clear"_s, rule.onlyWhenClear);
    if (!ok) {
        *error = reader.error;
        return std::nullopt;
    }
    if (!idPattern().match(rule.id).hasMatch()) {
        *error = Tr::tr("the id '%1' must be lower-case words joined by dots, like 'fibre.los'").arg(rule.id);
        return std::nullopt;
    }
    rule.verdict = *verdict;
    rule.severity = *severity;
    rule.reason = *reason;
    rule.title = translatedRuleText(rule.title);

    const QJsonValue variants = object.value(u"variants"_s);
    if (!variants.isUndefined() && !variants.isArray()) {
        *error = Tr::tr("'variants' must be a list");
        return std::nullopt;
    }
    const QJsonArray list = variants.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = Tr::tr("variant %1: ").arg(i + 1);
        if (!list.at(i).isObject()) {
            *error = where + Tr::tr("must be an object");
            return std::nullopt;
        }
        RuleVariant variant;
        RuleReader variantReader(list.at(i).toObject());
        QString title;
        const bool variantOk = variantReader.checkFields(variantFields) && variantReader.condition(variant.when)
            && variantReader.verdict(variant.verdict, false) && variantReader.severity(variant.severity, false)
            && variantReader.text(u"title"_s, title, false) && variantReader.reason(variant.reason, false);
        if (!variantOk) {
            *error = where + variantReader.error;
            return std::nullopt;
        }
        if (!title.isEmpty())
            variant.title = translatedRuleText(title);
        if (!variant.verdict && !variant.severity && !variant.title && !variant.reason) {
            *error = where + Tr::tr("changes nothing: give it a verdict, severity, title or reason");
            return std::nullopt;
        }
        rule.variants.append(variant);
    }
    return rule;
}

bool notClear(const Finding &finding)
{
    return finding.verdict > Verdict::Ok || finding.severity >= Severity::Warning;
}

} // namespace

QStringList Rule::facts() const
{
    QStringList all = when.facts();
    for (const RuleVariant &variant : variants)
        appendOnce(all, variant.when.facts());
    appendOnce(all, reason.facts());
    for (const RuleVariant &variant : variants) {
        if (variant.reason)
            appendOnce(all, variant.reason->facts());
    }
    return all;
}

const RuleBook &RuleBook::builtIn()
{
    static const RuleBook book = [] {
        QFile file(u":/beholder/triage/rules.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcRules) << "the built-in rules are missing from the resources";
            return RuleBook();
        }
        QString error;
        std::optional<RuleBook> parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            qCCritical(lcRules) << "the built-in rules do not load:" << error;
            return RuleBook();
        }
        return *parsed;
    }();
    return book;
}

std::optional<RuleBook> RuleBook::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<RuleBook> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Tr::tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(Tr::tr("a rules file is a JSON object with \"format\" and \"rules\""));
    const QJsonObject root = document.object();
    const QString formatText = root.value(u"format"_s).toString();
    if (formatText != QLatin1StringView(formatTag)) {
        return fail(Tr::tr("\"format\" must be \"%1\", not \"%2\"").arg(QLatin1StringView(formatTag), formatText));
    }
    for (const QString &key : root.keys()) {
        if (key != u"format"_s && key != u"rules"_s && key != u"note"_s)
            return fail(Tr::tr("unknown field '%1' at the top of the rules file").arg(key));
    }
    if (!root.value(u"rules"_s).isArray())
        return fail(Tr::tr("\"rules\" must be a list of rules"));
    const QJsonArray list = root.value(u"rules"_s).toArray();

    RuleBook book;
    QHash<QString, qsizetype> seen; // id -> 1-based position
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString id = object.value(u"id"_s).toString();
        const QString where
            = id.isEmpty() ? Tr::tr("rule %1: ").arg(i + 1) : Tr::tr("rule %1 (%2): ").arg(i + 1).arg(id);
        if (!list.at(i).isObject())
            return fail(where + Tr::tr("must be an object"));
        QString problem;
        std::optional<Rule> rule = readRule(object, &problem);
        if (!rule)
            return fail(where + problem);
        if (const qsizetype first = seen.value(rule->id); first > 0)
            return fail(Tr::tr("duplicate rule id '%1' (rules %2 and %3)").arg(rule->id).arg(first).arg(i + 1));
        seen.insert(rule->id, i + 1);
        book.m_rules.append(*rule);
    }
    if (book.m_rules.isEmpty())
        return fail(Tr::tr("the rules file has no rules"));
    return book;
}

Assessment RuleBook::evaluate(const FactSheet &facts, const Thresholds &thresholds) const
{
    return evaluate(facts, thresholds, QDateTime::currentSecsSinceEpoch());
}

Assessment RuleBook::evaluate(const FactSheet &facts, const Thresholds &thresholds, qint64 now) const
{
    struct Fired
    {
        Finding finding;
        qsizetype order = 0; // the rule's position
        bool block = false;
    };
    QList<Fired> fired;

    const auto apply = [&](const Rule &rule, qsizetype order) {
        if (!rule.when.fires(facts, thresholds))
            return;
        Finding finding;
        finding.ruleId = rule.id;
        finding.verdict = rule.verdict;
        finding.severity = rule.severity;
        finding.title = rule.title;
        finding.facts = rule.when.facts();
        const ReasonTemplate *reason = &rule.reason;
        for (const RuleVariant &variant : rule.variants) {
            if (!variant.when.fires(facts, thresholds))
                continue;
            finding.verdict = variant.verdict.value_or(finding.verdict);
            finding.severity = variant.severity.value_or(finding.severity);
            finding.title = variant.title.value_or(finding.title);
            if (variant.reason)
                reason = &*variant.reason;
            appendOnce(finding.facts, variant.when.facts());
            break;
        }
        QStringList quoted;
        finding.reason = reason->render(facts, thresholds, now, &quoted);
        appendOnce(finding.facts, quoted);
        fired.append({finding, order, rule.block});
    };

    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!m_rules.at(i).onlyWhenClear)
            apply(m_rules.at(i), i);
    }
    const bool clear = std::none_of(fired.cbegin(), fired.cend(), [](const Fired &f) { return notClear(f.finding); });
    if (clear) {
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            if (m_rules.at(i).onlyWhenClear)
                apply(m_rules.at(i), i);
        }
    }

    // Verdict, then severity, then the rules' order.
    const auto outranks = [](const Fired &a, const Fired &b) {
        if (a.finding.verdict != b.finding.verdict)
            return a.finding.verdict > b.finding.verdict;
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        return a.order < b.order;
    };

    Assessment assessment;
    if (fired.isEmpty()) {
        assessment.headline = Verdict::Ok;
        assessment.headlineReason = Tr::tr("No rule applies to what is known so far");
        return assessment;
    }
    const Fired &deciding = *std::min_element(fired.cbegin(), fired.cend(), outranks);
    assessment.headline = deciding.finding.verdict;
    assessment.headlineReason = deciding.finding.reason;
    assessment.headlineRuleId = deciding.finding.ruleId;

    std::sort(fired.begin(), fired.end(), [&outranks](const Fired &a, const Fired &b) {
        if (a.block != b.block)
            return a.block;
        return outranks(a, b);
    });
    assessment.findings.reserve(fired.size());
    for (const Fired &f : std::as_const(fired))
        assessment.findings.append(f.finding);
    return assessment;
}

const Rule *RuleBook::rule(const QString &id) const
{
    for (const Rule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QStringList RuleBook::ids() const
{
    QStringList all;
    all.reserve(m_rules.size());
    for (const Rule &rule : m_rules)
        all.append(rule.id);
    return all;
}

} // namespace Beholder::Triage
