// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the main window like an operator would (type a query, pick a row)
// and saves a picture of it: for the README and for checking the layout on
// a headless machine (`beholder --screenshot FILE`).
#pragma once

#include <QObject>
#include <QPointer>
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
    void selectRow();
    void grabSoon();
    void grab();
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    ScreenshotRequest m_request;
    QTimer m_timeout;
    bool m_done = false;
    bool m_typed = false;
    bool m_selected = false;
};

} // namespace Beholder
