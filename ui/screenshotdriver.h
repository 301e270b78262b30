// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the main window like an operator would (type a query, pick a row)
// and saves a picture of it: for the README and for checking the layout on
// a headless machine (`beholder --screenshot FILE`). With diagnosis users it
// searches each one, opens it, waits for its diagnosis to be final and saves
// one picture per user (`--screenshot-diagnosis USER`, repeatable).
#pragma once

#include "diagnosis/diagnosisreport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Beholder {

class MainWindow;

struct ScreenshotRequest
{
    QString file;      // PNG to write
    QString query;     // typed into the search field; empty = none
    int row = 0;       // result row to open (0 = the best match)
    QString pppoeUser; // or: the row with this PPPoE user
    int timeoutSeconds = 180;
    int grabAfterMilliseconds = 0; // > 0: grab at that moment, ready or not (e.g. while the demo loads)
    // PPPoE users to diagnose, one picture each once the diagnosis is final; `file` may then hold
    // "{user}" and "{verdict}" (the final verdict's id in lower case, "dispatch").
    QStringList diagnoseUsers;
    bool hideSyncPanel = false; // the demo's start-up sync opens it; a shot of the card does not want it
    // SNMP admin tabs ("olts", "executions", "onus", ...) to grab, one picture each, from the window that
    // Tools > SNMP Monitoring opens once the data is ready (after grabAfterMilliseconds, if set: the
    // demo's jobs run meanwhile); `file` may then hold "{tab}".
    QStringList snmpTabs;
    // Tools > Settings pages ("general", "smartolt", "routers", "tls", ...) to grab once the data is ready;
    // a source's or router's page first runs its "Test connection". `file` may then hold "{page}".
    QStringList settingsPages;
};

class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    ScreenshotDriver(MainWindow *window, const ScreenshotRequest &request, QObject *parent = nullptr);

    // Waits for the data, then types, selects and grabs.
    void start();

signals:
    void finished(bool ok, const QString &message);

private:
    void typeQuery();
    void nextDiagnosis();
    void onReport(const Diagnosis::DiagnosisReport &report);
    void selectRow();
    void grabSoon();
    void grab();
    void fail(const QString &message);
    void openSnmpAdmin();
    void nextSnmpTab();
    void nextSettingsPage();

    QPointer<MainWindow> m_window;
    ScreenshotRequest m_request;
    QTimer m_timeout;
    bool m_done = false;
    bool m_typed = false;
    bool m_selected = false;
    qsizetype m_diagnosis = -1;    // index into diagnoseUsers
    qsizetype m_snmpTab = -1;      // index into snmpTabs
    qsizetype m_settingsPage = -1; // index into settingsPages
    bool m_waitedForRunning = false;
    QString m_fileOfThisShot;
    QStringList m_saved;
};

} // namespace Beholder
