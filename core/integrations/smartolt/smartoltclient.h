// SPDX-License-Identifier: GPL-3.0-or-later
// The SmartOLT client (external-apis.md §1): the X-Token header, the bulk
// calls a sync needs (OLTs; ONUs as details + statuses + signals joined by
// external id) and the per-ONU calls the live diagnosis needs. Every call
// draws on the account's CallBudget (1,000/h, some endpoints far less), so
// set one with http().setBudget() (CallBudget::forAccount).
// Thread-affine and asynchronous: create it in the thread that runs its loop.
#pragma once

#include "integrations/operationset.h"
#include "integrations/smartolt/smartoltparser.h"
#include "model/entities.h"
#include "net/httpclient.h"
#include "sources/sourceconfig.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Beholder {

class SmartOltClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmartOltClient)

public:
    template<typename T>
    using OnPage = std::function<void(QList<T> page)>;
    using OnDone = std::function<void(const ApiError &error)>; // kind None = success
    template<typename T>
    using OnResult = std::function<void(const ApiResult<T> &result)>;

    // ONUs are handed over in pages of this many (the API sends them in one body).
    static constexpr int OnuPageSize = 1000;

    // `apiToken` comes from the keychain; kept in memory only, never logged.
    SmartOltClient(const SourceConfig &config, const QString &apiToken, QObject *parent = nullptr);
    ~SmartOltClient() override;

    HttpClient &http(); // budget, retry policy, TLS exceptions
    // The zone of the OLTs' local times (last_status_change); the system zone by default.
    void setTimeZone(const QTimeZone &zone);

    void fetchOlts(OnPage<Olt> onPage, OnDone onDone);
    // get_all_onus_details first (the scarce call: if the budget refuses it,
    // nothing else is spent), then get_onus_statuses and get_onus_signals.
    void fetchOnus(OnPage<Onu> onPage, OnDone onDone);
    // Only what changes by the minute: get_onus_statuses and get_onus_signals,
    // joined (the ONUs carry position, status and optical power, no names or
    // PPPoE users). What a sync falls back to when the hour's full listings
    // (get_all_onus_details, a few per hour) are spent.
    void fetchOnuStates(OnPage<Onu> onPage, OnDone onDone);

    // One ONU, by its unique_external_id.
    void fetchOnuStatus(const QString &externalId, OnResult<SmartOlt::OnuState> done);
    void fetchOnuSignal(const QString &externalId, OnResult<SmartOlt::OnuSignal> done);
    // Slow (a live CLI query, 5-15 s) and scarce (300/h): on demand only.
    void fetchOnuFullStatus(const QString &externalId, OnResult<SmartOlt::OnuFullStatus> done);

    // Stops everything in progress; each callback then reports Kind::Canceled.
    void cancel();

signals:
    void progress(const QString &what, qint64 done, qint64 total);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Beholder
