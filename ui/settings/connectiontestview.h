// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of "Test connection", step by step (name resolution, TCP, TLS,
// sign-in, API): which passed, which failed and why, how long each took. When
// TLS failed on a certificate the page offers to trust exactly that one
// (a pinned, per-host exception), showing its fingerprint first.
#pragma once

#include "net/apierror.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Beholder {

struct ConnectionTestStep
{
    enum class State {
        Pending,
        Running,
        Ok,
        Failed,
        Skipped,
    };
    QString name; // "TLS", translated
    State state = State::Pending;
    qint64 milliseconds = -1;
    QString message;
};

class ConnectionTestView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestView)

public:
    explicit ConnectionTestView(QWidget *parent = nullptr);

    void clear();
    void setRunning(const QString &what);
    void setSteps(const QList<ConnectionTestStep> &steps, const QString &summary);
    // The certificate a failed TLS step saw; offers "Trust this certificate".
    void setUntrustedCertificate(const std::optional<PeerCertificate> &certificate);
    QString summary() const;

signals:
    void trustRequested(const Beholder::PeerCertificate &certificate);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_certificate = nullptr;
    QPushButton *m_trust = nullptr;
    std::optional<PeerCertificate> m_peer;
};

} // namespace Beholder
