// SPDX-License-Identifier: GPL-3.0-or-later
// One source's fetch: drives that source's protocol client asynchronously on
// the thread it was created in (a sync worker running its own event loop),
// and reports once, with the data or the error.
#pragma once

#include "sync/sourcedata.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace Beholder {

struct FetchResult
{
    ApiError error; // set: the source failed, nothing is written
    SourceData data;
    QStringList warnings; // problems that do not fail the source
};

// Progress that the engine polls from the GUI thread (lock-free).
struct FetchProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

class SourceFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(FetchResult)>;

    explicit SourceFetcher(FetchProgress *progress, QObject *parent = nullptr)
        : QObject(parent)
        , m_progress(progress)
    { }

    // Calls `done` exactly once, later, from this thread's event loop.
    virtual void start(Done done) = 0;
    // Stops as soon as possible; `done` then reports Kind::Canceled.
    virtual void cancel() = 0;

protected:
    void reportProgress(qint64 done, qint64 total)
    {
        if (m_progress) {
            m_progress->done = done;
            m_progress->total = total;
        }
    }

private:
    FetchProgress *m_progress;
};

} // namespace Beholder
