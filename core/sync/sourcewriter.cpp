// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcewriter.h"

#include "cache/cachewriter.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourceWriter)
};

// Keeps the items whose parent exists; says how many it dropped.
template<typename T, typename ParentOf>
QList<T> keepWithParent(QList<T> items, const QSet<qint64> &parents, ParentOf parentOf, const QString &what,
                        QStringList &warnings)
{
    const qsizetype before = items.size();
    items.removeIf([&](const T &item) { return !parents.contains(parentOf(item)); });
    if (items.size() != before)
        warnings << Tr::tr("%1 %2 left out: they refer to something the source did not list")
                        .arg(before - items.size())
                        .arg(what);
    return items;
}

} // namespace

bool markSearchIndexStale(QSqlDatabase db, UnixTime when)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('search_index_stale', '1', ?)"_s);
    query.addBindValue(when);
    return query.exec();
}

bool isSearchIndexStale(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT 1 FROM settings WHERE key = 'search_index_stale'"_s) && query.next();
}

bool clearSearchIndexStale(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(u"DELETE FROM settings WHERE key = 'search_index_stale'"_s);
}

qint64 SourceData::itemCount() const
{
    qint64 secrets = 0;
    for (const QList<PppSecret> &list : secretsByRouter)
        secrets += list.size();
    return plans.size() + nodes.size() + customers.size() + connections.size() + tickets.size() + olts.size()
        + onus.size() + accessPoints.size() + subscribers.size() + alarms.size() + secrets;
}

SourceWriter::SourceWriter(QSqlDatabase db, UnixTime fetchedAt)
    : m_db(std::move(db))
    , m_fetchedAt(fetchedAt)
{ }

WriteOutcome SourceWriter::write(SourceKind source, SourceData data, const std::function<bool()> &isCanceled)
{
    WriteOutcome outcome;
    CacheWriter writer(m_db, m_fetchedAt);
    if (isCanceled)
        writer.setRowCallback([&](qint64) { return !isCanceled(); });
    if (!writer.begin()) {
        outcome.error = writer.lastError();
        return outcome;
    }

    bool ok = true;
    switch (source) {
    case SourceKind::IspCube: {
        QSet<qint64> customerIds;
        customerIds.reserve(data.customers.size());
        for (const Customer &customer : std::as_const(data.customers))
            customerIds.insert(customer.id);
        data.connections = keepWithParent(
            std::move(data.connections), customerIds, [](const Connection &c) { return c.customerId; },
            Tr::tr("connections"), outcome.warnings);
        ok = writer.mirrorPlans(data.plans) && writer.mirrorNodes(data.nodes) && writer.mirrorCustomers(data.customers)
            && writer.mirrorConnections(data.connections) && writer.mirrorTickets(u"ispcube"_s, data.tickets);
        break;
    }
    case SourceKind::SmartOlt: {
        QSet<qint64> oltIds;
        for (const Olt &olt : std::as_const(data.olts))
            oltIds.insert(olt.id);
        data.onus = keepWithParent(
            std::move(data.onus), oltIds, [](const Onu &o) { return o.oltId; }, Tr::tr("ONUs"), outcome.warnings);
        if (data.onusAreStatesOnly) {
            ok = writer.mirrorOlts(data.olts) && writer.updateOnuStates(data.onus);
            if (ok && writer.unknownOnus() > 0)
                outcome.warnings << Tr::tr(
                                        "%1 ONUs are new since the last full listing: they appear after the next one")
                                        .arg(writer.unknownOnus());
        } else {
            ok = writer.mirrorOlts(data.olts) && writer.mirrorOnus(data.onus);
        }
        break;
    }
    case SourceKind::CnMaestro:
        ok = writer.mirrorAccessPoints(data.accessPoints) && writer.mirrorWirelessSubscribers(data.subscribers)
            && writer.mirrorAlarms(u"cnmaestro"_s, data.alarms);
        break;
    case SourceKind::RouterOs:
        // The routers themselves, when the CRM has not listed them (the CRM
        // owns the node rows: never overwrite them), then each router that
        // answered replaces its own secrets; the others keep theirs.
        ok = writer.mirrorNodes(data.routers, MirrorMode::InsertMissing);
        for (auto it = data.secretsByRouter.cbegin(); ok && it != data.secretsByRouter.cend(); ++it)
            ok = writer.mirrorPppSecrets(it.value(), it.key());
        break;
    }

    if (!ok) {
        writer.rollback();
        outcome.canceled = writer.canceled();
        outcome.error = writer.lastError();
        if (!outcome.canceled)
            qCWarning(lcSync) << toString(source) << ": write failed, previous data kept:" << outcome.error;
        return outcome;
    }
    // The search index is derived from every source: say in the same
    // transaction that it must be rebuilt, so that a rebuild that never
    // happens (canceled, process killed) is redone by the next sync.
    const MirrorCounts counts = writer.counts();
    const bool changed = counts.added + counts.changed + counts.removed > 0;
    if (changed && !markSearchIndexStale(m_db, m_fetchedAt)) {
        writer.rollback();
        outcome.error = Tr::tr("cannot mark the search index for rebuilding");
        return outcome;
    }
    if (!writer.commit()) {
        outcome.error = writer.lastError();
        return outcome;
    }
    outcome.ok = true;
    outcome.counts = writer.counts();
    return outcome;
}

} // namespace Beholder
