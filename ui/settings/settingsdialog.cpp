// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "access/authorization.h"
#include "credentials/credentialstore.h"
#include "credentials/readsecrets.h"
#include "i18n/language.h"
#include "profile/profilemanager.h"
#include "settings/connectiontestview.h"
#include "settings/routerspage.h"
#include "settings/sourcepage.h"
#include "settings/tlspage.h"
#include "sources/connectionprobe.h"
#include "sources/guardedsettings.h"
#include "sources/sourcesecrets.h"
#include "sources/sourcesettings.h"
#include "sources/sourcevalidation.h"
#include "sync/syncschedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

QWidget *heading(const QString &title, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box));
    if (!text.isEmpty()) {
        auto *note = new QLabel(text, box);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    return box;
}

ConnectionTestStep::State toViewState(ProbeStep::State state)
{
    switch (state) {
    case ProbeStep::State::Pending:
        return ConnectionTestStep::State::Pending;
    case ProbeStep::State::Running:
        return ConnectionTestStep::State::Running;
    case ProbeStep::State::Ok:
        return ConnectionTestStep::State::Ok;
    case ProbeStep::State::Failed:
        return ConnectionTestStep::State::Failed;
    case ProbeStep::State::Skipped:
        return ConnectionTestStep::State::Skipped;
    }
    return ConnectionTestStep::State::Pending;
}

QList<ConnectionTestStep> toViewSteps(const ProbeResult &result)
{
    QList<ConnectionTestStep> steps;
    for (const ProbeStep &step : result.steps) {
        const bool measured = step.state == ProbeStep::State::Ok || step.state == ProbeStep::State::Failed;
        steps << ConnectionTestStep{stageTitle(step.stage), toViewState(step.state), measured ? step.durationMs : -1,
                                    step.message};
    }
    return steps;
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_canEdit(context.principal.may(Access::Permission::EditProfileSettings))
{
    setWindowTitle(tr("Settings — %1").arg(context.profile.name()));
    auto *outer = new QVBoxLayout(this);
    if (!m_canEdit) {
        auto *readOnly
            = new QLabel(Access::denialMessage(context.principal, Access::Permission::EditProfileSettings) + u' '
                             + tr("The profile's pages are read-only; the language can still be changed."),
                         this);
        readOnly->setWordWrap(true);
        outer->addWidget(readOnly);
    }
    auto *body = new QHBoxLayout;
    m_pages = new QListWidget(this);
    m_pages->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    auto addPage = [this](const QString &title, QWidget *page) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        m_pages->addItem(title);
    };

    // General: the desktop's language and the profile's nightly sync.
    auto *general = new QWidget;
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(heading(tr("Language"),
                                     tr("The language of this computer's console, for every profile. "
                                        "It applies the next time Beholder starts."),
                                     general));
    m_language = new QComboBox(general);
    const QString systemLanguage = languageForLocale(QLocale::system());
    for (const Language &language : availableLanguages()) {
        if (language.code == systemLanguage)
            m_language->addItem(tr("As the system (%1)").arg(language.nativeName), QString());
    }
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    generalLayout->addLayout(languageRow);
    generalLayout->addSpacing(12);
    generalLayout->addWidget(heading(tr("Nightly sync"),
                                     tr("While the console runs, this profile syncs every source once a night; a "
                                        "missed night is caught up at the next start."),
                                     general));
    auto *nightlyRow = new QHBoxLayout;
    m_nightlyEnabled = new QCheckBox(tr("Sync every night at"), general);
    m_nightlyTime = new QTimeEdit(general);
    m_nightlyTime->setDisplayFormat(u"HH:mm"_s);
    nightlyRow->addWidget(m_nightlyEnabled);
    nightlyRow->addWidget(m_nightlyTime);
    nightlyRow->addStretch();
    generalLayout->addLayout(nightlyRow);
    generalLayout->addStretch();
    addPage(tr("General"), general);

    for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro}) {
        auto *page = new SourcePage(kind);
        connect(page, &SourcePage::testRequested, this,
                [this, page](const SourceConfig &config, const QHash<QString, QString> &typed) {
                    testSource(config, typed, page->testView());
                });
        connect(page->testView(), &ConnectionTestView::trustRequested, this, &SettingsDialog::trust);
        m_sourcePages << page;
        addPage(SourcePage::title(kind), page);
    }
    m_routers = new RoutersPage;
    connect(m_routers, &RoutersPage::testRequested, this, [this](const RouterConfig &router, const QString &password) {
        testRouter(router, password, m_routers->testView());
    });
    connect(m_routers->testView(), &ConnectionTestView::trustRequested, this, &SettingsDialog::trust);
    addPage(tr("Routers"), m_routers);
    m_tls = new TlsExceptionsPage;
    addPage(tr("TLS Exceptions"), m_tls);

    auto *thresholds = new QWidget;
    auto *thresholdsLayout = new QVBoxLayout(thresholds);
    thresholdsLayout->addWidget(heading(tr("Triage thresholds"),
                                        tr("The numbers behind the verdicts: optical power limits, how many ONUs down "
                                           "make a mass outage, how many session starts make a line flap. Each "
                                           "ISP tunes them for its network."),
                                        thresholds));
    auto *editThresholds = new QPushButton(tr("&Edit Triage Thresholds…"), thresholds);
    editThresholds->setEnabled(context.principal.may(Access::Permission::EditThresholds));
    if (!editThresholds->isEnabled())
        editThresholds->setToolTip(Access::denialMessage(context.principal, Access::Permission::EditThresholds));
    connect(editThresholds, &QPushButton::clicked, this, &SettingsDialog::editThresholdsRequested);
    auto *thresholdsRow = new QHBoxLayout;
    thresholdsRow->addWidget(editThresholds);
    thresholdsRow->addStretch();
    thresholdsLayout->addLayout(thresholdsRow);
    thresholdsLayout->addStretch();
    addPage(tr("Triage Thresholds"), thresholds);

    if (context.makeAccountsPage) {
        if (QWidget *accounts = context.makeAccountsPage(nullptr))
            addPage(tr("Users and Sign-in"), accounts);
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    load();
    const bool canTest = context.principal.may(Access::Permission::RunSync);
    const QString whyNotTest
        = canTest ? QString() : Access::denialMessage(context.principal, Access::Permission::RunSync);
    for (SourcePage *page : std::as_const(m_sourcePages)) {
        page->setReadOnly(!m_canEdit);
        page->setTestAllowed(canTest, whyNotTest);
    }
    m_routers->setReadOnly(!m_canEdit);
    m_routers->setTestAllowed(canTest, whyNotTest);
    m_tls->setReadOnly(!m_canEdit);
    m_nightlyEnabled->setEnabled(m_canEdit);
    m_nightlyTime->setEnabled(m_canEdit);
    m_pages->setCurrentRow(0);
    resize(960, 720);
}

