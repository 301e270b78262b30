// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/sourcepage.h"

#include "settings/connectiontestview.h"
#include "sources/sourcevalidation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

QString secretLabel(const SecretField &field)
{
    if (field.field == u"password")
        return SourcePage::tr("Password:");
    if (field.field == u"api_key")
        return SourcePage::tr("API key:");
    if (field.field == u"token")
        return SourcePage::tr("API token:");
    if (field.field == u"client_secret")
        return SourcePage::tr("Client secret:");
    return field.field + u':';
}

QString urlHint(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return u"https://isp.ispcube.com/api"_s;
    case SourceKind::SmartOlt:
        return u"https://isp.smartolt.com/api/"_s;
    case SourceKind::CnMaestro:
        return u"https://cnmaestro.isp.local/api/v2"_s;
    case SourceKind::RouterOs:
        break;
    }
    return {};
}

} // namespace

QString SourcePage::title(SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return tr("ISPCube (CRM)");
    case SourceKind::SmartOlt:
        return tr("SmartOLT");
    case SourceKind::CnMaestro:
        return tr("cnMaestro");
    case SourceKind::RouterOs:
        return tr("MikroTik routers");
    }
    return {};
}

SourcePage::SourcePage(SourceKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title(kind).toHtmlEscaped()), this);
    layout->addWidget(heading);
    m_enabled = new QCheckBox(tr("Sync and diagnose with this source"), this);
    layout->addWidget(m_enabled);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(m_form);
    m_url->setPlaceholderText(urlHint(kind));
    form->addRow(tr("Address:"), m_url);
    if (kind == SourceKind::IspCube || kind == SourceKind::CnMaestro) {
        m_user = new QLineEdit(m_form);
        form->addRow(kind == SourceKind::CnMaestro ? tr("Client ID:") : tr("User:"), m_user);
    }
    if (kind == SourceKind::IspCube) {
        m_clientId = new QLineEdit(m_form);
        m_clientId->setToolTip(tr("The company id ISPCube expects in the client-id header."));
        form->addRow(tr("Company (client-id):"), m_clientId);
    }
    for (const SecretField &field : secretFields(kind)) {
        auto *edit = new QLineEdit(m_form);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("kept in the system keychain; type to replace"));
        form->addRow(secretLabel(field), edit);
        m_secrets.append({field, edit});
        connect(edit, &QLineEdit::textEdited, this, &SourcePage::changed);
    }
    m_timeout = new QSpinBox(m_form);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long one request may take, until its reply is complete."));
    form->addRow(tr("Timeout per request:"), m_timeout);
    m_callsPerHour = new QSpinBox(m_form);
    m_callsPerHour->setRange(0, 1'000'000);
    m_callsPerHour->setSpecialValueText(tr("the source's default"));
    m_callsPerHour->setToolTip(tr("The account's API budget, shared by syncs and diagnoses."));
    form->addRow(tr("Calls per hour:"), m_callsPerHour);
    layout->addWidget(m_form);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setToolTip(tr("Checks name resolution, TCP, TLS, sign-in and one API call, in that order."));
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_test = new ConnectionTestView(this);
    layout->addWidget(m_test, 1);

    connect(m_enabled, &QCheckBox::toggled, this, [this]() {
        updateEnabled();
        emit changed();
    });
    for (QLineEdit *edit : {m_url, m_user, m_clientId}) {
        if (edit)
            connect(edit, &QLineEdit::textEdited, this, &SourcePage::changed);
    }
    connect(m_timeout, &QSpinBox::valueChanged, this, &SourcePage::changed);
    connect(m_callsPerHour, &QSpinBox::valueChanged, this, &SourcePage::changed);
    connect(m_testButton, &QPushButton::clicked, this, &SourcePage::requestTest);
    setConfig(std::nullopt);
}

void SourcePage::setConfig(const std::optional<SourceConfig> &config)
{
    m_configured = config.has_value();
    SourceConfig empty;
    empty.kind = m_kind;
    const SourceConfig c = config.value_or(empty);
    m_enabled->setChecked(config && c.enabled);
    m_url->setText(c.baseUrl.toString());
    if (m_user)
        m_user->setText(c.user);
    if (m_clientId)
        m_clientId->setText(c.clientId);
    m_timeout->setValue(qMax(1, c.timeoutMs / 1000));
    m_callsPerHour->setValue(c.callsPerHour);
    for (const auto &[field, edit] : std::as_const(m_secrets))
        edit->clear();
    updateEnabled();
}

std::optional<SourceConfig> SourcePage::config() const
{
    if (!m_configured && !m_enabled->isChecked() && m_url->text().trimmed().isEmpty())
        return std::nullopt;
    SourceConfig c;
    c.kind = m_kind;
    c.enabled = m_enabled->isChecked();
    c.baseUrl = parseSourceUrl(m_url->text());
    if (m_user)
        c.user = m_user->text().trimmed();
    if (m_clientId)
        c.clientId = m_clientId->text().trimmed();
    c.timeoutMs = m_timeout->value() * 1000;
    c.callsPerHour = m_callsPerHour->value();
    return c;
}

QHash<QString, QString> SourcePage::typedSecrets() const
{
    QHash<QString, QString> typed;
    for (const auto &[field, edit] : m_secrets) {
        if (!edit->text().isEmpty())
            typed.insert(field.key, edit->text());
    }
    return typed;
}

void SourcePage::requestTest()
{
    SourceConfig probe = config().value_or(SourceConfig{});
    probe.kind = m_kind;
    emit testRequested(probe, typedSecrets());
}

void SourcePage::setReadOnly(bool readOnly)
{
    m_enabled->setEnabled(!readOnly);
    m_form->setEnabled(!readOnly);
}

void SourcePage::setTestAllowed(bool allowed, const QString &why)
{
    m_testAllowed = allowed;
    if (!allowed)
        m_testButton->setToolTip(why);
    updateEnabled();
}

void SourcePage::updateEnabled()
{
    m_testButton->setEnabled(m_testAllowed && (m_enabled->isChecked() || !m_url->text().trimmed().isEmpty()));
}

} // namespace Beholder
