// SPDX-License-Identifier: GPL-3.0-or-later
// The thresholds table, its validation, and its `[thresholds]` group in a profile's settings.ini.
#include "thresholds.h"

#include "access/accesspolicy.h"
#include "access/auditlog.h"
#include "access/authorization.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

#include <cmath>
#include <limits>

namespace Beholder::Triage {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcTriage, "beholder.triage", QtInfoMsg)

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Triage::Thresholds)
};

struct RawSpec
{
    const char16_t *id;
    double defaultValue;
    const char16_t *unit;
    const char *label;
    const char *description;
    double minimum;
    double maximum;
    bool wholeNumber;
    int decimals;
};

// docs/diagnosis.md, "Thresholds". Keep the order of that table.
constexpr RawSpec table[] = {
    {u"rx_warning_dbm", -24, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx warning level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx weaker than this: weak signal (warning)"), -40, 0, false, 1},
    {u"rx_critical_dbm", -27, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx critical level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx weaker than this: below the optical budget (DISPATCH)"), -40, 0,
     false, 1},
    {u"rx_overload_dbm", -8, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx overload level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "ONU Rx stronger than this: overload, needs an attenuator (DISPATCH)"),
     -20, 10, false, 1},
    {u"olt_rx_warning_dbm", -28, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "OLT Rx warning level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "OLT Rx of the ONU weaker than this: weak upstream (warning)"), -45, 0,
     false, 1},
    {u"rx_drift_warning_db", 3, u"dB", QT_TRANSLATE_NOOP("Triage::Thresholds", "Optical drift warning"),
     QT_TRANSLATE_NOOP("Triage::Thresholds",
                       "ONU Rx weaker by this much than a week ago: a fibre getting worse (warning)"),
     0.5, 30, false, 1},
    {u"dying_gasp_repeat_24h", 3, u"count", QT_TRANSLATE_NOOP("Triage::Thresholds", "Repeated power failures"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "Power failures in 24 h that make it a DISPATCH"), 1, 100, true, 0},
    {u"snr_warning_db", 25, u"dB", QT_TRANSLATE_NOOP("Triage::Thresholds", "SNR warning level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "SNR below this: weak radio link (warning)"), 0, 60, false, 1},
    {u"snr_critical_db", 15, u"dB", QT_TRANSLATE_NOOP("Triage::Thresholds", "SNR critical level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "SNR below this: misaligned or obstructed (DISPATCH)"), 0, 60, false, 1},
    {u"rssi_warning_dbm", -75, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "RSSI warning level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "RSSI weaker than this: low signal (warning)"), -100, -30, false, 1},
    {u"rssi_critical_dbm", -80, u"dBm", QT_TRANSLATE_NOOP("Triage::Thresholds", "RSSI critical level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "RSSI weaker than this: low signal (DISPATCH)"), -100, -30, false, 1},
    {u"flap_starts_1h", 5, u"count", QT_TRANSLATE_NOOP("Triage::Thresholds", "Session starts for flapping"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "PPPoE session starts in an hour that make it flapping"), 2, 120, true, 0},
    {u"saturation_pct", 90, u"%", QT_TRANSLATE_NOOP("Triage::Thresholds", "Saturation level"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "Live traffic at or above this share of the plan is saturated"), 50, 100,
     false, 0},
    {u"saturation_seconds", 30, u"s", QT_TRANSLATE_NOOP("Triage::Thresholds", "Saturation duration"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "How long traffic must stay saturated (the live chart)"), 5, 600, true, 0},
    {u"pon_outage_min_onus", 4, u"count", QT_TRANSLATE_NOOP("Triage::Thresholds", "PON outage: ONUs down"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "A PON port outage needs at least this many ONUs down together"), 2, 128,
     true, 0},
    {u"pon_outage_ratio", 0.5, u"ratio", QT_TRANSLATE_NOOP("Triage::Thresholds", "PON outage: share of the port"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... and at least this share of the port's ONUs (0-1)"), 0.05, 1, false,
     2},
    {u"pon_outage_window_min", 10, u"min", QT_TRANSLATE_NOOP("Triage::Thresholds", "PON outage: window"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... down within this many minutes of each other"), 1, 120, true, 0},
    {u"ap_outage_min_sms", 3, u"count", QT_TRANSLATE_NOOP("Triage::Thresholds", "AP outage: subscriber modules down"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "An access point outage needs at least this many SMs down together"), 2,
     256, true, 0},
    {u"ap_outage_ratio", 0.5, u"ratio", QT_TRANSLATE_NOOP("Triage::Thresholds", "AP outage: share of the AP"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... and at least this share of the access point's SMs (0-1)"), 0.05, 1,
     false, 2},
    {u"ap_outage_window_min", 10, u"min", QT_TRANSLATE_NOOP("Triage::Thresholds", "AP outage: window"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... down within this many minutes of each other"), 1, 120, true, 0},
    {u"router_outage_min_sessions", 5, u"count", QT_TRANSLATE_NOOP("Triage::Thresholds", "Router outage: sessions"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "A router outage needs at least this many sessions dropped together"), 2,
     100000, true, 0},
    {u"router_outage_ratio", 0.2, u"ratio", QT_TRANSLATE_NOOP("Triage::Thresholds", "Router outage: share"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... and at least this share of the router's sessions (0-1)"), 0.01, 1,
     false, 2},
    {u"router_outage_window_min", 5, u"min", QT_TRANSLATE_NOOP("Triage::Thresholds", "Router outage: window"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "... dropped within this many minutes of each other"), 1, 120, true, 0},
    {u"live_timeout_s", 6, u"s", QT_TRANSLATE_NOOP("Triage::Thresholds", "Live source timeout"),
     QT_TRANSLATE_NOOP("Triage::Thresholds", "How long each live source may take to answer"), 1, 120, false, 1},
};
constexpr qsizetype tableSize = qsizetype(std::size(table));

const QString group = u"thresholds"_s;

qsizetype indexOf(const QString &id)
{
    static const QHash<QString, qsizetype> byId = [] {
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < tableSize; ++i)
            index.insert(QString::fromUtf16(table[i].id), i);
        return index;
    }();
    return byId.value(id, -1);
}

ThresholdSpec toSpec(const RawSpec &raw)
{
    ThresholdSpec spec;
    spec.id = QString::fromUtf16(raw.id);
    spec.defaultValue = raw.defaultValue;
    spec.unit = QString::fromUtf16(raw.unit);
    spec.label = Tr::tr(raw.label);
    spec.description = Tr::tr(raw.description);
    spec.minimum = raw.minimum;
    spec.maximum = raw.maximum;
    spec.wholeNumber = raw.wholeNumber;
    spec.decimals = raw.decimals;
    return spec;
}

QString number(double value)
{
    if (value == 0)
        return u"0"_s; // and never "-0"
    return QLocale::c().toString(value, 'g', 10);
}

QString withUnit(const RawSpec &raw, double value)
{
    const QString unit = QString::fromUtf16(raw.unit);
    if (unit == u"count"_s || unit == u"ratio"_s)
        return number(value);
    return number(value) + u' ' + unit;
}

// Why `value` cannot be threshold `raw` ("-50 dBm is out of range (-40 dBm to 0 dBm)"), or an empty string
// when it can.
QString problemWith(const RawSpec &raw, double value)
{
    if (!std::isfinite(value))
        return Tr::tr("not a number");
    if (raw.wholeNumber && value != std::floor(value))
        return Tr::tr("%1 is not a whole number").arg(number(value));
    if (value < raw.minimum || value > raw.maximum) {
        return Tr::tr("%1 is out of range (%2 to %3)")
            .arg(withUnit(raw, value), withUnit(raw, raw.minimum), withUnit(raw, raw.maximum));
    }
    return {};
}

} // namespace

Thresholds::Thresholds()
{
    m_values.reserve(tableSize);
    for (const RawSpec &raw : table)
        m_values.append(raw.defaultValue);
}

Thresholds Thresholds::defaults()
{
    return Thresholds();
}

QList<ThresholdSpec> Thresholds::specs() const
{
    QList<ThresholdSpec> all;
    all.reserve(tableSize);
    for (const RawSpec &raw : table)
        all.append(toSpec(raw));
    return all;
}

std::optional<ThresholdSpec> Thresholds::spec(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return toSpec(table[i]);
}

bool Thresholds::isKnown(const QString &id)
{
    return indexOf(id) >= 0;
}

QStringList Thresholds::ids()
{
    QStringList all;
    all.reserve(tableSize);
    for (const RawSpec &raw : table)
        all.append(QString::fromUtf16(raw.id));
    return all;
}

double Thresholds::value(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::numeric_limits<double>::quiet_NaN() : m_values.at(i);
}

bool Thresholds::set(const QString &id, double value, QString *error)
{
    const qsizetype i = indexOf(id);
    if (i < 0) {
        if (error)
            *error = Tr::tr("unknown threshold '%1'").arg(id);
        return false;
    }
    const QString problem = problemWith(table[i], value);
    if (!problem.isEmpty()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(Tr::tr(table[i].label), problem);
        return false;
    }
    m_values[i] = value;
    return true;
}

bool Thresholds::isDefault(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 || m_values.at(i) == table[i].defaultValue;
}

void Thresholds::reset(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i >= 0)
        m_values[i] = table[i].defaultValue;
}

void Thresholds::resetToDefaults()
{
    *this = Thresholds();
}

QStringList Thresholds::inconsistencies() const
{
    struct Pair
    {
        const char16_t *weaker;
        const char16_t *stronger;
        bool strict;
        const char *text;
    };
    static constexpr Pair pairs[] = {
        {u"rx_critical_dbm", u"rx_warning_dbm", false,
         QT_TRANSLATE_NOOP("Triage::Thresholds",
                           "the ONU Rx critical level (%1) must not be above the warning level "
                           "(%2)")},
        {u"rx_warning_dbm", u"rx_overload_dbm", true,
         QT_TRANSLATE_NOOP("Triage::Thresholds",
                           "the ONU Rx warning level (%1) must be below the overload level "
                           "(%2)")},
        {u"snr_critical_db", u"snr_warning_db", false,
         QT_TRANSLATE_NOOP("Triage::Thresholds",
                           "the SNR critical level (%1) must not be above the warning level "
                           "(%2)")},
        {u"rssi_critical_dbm", u"rssi_warning_dbm", false,
         QT_TRANSLATE_NOOP("Triage::Thresholds",
                           "the RSSI critical level (%1) must not be above the warning level "
                           "(%2)")},
    };
    QStringList problems;
    for (const Pair &pair : pairs) {
        const QString low = QString::fromUtf16(pair.weaker);
        const QString high = QString::fromUtf16(pair.stronger);
        const double a = value(low);
        const double b = value(high);
        if (pair.strict ? a >= b : a > b)
            problems.append(Tr::tr(pair.text).arg(formatValue(low, a), formatValue(high, b)));
    }
    return problems;
}

QString Thresholds::formatValue(const QString &id, double value)
{
    const qsizetype i = indexOf(id);
    return i < 0 ? number(value) : withUnit(table[i], value);
}

Thresholds Thresholds::load(const QString &settingsFile, QString *warning)
{
    Thresholds thresholds;
    QStringList warnings;
    const auto finish = [&] {
        if (warning)
            *warning = warnings.join(u'\n');
        return thresholds;
    };
    if (!QFileInfo::exists(settingsFile))
        return finish();

    const QSettings settings(settingsFile, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        warnings.append(Tr::tr("%1 cannot be read; the thresholds are the defaults").arg(settingsFile));
        return finish();
    }
    const QString prefix = group + u'/';
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(prefix))
            continue;
        const QString id = key.mid(prefix.size());
        const qsizetype i = indexOf(id);
        if (i < 0) {
            qCInfo(lcTriage) << "settings.ini: unknown threshold ignored:" << key;
            continue;
        }
        const RawSpec &raw = table[i];
        const QVariant stored = settings.value(key);
        // An unquoted comma ("0,5") makes QSettings return a list: not a number either.
        const QString text = stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u',')
                                                                       : stored.toString().trimmed();
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        const QString problem = ok ? problemWith(raw, value) : Tr::tr("\"%1\" is not a number").arg(text);
        if (!problem.isEmpty()) {
            warnings.append(Tr::tr("%1: %2; using the default, %3").arg(key, problem, withUnit(raw, raw.defaultValue)));
            continue;
        }
        thresholds.m_values[i] = value;
    }
    const QStringList contradictions = thresholds.inconsistencies();
    for (const QString &contradiction : contradictions)
        warnings.append(Tr::tr("%1: %2").arg(group, contradiction));
    return finish();
}

bool Thresholds::save(const QString &settingsFile, const Access::Principal &by, const Access::AuditLog *audit,
                      QString *error) const
{
    const QString action = Access::AuditAction::thresholdsSave();
    if (const auto denied
        = Access::authorize(by, Access::Permission::EditThresholds, audit, action, by.profileName())) {
        if (error)
            *error = *denied;
        return false;
    }
    QString why;
    const bool saved = write(settingsFile, &why);
    if (audit) {
        QStringList changed;
        for (qsizetype i = 0; i < tableSize; ++i) {
            if (m_values.at(i) != table[i].defaultValue)
                changed << u"%1=%2"_s.arg(QString::fromUtf16(table[i].id), number(m_values.at(i)));
        }
        audit->append(Access::AuditEntry::by(by, action, by.profileName(), saved ? changed.join(u' ') : why,
                                             saved ? Access::AuditOutcome::Ok : Access::AuditOutcome::Failed));
    }
    if (!saved && error)
        *error = why;
    return saved;
}

bool Thresholds::save(const QString &settingsFile, QString *error) const
{
    return save(settingsFile, Access::defaultPrincipalForFile(settingsFile), nullptr, error);
}

bool Thresholds::write(const QString &settingsFile, QString *error) const
{
    const QStringList contradictions = inconsistencies();
    if (!contradictions.isEmpty()) {
        if (error)
            *error = Tr::tr("The thresholds contradict each other: %1").arg(contradictions.join(u"; "_s));
        return false;
    }
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.remove(group);
    for (qsizetype i = 0; i < tableSize; ++i) {
        if (m_values.at(i) != table[i].defaultValue)
            settings.setValue(group + u'/' + QString::fromUtf16(table[i].id), number(m_values.at(i)));
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = Tr::tr("%1 cannot be written").arg(settingsFile);
        return false;
    }
    return true;
}

} // namespace Beholder::Triage
