// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprofile.h"

#include "cache/cachedatabase.h"
#include "cache/cachewriter.h"
#include "cache/syncrunlog.h"
#include "logging/logging.h"
#include "search/searchindexer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace Beholder::Demo {

using namespace Qt::Literals::StringLiterals;

namespace {
// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoProfile)
};
} // namespace

DemoLoadResult loadDemoIsp(CacheDatabase &cache, const DemoOptions &options, const QString &trigger,
                           const ProgressCallback &progress, const std::function<bool()> &isCanceled)
{
    DemoLoadResult result;
    const auto report = [&](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    const auto canceled = [&] { return isCanceled && isCanceled(); };

    QSqlDatabase db = cache.connection();
    if (!db.isOpen()) {
        result.error = Tr::tr("the cache is not open");
        return result;
    }
    const UnixTime startedAt = options.now ? options.now : QDateTime::currentSecsSinceEpoch();
    SyncRunLog runs(db);
    const std::optional<qint64> runId = runs.start(u"demo"_s, trigger, QString(), startedAt);

    QElapsedTimer step;
    step.start();
    report(0, Tr::tr("Generating the demo ISP"));
    const IspDataset dataset = generateIsp(options);
    result.generateSeconds = step.nsecsElapsed() / 1e9;
    result.customers = dataset.customers.size();

    const auto finishRun = [&](SyncStatus status, const QString &error) {
        if (!runId)
            return;
        SyncOutcome outcome;
        outcome.status = status;
        outcome.itemsFetched = dataset.customers.size() + dataset.connections.size() + dataset.pppSecrets.size()
            + dataset.onus.size() + dataset.wirelessSubscribers.size();
        outcome.itemsWritten = result.rowsWritten;
        outcome.error = error;
        runs.finish(*runId, outcome, QDateTime::currentSecsSinceEpoch());
    };
    const auto abandon = [&](CacheWriter &writer, const QString &error) {
        writer.rollback();
        result.canceled = error.isEmpty();
        result.error = error.isEmpty() ? Tr::tr("canceled") : error;
        finishRun(result.canceled ? SyncStatus::Cancelled : SyncStatus::Failed, result.error);
        if (!result.canceled)
            qCWarning(lcDemo) << "demo load failed; the previous cache is intact:" << error;
        return result;
    };

    CacheWriter writer(db, startedAt);
    if (!writer.begin()) {
        result.error = writer.lastError();
        finishRun(SyncStatus::Failed, result.error);
        return result;
    }
    if (canceled())
        return abandon(writer, {});
    report(20, Tr::tr("Writing the cache"));
    step.restart();
    const qint64 totalRows = dataset.plans.size() + dataset.nodes.size() + dataset.customers.size()
        + dataset.connections.size() + dataset.pppSecrets.size() + dataset.olts.size() + dataset.onus.size()
        + dataset.accessPoints.size() + dataset.wirelessSubscribers.size() + dataset.alarms.size()
        + dataset.tickets.size();
    writer.setRowCallback([&](qint64 rowsWritten) {
        report(20 + int(40 * rowsWritten / std::max<qint64>(1, totalRows)), Tr::tr("Writing the cache"));
        return !canceled();
    });
    if (!writer.writeDataset(dataset))
        return abandon(writer, writer.canceled() ? QString() : writer.lastError());
    result.rowsWritten = writer.rowsWritten();
    result.writeSeconds = step.nsecsElapsed() / 1e9;
    if (canceled())
        return abandon(writer, {});

    report(60, Tr::tr("Building the search index"));
    step.restart();
    SearchIndexer indexer(db);
    if (!indexer.rebuild(isCanceled))
        return abandon(writer, canceled() ? QString() : indexer.lastError());
    result.searchDocuments = indexer.documentCount();
    result.indexSeconds = step.nsecsElapsed() / 1e9;

    report(95, Tr::tr("Saving"));
    if (!writer.commit())
        return abandon(writer, writer.lastError());
    finishRun(SyncStatus::Success, {});
    result.ok = true;
    report(100, Tr::tr("Done"));
    qCInfo(lcDemo) << "demo ISP loaded:" << result.customers << "customers," << result.rowsWritten << "rows,"
                   << result.searchDocuments << "search documents; generate" << result.generateSeconds << "s, write"
                   << result.writeSeconds << "s, index" << result.indexSeconds << "s";
    return result;
}

} // namespace Beholder::Demo
