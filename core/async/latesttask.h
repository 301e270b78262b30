// SPDX-License-Identifier: GPL-3.0-or-later
// "Latest wins" for as-you-type work: every keystroke starts a new search,
// and only the answer to the newest query may reach the screen, however the
// workers happen to finish.
#pragma once

#include "taskrunner.h"

#include <QPointer>

namespace Beholder {

// Runs at most one *current* task on a TaskRunner on behalf of a context
// QObject. start() cancels the previous task (it sees TaskControl::isCanceled())
// and guarantees that its callback is never called, even if it finishes after
// the new one or ignores the cancellation. Only the newest task's callback
// runs, with whatever status it ended in (Succeeded, Failed, or Canceled if
// something else canceled it, e.g. TaskRunner::cancelAll()).
//
// Callbacks run on the context's thread, never after the context or this
// LatestTask is destroyed. Use a LatestTask only from the context's thread;
// the usual shape is a member of the widget or model it serves:
//
//     LatestTask<QList<Hit>> m_search{m_runner, this};
//     m_search.start([query](TaskControl &task) { return searchIndex(query, task); },
//                    [this](const TaskResult<QList<Hit>> &r) { if (r.succeeded()) setHits(*r.value); });
template<typename T>
class LatestTask final
{
public:
    LatestTask(TaskRunner &runner, QObject *context)
        : m_runner(runner)
        , m_guard(new QObject(context)) // watchers hang off it: dies with the context or with us
    {
        Q_ASSERT(context);
    }

    ~LatestTask()
    {
        cancel();
        delete m_guard.data(); // null if the context (and so the guard) is already gone
    }

    Q_DISABLE_COPY_MOVE(LatestTask)

    // Supersedes the current task (if any) with fn; callback(TaskResult<T>)
    // runs when fn finishes, unless start() or cancel() is called first.
    // Returns fn's future, e.g. for a progress QFutureWatcher.
    template<typename Fn, typename Callback>
    QFuture<T> start(Fn &&fn, Callback &&callback)
    {
        cancel();
        const quint64 generation = m_generation;
        m_current = m_runner.template run<T>(std::forward<Fn>(fn));
        m_active = !m_guard.isNull(); // with the context gone there is nobody to deliver to
        if (m_guard) {
            onFinished(m_current, m_guard.data(),
                       [this, generation, callback = std::forward<Callback>(callback)](TaskResult<T> result) mutable {
                           // `this` is alive: the watcher calling us is a child of m_guard.
                           if (generation != m_generation)
                               return; // superseded while its result was on the way
                           m_current = QFuture<T>();
                           m_active = false;
                           std::invoke(callback, std::move(result));
                       });
        }
        return m_current;
    }

    // Cancels the current task; its callback will not be called.
    void cancel()
    {
        ++m_generation;
        m_current.cancel();
        m_current = QFuture<T>();
        m_active = false;
    }

    // True between start() and the delivery of that task's callback (or cancel()).
    bool isActive() const { return m_active; }

private:
    TaskRunner &m_runner;
    QPointer<QObject> m_guard;
    QFuture<T> m_current;
    quint64 m_generation = 0;
    bool m_active = false;
};

} // namespace Beholder
