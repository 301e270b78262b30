// SPDX-License-Identifier: GPL-3.0-or-later
// TaskRunner, onFinished() and LatestTask: results come back on the context's
// thread and never to a destroyed context, cancellation reaches the task,
// exceptions stop at the thread boundary, and only the newest as-you-type
// result is delivered. Timing is controlled with semaphores, never sleeps.
#include "async/latesttask.h"
#include "async/taskrunner.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// Generous bound for anything that waits on a worker (ASan builds are slow);
// only a broken implementation ever reaches it.
constexpr int WorkerTimeoutMs = 20'000;

// A task that spins until canceled. It gives up on its own after the worker
// timeout, so a broken cancellation fails the test instead of hanging it.
// Returns true if it stopped because it saw the cancellation.
bool spinUntilCanceled(TaskControl &task)
{
    QDeadlineTimer deadline(WorkerTimeoutMs);
    while (!deadline.hasExpired()) {
        if (task.isCanceled())
            return true;
        QThread::msleep(1);
    }
    return false;
}

// Blocks a task until the test opens the gate, but not forever: if the test
// fails before opening it, the task still returns and the runner can shut down.
void waitAtGate(QSemaphore &gate)
{
    gate.tryAcquire(1, WorkerTimeoutMs);
}

// Processes every event posted so far (e.g. a watcher's "finished"): posted
// events are delivered in order, so once a sentinel posted now has run, so
// has everything posted before it.
bool processPostedEvents()
{
    QObject sentinel;
    bool done = false;
    QMetaObject::invokeMethod(
        &sentinel, [&done] { done = true; }, Qt::QueuedConnection);
    return QTest::qWaitFor([&done] { return done; }, WorkerTimeoutMs);
}

// Waits for every task of runner to return, then for what they posted.
bool drained(TaskRunner &runner)
{
    return runner.waitForDone(WorkerTimeoutMs) && processPostedEvents();
}

} // namespace

class TestTaskRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void runReturnsTheTaskValue();
    void runSupportsVoidTasks();
    void tasksRunOnThreadsNamedAfterTheRunner();

    void callbackRunsOnTheContextThreadAndNeverSynchronously();
    void destroyedContextNeverGetsTheCallback();
    void destroyedContextRacingWithCompletionNeverGetsTheCallback();
    void callbackMayDeleteItsContext();
    void runThenDeliversTheResult();

    void progressIsObservableThroughAWatcher();

    void cancelStopsARunningTask();
    void taskCanceledBeforeStartDoesNotRun();
    void cancelAllCancelsEveryPendingTask();
    void destructorCancelsAndWaitsForEveryTask();

    void throwingTaskBecomesAFailedResult();
    void nonStandardExceptionBecomesAFailedResult();

    void latestTaskDropsAnOlderResultArrivingLater();
    void latestTaskDropsAnOlderResultArrivingFirst();
    void latestTaskDropsAFinishedButUndeliveredResult();
    void latestTaskCancelsThePreviousTask();
    void latestTaskDeliversOnlyTheLastOfManyRacingTasks();
    void latestTaskDeliversNothingOnceDestroyed();
    void latestTaskDeliversNothingOnceItsContextIsDestroyed();
};

void TestTaskRunner::initTestCase()
{
    Test::isolateFromUserData();
}

void TestTaskRunner::runReturnsTheTaskValue()
{
    TaskRunner runner(u"test"_s);
    QFuture<int> deduced = runner.run([] { return 42; });
    QFuture<QString> explicitType = runner.run<QString>([](TaskControl &) { return u"answer"_s; });
    static_assert(std::is_same_v<decltype(deduced), QFuture<int>>);

    QCOMPARE(deduced.result(), 42);
    QCOMPARE(explicitType.result(), u"answer"_s);
    QVERIFY(runner.waitForDone(WorkerTimeoutMs));
    QCOMPARE(runner.pendingCount(), 0);
}

void TestTaskRunner::runSupportsVoidTasks()
{
    std::atomic_bool ran = false;
    TaskRunner runner(u"test"_s);
    QFuture<void> future = runner.run([&ran](TaskControl &) { ran = true; });

    QObject context;
    std::optional<TaskResult<void>> delivered;
    onFinished(future, &context, [&delivered](const TaskResult<void> &result) { delivered = result; });

    QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), WorkerTimeoutMs);
    QVERIFY(ran);
    QCOMPARE(delivered->status, TaskStatus::Succeeded);
    QVERIFY(delivered->error.isEmpty());
}

