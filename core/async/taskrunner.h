// SPDX-License-Identifier: GPL-3.0-or-later
// Background work for the core (sync, SNMP polling, live snapshots, the
// as-you-type search): a named thread pool whose tasks can be canceled, report
// progress and never let an exception escape, plus a safe way to get the
// result back to a QObject that may be gone by then (SPEC §8: the GUI thread
// never waits).
//
// Threading contract
// - A task runs on one of the runner's pool threads (named after the runner).
//   It must not touch widgets or any QObject living on another thread; it
//   returns a value instead.
// - Callbacks given to onFinished() / runThen() / LatestTask run on the
//   thread of their context QObject (the GUI thread for a window), never on
//   the worker, and never after the context has been destroyed.
//
// Why not QFuture::then(context, ...)? In Qt 6.4 (qfuture_impl.h,
// Continuation::create with a context) the continuation captures the context
// in a QPointer and, on the *worker* thread when the task finishes, does
// Q_ASSERT(context) and then QMetaObject::invokeMethod(context, ...). If the
// context is deleted first, that Q_ASSERT fires in any build with asserts
// (our "ci" preset sets QT_FORCE_ASSERTS); if it is deleted on the GUI thread
// while the worker is finishing, the worker reads the QPointer and posts to
// an object being destroyed: a data race and a possible use-after-free. Newer
// Qt replaced that code with a watcher living on the context's thread. We do
// the same here, KeePassXC-style (AsyncTask::runThenCallback): a
// QFutureWatcher parented to the context. Deleting the context deletes the
// watcher, which disconnects from the future under the future's own mutex
// and drops its pending events, so the callback cannot run afterwards.
#pragma once

#include <QFuture>
#include <QFutureInterface>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QRunnable>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace Beholder {

class TaskRunner;

// Handed to a running task: cooperative cancellation and progress. Progress
// follows QFutureInterface rules: values outside the range and values not
// greater than the last one are ignored, and a QFutureWatcher sees at most
// ~25 updates per second (the value equal to the maximum always gets
// through). The text travels with a value; setProgressValue() keeps the last
// text.
class TaskControl final
{
public:
    explicit TaskControl(const QFutureInterfaceBase &state);
    Q_DISABLE_COPY_MOVE(TaskControl)

    // True once the future was canceled (future.cancel(), LatestTask
    // superseding it, TaskRunner::cancelAll() or the runner shutting down).
    // Long tasks should check it between steps and return early; what they
    // return after cancellation is discarded.
    bool isCanceled() const;

    void setProgressRange(int minimum, int maximum);
    void setProgressValue(int value);
    void setProgress(int value, const QString &text);

private:
    QFutureInterfaceBase m_state;
    QString m_text;
};

enum class TaskStatus {
    Succeeded, // the task returned; value (if any) is set
    Canceled,  // canceled before or while running; no value
    Failed,    // the task threw; error holds what() (or a generic text)
};

// How a finished task ended, in a form a callback can switch on. A task that
// throws leaves its QFuture canceled with the exception stored (so
// future.result()/waitForFinished() rethrow it, and QFuture::onFailed works);
// TaskResult turns that into status == Failed with the message in error.
struct TaskOutcome
{
    TaskStatus status = TaskStatus::Canceled;
    QString error;

    bool succeeded() const { return status == TaskStatus::Succeeded; }
    bool canceled() const { return status == TaskStatus::Canceled; }
    bool failed() const { return status == TaskStatus::Failed; }

    // Precondition: finished.isFinished().
    static TaskOutcome of(const QFuture<void> &finished);
};

template<typename T>
struct TaskResult : TaskOutcome
{
    std::optional<T> value; // set if and only if succeeded()

    static TaskResult fromFuture(const QFuture<T> &finished)
    {
        TaskResult result;
        static_cast<TaskOutcome &>(result) = TaskOutcome::of(QFuture<void>(finished));
        if (result.succeeded()) {
            if (finished.resultCount() > 0)
                result.value = finished.result();
            else
                result.status = TaskStatus::Canceled; // canceled between return and result
        }
        return result;
    }
};

template<>
struct TaskResult<void> : TaskOutcome
{
    static TaskResult fromFuture(const QFuture<void> &finished)
    {
        TaskResult result;
        static_cast<TaskOutcome &>(result) = TaskOutcome::of(finished);
        return result;
    }
};

namespace detail {

// The type-independent part of a task: thread naming, the cancel-before-start
// check and the exception boundary live in taskrunner.cpp.
class TaskBase : public QRunnable
{
public:
    TaskBase(TaskRunner *runner, quint64 id, const QFutureInterfaceBase &state);
    void run() final;

protected:
    virtual void invoke(TaskControl &control) = 0; // runs the function, stores its result
    virtual void fail(std::exception_ptr error) = 0;
    virtual void finish() = 0;

private:
    TaskRunner *m_runner; // outlives every task: ~TaskRunner waits for them
    quint64 m_id;
    QFutureInterfaceBase m_state;
};

template<typename T, typename Fn>
class Task final : public TaskBase
{
public:
    Task(TaskRunner *runner, quint64 id, QFutureInterface<T> state, Fn &&fn)
        : TaskBase(runner, id, state)
        , m_promise(state)
        , m_fn(std::move(fn))
    {
        m_promise.start();
    }

