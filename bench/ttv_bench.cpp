// SPDX-License-Identifier: GPL-3.0-or-later
// Time to verdict, as an operator lives it: the console (offscreen) on a profile synced from the simulated
// ISP; for every scenario the demo ISP contains, type a short fragment until the customer's line is among
// the first results, arrow down to it, press Enter, and wait until the headline verdict is final (the live
// sources answering from the simulator). Prints one line per scenario and, last:
//   RESULT ttv_p95_ms=… keys_p95=… scenarios_correct=N/M
// Figures only: a wrong verdict is counted, never asserted.
#include "credentials/memorycredentialstore.h"
#include "demo/demoscenarios.h"
#include "diagnosispanel.h"
#include "mainwindow.h"
#include "profile/profilemanager.h"
#include "resultsview.h"
#include "searchfield.h"
#include "simulator/isp/simulator.h"
#include "sources/sourcesettings.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "util/appinfo.h"
#include "util/textnormalize.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p / 100.0 * double(values.size()))));
}

// The row of `user` among the first `rows` results shown, or -1.
int rowOf(ResultsView *results, const QString &user, int rows)
{
    for (int row = 0; row < std::min(rows, results->rowCountShown()); ++row) {
        const std::optional<SearchHit> hit = results->hitAt(row);
        if (hit && hit->pppoeUser.compare(user, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

// What an operator would type for this line: the customer's name as spoken (accents dropped), or the
// PPPoE user when the CRM has no name for it.
QString typedText(const Demo::DemoScenario &scenario)
{
    const QStringList words = Text::fold(scenario.customerName).split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2 ? words.at(0) + u' ' + words.at(1) : scenario.pppoeUser;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Time to verdict for every demo scenario"_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Demo ISP size (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption topOption(u"top"_s, u"How far down the results an operator looks (default 5)."_s,
                                       u"rows"_s, u"5"_s);
    parser.addOptions({customersOption, topOption});
    parser.process(app);
    const int top = std::max(1, parser.value(topOption).toInt());

    Sim::SimulatorOptions options;
    options.demo.customers = parser.value(customersOption).toInt();
    Sim::Simulator sim(options);
    QSignalSpy started(&sim, &Sim::Simulator::started);
    sim.start();
    if (!started.wait(120'000) || !started.constFirst().constFirst().toBool()) {
        out << "simulator: " << sim.errorString() << "\n";
        return 1;
    }

    QTemporaryDir dir;
    const QString name = u"ttv"_s;
    const std::optional<Profile> profile = ProfileManager(dir.path()).openOrCreate(name);
    if (!profile || !saveProfileSources(*profile, sim.profileSources()).isEmpty()) {
        out << "cannot create the profile\n";
        return 1;
    }
    auto secrets = std::make_shared<MemorySecrets>();
    const QHash<QString, QString> simSecrets = sim.secrets();
    for (auto it = simSecrets.cbegin(); it != simSecrets.cend(); ++it)
        secrets->setValue(name, it.key(), it.value());

    MainWindowOptions windowOptions;
    windowOptions.dataDirectory = dir.path();
    windowOptions.restoreWindowState = false;
    windowOptions.session.credentialStore = [secrets](const QString &profileName) {
        return std::make_unique<MemoryCredentialStore>(profileName, secrets);
    };
    windowOptions.session.nightlySync = false;
    MainWindow window(windowOptions, *profile);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        out << "the window was never shown\n";
        return 1;
    }
    if (!QTest::qWaitFor([&] { return window.session()->state() == ProfileSession::State::Ready; }, 60'000)
        || !QTest::qWaitFor([&] { return window.syncNowAction()->isEnabled(); }, 60'000)) {
        out << "the profile did not open\n";
        return 1;
    }
    QElapsedTimer syncClock;
    syncClock.start();
    window.syncNowAction()->trigger();
    if (!QTest::qWaitFor(
            [&] {
                return window.isDataReady() && !window.session()->sync()->isBusy()
                    && window.syncPanel()->stateOf(SourceKind::IspCube) == SourceState::Succeeded;
            },
            300'000)) {
        out << "the sync did not finish\n";
        return 1;
    }
    out << "customers " << options.demo.customers << ", synced from the simulator in "
        << QString::number(syncClock.elapsed() / 1000.0, 'f', 1) << " s\n";

    SearchField *field = window.searchField();
    ResultsView *results = window.resultsView();
    DiagnosisPanel *panel = window.diagnosisPanel();
    QList<double> times;
    QList<double> keyCounts;
    int correct = 0;
    const QList<Demo::DemoScenario> scenarios = sim.scenarios();
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(u"SCENARIO"_s, -24)
               .arg(u"KEYS"_s, 5)
               .arg(u"MS"_s, 7)
               .arg(u"VERDICT"_s, -15)
               .arg(u"EXPECTED"_s, -15)
               .arg(u"TYPED"_s);
    for (const Demo::DemoScenario &scenario : scenarios) {
        field->setFocus();
        field->clear();
        field->flush();
        QTest::qWait(50);
        const QString text = typedText(scenario);
        QElapsedTimer clock;
        clock.start();
        int keys = 0;
        int row = -1;
        QString typed;
        for (const QChar c : text) {
            QSignalSpy shown(&window, &MainWindow::resultsShown);
            QTest::keyClick(field, c.toLatin1());
            typed += c;
            ++keys;
            if (c == u' ')
                continue;
            shown.wait(2000);
            row = rowOf(results, scenario.pppoeUser, top);
            if (row >= 0)
                break;
        }
        if (row < 0) { // the whole name was not enough: the PPPoE user is
            field->clear();
            field->flush();
            typed.clear();
            for (const QChar c : scenario.pppoeUser) {
                QSignalSpy shown(&window, &MainWindow::resultsShown);
                QTest::keyClick(field, c.toLatin1());
                typed += c;
                ++keys;
                shown.wait(2000);
                row = rowOf(results, scenario.pppoeUser, top);
                if (row >= 0)
                    break;
            }
        }
        QString verdict = u"-"_s;
        if (row >= 0) {
            QTest::keyClick(field, Qt::Key_Down); // into the results, on the first row
            ++keys;
            if (!QTest::qWaitFor([&] { return results->hasFocus() && results->currentHit().has_value(); }, 2000))
                out << scenario.id << ": the results did not take the focus\n";
            for (int i = 0; i < row; ++i, ++keys)
                QTest::keyClick(results, Qt::Key_Down);
            QTest::keyClick(results, Qt::Key_Return);
            ++keys;
            const bool final = QTest::qWaitFor(
                [&] {
                    return panel->pppoeUser().compare(scenario.pppoeUser, Qt::CaseInsensitive) == 0 && panel->isFinal();
                },
                30'000);
            if (final && panel->banner()->verdict())
                verdict = Triage::verdictId(*panel->banner()->verdict());
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const bool ok = verdict == Triage::verdictId(scenario.expected);
        correct += ok;
        times << ms;
        keyCounts << keys;
        out << QStringLiteral("%1 %2 %3 %4 %5  \"%6\"%7\n")
                   .arg(scenario.id, -24)
                   .arg(keys, 5)
                   .arg(ms, 7, 'f', 0)
                   .arg(verdict, -15)
                   .arg(Triage::verdictId(scenario.expected), -15)
                   .arg(typed, ok ? QString() : u"  WRONG"_s);
        out.flush();
    }
    out << "RESULT ttv_p95_ms=" << QString::number(percentile(times, 95), 'f', 0)
        << " keys_p95=" << QString::number(percentile(keyCounts, 95), 'f', 0) << " scenarios_correct=" << correct << '/'
        << scenarios.size() << "\n";
    out.flush();
    return 0;
}