void TestTaskRunner::tasksRunOnThreadsNamedAfterTheRunner()
{
    TaskRunner runner(u"snmp-poller"_s, 2);
    QCOMPARE(runner.objectName(), u"snmp-poller"_s);
    QCOMPARE(runner.maxThreadCount(), 2);

    QThread *const mainThread = QThread::currentThread();
    QList<QFuture<QString>> futures;
    for (int i = 0; i < 4; ++i) {
        futures << runner.run([mainThread] {
            return QThread::currentThread() == mainThread ? u"main thread!"_s : QThread::currentThread()->objectName();
        });
    }
    for (QFuture<QString> &future : futures)
        QCOMPARE(future.result(), u"snmp-poller"_s);
    QCOMPARE(mainThread->objectName(), QString()); // untouched
}

void TestTaskRunner::callbackRunsOnTheContextThreadAndNeverSynchronously()
{
    TaskRunner runner(u"test"_s);
    QFuture<int> future = runner.run([] { return 7; });
    future.waitForFinished(); // already finished when the callback is attached

    QObject context;
    QThread *callbackThread = nullptr;
    std::optional<int> value;
    onFinished(future, &context, [&](const TaskResult<int> &result) {
        callbackThread = QThread::currentThread();
        value = result.value;
    });
    QVERIFY(!value.has_value()); // not called from inside onFinished()

    QTRY_VERIFY_WITH_TIMEOUT(value.has_value(), WorkerTimeoutMs);
    QCOMPARE(*value, 7);
    QCOMPARE(callbackThread, QThread::currentThread());
}

void TestTaskRunner::destroyedContextNeverGetsTheCallback()
{
    QSemaphore gate;
    TaskRunner runner(u"test"_s);
    QFuture<int> future = runner.run([&gate] {
        waitAtGate(gate);
        return 1;
    });

    auto *context = new QObject; // e.g. a window the operator closes
    bool called = false;
    onFinished(future, context, [&called](const TaskResult<int> &) { called = true; });

    delete context;
    gate.release();
    future.waitForFinished();
    QVERIFY(drained(runner));

    QVERIFY(!called);
    QCOMPARE(future.result(), 1); // the task itself was not disturbed
}

void TestTaskRunner::destroyedContextRacingWithCompletionNeverGetsTheCallback()
{
    // Delete the context while the worker is finishing: the window in which
    // Qt 6.4's QFuture::then(context) reads a QPointer on the worker thread.
    // Run it under ASan to see that nothing touches freed memory.
    std::atomic_int calls = 0;
    TaskRunner runner(u"test"_s, 4);
    for (int i = 0; i < 200; ++i) {
        QSemaphore gate;
        QFuture<int> future = runner.run([&gate, i] {
            waitAtGate(gate);
            return i;
        });
        auto *context = new QObject;
        onFinished(future, context, [&calls](const TaskResult<int> &) { ++calls; });
        gate.release();
        if (i % 2)
            QThread::yieldCurrentThread();
        delete context;
        future.waitForFinished(); // the gate lives on this stack frame
    }
    QVERIFY(drained(runner));
    QCOMPARE(calls.load(), 0);
}

void TestTaskRunner::callbackMayDeleteItsContext()
{
    TaskRunner runner(u"test"_s);
    QFuture<int> future = runner.run([] { return 3; });

    auto *context = new QObject;
    QPointer<QObject> guard(context);
    int calls = 0;
    const auto closeWindow = [&calls, &guard](const TaskResult<int> &) {
        ++calls;
        delete guard.data(); // takes the other watcher with it
    };
    onFinished(future, context, closeWindow);
    onFinished(future, context, closeWindow);

    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), WorkerTimeoutMs);
    QVERIFY(drained(runner));
    QCOMPARE(calls, 1);
}

void TestTaskRunner::runThenDeliversTheResult()
{
    TaskRunner runner(u"test"_s);
    QObject context;
    std::optional<TaskResult<QString>> delivered;
    const QFuture<QString> future = runner.runThen(
        &context, [](TaskControl &) { return u"cached"_s; },
        [&delivered](TaskResult<QString> result) { delivered = std::move(result); });

    QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), WorkerTimeoutMs);
    QVERIFY(delivered->succeeded());
    QCOMPARE(delivered->value, std::optional<QString>(u"cached"_s));
    QVERIFY(future.isFinished());
}

