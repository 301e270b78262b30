// SPDX-License-Identifier: GPL-3.0-or-later
// The triage thresholds (docs/diagnosis.md, "Thresholds"; defaults from triage.md): one table of numbers an
// admin calibrates per profile, stored in the `[thresholds]` group of the profile's settings.ini.
//
// Storage: only values that differ from the default are written (`thresholds/rx_warning_dbm=-25`), so a
// profile that never changed a threshold follows the defaults of the version it runs; saving rewrites the
// `[thresholds]` group and leaves every other group of the file alone.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Beholder::Access {
class AuditLog;
class Principal;
} // namespace Beholder::Access

namespace Beholder::Triage {

struct ThresholdSpec
{
    QString id; // "rx_warning_dbm"
    double defaultValue = 0;
    QString unit;        // "dBm", "dB", "count", "%", "s", "min", "ratio"
    QString label;       // for people (translated): "ONU Rx warning level"
    QString description; // for people (translated): what it decides
    double minimum = 0;  // the accepted range, inclusive
    double maximum = 0;
    bool wholeNumber = false; // counts, seconds, minutes
    int decimals = 0;         // for editors and display
};

class Thresholds
{
public:
    // Every threshold at its default (as is a default-constructed table).
    Thresholds();
    static Thresholds defaults();

    // The table, in the order of docs/diagnosis.md.
    QList<ThresholdSpec> specs() const;
    static std::optional<ThresholdSpec> spec(const QString &id);
    static bool isKnown(const QString &id);
    static QStringList ids();

    // The current value; NaN for an unknown id.
    double value(const QString &id) const;
    // Sets one value after checking it (known id, a finite number, whole where it must be, within the
    // range). On refusal returns false, leaves the value as it was and says why in `error`.
    bool set(const QString &id, double value, QString *error = nullptr);
    bool isDefault(const QString &id) const;
    void reset(const QString &id);
    void resetToDefaults();

    // Pairs that contradict each other (a critical level that is not past its warning level, an overload
    // level not above the warning level): one sentence each; empty when the table is coherent.
    QStringList inconsistencies() const;

    // Reads the `[thresholds]` group of `settingsFile` (QSettings, IniFormat). A missing file or group gives
    // the defaults. Unknown keys are ignored; a value that is not a number or is out of range falls back to
    // the default and adds a line to `warning` (lines separated by '\n'); so do inconsistent pairs (their
    // values are kept).
    static Thresholds load(const QString &settingsFile, QString *warning = nullptr);
    // Writes the values that differ from the defaults into the `[thresholds]` group of `settingsFile`,
    // removing the others; the file's other groups are kept. Refuses an inconsistent table (nothing is
    // written) and reports a file that cannot be written.
    // Only for `by` with EditThresholds: otherwise nothing is written and the refusal is audited. A save is
    // audited "thresholds.save" (the non-default values, or why it failed) in `audit` when given.
    bool save(const QString &settingsFile, const Access::Principal &by, const Access::AuditLog *audit,
              QString *error = nullptr) const;
    // For the profile's default principal (Access::defaultPrincipalForFile): allowed on a single-user profile,
    // refused on one that requires sign-in. Not audited.
    bool save(const QString &settingsFile, QString *error = nullptr) const;

    // "-27 dBm", "0.5", "90 %": a value with its unit, for messages and reasons.
    static QString formatValue(const QString &id, double value);

    friend bool operator==(const Thresholds &a, const Thresholds &b) { return a.m_values == b.m_values; }
    friend bool operator!=(const Thresholds &a, const Thresholds &b) { return !(a == b); }

private:
    bool write(const QString &settingsFile, QString *error) const;

    QList<double> m_values; // parallel to the spec table
};

} // namespace Beholder::Triage
