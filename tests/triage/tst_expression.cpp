// SPDX-License-Identifier: GPL-3.0-or-later
// The rules' condition language: what parses into which tree (precedence), three-valued evaluation (an
// unknown fact never fires a rule, and neither does its negation), in-lists, known(), errors with their
// column, and garbage that must never crash the parser.
#include "testsupport.h"
#include "triage/expression.h"
#include "triage/rulebook.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

using namespace Beholder::Triage;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Beholder::Triage::Truth)

namespace {

using FactList = QList<std::pair<QString, QVariant>>;

FactSheet sheet(const FactList &facts)
{
    FactSheet result;
    for (const auto &[name, value] : facts)
        result.set(name, value, u"test"_s);
    return result;
}

Truth eval(const QString &text, const FactSheet &facts, const Thresholds &thresholds = Thresholds::defaults())
{
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, &error);
    if (!expression) {
        qWarning().noquote() << text << error;
        return Truth::Unknown;
    }
    return expression->evaluate(facts, thresholds);
}

QString dump(const QString &text)
{
    QString error;
    const std::optional<Expression> expression = Expression::parse(text, &error);
    return expression ? expression->dump() : u"ERROR "_s + error;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void parse_precedence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("&& binds tighter than ||") << u"a.b == 1 && c.d || e.f"_s << u"(|| (&& (== a.b 1) c.d) e.f)"_s;
        QTest::newRow("|| on the left") << u"a.b || c.d && e.f"_s << u"(|| a.b (&& c.d e.f))"_s;
        QTest::newRow("parentheses") << u"(a.b || c.d) && e.f"_s << u"(&& (|| a.b c.d) e.f)"_s;
        QTest::newRow("chains are flat") << u"a.b && c.d && e.f"_s << u"(&& a.b c.d e.f)"_s;
        QTest::newRow("! binds tighter than &&") << u"!a.b && c.d"_s << u"(&& (! a.b) c.d)"_s;
        QTest::newRow("! binds looser than ==") << u"!a.b == 'x'"_s << u"(! (== a.b 'x'))"_s;
        QTest::newRow("double negation") << u"!!a.b"_s << u"(! (! a.b))"_s;
        QTest::newRow("in-list") << u"onu.status in ['los', 'power_fail']"_s
                                 << u"(in onu.status ['los', 'power_fail'])"_s;
        QTest::newRow("in-list of numbers") << u"a.b in [1, -2.5, 3]"_s << u"(in a.b [1, -2.5, 3])"_s;
        QTest::newRow("known") << u"known(onu.rx_dbm) && onu.rx_dbm < $rx_critical_dbm"_s
                               << u"(&& (known onu.rx_dbm) (< onu.rx_dbm $rx_critical_dbm))"_s;
        QTest::newRow("negative literal") << u"onu.rx_dbm >= -27.5"_s << u"(>= onu.rx_dbm -27.5)"_s;
        QTest::newRow("negated fact") << u"-onu.rx_dbm > 3"_s << u"(> (- onu.rx_dbm) 3)"_s;
        QTest::newRow("exponent") << u"1e3 < a.b"_s << u"(< 1000 a.b)"_s;
        QTest::newRow("escaped quote") << uR"(a.b != 'it\'s')"_s << uR"((!= a.b 'it\'s'))"_s;
        QTest::newRow("bare true") << u"true"_s << u"true"_s;
        QTest::newRow("spaces and newlines") << u"  a.b\n&&\tc.d  "_s << u"(&& a.b c.d)"_s;
        QTest::newRow("no spaces") << u"a.b>=1&&!c.d"_s << u"(&& (>= a.b 1) (! c.d))"_s;
    }

    void parse_precedence()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(dump(text), tree);
    }

    void parse_listsFactsAndThresholdsOnceInOrder()
    {
        const std::optional<Expression> e = Expression::parse(
            u"onu.rx_dbm < $rx_warning_dbm && onu.rx_dbm >= $rx_critical_dbm || known(onu.status) || "
            "$rx_warning_dbm > onu.olt_rx_dbm"_s);
        QVERIFY(e);
        QCOMPARE(e->facts(), (QStringList{u"onu.rx_dbm"_s, u"onu.status"_s, u"onu.olt_rx_dbm"_s}));
        QCOMPARE(e->thresholds(), (QStringList{u"rx_warning_dbm"_s, u"rx_critical_dbm"_s}));
        QVERIFY(!e->isNull());
        QCOMPARE(e->text().left(10), u"onu.rx_dbm"_s);
    }

    void emptyExpression_neverFires()
    {
        const Expression empty;
        QVERIFY(empty.isNull());
        QCOMPARE(empty.evaluate(FactSheet(), Thresholds::defaults()), Truth::Unknown);
        QVERIFY(!empty.fires(FactSheet(), Thresholds::defaults()));
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FactSheet>("facts");
        QTest::addColumn<Truth>("expected");

        const FactSheet rx = sheet({{u"onu.rx_dbm"_s, -25.5}});
        QTest::newRow("number below") << u"onu.rx_dbm < -24"_s << rx << Truth::True;
        QTest::newRow("number not above") << u"onu.rx_dbm > -24"_s << rx << Truth::False;
        QTest::newRow("threshold") << u"onu.rx_dbm < $rx_warning_dbm"_s << rx << Truth::True;
        QTest::newRow("boundary: -24 is not weaker than -24")
            << u"onu.rx_dbm < $rx_warning_dbm"_s << sheet({{u"onu.rx_dbm"_s, -24.0}}) << Truth::False;
        QTest::newRow("boundary: -24.01 is")
            << u"onu.rx_dbm < $rx_warning_dbm"_s << sheet({{u"onu.rx_dbm"_s, -24.01}}) << Truth::True;
        QTest::newRow("<= at the boundary") << u"onu.rx_dbm <= -24"_s << sheet({{u"onu.rx_dbm"_s, -24}}) << Truth::True;
        QTest::newRow("int equals double")
            << u"session.starts_1h == 5"_s << sheet({{u"session.starts_1h"_s, qint64(5)}}) << Truth::True;
        QTest::newRow(">= with an int fact")
            << u"session.starts_1h >= $flap_starts_1h"_s << sheet({{u"session.starts_1h"_s, 5}}) << Truth::True;
        QTest::newRow("ratio") << u"outage.pon.ratio >= $pon_outage_ratio"_s << sheet({{u"outage.pon.ratio"_s, 0.5}})
                               << Truth::True;

        QTest::newRow("absent fact: comparison unknown") << u"onu.rx_dbm < -24"_s << FactSheet() << Truth::Unknown;
        QTest::newRow("absent fact: its negation unknown too")
            << u"!(onu.rx_dbm < -24)"_s << FactSheet() << Truth::Unknown;
        QTest::newRow("absent fact: != unknown") << u"onu.status != 'online'"_s << FactSheet() << Truth::Unknown;
        QTest::newRow("unknown && false is false")
            << u"onu.rx_dbm < -24 && session.up"_s << sheet({{u"session.up"_s, false}}) << Truth::False;
        QTest::newRow("false && unknown is false")
            << u"session.up && onu.rx_dbm < -24"_s << sheet({{u"session.up"_s, false}}) << Truth::False;
        QTest::newRow("unknown && true is unknown")
            << u"onu.rx_dbm < -24 && session.up"_s << sheet({{u"session.up"_s, true}}) << Truth::Unknown;
        QTest::newRow("unknown || true is true")
            << u"onu.rx_dbm < -24 || session.up"_s << sheet({{u"session.up"_s, true}}) << Truth::True;
        QTest::newRow("true || unknown is true")
            << u"session.up || onu.rx_dbm < -24"_s << sheet({{u"session.up"_s, true}}) << Truth::True;
        QTest::newRow("unknown || false is unknown")
            << u"onu.rx_dbm < -24 || session.up"_s << sheet({{u"session.up"_s, false}}) << Truth::Unknown;
        QTest::newRow("known() of an absent fact") << u"known(onu.rx_dbm)"_s << FactSheet() << Truth::False;
        QTest::newRow("!known() of an absent fact") << u"!known(onu.rx_dbm)"_s << FactSheet() << Truth::True;
        QTest::newRow("known() of a present fact") << u"known(onu.rx_dbm)"_s << rx << Truth::True;
        QTest::newRow("known() guards a comparison")
            << u"!(known(onu.rx_dbm) && onu.rx_dbm < -24)"_s << FactSheet() << Truth::True;
        QTest::newRow("invalid QVariant is unknown")
            << u"known(onu.rx_dbm)"_s << sheet({{u"onu.rx_dbm"_s, QVariant()}}) << Truth::False;
        QTest::newRow("unsupported type is unknown")
            << u"a.when == 1"_s << sheet({{u"a.when"_s, QDateTime::currentDateTimeUtc()}}) << Truth::Unknown;

        const FactSheet los = sheet({{u"onu.status"_s, u"los"_s}});
        QTest::newRow("text equal") << u"onu.status == 'los'"_s << los << Truth::True;
        QTest::newRow("text is case-sensitive") << u"onu.status == 'LOS'"_s << los << Truth::False;
        QTest::newRow("in: hit") << u"onu.status in ['los', 'power_fail']"_s << los << Truth::True;
        QTest::newRow("in: miss") << u"onu.status in ['online', 'disabled']"_s << los << Truth::False;
        QTest::newRow("in: absent") << u"onu.status in ['los']"_s << FactSheet() << Truth::Unknown;
        QTest::newRow("in: empty text") << u"onu.down_cause_class in ['', 'other']"_s
                                        << sheet({{u"onu.down_cause_class"_s, QString()}}) << Truth::True;
        QTest::newRow("in: numbers") << u"a.n in [1, 2, 3]"_s << sheet({{u"a.n"_s, 2}}) << Truth::True;

        QTest::newRow("bool fact") << u"session.up"_s << sheet({{u"session.up"_s, true}}) << Truth::True;
        QTest::newRow("negated bool fact") << u"!session.up"_s << sheet({{u"session.up"_s, true}}) << Truth::False;
        QTest::newRow("bool equality") << u"sm.online == false"_s << sheet({{u"sm.online"_s, false}}) << Truth::True;
        QTest::newRow("uncatalogued fact of the wrong type at run time")
            << u"a.b < 3"_s << sheet({{u"a.b"_s, u"three"_s}}) << Truth::Unknown;
        QTest::newRow("uncatalogued text used as a condition")
            << u"a.b"_s << sheet({{u"a.b"_s, u"yes"_s}}) << Truth::Unknown;
        QTest::newRow("negation of a number") << u"-a.b == 3"_s << sheet({{u"a.b"_s, -3}}) << Truth::True;
        QTest::newRow("literal only") << u"1 < 2"_s << FactSheet() << Truth::True;
    }

    void evaluate()
    {
        QFETCH(QString, text);
        QFETCH(FactSheet, facts);
        QFETCH(Truth, expected);
        QCOMPARE(eval(text, facts), expected);
        const std::optional<Expression> e = Expression::parse(text);
        QVERIFY(e);
        QCOMPARE(e->fires(facts, Thresholds::defaults()), expected == Truth::True);
    }

    void evaluate_readsTheThresholdsGiven()
    {
        const FactSheet facts = sheet({{u"onu.rx_dbm"_s, -25.0}});
        Thresholds thresholds;
        QCOMPARE(eval(u"onu.rx_dbm < $rx_warning_dbm"_s, facts, thresholds), Truth::True);
        QVERIFY(thresholds.set(u"rx_warning_dbm"_s, -26));
        QCOMPARE(eval(u"onu.rx_dbm < $rx_warning_dbm"_s, facts, thresholds), Truth::False);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("ends early") << u"onu.rx_dbm < "_s << 14 << u"ends where a value was expected"_s;
        QTest::newRow("unclosed (") << u"(a.b == 1"_s << 10 << u"expected ')' to close the '(' at column 1"_s;
        QTest::newRow("stray )") << u"a.b == 1)"_s << 9 << u"')' without a matching '('"_s;
        QTest::newRow("single =") << u"a.b = 1"_s << 5 << u"compare with '=='"_s;
        QTest::newRow("and") << u"a.b == 1 and c.d"_s << 10 << u"use '&&' instead of 'and'"_s;
        QTest::newRow("or") << u"a.b or c.d"_s << 5 << u"use '||' instead of 'or'"_s;
        QTest::newRow("single &") << u"a.b & c.d"_s << 5 << u"use '&&'"_s;
        QTest::newRow("single |") << u"a.b | c.d"_s << 5 << u"use '||'"_s;
        QTest::newRow("unclosed text") << u"a.b == 'abc"_s << 8 << u"not closed"_s;
        QTest::newRow("double quotes") << u"a.b == \"x\""_s << 8 << u"single quotes"_s;
        QTest::newRow("bad escape") << uR"(a.b == 'a\n')"_s << 10 << u"backslash"_s;
        QTest::newRow("unknown threshold") << u"a.b > $nope"_s << 7 << u"unknown threshold '$nope'"_s;
        QTest::newRow("bare $") << u"a.b > $"_s << 7 << u"threshold name after '$'"_s;
        QTest::newRow("ordering text") << u"onu.status < 3"_s << 12 << u"'<' compares numbers, not text"_s;
        QTest::newRow("text vs number") << u"onu.status == 3"_s << 12 << u"cannot compare text with a number"_s;
        QTest::newRow("number as condition") << u"onu.rx_dbm"_s << 1 << u"must be true or false, not a number"_s;
        QTest::newRow("! of a number") << u"!onu.rx_dbm"_s << 1 << u"'!' needs true or false, not a number"_s;
        QTest::newRow("&& with a number") << u"session.up && 3"_s << 12 << u"'&&' needs true or false"_s;
        QTest::newRow("- of text") << u"-onu.status == 1"_s << 1 << u"'-' needs a number, not text"_s;
        QTest::newRow("chained") << u"a.b < 1 < 2"_s << 9 << u"cannot be chained"_s;
        QTest::newRow("in mixes") << u"a.b in ['x', 1]"_s << 14 << u"mixes texts and numbers"_s;
        QTest::newRow("in wrong type") << u"onu.status in [1, 2]"_s << 12 << u"looks for text in a list of numbers"_s;
        QTest::newRow("in empty") << u"a.b in []"_s << 9 << u"empty"_s;
        QTest::newRow("in unclosed") << u"a.b in ['x'"_s << 8 << u"not closed with ']'"_s;
        QTest::newRow("in without [") << u"a.b in 'x'"_s << 8 << u"expected '[' after 'in'"_s;
        QTest::newRow("in with a fact") << u"a.b in [c.d]"_s << 9 << u"a list holds numbers, 'text', true or false"_s;
        QTest::newRow("known of a number") << u"known(1)"_s << 7 << u"known() takes a fact name"_s;
        QTest::newRow("known without (") << u"known onu.rx_dbm"_s << 7 << u"expected '(' after 'known'"_s;
        QTest::newRow("trailing dot") << u"a. == 1"_s << 3 << u"cannot end with '.'"_s;
        QTest::newRow("two facts") << u"a.b c.d"_s << 5 << u"expected an operator or the end, found 'c.d'"_s;
        QTest::newRow("odd character") << u"a.b # 1"_s << 5 << u"unexpected character '#'"_s;
        QTest::newRow("control character") << u"a.b \u0001"_s << 5 << u"unexpected character U+0001"_s;
        QTest::newRow("decimal point") << u"a.b > 1.x"_s << 9 << u"digits after the decimal point"_s;
        QTest::newRow("number then letters") << u"a.b > 5abc"_s << 8 << u"after a number"_s;
        QTest::newRow("huge number") << u"a.b > 1e999"_s << 7 << u"too large"_s;
        QTest::newRow("empty") << u""_s << 1 << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << 1 << u"empty"_s;
        QTest::newRow("operator first") << u"&& a.b"_s << 1 << u"expected a fact"_s;
        QTest::newRow("deep parentheses")
            << (QString(100, u'(') + u"a.b"_s + QString(100, u')')) << 65 << u"nested more than 64 levels"_s;
        QTest::newRow("deep negation") << (QString(100, u'!') + u"a.b"_s) << 65 << u"nested more than 64 levels"_s;
        QTest::newRow("too long") << (u"a.b && "_s.repeated(700) + u"a.b"_s) << 4001 << u"longer than 4000"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        QString error;
        qsizetype errorColumn = -1;
        const std::optional<Expression> e = Expression::parse(text, &error, &errorColumn);
        QVERIFY2(!e, qPrintable(e ? e->dump() : QString()));
        QVERIFY2(error.startsWith(u"column %1: "_s.arg(column)), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(errorColumn, qsizetype(column));
    }

    void nestingJustUnderTheLimit_parses()
    {
        const QString text = QString(63, u'(') + u"a.b"_s + QString(63, u')');
        QVERIFY(Expression::parse(text));
        QVERIFY(Expression::parse(QString(64, u'!') + u"a.b"_s));
    }

    void longChains_evaluateWithoutDeepRecursion()
    {
        const QString text = u"session.up && "_s.repeated(280) + u"session.up"_s;
        QVERIFY(text.size() < Expression::maxLength);
        QCOMPARE(eval(text, sheet({{u"session.up"_s, true}})), Truth::True);
        QCOMPARE(eval(text, FactSheet()), Truth::Unknown);
    }

    void garbage_neverCrashes()
    {
        // Random strings over the language's own characters (and some it does not know), plus mutations of
        // the built-in rules' conditions. Any result is fine as long as it is a clean one.
        const QString alphabet = u"abcxyz_.$019 '\"\\()[],=!<>&|-+*/#@\t\nñ€\u0000\u0001in known true false"_s;
        QStringList seeds;
        for (const Rule &rule : RuleBook::builtIn().rules())
            seeds.append(rule.when.text());
        QVERIFY(seeds.size() > 20);

        QRandomGenerator random(20261118);
        const FactSheet facts = sheet({{u"onu.rx_dbm"_s, -25.0},
                                       {u"onu.status"_s, u"online"_s},
                                       {u"session.up"_s, false},
                                       {u"a.b"_s, u"text"_s}});
        int parsed = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text;
            if (i % 2 == 0) {
                const int length = int(random.bounded(60));
                for (int k = 0; k < length; ++k)
                    text.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
            } else {
                text = seeds.at(int(random.bounded(int(seeds.size()))));
                const int edits = 1 + int(random.bounded(4));
                for (int k = 0; k < edits && !text.isEmpty(); ++k) {
                    const int at = int(random.bounded(int(text.size())));
                    switch (random.bounded(3)) {
                    case 0:
                        text.remove(at, 1 + int(random.bounded(3)));
                        break;
                    case 1:
                        text.insert(at, alphabet.at(int(random.bounded(int(alphabet.size())))));
                        break;
                    default:
                        text = text.left(at);
                        break;
                    }
                }
            }
            QString error;
            qsizetype column = 0;
            const std::optional<Expression> e = Expression::parse(text, &error, &column);
            if (e) {
                ++parsed;
                e->evaluate(facts, Thresholds::defaults());
                e->evaluate(FactSheet(), Thresholds::defaults());
                QVERIFY(!e->dump().isEmpty());
            } else {
                QVERIFY2(error.startsWith(u"column "_s), qPrintable(text + u" -> "_s + error));
                QVERIFY2(column >= 1 && column <= text.size() + 1, qPrintable(text + u" -> "_s + error));
            }
        }
        QVERIFY(parsed > 100); // the mutations keep some conditions valid: the evaluator was exercised too
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