SettingsDialog::~SettingsDialog()
{
    if (m_probe)
        m_probe->cancel();
}

void SettingsDialog::load()
{
    const QString settingsFile = m_context.profile.settingsFile();
    const SourceSettingsResult sources = loadProfileSources(m_context.profile);
    m_loaded = sources.sources;
    for (SourcePage *page : std::as_const(m_sourcePages))
        page->setConfig(m_loaded.source(page->kind()));
    m_routers->setRouters(m_loaded.routers);
    const TlsExceptionsLoad tls = loadTlsExceptions(settingsFile);
    m_tls->setExceptions(tls.exceptions);
    const NightlySettings nightly = NightlySettings::load(settingsFile);
    m_nightlyEnabled->setChecked(nightly.enabled);
    m_nightlyTime->setTime(nightly.at);
    m_loadedLanguage = storedLanguagePreference(ProfileManager(m_context.dataDirectory).globalSettingsFile());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    const QStringList problems = sources.errors + tls.errors;
    if (!problems.isEmpty())
        setMessage(tr("The profile's settings.ini has problems; saving replaces them: %1").arg(problems.join(u"; "_s)),
                   true);
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentRow(std::min(int(page), m_pages->count() - 1));
}

SourcePage *SettingsDialog::sourcePage(SourceKind kind) const
{
    for (SourcePage *page : m_sourcePages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

void SettingsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s
                                   : QString());
}

ProfileSources SettingsDialog::collectSources()
{
    ProfileSources sources;
    for (SourcePage *page : std::as_const(m_sourcePages)) {
        if (const std::optional<SourceConfig> config = page->config())
            sources.sources << *config;
    }
    // The routeros entry (enabled or not) is kept as it was: the routers page lists the routers themselves.
    if (const std::optional<SourceConfig> routeros = m_loaded.source(SourceKind::RouterOs))
        sources.sources << *routeros;
    sources.routers = m_routers->routers();
    return sources;
}

bool SettingsDialog::save()
{
    const QString iniFile = ProfileManager(m_context.dataDirectory).globalSettingsFile();
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_loadedLanguage;
    if (languageChanged)
        storeLanguagePreference(iniFile, language);
    m_loadedLanguage = language;
    if (!m_canEdit) {
        emit saved();
        accept();
        return true;
    }

    const ProfileSources sources = collectSources();
    QStringList errors;
    for (const SourceIssue &issue : validateProfileSources(sources)) {
        if (!issue.isError())
            continue;
        const QString where = issue.section == SourceIssue::Section::Routers
            ? tr("router %1")
                  .arg(issue.index >= 0 && issue.index < sources.routers.size() ? sources.routers.at(issue.index).name
                                                                                : QString::number(issue.index + 1))
            : (issue.index >= 0 && issue.index < sources.sources.size()
                   ? SourcePage::title(sources.sources.at(issue.index).kind)
                   : tr("sources"));
        errors << (issue.field.isEmpty() ? u"%1: %2"_s.arg(where, issue.message)
                                         : u"%1, %2: %3"_s.arg(where, issue.field, issue.message));
    }
    if (!errors.isEmpty()) {
        setMessage(tr("Nothing was saved: %1").arg(errors.join(u"; "_s)), true);
        return false;
    }
    errors = saveProfileSources(m_context.profile, sources, m_context.principal, m_context.audit);
    if (errors.isEmpty())
        errors = saveTlsExceptions(m_context.profile, m_tls->exceptions(), m_context.principal, m_context.audit);
    NightlySettings nightly;
    nightly.enabled = m_nightlyEnabled->isChecked();
    nightly.at = m_nightlyTime->time();
    if (errors.isEmpty())
        errors = saveNightlySettings(m_context.profile, nightly, m_context.principal, m_context.audit);
    if (!errors.isEmpty()) {
        setMessage(tr("Not saved: %1").arg(errors.join(u"; "_s)), true);
        return false;
    }
    m_loaded = sources;

    QHash<QString, QString> secrets = m_routers->typedSecrets();
    for (SourcePage *page : std::as_const(m_sourcePages))
        secrets.insert(page->typedSecrets());
    if (secrets.isEmpty() || !m_context.credentials) {
        emit saved();
        accept();
        return true;
    }
    writeSecrets(secrets);
    return true;
}

