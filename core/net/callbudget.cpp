// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbudget.h"

#include "logging/logging.h"

#include <QLocale>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// "14:32 (in 29 min)" / "14:32:05 (in 40 s)": when the next call is possible.
QString whenText(qint64 waitMs)
{
    const QDateTime at = QDateTime::currentDateTime().addMSecs(waitMs);
    const qint64 seconds = (waitMs + 999) / 1000;
    if (seconds < 120)
        return at.toString(u"HH:mm:ss"_s) + u" (in "_s + QString::number(seconds) + u" s)"_s;
    return at.toString(u"HH:mm"_s) + u" (in "_s + QString::number((seconds + 59) / 60) + u" min)"_s;
}

} // namespace

void CallBudget::Bucket::refill(qint64 now)
{
    if (now > stamp) {
        tokens = std::min(capacity, tokens + perMs * double(now - stamp));
        stamp = now;
    }
}

qint64 CallBudget::Bucket::msUntilToken() const
{
    if (tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - tokens) / perMs));
}

CallBudget::Bucket CallBudget::makeBucket(int callsPerHour, int burst, qint64 now)
{
    Bucket bucket;
    bucket.callsPerHour = callsPerHour;
    const int most = std::max(1, callsPerHour / 2);
    bucket.capacity = std::clamp(burst > 0 ? burst : callsPerHour / 10, 1, most);
    // See BudgetLimits::burst: a call counted now may be sent MaxWaitMs later.
    const double refillPerWindow = std::max(1.0, double(callsPerHour) - bucket.capacity);
    bucket.perMs = refillPerWindow / double(HourMs + MaxWaitMs);
    bucket.tokens = bucket.capacity;
    bucket.stamp = now;
    return bucket;
}

CallBudget::CallBudget(const BudgetLimits &limits, Clock clock)
    : m_clock(clock ? std::move(clock) : Clock(steadyNowMs))
{
    setLimits(limits);
}

CallBudget::~CallBudget() = default;

std::shared_ptr<CallBudget> CallBudget::forAccount(const QString &key, const BudgetLimits &limits)
{
    // Kept for the whole process: a budget that disappeared with its last
    // user would start full again on the next sync and overspend the hour.
    static QMutex registryMutex;
    static QHash<QString, std::shared_ptr<CallBudget>> registry;
    const QMutexLocker lock(&registryMutex);
    std::shared_ptr<CallBudget> &budget = registry[key];
    if (!budget)
        budget = std::make_shared<CallBudget>(limits);
    else if (budget->limits() != limits)
        budget->setLimits(limits);
    return budget;
}

BudgetLimits CallBudget::defaultLimits(SourceKind kind, int callsPerHour)
{
    BudgetLimits limits;
    switch (kind) {
    case SourceKind::SmartOlt:
        // external-apis.md §1.2: 1,000/h per account, and per-endpoint limits
        // that differ per tenant. get_all_onus_details: one tenant reports
        // 15/h, two sources 3/h; we take 3/h (a sync needs one call).
        limits.callsPerHour = 1000;
        limits.burst = 100;
        limits.endpointCallsPerHour = {
            {u"get_all_onus_details"_s, 3},
            {u"get_onu_full_status_info"_s, 300},
            {u"get_onu_signal"_s, 500},
            {u"get_olts_uptime_and_env_temperature"_s, 70},
            {u"get_all_onus_gps_coordinates"_s, 3},
        };
        break;
    case SourceKind::IspCube:
    case SourceKind::CnMaestro:
    case SourceKind::RouterOs:
        // No hourly limit stated: ISPCube meters per month (a full sync is
        // about ceil(N / 500) calls per list), cnMaestro states none. The
        // settings may still set one; then half of it may go at once.
        if (callsPerHour > 0)
            limits.burst = std::max(1, callsPerHour / 2);
        break;
    }
    if (callsPerHour > 0)
        limits.callsPerHour = callsPerHour;
    return limits;
}

void CallBudget::setLimits(const BudgetLimits &limits)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    refillAll(now);
    // Calls already spent stay spent: keep each bucket's level (capped).
    const auto rebuild = [now](const Bucket *old, int callsPerHour, int burst) {
        Bucket bucket = makeBucket(callsPerHour, burst, now);
        if (old && old->callsPerHour > 0)
            bucket.tokens = std::min(bucket.capacity, old->tokens);
        return bucket;
    };
    const Bucket oldAccount = m_account;
    m_account = limits.callsPerHour > 0 ? rebuild(&oldAccount, limits.callsPerHour, limits.burst) : Bucket{};
    QHash<QString, Bucket> endpoints;
    for (auto it = limits.endpointCallsPerHour.cbegin(); it != limits.endpointCallsPerHour.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const auto old = m_endpoints.constFind(it.key());
        endpoints.insert(it.key(), rebuild(old == m_endpoints.cend() ? nullptr : &old.value(), it.value(), 0));
    }
    m_endpoints = std::move(endpoints);
    m_limits = limits;
    ++m_revision;
}