void TestTaskRunner::progressIsObservableThroughAWatcher()
{
    QSemaphore go;
    TaskRunner runner(u"test"_s);
    QFuture<void> future = runner.run([&go](TaskControl &task) {
        waitAtGate(go); // report only once the watcher below is attached
        task.setProgressRange(0, 10);
        task.setProgress(1, u"Reading customers"_s);
        task.setProgress(10, u"Done"_s); // the maximum is never throttled away
    });

    QFutureWatcher<void> watcher;
    QSignalSpy range(&watcher, &QFutureWatcherBase::progressRangeChanged);
    QSignalSpy value(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy text(&watcher, &QFutureWatcherBase::progressTextChanged);
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    go.release();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WorkerTimeoutMs);

    QVERIFY(range.contains(QVariantList{0, 10}));
    QVERIFY(value.contains(QVariantList{1}));
    QCOMPARE(value.last().at(0).toInt(), 10);
    QVERIFY(text.contains(QVariantList{u"Reading customers"_s}));
    QCOMPARE(text.last().at(0).toString(), u"Done"_s);
    QCOMPARE(watcher.progressMaximum(), 10);
    QCOMPARE(watcher.progressValue(), 10);
    QCOMPARE(watcher.progressText(), u"Done"_s);
}

void TestTaskRunner::cancelStopsARunningTask()
{
    QSemaphore started;
    std::atomic_bool sawCancel = false;
    TaskRunner runner(u"test"_s);
    QFuture<int> future = runner.run([&](TaskControl &task) {
        started.release();
        sawCancel = spinUntilCanceled(task);
        return 1; // discarded: the future is canceled
    });

    QVERIFY(started.tryAcquire(1, WorkerTimeoutMs));
    QVERIFY(!future.isFinished());
    future.cancel();

    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), WorkerTimeoutMs);
    QVERIFY(sawCancel);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QCOMPARE(TaskResult<int>::fromFuture(future).status, TaskStatus::Canceled);
}

void TestTaskRunner::taskCanceledBeforeStartDoesNotRun()
{
    QSemaphore gate;
    std::atomic_bool bodyRan = false;
    TaskRunner runner(u"test"_s, 1);
    QFuture<void> blocker = runner.run([&gate] { waitAtGate(gate); });
    QFuture<int> queued = runner.run([&bodyRan] {
        bodyRan = true;
        return 1;
    });

    queued.cancel(); // still waiting behind the blocker
    gate.release();
    QVERIFY(runner.waitForDone(WorkerTimeoutMs));

    QVERIFY(blocker.isFinished());
    QVERIFY(queued.isFinished());
    QVERIFY(queued.isCanceled());
    QVERIFY(!bodyRan);
    QCOMPARE(TaskResult<int>::fromFuture(queued).status, TaskStatus::Canceled);
}

void TestTaskRunner::cancelAllCancelsEveryPendingTask()
{
    QSemaphore started;
    std::atomic_int sawCancel = 0;
    TaskRunner runner(u"test"_s, 3);
    QList<QFuture<void>> futures;
    for (int i = 0; i < 5; ++i) { // three run, two wait in the queue
        futures << runner.run([&](TaskControl &task) {
            started.release();
            if (spinUntilCanceled(task))
                ++sawCancel;
        });
    }
    QVERIFY(started.tryAcquire(3, WorkerTimeoutMs));
    QCOMPARE(runner.pendingCount(), 5);

    runner.cancelAll();
    QVERIFY(runner.waitForDone(WorkerTimeoutMs));

    for (const QFuture<void> &future : std::as_const(futures)) {
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }
    QCOMPARE(sawCancel.load(), 3); // the queued two never ran
    QCOMPARE(runner.pendingCount(), 0);
}

void TestTaskRunner::destructorCancelsAndWaitsForEveryTask()
{
    QSemaphore started;
    std::atomic_int sawCancel = 0;
    std::atomic_bool queuedRan = false;
    auto runner = std::make_unique<TaskRunner>(u"test"_s, 2);
    QList<QFuture<void>> futures;
    for (int i = 0; i < 2; ++i) {
        futures << runner->run([&](TaskControl &task) {
            started.release();
            if (spinUntilCanceled(task))
                ++sawCancel;
        });
    }
    futures << runner->run([&queuedRan] { queuedRan = true; });
    QVERIFY(started.tryAcquire(2, WorkerTimeoutMs));

    runner.reset(); // returns only once every task has returned

    QCOMPARE(sawCancel.load(), 2);
    QVERIFY(!queuedRan);
    for (const QFuture<void> &future : std::as_const(futures)) {
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }
}