    QFuture<T> future() const { return m_promise.future(); }

protected:
    void invoke(TaskControl &control) override
    {
        if constexpr (std::is_void_v<T>)
            call(control);
        else
            m_promise.addResult(call(control)); // dropped by QFutureInterface if canceled meanwhile
    }
    void fail(std::exception_ptr error) override { m_promise.setException(error); }
    void finish() override { m_promise.finish(); }

private:
    decltype(auto) call(TaskControl &control)
    {
        if constexpr (std::is_invocable_v<Fn, TaskControl &>)
            return std::invoke(std::move(m_fn), control);
        else
            return std::invoke(std::move(m_fn));
    }

    QPromise<T> m_promise;
    Fn m_fn;
};

struct DeduceResult; // marker: run() without an explicit T takes the function's return type

template<typename Fn>
auto invokeResult()
{
    if constexpr (std::is_invocable_v<Fn, TaskControl &>)
        return std::type_identity<std::decay_t<std::invoke_result_t<Fn, TaskControl &>>>{};
    else
        return std::type_identity<std::decay_t<std::invoke_result_t<Fn>>>{};
}

template<typename T, typename Fn>
using ResultOf
    = std::conditional_t<std::is_same_v<T, DeduceResult>, typename decltype(invokeResult<std::decay_t<Fn>>())::type, T>;

} // namespace detail

// Calls callback(TaskResult<T>) on context's thread once future has finished,
// unless context has been destroyed by then, in which case it is never
// called. Must be called on context's thread. The callback may delete the
// context. It is always called from the event loop, never synchronously,
// even if the future has already finished.
template<typename T, typename Callback>
void onFinished(const QFuture<T> &future, QObject *context, Callback &&callback)
{
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context); // dies with the context, and with it the callback
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         const QFuture<T> finished = watcher->future();
                         watcher->disconnect();
                         watcher->deleteLater();
                         auto deliver = std::move(callback);
                         std::invoke(deliver, TaskResult<T>::fromFuture(finished));
                     });
    watcher->setFuture(future);
}

// Owns a thread pool. Tasks are functions taking TaskControl & (or nothing)
// and returning T (or void):
//
//     QFuture<int> f = runner.run([](TaskControl &task) {
//         for (int i = 0; i < 100 && !task.isCanceled(); ++i) { ...; task.setProgressValue(i); }
//         return 42;
//     });
//     onFinished(f, this, [this](const TaskResult<int> &r) { if (r.succeeded()) show(*r.value); });
//
// Cancel with future.cancel(): a task canceled before it started never runs
// its body; a running one sees TaskControl::isCanceled(). run() is thread-safe.
//
// Destruction cancels every outstanding task and waits for all of them to
// return, so destroy the runner only after everything that could still
// submit work to it (STYLE habit 9).
class TaskRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    // name: used for objectName() and for the pool threads (what the log
    // file shows). maxThreads: 1 serialises the tasks.
    explicit TaskRunner(const QString &name, int maxThreads = 1, QObject *parent = nullptr);
    ~TaskRunner() override;

    QString name() const;
    int maxThreadCount() const;
    void setMaxThreadCount(int maxThreads);

    template<typename T = detail::DeduceResult, typename Fn>
    QFuture<detail::ResultOf<T, Fn>> run(Fn &&fn)
    {
        using R = detail::ResultOf<T, Fn>;
        const quint64 id = nextId();
        QFutureInterface<R> state;
        auto *task = new detail::Task<R, std::decay_t<Fn>>(this, id, state, std::decay_t<Fn>(std::forward<Fn>(fn)));
        QFuture<R> future = task->future();
        submit(task, id, state);
        return future;
    }

    // run() + onFinished(): the callback runs on context's thread, never
    // after context is destroyed. Returns the future so it can be canceled.
    template<typename T = detail::DeduceResult, typename Fn, typename Callback>
    QFuture<detail::ResultOf<T, Fn>> runThen(QObject *context, Fn &&fn, Callback &&callback)
    {
        auto future = run<T>(std::forward<Fn>(fn));
        onFinished(future, context, std::forward<Callback>(callback));
        return future;
    }

    // Cancels every task submitted and not yet finished.
    void cancelAll();
    // Tasks submitted and not yet finished.
    int pendingCount() const;
    // Waits for every task to return; false on timeout. For shutdown and tests.
    bool waitForDone(int msecs = -1);

private:
    friend class detail::TaskBase;
    quint64 nextId();
    void submit(QRunnable *task, quint64 id, const QFutureInterfaceBase &state);
    void taskDone(quint64 id);

    const QString m_name;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QHash<quint64, QFutureInterfaceBase> m_pending; // guarded by m_mutex
    quint64 m_lastId = 0;                           // guarded by m_mutex
};

} // namespace Beholder