BudgetLimits CallBudget::limits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_limits;
}

void CallBudget::refillAll(qint64 now)
{
    if (m_account.callsPerHour > 0)
        m_account.refill(now);
    for (Bucket &bucket : m_endpoints)
        bucket.refill(now);
}

BudgetDecision CallBudget::acquire(const QString &endpoint, qint64 maxWaitMs)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    Bucket *account = m_account.callsPerHour > 0 ? &m_account : nullptr;
    const auto found = m_endpoints.find(endpoint);
    Bucket *perEndpoint = found != m_endpoints.end() ? &found.value() : nullptr;

    BudgetDecision decision;
    qint64 wait = 0;
    const Bucket *binding = nullptr;
    for (Bucket *bucket : {perEndpoint, account}) {
        if (!bucket)
            continue;
        bucket->refill(now);
        if (const qint64 ms = bucket->msUntilToken(); ms > wait) {
            wait = ms;
            binding = bucket;
        }
    }
    if (wait > std::min(maxWaitMs, MaxWaitMs)) {
        ++m_refused;
        ++m_revision;
        decision.verdict = BudgetDecision::Verdict::Refused;
        decision.waitMs = wait;
        decision.reason = refusal(binding == perEndpoint ? endpoint : QString(), *binding, wait);
        qCInfo(lcNet).noquote() << "call budget refused" << endpoint << "for" << wait << "ms";
        return decision;
    }
    for (Bucket *bucket : {perEndpoint, account}) {
        if (bucket)
            bucket->tokens -= 1.0;
    }
    ++m_granted;
    ++m_revision;
    decision.verdict = wait > 0 ? BudgetDecision::Verdict::Wait : BudgetDecision::Verdict::Go;
    decision.waitMs = wait;
    return decision;
}

void CallBudget::refund(const QString &endpoint)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    refillAll(now);
    if (m_account.callsPerHour > 0)
        m_account.tokens = std::min(m_account.capacity, m_account.tokens + 1.0);
    if (const auto found = m_endpoints.find(endpoint); found != m_endpoints.end())
        found->tokens = std::min(found->capacity, found->tokens + 1.0);
    --m_granted;
    ++m_revision;
}

void CallBudget::holdOff(qint64 ms)
{
    const QMutexLocker lock(&m_mutex);
    if (m_account.callsPerHour <= 0 || ms <= 0)
        return; // unlimited: the HTTP client waits out the 429 on its own
    m_account.refill(m_clock());
    // The next token exactly `ms` from now, then the normal pace.
    m_account.tokens = std::min(m_account.tokens, 1.0 - m_account.perMs * double(ms));
    ++m_revision;
}

BudgetSnapshot::Bucket CallBudget::describe(const Bucket &bucket, const QString &endpoint)
{
    BudgetSnapshot::Bucket out;
    out.endpoint = endpoint;
    out.callsPerHour = bucket.callsPerHour;
    out.remaining = std::max(0, int(std::floor(bucket.tokens)));
    out.msUntilNext = bucket.msUntilToken();
    out.msUntilFull = qint64(std::ceil((bucket.capacity - bucket.tokens) / bucket.perMs));
    return out;
}

BudgetSnapshot CallBudget::snapshot() const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    BudgetSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.granted = m_granted;
    snapshot.refused = m_refused;
    snapshot.revision = m_revision;
    snapshot.unlimited = m_account.callsPerHour <= 0 && m_endpoints.isEmpty();
    if (m_account.callsPerHour > 0) {
        Bucket account = m_account;
        account.refill(now);
        snapshot.account = describe(account, QString());
    }
    QStringList names = m_endpoints.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        Bucket bucket = m_endpoints.value(name);
        bucket.refill(now);
        snapshot.endpoints.append(describe(bucket, name));
    }
    return snapshot;
}

QString CallBudget::refusal(const QString &endpoint, const Bucket &bucket, qint64 waitMs)
{
    const QString limit = QLocale(QLocale::English).toString(bucket.callsPerHour);
    const QString what = endpoint.isEmpty()
        ? QString(u"the account's budget of "_s + limit + u" calls per hour is spent"_s)
        : QString(endpoint + u" is limited to "_s + limit + u" calls per hour"_s);
    return what + u"; next call possible at "_s + whenText(waitMs);
}

qint64 CallBudget::jittered(qint64 intervalMs, double spread)
{
    const double range = std::max(0.0, spread) * double(intervalMs);
    const double offset = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * range;
    return std::max<qint64>(0, intervalMs + qint64(std::llround(offset)));
}

} // namespace Beholder
