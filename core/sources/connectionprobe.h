// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" for one source: DNS, TCP, TLS, authentication and one API call, in that order, each with
// the source's timeout, so the operator is told exactly which step failed and why ("TLS: the certificate of
// cnmaestro.norte.example is not trusted: the certificate is self-signed"). The secrets are passed in, never read
// from disk; the authentication and API steps use the product's own clients (core/integrations, core/routeros)
// with the profile's TLS exceptions, so a probe that passes means a sync gets through the same doors. A probe spends
// at most two calls of the source's budget. Asynchronous and thread-affine like the clients: create it in a thread
// that runs an event loop (the GUI's is fine: nothing here blocks).
#pragma once

#include "net/apierror.h"
#include "net/tlsexception.h"
#include "sources/sourceconfig.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace Beholder {

class CallBudget;

struct ProbeStep
{
    enum class Stage {
        Dns,  // the host name resolves (an IP address skips it)
        Tcp,  // a TCP connection to host:port opens
        Tls,  // the TLS handshake, certificate verified or pinned (https and API-SSL only)
        Auth, // the credentials are accepted
        Api,  // one read call answers with data the client understands
    };
    enum class State {
        Pending,
        Running,
        Ok,
        Failed,
        Skipped, // does not apply (plain HTTP: no TLS) or an earlier step failed
    };

    Stage stage = Stage::Dns;
    State state = State::Pending;
    qint64 durationMs = 0;
    QString message; // for the operator: what was found, or why it failed
    ApiError error;  // when failed: kind (Dns, Connection, Tls, Timeout, Auth, Http, Protocol, Canceled, ...)
};

struct ProbeResult
{
    QString target;                 // "ISPCube https://norte.ispcube.com/api", "RouterOS VMA-CCR-01 (10.0.0.1:8729)"
    QList<ProbeStep> steps;         // always the five stages, in order
    PeerCertificate certificate;    // what the TLS step saw (trusted or not); null without TLS
    bool certificatePinned = false; // accepted by a TLS exception rather than by verification
    bool finished = false;
    bool canceled = false;

    bool ok() const; // finished and no step failed
    // The first failed step, or nullptr.
    const ProbeStep *failedStep() const;
    // One line: "all steps passed in 130 ms" or "TLS failed: ...".
    QString summary() const;
};

// "dns", "tcp", "tls", "auth", "api" (logs, JSON, tests).
QString toString(ProbeStep::Stage stage);
// "DNS", "TCP", "TLS", "authentication", "API", translated (the dialog).
QString stageTitle(ProbeStep::Stage stage);
QString toString(ProbeStep::State state); // "pending", "running", "ok", "failed", "skipped"

class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    // An API source (ISPCube, SmartOLT, cnMaestro). `secrets` are keyed as in SecretKeys (only this source's are
    // used). A RouterOs SourceConfig has no address: probe each RouterConfig instead.
    ConnectionProbe(const SourceConfig &source, const QHash<QString, QString> &secrets,
                    const TlsExceptionList &tlsExceptions, QObject *parent = nullptr);
    // One MikroTik router (API on 8728, API-SSL on 8729).
    ConnectionProbe(const RouterConfig &router, const QString &password, const TlsExceptionList &tlsExceptions,
                    QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // The account's budget (CallBudget::forAccount): the probe's calls count against it and wait for it like a
    // sync's. nullptr (the default) = none.
    void setBudget(std::shared_ptr<CallBudget> budget);
    // Each step's limit; the source's (or router's) timeout unless set.
    void setStepTimeoutMs(int ms);

    // Runs the steps; returns at once. stepChanged() reports each step starting and ending, then finished() once.
    void start();
    // Stops at the step in progress, which ends as failed with Kind::Canceled; the rest are skipped. finished()
    // follows (from the event loop, never from inside cancel()).
    void cancel();

    bool isRunning() const;
    const ProbeResult &result() const;

signals:
    void stepChanged(int index, const Beholder::ProbeStep &step);
    void finished(const Beholder::ProbeResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::ProbeStep)
Q_DECLARE_METATYPE(Beholder::ProbeResult)