void SettingsDialog::writeSecrets(const QHash<QString, QString> &secrets)
{
    m_buttons->setEnabled(false);
    setMessage(tr("Saving %n secret(s) in the system keychain…", nullptr, int(secrets.size())), false);
    auto remaining = std::make_shared<QStringList>(secrets.keys());
    auto failures = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, secrets, remaining, failures, weakNext = std::weak_ptr(next)]() {
        if (remaining->isEmpty()) {
            m_buttons->setEnabled(true);
            if (!failures->isEmpty()) {
                setMessage(tr("The settings are saved, but these secrets are not: %1").arg(failures->join(u"; "_s)),
                           true);
                return;
            }
            emit saved();
            accept();
            return;
        }
        const QString key = remaining->takeFirst();
        const auto self = weakNext.lock();
        m_context.credentials->write(key, secrets.value(key), this,
                                     [failures, key, self](const CredentialError &error) {
                                         if (error.isError())
                                             *failures << u"%1 (%2)"_s.arg(key, error.message);
                                         (*self)();
                                     });
    };
    (*next)();
}

bool SettingsDialog::refuseTest(ConnectionTestView *view)
{
    const std::optional<QString> denied = Access::authorize(m_context.principal, Access::Permission::RunSync,
                                                            m_context.audit, Access::AuditAction::sourcesTest());
    if (!denied)
        return false;
    view->setSteps({}, *denied);
    return true;
}

void SettingsDialog::testSource(const SourceConfig &config, const QHash<QString, QString> &typed,
                                ConnectionTestView *view)
{
    if (refuseTest(view))
        return;
    if (m_probe)
        m_probe->cancel();
    view->setRunning(tr("Reading the stored secrets…"));
    QStringList keys;
    for (const SecretField &field : secretFields(config.kind))
        keys << field.key;
    auto start = [this, config, typed, view](QHash<QString, QString> secrets) {
        secrets.insert(typed); // what was typed wins over what is stored
        runProbe(new ConnectionProbe(config, secrets, m_tls->exceptions(), this), view);
    };
    if (!m_context.credentials)
        return start({});
    readSecrets(m_context.credentials, keys, this, [start](const SecretsResult &result) { start(result.found); });
}

void SettingsDialog::testRouter(const RouterConfig &router, const QString &typedPassword, ConnectionTestView *view)
{
    if (refuseTest(view))
        return;
    if (m_probe)
        m_probe->cancel();
    auto start = [this, router, view](const QString &password) {
        runProbe(new ConnectionProbe(router, password, m_tls->exceptions(), this), view);
    };
    if (!typedPassword.isEmpty() || !m_context.credentials)
        return start(typedPassword);
    view->setRunning(tr("Reading the stored password…"));
    m_context.credentials->read(SecretKeys::routerPassword(router.nodeId), this,
                                [start](const CredentialResult &result) { start(result.value); });
}

void SettingsDialog::runProbe(ConnectionProbe *probe, ConnectionTestView *view)
{
    m_probe = probe;
    view->setRunning(tr("Testing…"));
    connect(probe, &ConnectionProbe::stepChanged, view,
            [probe, view]() { view->setSteps(toViewSteps(probe->result()), tr("Testing…")); });
    connect(probe, &ConnectionProbe::finished, view, [probe, view](const ProbeResult &result) {
        view->setSteps(toViewSteps(result), result.summary());
        const ProbeStep *failed = result.failedStep();
        const bool untrusted = failed && failed->stage == ProbeStep::Stage::Tls && !result.certificate.isNull();
        view->setUntrustedCertificate(untrusted ? std::optional(result.certificate) : std::nullopt);
        probe->deleteLater();
    });
    probe->start();
}

void SettingsDialog::trust(const PeerCertificate &certificate)
{
    if (!m_canEdit)
        return;
    m_tls->add(TlsException::fromPeer(certificate, QDateTime::currentDateTimeUtc()));
    setMessage(tr("%1 is trusted with certificate %2 once you save. Test again to check the rest.")
                   .arg(certificate.host, formatFingerprint(certificate.sha256).left(23) + u"…"_s),
               false);
}

} // namespace Beholder
