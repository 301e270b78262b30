// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "access/accountstore.h"
#include "access/auditlog.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "detailsection.h"
#include "tone.h"
#include "uilogging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(std::shared_ptr<Access::AccountStore> accounts, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_accounts(std::move(accounts))
    , m_cache(std::make_shared<CacheDatabase>(profile.cacheFile()))
    , m_runner(std::make_unique<TaskRunner>(u"sign-in"_s, 1))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In to %1").arg(profile.name()));
    const int unit = fontMetrics().averageCharWidth();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    auto *title = new QLabel(tr("Sign in to profile “%1”").arg(profile.name()), this);
    title->setObjectName(u"signInTitle"_s);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("This profile requires signing in. What you may do depends on your account's role; "
                                "every sign-in is written to the profile's audit log."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    setLabelTone(intro, Tone::Muted);
    layout->addWidget(intro);
    layout->addSpacing(unit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_user->setObjectName(u"userField"_s);
    m_user->setMaxLength(Access::AccountStore::maximumUserNameLength);
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"passwordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setLabelTone(m_error, Tone::Critical);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    // An indeterminate bar: the hash reports no progress, it only takes its time.
    auto *busyRow = new QHBoxLayout;
    m_progress->setObjectName(u"signInProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progress->setMaximumWidth(unit * 16);
    m_progressLabel->setText(tr("Checking the password…"));
    setLabelTone(m_progressLabel, Tone::Muted);
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_progressLabel, 1);
    layout->addLayout(busyRow);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);

    layout->addStretch(1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    setMinimumWidth(unit * 62);
    updateButtons();
    m_user->setFocus();
}

SignInDialog::~SignInDialog()
{
    if (m_runner && m_runner->pendingCount() > 0) {
        // Deleting the runner now would wait for the hash on the GUI thread: it finishes on its own and goes then.
        TaskRunner *runner = m_runner.release();
        onFinished(m_running, runner, [runner](const TaskResult<void> &) { runner->deleteLater(); });
    }
}

std::optional<Access::Principal> SignInDialog::signIn(QWidget *parent, std::shared_ptr<Access::AccountStore> accounts,
                                                      const Profile &profile)
{
    SignInDialog dialog(std::move(accounts), profile, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.principal();
}

std::optional<Access::Principal> SignInDialog::signIn(QWidget *parent, const QString &dataDirectory,
                                                      const Profile &profile)
{
    return signIn(parent, std::make_shared<Access::AccountStore>(dataDirectory), profile);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SignInDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    m_password->setFocus();
}

void SignInDialog::submit()
{
    if (m_busy || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    showError({});
    setBusy(true);
    const QString profileName = m_profile.name();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    // Shared, not borrowed: the check may outlive the dialog.
    const std::shared_ptr<Access::AccountStore> accounts = m_accounts;
    const std::shared_ptr<CacheDatabase> cache = m_cache;
    const QFuture<Access::SignInResult> future = m_runner->runThen(
        this,
        [accounts, cache, profileName, user, password] {
            QString error;
            // A second try: a session opening the same cache may have been migrating it a moment ago.
            const bool audited = cache->isOpen() || cache->open(&error) || cache->open(&error);
            if (!audited)
                qCWarning(lcUi).noquote() << "the sign-in to" << profileName << "is not audited:" << error;
            const Access::AuditLog audit(cache.get());
            return accounts->authenticate(profileName, user, password, audited ? &audit : nullptr);
        },
        [this](const TaskResult<Access::SignInResult> &result) {
            if (result.canceled())
                return; // the operator closed the dialog meanwhile
            setBusy(false);
            m_password->clear();
            if (!result.succeeded()) {
                showError(tr("Not signed in: %1").arg(result.error));
                emit signInFailed(errorText());
                return;
            }
            if (!result.value->ok()) {
                showError(tr("Not signed in: %1").arg(result.value->error.message));
                m_password->setFocus();
                emit signInFailed(errorText());
                return;
            }
            m_principal = result.value->principal;
            emit signedIn(m_principal);
            accept();
        });
    m_running = QFuture<void>(future);
}

void SignInDialog::reject()
{
    if (m_busy) {
        // The hash cannot stop halfway; its answer is dropped.
        m_running.cancel();
        setBusy(false);
    }
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    updateButtons();
}

void SignInDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void SignInDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace Beholder
