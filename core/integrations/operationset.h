// SPDX-License-Identifier: GPL-3.0-or-later
// The operations a source client has in progress (a paged fetch, a login, a
// per-ONU call), so that cancel() can stop them all and each reports exactly
// once: with its result, or with Kind::Canceled.
#pragma once

#include "net/apierror.h"
#include "net/httpclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Beholder {

struct Operation
{
    std::function<void(const ApiError &error)> done; // called once, by OperationSet::finish()
    QPointer<HttpJob> job;                           // the call in flight, if any
    bool finished = false;
};

class OperationSet final
{
    Q_DISABLE_COPY_MOVE(OperationSet)

public:
    // `owner` is the client: canceled operations report through its event loop.
    explicit OperationSet(QObject *owner);
    ~OperationSet();

    std::shared_ptr<Operation> start(std::function<void(const ApiError &error)> done);
    // Reports `error` (None = success) once; later calls are ignored.
    void finish(const std::shared_ptr<Operation> &operation, const ApiError &error);
    // Cancels every operation: its call is aborted and `done` gets Kind::Canceled
    // (asynchronously, never from inside cancelAll()).
    void cancelAll(const QString &message);
    bool isEmpty() const { return m_operations.isEmpty(); }

private:
    QObject *m_owner;
    QList<std::shared_ptr<Operation>> m_operations;
};

} // namespace Beholder
