// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationset.h"

namespace Beholder {

OperationSet::OperationSet(QObject *owner)
    : m_owner(owner)
{ }

OperationSet::~OperationSet()
{
    // The owner is going away: no callbacks any more.
    for (const std::shared_ptr<Operation> &operation : std::as_const(m_operations))
        operation->finished = true;
}

std::shared_ptr<Operation> OperationSet::start(std::function<void(const ApiError &error)> done)
{
    auto operation = std::make_shared<Operation>();
    operation->done = std::move(done);
    m_operations.append(operation);
    return operation;
}

void OperationSet::finish(const std::shared_ptr<Operation> &operation, const ApiError &error)
{
    if (!operation || operation->finished)
        return;
    operation->finished = true;
    m_operations.removeOne(operation);
    if (HttpJob *job = operation->job)
        job->cancel();
    const auto done = std::move(operation->done);
    if (done)
        done(error);
}

void OperationSet::cancelAll(const QString &message)
{
    const QList<std::shared_ptr<Operation>> operations = m_operations;
    for (const std::shared_ptr<Operation> &operation : operations) {
        if (HttpJob *job = operation->job) {
            operation->job = nullptr;
            job->cancel(); // its own callback sees the operation finished and does nothing
        }
        QMetaObject::invokeMethod(
            m_owner,
            [this, operation, message] { finish(operation, ApiError::make(ApiError::Kind::Canceled, message)); },
            Qt::QueuedConnection);
    }
}

} // namespace Beholder
