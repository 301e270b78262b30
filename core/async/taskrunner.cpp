// SPDX-License-Identifier: GPL-3.0-or-later
// The non-template half of TaskRunner: the thread boundary every task crosses
// (naming, cancel-before-start, exception catching) and the bookkeeping that
// lets cancelAll() and the destructor reach every outstanding task.
#include "taskrunner.h"

#include "logging/logging.h"

#include <QMutexLocker>

namespace Beholder {

TaskControl::TaskControl(const QFutureInterfaceBase &state)
    : m_state(state)
{ }

bool TaskControl::isCanceled() const
{
    return m_state.isCanceled();
}

void TaskControl::setProgressRange(int minimum, int maximum)
{
    m_state.setProgressRange(minimum, maximum);
}

void TaskControl::setProgressValue(int value)
{
    m_state.setProgressValueAndText(value, m_text);
}

void TaskControl::setProgress(int value, const QString &text)
{
    m_text = text;
    m_state.setProgressValueAndText(value, text);
}

TaskOutcome TaskOutcome::of(const QFuture<void> &finished)
{
    Q_ASSERT(finished.isFinished());
    TaskOutcome outcome;
    try {
        // On a finished future this does not wait; it rethrows what the task threw.
        QFuture<void>(finished).waitForFinished();
    } catch (const std::exception &e) {
        outcome.status = TaskStatus::Failed;
        outcome.error = QString::fromUtf8(e.what());
        return outcome;
    } catch (...) {
        outcome.status = TaskStatus::Failed;
        outcome.error = QStringLiteral("unknown error");
        return outcome;
    }
    outcome.status = finished.isCanceled() ? TaskStatus::Canceled : TaskStatus::Succeeded;
    return outcome;
}

namespace detail {

TaskBase::TaskBase(TaskRunner *runner, quint64 id, const QFutureInterfaceBase &state)
    : m_runner(runner)
    , m_id(id)
    , m_state(state)
{ }

void TaskBase::run()
{
    // Name the pool thread after its runner, so the log file says who wrote a line.
    QThread *thread = QThread::currentThread();
    if (thread->objectName() != m_runner->name())
        thread->setObjectName(m_runner->name());

    // A task canceled while still queued returns without running its body.
    if (!m_state.isCanceled()) {
        TaskControl control(m_state);
        // Nothing may escape a pool thread (STYLE habit 11): a throwing task
        // becomes a canceled future carrying the exception.
        try {
            invoke(control);
        } catch (const std::exception &e) {
            qCWarning(lcAsync).noquote().nospace() << "A task on " << m_runner->name() << " failed: " << e.what();
            fail(std::current_exception());
        } catch (...) {
            qCWarning(lcAsync).noquote().nospace()
                << "A task on " << m_runner->name() << " failed with a non-standard exception";
            fail(std::current_exception());
        }
    }
    m_runner->taskDone(m_id);
    finish();
}

} // namespace detail

TaskRunner::TaskRunner(const QString &name, int maxThreads, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    setObjectName(name);
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(qMax(maxThreads, 1));
}

TaskRunner::~TaskRunner()
{
    // Explicit shutdown order: stop new progress first, then wait for every
    // task (queued ones return at once since they are canceled), and only
    // then let the pool and the bookkeeping go.
    cancelAll();
    m_pool.waitForDone();
}

QString TaskRunner::name() const
{
    return m_name;
}

int TaskRunner::maxThreadCount() const
{
    return m_pool.maxThreadCount();
}

void TaskRunner::setMaxThreadCount(int maxThreads)
{
    m_pool.setMaxThreadCount(qMax(maxThreads, 1));
}

void TaskRunner::cancelAll()
{
    QList<QFutureInterfaceBase> pending;
    {
        const QMutexLocker lock(&m_mutex);
        pending = m_pending.values();
    }
    for (QFutureInterfaceBase &state : pending)
        state.cancel();
}

int TaskRunner::pendingCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

bool TaskRunner::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

quint64 TaskRunner::nextId()
{
    const QMutexLocker lock(&m_mutex);
    return ++m_lastId;
}

void TaskRunner::submit(QRunnable *task, quint64 id, const QFutureInterfaceBase &state)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_pending.insert(id, state);
    }
    m_pool.start(task);
}

void TaskRunner::taskDone(quint64 id)
{
    const QMutexLocker lock(&m_mutex);
    m_pending.remove(id);
}

} // namespace Beholder
