// SPDX-License-Identifier: GPL-3.0-or-later
// One REST source in the settings dialog (ISPCube, SmartOLT or cnMaestro):
// where it is, as whom, its timeout and hourly budget, and its secrets. A
// secret field starts empty: typing replaces the stored secret, leaving it
// empty keeps it (the dialog never reads a secret back into a widget).
#pragma once

#include "sources/sourceconfig.h"
#include "sources/sourcesecrets.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Beholder {

class ConnectionTestView;

class SourcePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePage)

public:
    SourcePage(SourceKind kind, QWidget *parent = nullptr);

    SourceKind kind() const { return m_kind; }
    static QString title(SourceKind kind);

    // `config` absent: the profile has no such source yet (the page starts disabled).
    void setConfig(const std::optional<SourceConfig> &config);
    // What the page holds; nullopt when the source is off and was never configured.
    std::optional<SourceConfig> config() const;
    // Secret key -> typed value, only the fields someone typed in.
    QHash<QString, QString> typedSecrets() const;
    void setReadOnly(bool readOnly);
    // Testing signs in to the source with the profile's credentials: the right to sync. `why` is the refusal.
    void setTestAllowed(bool allowed, const QString &why);
    ConnectionTestView *testView() const { return m_test; }
    // As if "Test Connection" was pressed.
    void requestTest();

signals:
    // "Test connection": with what the page holds now.
    void testRequested(const Beholder::SourceConfig &config, const QHash<QString, QString> &typedSecrets);
    void changed();

private:
    void updateEnabled();

    SourceKind m_kind;
    bool m_configured = false;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_clientId = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_callsPerHour = nullptr;
    QList<QPair<SecretField, QLineEdit *>> m_secrets;
    QPushButton *m_testButton = nullptr;
    bool m_testAllowed = true;
    ConnectionTestView *m_test = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace Beholder
