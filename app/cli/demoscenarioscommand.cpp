// SPDX-License-Identifier: GPL-3.0-or-later
// Generates the demo ISP in memory (nothing is written, no profile is needed) and prints its scenarios. The
// defaults are those of `demo init`, `sim` and the console's --demo, so the users exist in a demo profile synced
// from the simulator; which users play the scenarios depends on the seed and the size only, never on the time.
#include "demoscenarioscommand.h"

#include "demo/demoscenarios.h"
#include "demoinitcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace Beholder::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray toJson(const QList<Demo::DemoScenario> &scenarios)
{
    QJsonArray array;
    for (const Demo::DemoScenario &scenario : scenarios) {
        array.append(QJsonObject{
            {u"id"_s, scenario.id},
            {u"title"_s, scenario.title},
            {u"pppoe_user"_s, scenario.pppoeUser},
            {u"customer"_s, scenario.customerName},
            {u"expected_verdict"_s, Demo::scenarioVerdictId(scenario.expected)},
            {u"expected_rule"_s, scenario.expectedRule},
            {u"description"_s, scenario.description},
        });
    }
    return array;
}

QString table(const QList<Demo::DemoScenario> &scenarios)
{
    const QStringList headers{u"SCENARIO"_s, u"VERDICT"_s, u"RULE"_s, u"PPPOE USER"_s, u"CUSTOMER"_s};
    QList<QStringList> rows;
    for (const Demo::DemoScenario &scenario : scenarios)
        rows.append({scenario.id, Demo::scenarioVerdictId(scenario.expected), scenario.expectedRule, scenario.pppoeUser,
                     scenario.customerName});
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        out += text + u'\n';
    };
    line(headers);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    return out;
}

} // namespace

DemoScenariosCommand::DemoScenariosCommand()
    : m_json(u"json"_s, u"Print a JSON array instead of a table (see docs/cli.md for the keys)."_s)
    , m_customers(
          u"customers"_s,
          u"Size of the demo ISP, 1 to %1 (default %2, as demo init and --demo)."_s.arg(DemoInitCommand::maxCustomers)
              .arg(DemoInitCommand::defaultCustomers),
          u"n"_s, QString::number(DemoInitCommand::defaultCustomers))
    , m_seed(u"seed"_s, u"Random seed of the demo ISP (default %1)."_s.arg(Demo::DemoOptions{}.seed), u"s"_s,
             QString::number(Demo::DemoOptions{}.seed))
{ }

QStringList DemoScenariosCommand::words() const
{
    return {u"demo"_s, u"scenarios"_s};
}

QString DemoScenariosCommand::summary() const
{
    return u"List the demo ISP's diagnosis scenarios: user, expected verdict and rule."_s;
}

QList<QCommandLineOption> DemoScenariosCommand::options() const
{
    return {m_json, m_customers, m_seed};
}

int DemoScenariosCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            u"demo scenarios takes no arguments, got '%1'"_s.arg(parser.positionalArguments().join(u' ').left(80)));
    QString error;
    const std::optional<qint64> customers
        = parseBoundedInteger(u"customers"_s, parser.value(m_customers), 1, DemoInitCommand::maxCustomers, &error);
    if (!customers)
        return context.usageError(error);
    bool seedOk = false;
    const quint64 seed = parser.value(m_seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return context.usageError(
            u"--seed must be a whole number from 0 to %1, not '%2'"_s.arg(std::numeric_limits<quint64>::max())
                .arg(parser.value(m_seed).left(40)));

    Demo::DemoOptions options;
    options.customers = int(*customers);
    options.seed = seed;
    const QList<Demo::DemoScenario> scenarios = Demo::generateDemoIsp(options).scenarios;
    if (parser.isSet(m_json))
        context.out() << QString::fromUtf8(QJsonDocument(toJson(scenarios)).toJson(QJsonDocument::Compact)) << u'\n';
    else
        context.out() << table(scenarios);
    return ExitOk;
}

} // namespace Beholder::Cli
