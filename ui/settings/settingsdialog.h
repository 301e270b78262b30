// SPDX-License-Identifier: GPL-3.0-or-later
// Tools > Settings: everything a profile needs, without editing a file. The
// sources (address, user, timeout, budget, secrets, "Test connection"), the
// MikroTik routers, the TLS exceptions, the nightly sync, the triage
// thresholds, users and sign-in, and the desktop's language. Secrets typed
// here go straight to the keychain; settings.ini never sees them. Who may
// change what is decided by core (the principal's permissions): a page the
// principal may not change is shown read-only with the reason.
#pragma once

#include "access/principal.h"
#include "profile/profile.h"
#include "sources/sourceconfig.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimeEdit;

namespace Beholder {

namespace Access {
class AuditLog;
}

class ConnectionProbe;
class ConnectionTestView;
class CredentialStore;
class RoutersPage;
class SourcePage;
class TlsExceptionsPage;
struct PeerCertificate;
struct ProbeResult;

struct SettingsContext
{
    Profile profile;
    QString dataDirectory;                  // the desktop's beholder.ini (language)
    CredentialStore *credentials = nullptr; // the profile's namespace (the session's store)
    Access::Principal principal;
    const Access::AuditLog *audit = nullptr; // where saving writes its audit row (the session's)
    // The "Users and sign-in" page (ui/access), made by the window; none = no such page.
    std::function<QWidget *(QWidget *parent)> makeAccountsPage;
};

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page {
        General,
        IspCube,
        SmartOlt,
        CnMaestro,
        Routers,
        TlsExceptions,
        Thresholds,
        Users,
    };

    explicit SettingsDialog(const SettingsContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    SourcePage *sourcePage(SourceKind kind) const;
    RoutersPage *routersPage() const { return m_routers; }
    TlsExceptionsPage *tlsPage() const { return m_tls; }
    // What the dialog says at the bottom (a refused save, a secret that failed, ...).
    QString message() const;

    // Validates and writes everything; secrets go to the keychain
    // asynchronously, then saved() is emitted and the dialog closes. False,
    // with the reason shown, when something was refused before writing.
    bool save();

signals:
    // Settings.ini and the secrets are written: the session should re-read its sources.
    void saved();
    void editThresholdsRequested();

private:
    void load();
    void setMessage(const QString &text, bool error);
    void testSource(const SourceConfig &config, const QHash<QString, QString> &typed, ConnectionTestView *view);
    void testRouter(const RouterConfig &router, const QString &typedPassword, ConnectionTestView *view);
    void runProbe(ConnectionProbe *probe, ConnectionTestView *view);
    // A test signs in with the profile's credentials: the right to sync, checked (and a refusal audited) by core.
    bool refuseTest(ConnectionTestView *view);
    void trust(const PeerCertificate &certificate);
    void writeSecrets(const QHash<QString, QString> &secrets);
    ProfileSources collectSources();

    SettingsContext m_context;
    bool m_canEdit = false;
    ProfileSources m_loaded;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_language = nullptr;
    QString m_loadedLanguage;
    QCheckBox *m_nightlyEnabled = nullptr;
    QTimeEdit *m_nightlyTime = nullptr;
    QList<SourcePage *> m_sourcePages;
    RoutersPage *m_routers = nullptr;
    TlsExceptionsPage *m_tls = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ConnectionProbe> m_probe; // at most one test at a time
};

} // namespace Beholder
