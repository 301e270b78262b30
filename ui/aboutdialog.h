// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About Beholder: what this copy is (version, the Qt it runs on, the
// build, the data folder in use), its licence and the third-party components
// it ships with, and a button that copies all of that for a bug report.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Beholder {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // `dataDirectory`: the data root in use (--data-dir, BEHOLDER_DATA_DIR or the default).
    explicit AboutDialog(const QString &dataDirectory, QWidget *parent = nullptr);

    // The version line as shown under the name ("Version 0.1.0").
    QString versionText() const;
    // What "Copy version info" puts on the clipboard: plain text, one fact per line.
    QString versionInfo() const;
    QPushButton *copyButton() const { return m_copyButton; }

    void copyVersionInfo();

private:
    QString m_dataDirectory;
    QLabel *m_version;
    QPushButton *m_copyButton;
};

// Opens the about box window-modal over `parent` without blocking (no nested
// event loop); it deletes itself when closed.
void showAboutDialog(QWidget *parent, const QString &dataDirectory);

} // namespace Beholder
