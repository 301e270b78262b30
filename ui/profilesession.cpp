// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesession.h"

#include "cache/cachedatabase.h"
#include "demo/demoprofile.h"
#include "logging/logfile.h"
#include "search/searchservice.h"
#include "uilogging.h"
#include "util/timeformat.h"

#include <QFutureWatcher>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

struct OpenResult
{
    bool ok = false;
    QString error;
    CacheSummary summary;
};

} // namespace

ProfileSession::ProfileSession(const Profile &profile, const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_options(options)
    , m_cache(std::make_unique<CacheDatabase>(profile.cacheFile()))
    , m_reader(u"cache-"_s + profile.name(), 1)
    , m_loader(u"demo-load"_s, 1)
    , m_details(m_reader, this)
    , m_summaryTask(m_reader, this)
{
    if (options.installLogFile)
        m_logFile = std::make_unique<LogFile>(profile.logDirectory());
    qCInfo(lcUi).noquote() << "opening profile" << profile.name() << "from" << profile.directory();
}

ProfileSession::~ProfileSession()
{
    m_demoFuture.cancel();
    m_details.cancel();
    m_summaryTask.cancel();
    m_search.reset(); // waits for its search thread
    m_loader.cancelAll();
    m_reader.cancelAll();
    m_loader.waitForDone();
    m_reader.waitForDone();
}

void ProfileSession::open()
{
    CacheDatabase *cache = m_cache.get();
    m_reader.runThen(
        this,
        [cache] {
            OpenResult result;
            result.ok = cache->open(&result.error);
            if (result.ok)
                result.summary = readCacheSummary(cache->connection());
            return result;
        },
        [this](const TaskResult<OpenResult> &result) {
            if (!result.succeeded() || !result.value->ok) {
                m_state = State::Failed;
                m_error = result.succeeded() ? result.value->error : result.error;
                if (m_error.isEmpty())
                    m_error = tr("the cache could not be opened");
                qCWarning(lcUi).noquote() << "cannot open profile" << m_profile.name() << ":" << m_error;
                emit openFailed(m_error);
                return;
            }
            afterOpen(result.value->summary);
        });
}

void ProfileSession::afterOpen(const CacheSummary &summary)
{
    m_search = std::make_unique<SearchService>(m_cache.get());
    m_state = State::Ready;
    m_summary = summary;
    m_hasSummary = summary.ok;
    qCInfo(lcUi).noquote() << "profile" << m_profile.name() << "ready:" << summary.customers << "customers";
    emit opened();
    emit summaryChanged(m_summary);
    if (isDemo() && (m_options.refreshDemoAtStart || (m_options.loadDemoWhenEmpty && summary.ok && summary.isEmpty())))
        loadDemo(m_options.demoCustomers);
}

void ProfileSession::refreshSummary()
{
    if (m_state != State::Ready)
        return;
    CacheDatabase *cache = m_cache.get();
    m_summaryTask.start([cache] { return readCacheSummary(cache->connection()); },
                        [this](const TaskResult<CacheSummary> &result) {
                            if (!result.succeeded())
                                return;
                            m_summary = *result.value;
                            m_hasSummary = m_summary.ok;
                            if (!m_summary.ok)
                                qCWarning(lcUi).noquote() << "cannot read the cache summary:" << m_summary.error;
                            emit summaryChanged(m_summary);
                        });
}

void ProfileSession::loadDetails(const SearchHit &hit)
{
    if (m_state != State::Ready)
        return;
    CacheDatabase *cache = m_cache.get();
    m_details.start([cache, hit] { return loadSubscriberDetails(cache->connection(), hit); },
                    [this, hit](const TaskResult<SubscriberDetails> &result) {
                        if (result.succeeded()) {
                            emit detailsLoaded(*result.value);
                        } else if (result.failed()) {
                            qCWarning(lcUi).noquote() << "cannot load the details:" << result.error;
                            emit detailsFailed(hit, result.error);
                        }
                    });
}

void ProfileSession::loadDemo(int customers)
{
    if (m_state != State::Ready || m_demoLoading || !isDemo())
        return;
    m_demoLoading = true;
    CacheDatabase *cache = m_cache.get();
    Demo::DemoOptions options;
    options.customers = customers;
    options.now = TimeFormat::nowUtc();
    qCInfo(lcUi) << "loading the demo ISP with" << customers << "customers";
    QFuture<Demo::DemoLoadResult> future = m_loader.run([cache, options](TaskControl &task) {
        task.setProgressRange(0, 100);
        return Demo::loadDemoIsp(
            *cache, options, u"gui"_s, [&task](int percent, const QString &step) { task.setProgress(percent, step); },
            [&task] { return task.isCanceled(); });
    });
    m_demoFuture = QFuture<void>(future);

    auto *progress = new QFutureWatcher<Demo::DemoLoadResult>(this);
    connect(progress, &QFutureWatcherBase::progressValueChanged, this,
            [this, progress](int value) { emit demoLoadProgress(value, progress->progressText()); });
    connect(progress, &QFutureWatcherBase::finished, progress, &QObject::deleteLater);
    progress->setFuture(future);

    onFinished(future, this, [this](const TaskResult<Demo::DemoLoadResult> &result) {
        m_demoLoading = false;
        m_demoFuture = QFuture<void>();
        bool ok = false;
        bool canceled = result.canceled();
        QString error = result.error;
        if (result.succeeded()) {
            ok = result.value->ok;
            canceled = result.value->canceled;
            error = result.value->error;
        }
        if (ok)
            qCInfo(lcUi) << "demo ISP loaded:" << result.value->customers << "customers";
        else if (canceled)
            qCInfo(lcUi) << "demo load canceled; the previous cache is intact";
        else
            qCWarning(lcUi).noquote() << "demo load failed:" << error;
        emit demoLoadFinished(ok, canceled, error);
        refreshSummary();
    });
    emit demoLoadStarted();
}

void ProfileSession::cancelDemoLoad()
{
    if (m_demoLoading)
        m_demoFuture.cancel();
}

} // namespace Beholder
