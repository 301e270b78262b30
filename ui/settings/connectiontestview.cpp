// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/connectiontestview.h"

#include "net/tlsexception.h"
#include "tone.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

QString stateText(ConnectionTestStep::State state)
{
    switch (state) {
    case ConnectionTestStep::State::Pending:
        return ConnectionTestView::tr("waiting");
    case ConnectionTestStep::State::Running:
        return ConnectionTestView::tr("checking…");
    case ConnectionTestStep::State::Ok:
        return ConnectionTestView::tr("ok");
    case ConnectionTestStep::State::Failed:
        return ConnectionTestView::tr("failed");
    case ConnectionTestStep::State::Skipped:
        return ConnectionTestView::tr("not tried");
    }
    return {};
}

} // namespace

ConnectionTestView::ConnectionTestView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_steps = new QTreeWidget(this);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time"), tr("Details")});
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setWordWrap(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_steps, 1);
    m_certificate = new QLabel(this);
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_certificate);
    m_trust = new QPushButton(tr("Trust This Certificate for This Host"), this);
    m_trust->setToolTip(tr("Accepts exactly this certificate (by its SHA-256 fingerprint) for this host and port. "
                           "If the server later shows another certificate, it is refused again."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_trust);
    row->addStretch();
    layout->addLayout(row);
    connect(m_trust, &QPushButton::clicked, this, [this]() {
        if (m_peer)
            emit trustRequested(*m_peer);
    });
    clear();
}

void ConnectionTestView::clear()
{
    m_summary->setText(tr("Not tested yet."));
    m_steps->clear();
    m_steps->setVisible(false);
    setUntrustedCertificate(std::nullopt);
}

void ConnectionTestView::setRunning(const QString &what)
{
    clear();
    m_summary->setText(what);
}

void ConnectionTestView::setSteps(const QList<ConnectionTestStep> &steps, const QString &summary)
{
    m_summary->setText(summary);
    m_steps->clear();
    for (const ConnectionTestStep &step : steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, step.name);
        item->setText(1, stateText(step.state));
        item->setText(2, step.milliseconds >= 0 ? tr("%1 ms").arg(QLocale().toString(step.milliseconds)) : QString());
        item->setText(3, step.message);
        item->setToolTip(3, step.message);
        if (step.state == ConnectionTestStep::State::Ok)
            item->setForeground(1, toneColor(Tone::Ok, palette()));
        else if (step.state == ConnectionTestStep::State::Failed)
            item->setForeground(1, toneColor(Tone::Critical, palette()));
    }
    for (int column = 0; column < 3; ++column)
        m_steps->resizeColumnToContents(column);
    m_steps->setVisible(!steps.isEmpty());
}

void ConnectionTestView::setUntrustedCertificate(const std::optional<PeerCertificate> &certificate)
{
    m_peer = certificate && !certificate->isNull() ? certificate : std::nullopt;
    m_trust->setVisible(m_peer.has_value());
    m_certificate->setVisible(m_peer.has_value());
    if (!m_peer)
        return;
    const QLocale locale;
    QString text = tr("<b>Certificate presented by %1:%2</b><br>Subject: %3<br>Issuer: %4<br>Valid until: %5<br>"
                      "SHA-256: <tt>%6</tt>")
                       .arg(m_peer->host.toHtmlEscaped())
                       .arg(m_peer->port)
                       .arg(m_peer->subject.toHtmlEscaped(), m_peer->issuer.toHtmlEscaped(),
                            locale.toString(m_peer->expires.toLocalTime(), QLocale::ShortFormat),
                            formatFingerprint(m_peer->sha256));
    if (m_peer->changedFromPin())
        text += tr("<br><b>This host's certificate changed.</b> The trusted one was <tt>%1</tt>. Trust the new one "
                   "only if you know why it changed.")
                    .arg(formatFingerprint(m_peer->pinnedSha256));
    m_certificate->setText(text);
}

QString ConnectionTestView::summary() const
{
    return m_summary->text();
}

} // namespace Beholder