void TestTaskRunner::throwingTaskBecomesAFailedResult()
{
    TaskRunner runner(u"test"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^A task on test failed: bad reply from OLT$"_s));
    QFuture<int> future = runner.run([]() -> int { throw std::runtime_error("bad reply from OLT"); });

    QObject context;
    std::optional<TaskResult<int>> delivered;
    onFinished(future, &context, [&delivered](TaskResult<int> result) { delivered = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), WorkerTimeoutMs);

    // The defined way a failure shows up: status Failed plus the message ...
    QCOMPARE(delivered->status, TaskStatus::Failed);
    QCOMPARE(delivered->error, u"bad reply from OLT"_s);
    QVERIFY(!delivered->value.has_value());
    // ... and, on the QFuture itself, canceled with the exception stored.
    QVERIFY(future.isCanceled());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, future.waitForFinished());
    QCOMPARE(future.onFailed([](const std::runtime_error &) { return -1; }).result(), -1);

    // The worker survived and the runner goes on.
    QCOMPARE(runner.run([] { return 5; }).result(), 5);
}

void TestTaskRunner::nonStandardExceptionBecomesAFailedResult()
{
    TaskRunner runner(u"test"_s);
    QTest::ignoreMessage(QtWarningMsg, "A task on test failed with a non-standard exception");
    QFuture<void> future = runner.run([] { throw 42; });

    QObject context;
    std::optional<TaskResult<void>> delivered;
    onFinished(future, &context, [&delivered](TaskResult<void> result) { delivered = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(delivered.has_value(), WorkerTimeoutMs);

    QCOMPARE(delivered->status, TaskStatus::Failed);
    QCOMPARE(delivered->error, u"unknown error"_s);
}

void TestTaskRunner::latestTaskDropsAnOlderResultArrivingLater()
{
    QSemaphore gateA;
    QSemaphore gateB;
    TaskRunner runner(u"search"_s, 2);
    QObject context;
    LatestTask<QString> search(runner, &context);
    QStringList delivered;
    const auto show = [&delivered](const TaskResult<QString> &result) {
        delivered << (result.succeeded() ? *result.value : u"<status %1>"_s.arg(int(result.status)));
    };

    QFuture<QString> older = search.start(
        [&gateA] {
            waitAtGate(gateA); // ignores its cancellation on purpose
            return u"garc"_s;
        },
        show);
    search.start(
        [&gateB] {
            waitAtGate(gateB);
            return u"garcia"_s;
        },
        show);
    QVERIFY(older.isCanceled());

    gateB.release(); // the newest finishes first ...
    QTRY_COMPARE_WITH_TIMEOUT(delivered, QStringList{u"garcia"_s}, WorkerTimeoutMs);
    QVERIFY(!search.isActive());
    gateA.release(); // ... and the older one after it
    QVERIFY(drained(runner));

    QCOMPARE(delivered, QStringList{u"garcia"_s});
}

void TestTaskRunner::latestTaskDropsAnOlderResultArrivingFirst()
{
    QSemaphore gateA;
    QSemaphore gateB;
    TaskRunner runner(u"search"_s, 2);
    QObject context;
    LatestTask<QString> search(runner, &context);
    QStringList delivered;
    const auto show = [&delivered](const TaskResult<QString> &result) {
        delivered << (result.succeeded() ? *result.value : u"<status %1>"_s.arg(int(result.status)));
    };

    QFuture<QString> older = search.start(
        [&gateA] {
            waitAtGate(gateA);
            return u"garc"_s;
        },
        show);
    search.start(
        [&gateB] {
            waitAtGate(gateB);
            return u"garcia"_s;
        },
        show);

    gateA.release();                // the superseded task finishes first (canceled): not delivered
    older.waitForFinished();        // its watcher's "finished" is posted by now ...
    QVERIFY(processPostedEvents()); // ... and handled
    QCOMPARE(delivered, QStringList());

    gateB.release();
    QTRY_COMPARE_WITH_TIMEOUT(delivered, QStringList{u"garcia"_s}, WorkerTimeoutMs);
    QVERIFY(drained(runner));
    QCOMPARE(delivered, QStringList{u"garcia"_s});
}

void TestTaskRunner::latestTaskDropsAFinishedButUndeliveredResult()
{
    // The older task completed successfully, but its callback was still an
    // event in the queue when the operator typed the next character.
    TaskRunner runner(u"search"_s, 2);
    QObject context;
    LatestTask<QString> search(runner, &context);
    QStringList delivered;
    const auto show = [&delivered](const TaskResult<QString> &result) {
        delivered << (result.succeeded() ? *result.value : u"<status %1>"_s.arg(int(result.status)));
    };

    QFuture<QString> older = search.start([] { return u"gar"_s; }, show);
    older.waitForFinished(); // done, with a result, not yet delivered
    QCOMPARE(older.resultCount(), 1);
    search.start([] { return u"garc"_s; }, show);

    QVERIFY(drained(runner));
    QCOMPARE(delivered, QStringList{u"garc"_s});
}

void TestTaskRunner::latestTaskCancelsThePreviousTask()
{
    QSemaphore started;
    std::atomic_bool sawCancel = false;
    TaskRunner runner(u"search"_s, 2);
    QObject context;
    LatestTask<int> search(runner, &context);
    QFuture<int> older = search.start(
        [&](TaskControl &task) {
            started.release();
            sawCancel = spinUntilCanceled(task);
            return 1;
        },
        [](const TaskResult<int> &) {});
    QVERIFY(started.tryAcquire(1, WorkerTimeoutMs));

    std::optional<int> delivered;
    search.start([] { return 2; }, [&delivered](const TaskResult<int> &result) { delivered = result.value; });

    QTRY_VERIFY_WITH_TIMEOUT(older.isFinished(), WorkerTimeoutMs);
    QVERIFY(sawCancel);
    QTRY_COMPARE_WITH_TIMEOUT(delivered, std::optional<int>(2), WorkerTimeoutMs);
}

void TestTaskRunner::latestTaskDeliversOnlyTheLastOfManyRacingTasks()
{
    TaskRunner runner(u"search"_s, 4);
    QObject context;
    LatestTask<int> search(runner, &context);
    constexpr int keystrokes = 50;
    int newest = -1;
    QList<int> delivered;
    QList<int> stale; // delivered although a newer keystroke had started
    for (int i = 0; i < keystrokes; ++i) {
        // Finish in a scrambled order: later keystrokes tend to finish first.
        const int work = (keystrokes - i) % 7;
        newest = i;
        search.start(
            [i, work](TaskControl &task) {
                for (int step = 0; step < work && !task.isCanceled(); ++step)
                    QThread::yieldCurrentThread();
                return i;
            },
            [&](const TaskResult<int> &result) {
                const int value = result.value.value_or(-1);
                delivered << value;
                if (value != newest)
                    stale << value;
            });
        // Now and then let the event loop run: the newest result may be
        // delivered (it was the newest then), older ones must not be.
        if (i % 10 == 0)
            QCoreApplication::processEvents();
    }
    QVERIFY(drained(runner));
    QCOMPARE(stale, QList<int>());
    QVERIFY(!delivered.isEmpty());
    QCOMPARE(delivered.last(), keystrokes - 1);
    QCOMPARE(delivered.count(keystrokes - 1), 1);
}

void TestTaskRunner::latestTaskDeliversNothingOnceDestroyed()
{
    QSemaphore gate;
    TaskRunner runner(u"search"_s);
    QObject context;
    auto search = std::make_unique<LatestTask<int>>(runner, &context);
    bool called = false;
    QFuture<int> future = search->start(
        [&gate] {
            waitAtGate(gate);
            return 1;
        },
        [&called](const TaskResult<int> &) { called = true; });

    search.reset();
    QVERIFY(future.isCanceled());
    gate.release();
    QVERIFY(drained(runner));
    QVERIFY(!called);
    QVERIFY(context.children().isEmpty()); // no guard or watcher left behind
}

void TestTaskRunner::latestTaskDeliversNothingOnceItsContextIsDestroyed()
{
    QSemaphore gate;
    TaskRunner runner(u"search"_s);
    auto *context = new QObject;
    LatestTask<int> search(runner, context);
    bool called = false;
    search.start(
        [&gate] {
            waitAtGate(gate);
            return 1;
        },
        [&called](const TaskResult<int> &) { called = true; });

    delete context;
    gate.release();
    QVERIFY(drained(runner));
    QVERIFY(!called);
    // `search` is destroyed after its context here: that must be harmless too.
}

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
