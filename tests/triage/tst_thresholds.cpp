// SPDX-License-Identifier: GPL-3.0-or-later
// The thresholds table: the defaults of triage.md, validation of edits, and the `[thresholds]` group of a
// profile's settings.ini (only that group is written; a bad value falls back to its default with a warning).
#include "testsupport.h"
#include "triage/thresholds.h"

#include <QFile>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace Beholder::Triage;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The file's sections by header ("[sources]" -> its lines, byte for byte), in file order.
QList<std::pair<QByteArray, QByteArray>> sections(const QByteArray &ini)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const QByteArray &line : ini.split('\n')) {
        if (line.startsWith('['))
            out.append({line, {}});
        else if (!out.isEmpty())
            out.last().second += line + '\n';
    }
    return out;
}

QList<std::pair<QByteArray, QByteArray>> withoutThresholds(const QByteArray &ini)
{
    QList<std::pair<QByteArray, QByteArray>> out = sections(ini);
    out.removeIf([](const auto &section) { return section.first == "[thresholds]"; });
    return out;
}

} // namespace

class TestThresholds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void defaults_areThoseOfTriageMd_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        // docs/diagnosis.md "Thresholds", from ../shared/api/triage.md.
        QTest::newRow("rx_warning_dbm") << u"rx_warning_dbm"_s << -24.0 << u"dBm"_s;
        QTest::newRow("rx_critical_dbm") << u"rx_critical_dbm"_s << -27.0 << u"dBm"_s;
        QTest::newRow("rx_overload_dbm") << u"rx_overload_dbm"_s << -8.0 << u"dBm"_s;
        QTest::newRow("olt_rx_warning_dbm") << u"olt_rx_warning_dbm"_s << -28.0 << u"dBm"_s;
        QTest::newRow("rx_drift_warning_db") << u"rx_drift_warning_db"_s << 3.0 << u"dB"_s;
        QTest::newRow("dying_gasp_repeat_24h") << u"dying_gasp_repeat_24h"_s << 3.0 << u"count"_s;
        QTest::newRow("snr_warning_db") << u"snr_warning_db"_s << 25.0 << u"dB"_s;
        QTest::newRow("snr_critical_db") << u"snr_critical_db"_s << 15.0 << u"dB"_s;
        QTest::newRow("rssi_warning_dbm") << u"rssi_warning_dbm"_s << -75.0 << u"dBm"_s;
        QTest::newRow("rssi_critical_dbm") << u"rssi_critical_dbm"_s << -80.0 << u"dBm"_s;
        QTest::newRow("flap_starts_1h") << u"flap_starts_1h"_s << 5.0 << u"count"_s;
        QTest::newRow("saturation_pct") << u"saturation_pct"_s << 90.0 << u"%"_s;
        QTest::newRow("saturation_seconds") << u"saturation_seconds"_s << 30.0 << u"s"_s;
        QTest::newRow("pon_outage_min_onus") << u"pon_outage_min_onus"_s << 4.0 << u"count"_s;
        QTest::newRow("pon_outage_ratio") << u"pon_outage_ratio"_s << 0.5 << u"ratio"_s;
        QTest::newRow("pon_outage_window_min") << u"pon_outage_window_min"_s << 10.0 << u"min"_s;
        QTest::newRow("ap_outage_min_sms") << u"ap_outage_min_sms"_s << 3.0 << u"count"_s;
        QTest::newRow("ap_outage_ratio") << u"ap_outage_ratio"_s << 0.5 << u"ratio"_s;
        QTest::newRow("ap_outage_window_min") << u"ap_outage_window_min"_s << 10.0 << u"min"_s;
        QTest::newRow("router_outage_min_sessions") << u"router_outage_min_sessions"_s << 5.0 << u"count"_s;
        QTest::newRow("router_outage_ratio") << u"router_outage_ratio"_s << 0.2 << u"ratio"_s;
        QTest::newRow("router_outage_window_min") << u"router_outage_window_min"_s << 5.0 << u"min"_s;
        QTest::newRow("live_timeout_s") << u"live_timeout_s"_s << 6.0 << u"s"_s;
    }

    void defaults_areThoseOfTriageMd()
    {
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const Thresholds defaults = Thresholds::defaults();
        QCOMPARE(defaults.value(id), value);
        QVERIFY(defaults.isDefault(id));
        const std::optional<ThresholdSpec> spec = Thresholds::spec(id);
        QVERIFY(spec);
        QCOMPARE(spec->defaultValue, value);
        QCOMPARE(spec->unit, unit);
        QVERIFY(!spec->label.isEmpty());
        QVERIFY(!spec->description.isEmpty());
        QVERIFY2(spec->minimum <= value && value <= spec->maximum, qPrintable(id));
        QVERIFY(spec->minimum < spec->maximum);
        QCOMPARE(spec->wholeNumber,
                 unit == u"count"_s || (unit == u"s"_s && id != u"live_timeout_s"_s) || unit == u"min"_s);
    }

    void table_hasExactlyTheDocumentedIdsInOrder()
    {
        const QStringList expected{u"rx_warning_dbm"_s,       u"rx_critical_dbm"_s,
                                   u"rx_overload_dbm"_s,      u"olt_rx_warning_dbm"_s,
                                   u"rx_drift_warning_db"_s,  u"dying_gasp_repeat_24h"_s,
                                   u"snr_warning_db"_s,       u"snr_critical_db"_s,
                                   u"rssi_warning_dbm"_s,     u"rssi_critical_dbm"_s,
                                   u"flap_starts_1h"_s,       u"saturation_pct"_s,
                                   u"saturation_seconds"_s,   u"pon_outage_min_onus"_s,
                                   u"pon_outage_ratio"_s,     u"pon_outage_window_min"_s,
                                   u"ap_outage_min_sms"_s,    u"ap_outage_ratio"_s,
                                   u"ap_outage_window_min"_s, u"router_outage_min_sessions"_s,
                                   u"router_outage_ratio"_s,  u"router_outage_window_min"_s,
                                   u"live_timeout_s"_s};
        QCOMPARE(Thresholds::ids(), expected);
        QStringList fromSpecs;
        for (const ThresholdSpec &spec : Thresholds::defaults().specs())
            fromSpecs.append(spec.id);
        QCOMPARE(fromSpecs, expected);
        QVERIFY(Thresholds::defaults().inconsistencies().isEmpty());
        QVERIFY(!Thresholds::isKnown(u"rx_weak_dbm"_s));
        QVERIFY(std::isnan(Thresholds::defaults().value(u"rx_weak_dbm"_s)));
        QVERIFY(Thresholds() == Thresholds::defaults());
    }

    void set_acceptsValuesInRange()
    {
        Thresholds t;
        QString error = u"untouched"_s;
        QVERIFY(t.set(u"rx_warning_dbm"_s, -25.5, &error));
        QCOMPARE(t.value(u"rx_warning_dbm"_s), -25.5);
        QVERIFY(!t.isDefault(u"rx_warning_dbm"_s));
        QVERIFY(t != Thresholds::defaults());
        QVERIFY(t.set(u"pon_outage_ratio"_s, 1.0, &error)); // the range is inclusive
        QVERIFY(t.set(u"dying_gasp_repeat_24h"_s, 4, &error));
        t.reset(u"rx_warning_dbm"_s);
        QVERIFY(t.isDefault(u"rx_warning_dbm"_s));
        QVERIFY(!t.isDefault(u"pon_outage_ratio"_s));
        t.resetToDefaults();
        QVERIFY(t == Thresholds::defaults());
    }

    void set_refusesWithAClearError_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("too weak") << u"rx_warning_dbm"_s << -50.0
                                  << u"ONU Rx warning level: -50 dBm is out of range (-40 dBm to 0 dBm)"_s;
        QTest::newRow("positive rssi") << u"rssi_critical_dbm"_s << 5.0
                                       << u"RSSI critical level: 5 dBm is out of range (-100 dBm to -30 dBm)"_s;
        QTest::newRow("ratio above 1") << u"pon_outage_ratio"_s << 1.5
                                       << u"PON outage: share of the port: 1.5 is out of range (0.05 to 1)"_s;
        QTest::newRow("ratio zero") << u"router_outage_ratio"_s << 0.0
                                    << u"Router outage: share: 0 is out of range (0.01 to 1)"_s;
        QTest::newRow("fraction of a count")
            << u"flap_starts_1h"_s << 2.5 << u"Session starts for flapping: 2.5 is not a whole number"_s;
        QTest::newRow("NaN") << u"snr_warning_db"_s << std::numeric_limits<double>::quiet_NaN()
                             << u"SNR warning level: not a number"_s;
        QTest::newRow("infinity") << u"live_timeout_s"_s << std::numeric_limits<double>::infinity()
                                  << u"Live source timeout: not a number"_s;
        QTest::newRow("unknown id") << u"rx_weak_dbm"_s << -25.0 << u"unknown threshold 'rx_weak_dbm'"_s;
    }

    void set_refusesWithAClearError()
    {
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(QString, error);
        Thresholds t;
        QString message;
        QVERIFY(!t.set(id, value, &message));
        QCOMPARE(message, error);
        QVERIFY(t == Thresholds::defaults()); // nothing changed
        QVERIFY(!t.set(id, value));           // no error pointer: still refused, no crash
    }

    void inconsistencies_nameBothLevels()
    {
        Thresholds t;
        QVERIFY(t.set(u"rx_critical_dbm"_s, -24)); // equal to the warning level: an empty warning band is fine
        QVERIFY(t.inconsistencies().isEmpty());
        QVERIFY(t.set(u"rx_critical_dbm"_s, -20));
        QCOMPARE(t.inconsistencies(),
                 QStringList{u"the ONU Rx critical level (-20 dBm) must not be above the warning level (-24 dBm)"_s});
        QVERIFY(t.set(u"snr_critical_db"_s, 30));
        QCOMPARE(t.inconsistencies().size(), 2);
        QVERIFY(t.set(u"rx_overload_dbm"_s, -20));
        QVERIFY(t.set(u"rx_warning_dbm"_s, -19)); // the critical level is fine again, the overload is not
        QVERIFY(t.set(u"rssi_critical_dbm"_s, -70));
        QCOMPARE(t.inconsistencies(),
                 (QStringList{u"the ONU Rx warning level (-19 dBm) must be below the overload level (-20 dBm)"_s,
                              u"the SNR critical level (30 dB) must not be above the warning level (25 dB)"_s,
                              u"the RSSI critical level (-70 dBm) must not be above the warning level (-75 dBm)"_s}));
    }

    void loadMissingFile_givesDefaultsWithoutWarning()
    {
        QTemporaryDir dir;
        QString warning = u"untouched"_s;
        const Thresholds t = Thresholds::load(dir.filePath(u"nope/settings.ini"_s), &warning);
        QVERIFY(t == Thresholds::defaults());
        QVERIFY(warning.isEmpty());
    }

    void saveAndLoad_roundTripAndKeepTheOtherGroups()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            // The other groups as the sources and nightly-sync code write them.
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(u"sources/version"_s, 1);
            settings.setValue(u"sources/ispcube/url"_s, u"https://norte.ispcube.com/api"_s);
            settings.setValue(u"sources/ispcube/client_id"_s, u"1234"_s);
            settings.setValue(u"routers/12/host"_s, u"10.0.0.1"_s);
            settings.setValue(u"routers/12/port"_s, 8728);
            settings.setValue(u"sync/nightly_enabled"_s, true);
            settings.setValue(u"sync/nightly_time"_s, u"03:00"_s);
        }
        const QByteArray before = readAll(file);
        QVERIFY(before.contains("[sources]"));

        Thresholds t;
        QVERIFY(t.set(u"rx_warning_dbm"_s, -25.5));
        QVERIFY(t.set(u"flap_starts_1h"_s, 8));
        QVERIFY(t.set(u"pon_outage_ratio"_s, 0.6));
        QVERIFY(t.set(u"snr_warning_db"_s, 25)); // the default: not written
        QString error;
        QVERIFY2(t.save(file, &error), qPrintable(error));

        const QByteArray after = readAll(file);
        QCOMPARE(withoutThresholds(after), sections(before)); // every other group, byte for byte
        const QSettings written(file, QSettings::IniFormat);
        QCOMPARE(written.value(u"thresholds/rx_warning_dbm"_s).toString(), u"-25.5"_s);
        QCOMPARE(written.value(u"thresholds/flap_starts_1h"_s).toString(), u"8"_s);
        QCOMPARE(written.value(u"thresholds/pon_outage_ratio"_s).toString(), u"0.6"_s);
        QVERIFY(!written.contains(u"thresholds/snr_warning_db"_s));
        QCOMPARE(written.allKeys().filter(u"thresholds/"_s).size(), 3);

        QString warning = u"untouched"_s;
        const Thresholds loaded = Thresholds::load(file, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QVERIFY(loaded == t);
        QCOMPARE(loaded.value(u"rx_warning_dbm"_s), -25.5);

        // Back to the defaults: the group goes away and the file is what it was.
        QVERIFY(Thresholds::defaults().save(file, &error));
        QCOMPARE(readAll(file), before);
    }

    void save_replacesPreviousValues()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        Thresholds first;
        QVERIFY(first.set(u"rx_warning_dbm"_s, -25));
        QVERIFY(first.set(u"saturation_pct"_s, 80));
        QVERIFY(first.save(file));
        Thresholds second;
        QVERIFY(second.set(u"saturation_pct"_s, 95));
        QVERIFY(second.save(file));
        const Thresholds loaded = Thresholds::load(file);
        QVERIFY(loaded == second);
        QVERIFY(loaded.isDefault(u"rx_warning_dbm"_s));
    }

    void load_keepsTheOtherGroupsOfAHandWrittenFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        writeAll(file,
                 "[sources/ispcube]\nurl=https://norte.ispcube.com/api\nuser=beholder\n\n"
                 "[thresholds]\nrssi_warning_dbm=-72\n\n[sync]\nnightly_time=04:30\n");
        QString warning;
        Thresholds t = Thresholds::load(file, &warning);
        QVERIFY(warning.isEmpty());
        QCOMPARE(t.value(u"rssi_warning_dbm"_s), -72.0);
        QVERIFY(t.set(u"snr_warning_db"_s, 22));
        QVERIFY(t.save(file));
        const QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(u"sources/ispcube/url"_s).toString(), u"https://norte.ispcube.com/api"_s);
        QCOMPARE(settings.value(u"sources/ispcube/user"_s).toString(), u"beholder"_s);
        QCOMPARE(settings.value(u"sync/nightly_time"_s).toString(), u"04:30"_s);
        QCOMPARE(Thresholds::load(file).value(u"snr_warning_db"_s), 22.0);
        QCOMPARE(Thresholds::load(file).value(u"rssi_warning_dbm"_s), -72.0);
    }

    void load_badValuesFallBackToTheDefaultWithAWarning()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        writeAll(file,
                 "[sources]\nversion=1\n\n[thresholds]\n"
                 "rx_warning_dbm=abc\n"
                 "snr_warning_db=500\n"
                 "flap_starts_1h=2.5\n"
                 "pon_outage_ratio=0,5\n"
                 "some_future_threshold=7\n"
                 "rx_critical_dbm=-28\n"
                 "rssi_warning_dbm= -70 \n");
        QString warning;
        const Thresholds t = Thresholds::load(file, &warning);
        QCOMPARE(t.value(u"rx_warning_dbm"_s), -24.0);
        QCOMPARE(t.value(u"snr_warning_db"_s), 25.0);
        QCOMPARE(t.value(u"flap_starts_1h"_s), 5.0);
        QCOMPARE(t.value(u"pon_outage_ratio"_s), 0.5);
        QCOMPARE(t.value(u"rx_critical_dbm"_s), -28.0); // the good ones are applied
        QCOMPARE(t.value(u"rssi_warning_dbm"_s), -70.0);
        const QStringList lines = warning.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.contains(u"thresholds/rx_warning_dbm: \"abc\" is not a number; using the default, -24 dBm"_s),
                 qPrintable(warning));
        QVERIFY2(lines.contains(u"thresholds/snr_warning_db: 500 dB is out of range (0 dB to 60 dB); using the "
                                "default, 25 dB"_s),
                 qPrintable(warning));
        QVERIFY2(lines.contains(u"thresholds/flap_starts_1h: 2.5 is not a whole number; using the default, 5"_s),
                 qPrintable(warning));
        QVERIFY2(lines.contains(u"thresholds/pon_outage_ratio: \"0,5\" is not a number; using the default, 0.5"_s),
                 qPrintable(warning));
        QVERIFY(!warning.contains(u"some_future_threshold"_s)); // unknown keys are ignored
    }

    void load_contradictionsAreKeptWithAWarning_andSaveRefusesThem()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        const QByteArray text = "[thresholds]\nrx_critical_dbm=-20\n";
        writeAll(file, text);
        QString warning;
        const Thresholds t = Thresholds::load(file, &warning);
        QCOMPARE(t.value(u"rx_critical_dbm"_s), -20.0);
        QCOMPARE(warning,
                 u"thresholds: the ONU Rx critical level (-20 dBm) must not be above the warning level "
                 "(-24 dBm)"_s);
        QString error;
        QVERIFY(!t.save(file, &error));
        QVERIFY2(error.startsWith(u"The thresholds contradict each other: the ONU Rx critical level"_s),
                 qPrintable(error));
        QCOMPARE(readAll(file), text);
    }

    void save_reportsAFileThatCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"not-a-folder"_s);
        writeAll(blocker, "a file where a folder should be");
        Thresholds t;
        QVERIFY(t.set(u"rx_warning_dbm"_s, -25));
        QString error;
        const QString file = blocker + u"/settings.ini"_s;
        QVERIFY(!t.save(file, &error));
        QCOMPARE(error, file + u" cannot be written"_s);
    }

    void formatValue_saysTheUnit()
    {
        QCOMPARE(Thresholds::formatValue(u"rx_critical_dbm"_s, -27), u"-27 dBm"_s);
        QCOMPARE(Thresholds::formatValue(u"saturation_pct"_s, 90), u"90 %"_s);
        QCOMPARE(Thresholds::formatValue(u"pon_outage_ratio"_s, 0.5), u"0.5"_s);
        QCOMPARE(Thresholds::formatValue(u"flap_starts_1h"_s, 5), u"5"_s);
        QCOMPARE(Thresholds::formatValue(u"live_timeout_s"_s, 6.5), u"6.5 s"_s);
    }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
