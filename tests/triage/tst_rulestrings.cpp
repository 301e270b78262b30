// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in rules speak the operator's language: every title and reason of
// rules.json is listed for lupdate (rulestrings.cpp is not stale), a loaded
// translation is used, and one that quotes other facts or does not parse is
// ignored in favour of the English, so a bad catalogue never breaks a verdict.
#include "triage/rulebook.h"
#include "triage/rulestrings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

using namespace Beholder::Triage;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray builtInJson()
{
    QFile file(u":/beholder/triage/rules.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A catalogue made in code: what a .qm would answer for context Triage::Rules.
class FakeCatalogue final : public QTranslator
{
public:
    QHash<QString, QString> texts;
    bool isEmpty() const override { return texts.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Triage::Rules") != 0)
            return {};
        return texts.value(QString::fromUtf8(source));
    }
};

const QString losTitle = u"ONU in LOS"_s;

} // namespace

class TestRuleStrings : public QObject
{
    Q_OBJECT

private slots:
    void everyTitleAndReason_isListedForTranslation()
    {
        const QJsonArray rules = QJsonDocument::fromJson(builtInJson()).object().value(u"rules"_s).toArray();
        QVERIFY(!rules.isEmpty());
        QSet<QString> listed;
        for (const char *text : builtInRuleTexts())
            listed.insert(QString::fromUtf8(text));
        int checked = 0;
        for (const QJsonValue &rule : rules) {
            QList<QJsonObject> items{rule.toObject()};
            for (const QJsonValue &variant : rule.toObject().value(u"variants"_s).toArray())
                items << variant.toObject();
            for (const QJsonObject &item : items) {
                for (const QString &field : {u"title"_s, u"reason"_s}) {
                    const QString text = item.value(field).toString();
                    if (text.isEmpty())
                        continue;
                    ++checked;
                    QVERIFY2(listed.contains(text),
                             qPrintable(u"run scripts/update-rule-strings.py: missing “%1”"_s.arg(text)));
                }
            }
        }
        QVERIFY(checked > 30);
    }

    void translation_isUsed_andBadOnesFallBack()
    {
        const RuleBook english = *RuleBook::fromJson(builtInJson());
        const Rule *los = nullptr;
        for (const Rule &rule : english.rules()) {
            if (rule.title == losTitle)
                los = &rule;
        }
        QVERIFY2(los, "the LOS rule's title changed: update this test");
        const QString reason = [&] {
            const QJsonArray rules = QJsonDocument::fromJson(builtInJson()).object().value(u"rules"_s).toArray();
            for (const QJsonValue &rule : rules) {
                if (rule.toObject().value(u"title"_s).toString() == losTitle)
                    return rule.toObject().value(u"reason"_s).toString();
            }
            return QString();
        }();
        QVERIFY(!reason.isEmpty());

        FakeCatalogue catalogue;
        catalogue.texts.insert(losTitle, u"ONU en LOS"_s);
        catalogue.texts.insert(reason, u"{no.such.fact} roto"_s); // quotes another fact: must be ignored
        QCoreApplication::installTranslator(&catalogue);
        const std::optional<RuleBook> translated = RuleBook::fromJson(builtInJson());
        QCoreApplication::removeTranslator(&catalogue);
        QVERIFY(translated);
        const Rule *translatedLos = translated->rule(los->id);
        QVERIFY(translatedLos);
        QCOMPARE(translatedLos->title, u"ONU en LOS"_s);
        QCOMPARE(translatedLos->reason.text(), los->reason.text()); // the English reason stayed
    }
};

QTEST_GUILESS_MAIN(TestRuleStrings)
#include "tst_rulestrings.moc"
