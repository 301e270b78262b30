// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// Version 1: the entities of SPEC §3. Conventions:
// - every synced row has fetched_at (unix seconds, UTC);
// - ids are the source's own ids where the source has stable integer ids
//   (ISPCube), natural keys (serial, MAC) elsewhere;
// - foreign keys only where one source owns both sides (a router owns its
//   secrets, an OLT its ONUs, a customer its connections); references across
//   sources (connection -> node, plan) are indexed but not enforced, because
//   a CRM that points at a deleted plan must not make a whole sync fail: the
//   dangling reference is a finding for the diagnosis instead.
Migration initialSchema()
{
    return {1,
            u"entities of SPEC §3"_s,
            {
                uR"(CREATE TABLE plans (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    technology TEXT NOT NULL CHECK (technology IN ('fiber', 'wireless')),
                    down_kbps INTEGER NOT NULL DEFAULT 0,
                    up_kbps INTEGER NOT NULL DEFAULT 0,
                    price_cents INTEGER NOT NULL DEFAULT 0,
                    fetched_at INTEGER NOT NULL))"_s,

                uR"(CREATE TABLE nodes (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    code TEXT,
                    town TEXT,
                    host TEXT,
                    api_port INTEGER NOT NULL DEFAULT 8728,
                    api_tls INTEGER NOT NULL DEFAULT 0,
                    model TEXT,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX nodes_name ON nodes(name COLLATE NOCASE)"_s,

                uR"(CREATE TABLE customers (
                    id INTEGER PRIMARY KEY,
                    code TEXT,
                    name TEXT NOT NULL,
                    doc_number TEXT,
                    phones TEXT,
                    email TEXT,
                    address TEXT,
                    town TEXT,
                    latitude REAL,
                    longitude REAL,
                    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'cancelled')),
                    status_raw TEXT,
                    debt_cents INTEGER NOT NULL DEFAULT 0,
                    start_date TEXT,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX customers_code ON customers(code)"_s,
                u"CREATE INDEX customers_doc_number ON customers(doc_number)"_s,

                uR"(CREATE TABLE connections (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    pppoe_user TEXT,
                    node_id INTEGER,
                    plan_id INTEGER,
                    technology TEXT NOT NULL CHECK (technology IN ('fiber', 'wireless')),
                    address TEXT,
                    ip TEXT,
                    mac TEXT,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX connections_customer ON connections(customer_id)"_s,
                u"CREATE INDEX connections_pppoe_user ON connections(pppoe_user COLLATE NOCASE)"_s,
                u"CREATE INDEX connections_node ON connections(node_id)"_s,
                u"CREATE INDEX connections_plan ON connections(plan_id)"_s,
                u"CREATE INDEX connections_ip ON connections(ip)"_s,
                u"CREATE INDEX connections_mac ON connections(mac)"_s,

                uR"(CREATE TABLE ppp_secrets (
                    id INTEGER PRIMARY KEY,
                    node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    profile TEXT,
                    service TEXT,
                    remote_address TEXT,
                    caller_id TEXT,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    comment TEXT,
                    last_logged_out TEXT,
                    fetched_at INTEGER NOT NULL,
                    UNIQUE (node_id, name)))"_s,
                u"CREATE INDEX ppp_secrets_name ON ppp_secrets(name COLLATE NOCASE)"_s,
                u"CREATE INDEX ppp_secrets_caller_id ON ppp_secrets(caller_id)"_s,
                u"CREATE INDEX ppp_secrets_remote_address ON ppp_secrets(remote_address)"_s,

                uR"(CREATE TABLE olts (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    vendor TEXT,
                    model TEXT,
                    host TEXT,
                    snmp_port INTEGER NOT NULL DEFAULT 161,
                    fetched_at INTEGER NOT NULL))"_s,

                uR"(CREATE TABLE onus (
                    id INTEGER PRIMARY KEY,
                    external_id TEXT NOT NULL UNIQUE,
                    serial TEXT,
                    olt_id INTEGER NOT NULL REFERENCES olts(id) ON DELETE CASCADE,
                    board INTEGER NOT NULL,
                    port INTEGER NOT NULL,
                    onu_index INTEGER NOT NULL,
                    name TEXT,
                    pppoe_user TEXT,
                    model TEXT,
                    status TEXT NOT NULL CHECK (status IN ('online', 'offline', 'los', 'power_fail', 'disabled')),
                    last_status_change INTEGER,
                    last_down_cause TEXT,
                    rx_power_dbm REAL,
                    olt_rx_power_dbm REAL,
                    distance_m INTEGER,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX onus_serial ON onus(serial COLLATE NOCASE)"_s,
                u"CREATE INDEX onus_pon_port ON onus(olt_id, board, port)"_s,
                u"CREATE INDEX onus_pppoe_user ON onus(pppoe_user COLLATE NOCASE)"_s,
                u"CREATE INDEX onus_name ON onus(name COLLATE NOCASE)"_s,

                uR"(CREATE TABLE access_points (
                    id INTEGER PRIMARY KEY,
                    mac TEXT NOT NULL UNIQUE,
                    name TEXT,
                    ip TEXT,
                    tower TEXT,
                    network TEXT,
                    product TEXT,
                    online INTEGER NOT NULL DEFAULT 1,
                    connected_sms INTEGER NOT NULL DEFAULT 0,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX access_points_tower ON access_points(tower)"_s,

                uR"(CREATE TABLE wireless_subscribers (
                    id INTEGER PRIMARY KEY,
                    mac TEXT NOT NULL UNIQUE,
                    name TEXT,
                    ip TEXT,
                    ap_mac TEXT,
                    tower TEXT,
                    product TEXT,
                    pppoe_user TEXT,
                    online INTEGER NOT NULL DEFAULT 1,
                    status_seconds INTEGER,
                    dl_rssi_dbm REAL,
                    ul_rssi_dbm REAL,
                    dl_snr_db REAL,
                    ul_snr_db REAL,
                    distance_km REAL,
                    fetched_at INTEGER NOT NULL))"_s,
                u"CREATE INDEX wireless_subscribers_ap ON wireless_subscribers(ap_mac)"_s,
                u"CREATE INDEX wireless_subscribers_ip ON wireless_subscribers(ip)"_s,
                u"CREATE INDEX wireless_subscribers_pppoe_user ON wireless_subscribers(pppoe_user COLLATE NOCASE)"_s,

                uR"(CREATE TABLE alarms (
                    id INTEGER PRIMARY KEY,
                    external_id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    severity TEXT,
                    name TEXT,
                    message TEXT,
                    device_name TEXT,
                    ip TEXT,
                    active INTEGER NOT NULL DEFAULT 1,
                    raised_at INTEGER,
                    fetched_at INTEGER NOT NULL,
                    UNIQUE (source, external_id)))"_s,
                u"CREATE INDEX alarms_device ON alarms(device_name COLLATE NOCASE)"_s,
                u"CREATE INDEX alarms_ip ON alarms(ip)"_s,

                uR"(CREATE TABLE tickets (
                    id INTEGER PRIMARY KEY,
                    external_id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    customer_id INTEGER,
                    connection_id INTEGER,
                    subject TEXT,
                    category TEXT,
                    status TEXT,
                    priority TEXT,
                    closed INTEGER NOT NULL DEFAULT 0,
                    created_at INTEGER,
                    fetched_at INTEGER NOT NULL,
                    UNIQUE (source, external_id)))"_s,
                u"CREATE INDEX tickets_customer ON tickets(customer_id, closed)"_s,
                u"CREATE INDEX tickets_connection ON tickets(connection_id)"_s,

                // One row per sync of one source: who, when, counts, errors, duration.
                uR"(CREATE TABLE sync_runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL,
                    trigger TEXT NOT NULL,
                    user_name TEXT,
                    started_at INTEGER NOT NULL,
                    finished_at INTEGER,
                    status TEXT NOT NULL CHECK (status IN ('running', 'success', 'failed', 'cancelled', 'interrupted')),
                    items_fetched INTEGER NOT NULL DEFAULT 0,
                    items_written INTEGER NOT NULL DEFAULT 0,
                    error TEXT,
                    duration_ms INTEGER))"_s,
                u"CREATE INDEX sync_runs_source ON sync_runs(source, started_at)"_s,

                // Append-only: the triggers below make rows immutable once written.
                uR"(CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at INTEGER NOT NULL,
                    user_name TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT,
                    details TEXT))"_s,
                u"CREATE INDEX audit_log_at ON audit_log(at)"_s,
                u"CREATE INDEX audit_log_user ON audit_log(user_name, at)"_s,
                uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
                uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,

                uR"(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
            }};
}

// Version 2: the search index. Kept apart from the entities because it is
// derived data: it can always be dropped and rebuilt from the tables above.
//
// search_docs holds one row per thing an operator can look for (a CRM
// connection, a customer without connections, a PPP secret the CRM does not
// know, an ONU or antenna that matches nothing else) with what the results
// table shows. search_fts indexes folded text for prefix matching, contentless
// so the text is stored only once; identifiers (PPPoE user, serial, MAC, IP,
// document, phone) are whole tokens in their own columns, so a typed
// identifier is found exactly, without a prefix, and ranked first.
Migration searchIndex()
{
    return {2,
            u"search index"_s,
            {
                uR"(CREATE TABLE search_docs (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    customer_id INTEGER,
                    connection_id INTEGER,
                    pppoe_user TEXT,
                    node_id INTEGER,
                    name TEXT,
                    doc_number TEXT,
                    phone TEXT,
                    address TEXT,
                    town TEXT,
                    status TEXT,
                    technology TEXT,
                    plan_name TEXT,
                    node_name TEXT,
                    device TEXT,
                    ip TEXT))"_s,
                u"CREATE INDEX search_docs_customer ON search_docs(customer_id)"_s,
                uR"(CREATE VIRTUAL TABLE search_fts USING fts5(
                    name, doc, phone, address, pppoe, device, mac, ip,
                    content = '',
                    tokenize = "unicode61 remove_diacritics 2 tokenchars '._-'",
                    prefix = '1 2 3'))"_s,
                // Column weights for bm25: a hit in the name or an identifier
                // outranks one in the address.
                uR"(INSERT INTO search_fts(search_fts, rank)
                    VALUES ('rank', 'bm25(10.0, 8.0, 6.0, 2.0, 8.0, 8.0, 8.0, 6.0)'))"_s,
            }};
}

// Version 3: what a sync needs to say what changed. Every synced row keeps
// a hash of its content, so a sync counts added, changed and removed rows
// and rewrites only the changed ones; sync_runs gains those counts and a
// sync_id that groups the sources of one run.
Migration syncBookkeeping()
{
    QStringList statements;
    for (const char *table : {"plans", "nodes", "customers", "connections", "ppp_secrets", "olts", "onus",
                              "access_points", "wireless_subscribers", "alarms", "tickets"})
        statements << u"ALTER TABLE %1 ADD COLUMN content_hash INTEGER"_s.arg(QLatin1StringView(table));
    statements << u"ALTER TABLE sync_runs ADD COLUMN sync_id INTEGER"_s
               << u"ALTER TABLE sync_runs ADD COLUMN items_added INTEGER NOT NULL DEFAULT 0"_s
               << u"ALTER TABLE sync_runs ADD COLUMN items_changed INTEGER NOT NULL DEFAULT 0"_s
               << u"ALTER TABLE sync_runs ADD COLUMN items_removed INTEGER NOT NULL DEFAULT 0"_s
               << u"CREATE INDEX sync_runs_sync ON sync_runs(sync_id)"_s;
    return {3, u"sync bookkeeping"_s, statements};
}

// Version 4: the optical power history of every ONU, for the diagnosis's drift timeline. Triggers record a
// sample whenever a sync (full or states-only) writes a new Rx or OLT Rx value, so every writer feeds it
// without knowing; re-stamping unchanged rows writes nothing. Old samples are pruned after a sync.
Migration opticalHistory()
{
    return {4,
            u"optical power history"_s,
            {
                uR"(CREATE TABLE onu_signal_history (
                    external_id TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    rx_dbm REAL,
                    olt_rx_dbm REAL,
                    PRIMARY KEY (external_id, at)) WITHOUT ROWID)"_s,
                uR"(CREATE TRIGGER onus_signal_insert AFTER INSERT ON onus
                    WHEN NEW.rx_power_dbm IS NOT NULL OR NEW.olt_rx_power_dbm IS NOT NULL
                    BEGIN
                        INSERT OR REPLACE INTO onu_signal_history (external_id, at, rx_dbm, olt_rx_dbm)
                        VALUES (NEW.external_id, NEW.fetched_at, NEW.rx_power_dbm, NEW.olt_rx_power_dbm);
                    END)"_s,
                uR"(CREATE TRIGGER onus_signal_update AFTER UPDATE OF rx_power_dbm, olt_rx_power_dbm ON onus
                    WHEN NEW.rx_power_dbm IS NOT OLD.rx_power_dbm OR NEW.olt_rx_power_dbm IS NOT OLD.olt_rx_power_dbm
                    BEGIN
                        INSERT OR REPLACE INTO onu_signal_history (external_id, at, rx_dbm, olt_rx_dbm)
                        VALUES (NEW.external_id, NEW.fetched_at, NEW.rx_power_dbm, NEW.olt_rx_power_dbm);
                    END)"_s,
            }};
}

// Version 5: SNMP monitoring of OLTs (SPEC §6, the "Facho Deluxe v2" model). Configuration (brands, OLTs,
// OIDs, jobs) is edited by an admin, not synced, so it has created_at/updated_at instead of fetched_at.
// Secrets (community, v3 passwords) are keychain entries keyed by snmp_olts.id, which is AUTOINCREMENT so
// that a new OLT never inherits the secrets of a deleted one. Executions are AUTOINCREMENT too: resumed_from
// must never point at a recycled id. snmp_onus is the typed current state per ONU; snmp_onu_data the raw
// value of every collected OID, owned by its ONU (a discovery that no longer sees an ONU drops both).
Migration snmpMonitoring()
{
    return {5,
            u"SNMP monitoring"_s,
            {
                uR"(CREATE TABLE snmp_brands (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    enterprise INTEGER UNIQUE CHECK (enterprise > 0),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,

                // brand_id NULL (or profile_id NULL): fingerprint from sysObjectID at run time.
                uR"(CREATE TABLE snmp_olts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    host TEXT NOT NULL,
                    port INTEGER NOT NULL DEFAULT 161 CHECK (port BETWEEN 1 AND 65535),
                    version TEXT NOT NULL DEFAULT 'v2c' CHECK (version IN ('v2c', 'v3')),
                    v3_user TEXT,
                    v3_context TEXT,
                    v3_security_level TEXT CHECK (v3_security_level IN ('noAuthNoPriv', 'authNoPriv', 'authPriv')),
                    v3_auth_protocol TEXT CHECK (v3_auth_protocol IN ('SHA')),
                    v3_priv_protocol TEXT CHECK (v3_priv_protocol IN ('AES')),
                    brand_id INTEGER REFERENCES snmp_brands(id) ON DELETE SET NULL,
                    profile_id TEXT,
                    enabled INTEGER NOT NULL DEFAULT 1,
                    smartolt_olt_id INTEGER REFERENCES olts(id) ON DELETE SET NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    CHECK (version = 'v2c' OR (v3_user IS NOT NULL AND v3_user <> ''))))"_s,
                u"CREATE INDEX snmp_olts_brand ON snmp_olts(brand_id)"_s,
                u"CREATE INDEX snmp_olts_smartolt ON snmp_olts(smartolt_olt_id)"_s,
                u"CREATE INDEX snmp_olts_host ON snmp_olts(host)"_s,

                uR"(CREATE TABLE snmp_oids (
                    id INTEGER PRIMARY KEY,
                    brand_id INTEGER NOT NULL REFERENCES snmp_brands(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    oid TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('inventory', 'status', 'optical')),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    UNIQUE (brand_id, oid),
                    UNIQUE (brand_id, name)))"_s,
                u"CREATE INDEX snmp_oids_purpose ON snmp_oids(purpose)"_s,

                uR"(CREATE TABLE snmp_jobs (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    kind TEXT NOT NULL CHECK (kind IN ('discovery', 'polling')),
                    interval_s INTEGER NOT NULL CHECK (interval_s > 0),
                    enabled INTEGER NOT NULL DEFAULT 1,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    last_run_at INTEGER,
                    next_run_at INTEGER))"_s,
                u"CREATE INDEX snmp_jobs_next_run ON snmp_jobs(enabled, next_run_at)"_s,

                uR"(CREATE TABLE snmp_job_olts (
                    job_id INTEGER NOT NULL REFERENCES snmp_jobs(id) ON DELETE CASCADE,
                    olt_id INTEGER NOT NULL REFERENCES snmp_olts(id) ON DELETE CASCADE,
                    PRIMARY KEY (job_id, olt_id)) WITHOUT ROWID)"_s,
                u"CREATE INDEX snmp_job_olts_olt ON snmp_job_olts(olt_id)"_s,

                uR"(CREATE TABLE snmp_job_oids (
                    job_id INTEGER NOT NULL REFERENCES snmp_jobs(id) ON DELETE CASCADE,
                    oid_id INTEGER NOT NULL REFERENCES snmp_oids(id) ON DELETE CASCADE,
                    PRIMARY KEY (job_id, oid_id)) WITHOUT ROWID)"_s,
                u"CREATE INDEX snmp_job_oids_oid ON snmp_job_oids(oid_id)"_s,

                uR"(CREATE TABLE snmp_executions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES snmp_jobs(id) ON DELETE CASCADE,
                    olt_id INTEGER NOT NULL REFERENCES snmp_olts(id) ON DELETE CASCADE,
                    status TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'running', 'success', 'failed', 'interrupted')),
                    queued_at INTEGER NOT NULL,
                    started_at INTEGER,
                    finished_at INTEGER,
                    error TEXT,
                    onus_seen INTEGER,
                    resumed_from INTEGER REFERENCES snmp_executions(id) ON DELETE SET NULL))"_s,
                u"CREATE INDEX snmp_executions_queued ON snmp_executions(queued_at)"_s,
                u"CREATE INDEX snmp_executions_status ON snmp_executions(status, queued_at)"_s,
                u"CREATE INDEX snmp_executions_job ON snmp_executions(job_id, queued_at)"_s,
                u"CREATE INDEX snmp_executions_olt ON snmp_executions(olt_id, queued_at)"_s,
                u"CREATE INDEX snmp_executions_resumed_from ON snmp_executions(resumed_from)"_s,

                uR"(CREATE TABLE snmp_execution_attempts (
                    id INTEGER PRIMARY KEY,
                    execution_id INTEGER NOT NULL REFERENCES snmp_executions(id) ON DELETE CASCADE,
                    attempt INTEGER NOT NULL CHECK (attempt >= 1),
                    started_at INTEGER NOT NULL,
                    finished_at INTEGER,
                    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'timeout', 'auth', 'error', 'canceled')),
                    error TEXT,
                    next_retry_at INTEGER,
                    UNIQUE (execution_id, attempt)))"_s,

                // discovered_at, status_at, optical_at: when each kind of walk last wrote the row.
                uR"(CREATE TABLE snmp_onus (
                    id INTEGER PRIMARY KEY,
                    olt_id INTEGER NOT NULL REFERENCES snmp_olts(id) ON DELETE CASCADE,
                    pon_if_index INTEGER NOT NULL,
                    onu_id INTEGER NOT NULL,
                    frame INTEGER NOT NULL,
                    slot INTEGER NOT NULL,
                    port INTEGER NOT NULL,
                    serial TEXT,
                    description TEXT,
                    state TEXT NOT NULL DEFAULT 'unknown',
                    last_down_cause TEXT,
                    rx_dbm REAL,
                    tx_dbm REAL,
                    olt_rx_dbm REAL,
                    distance_m INTEGER,
                    discovered_at INTEGER NOT NULL,
                    status_at INTEGER,
                    optical_at INTEGER,
                    UNIQUE (olt_id, pon_if_index, onu_id)))"_s,
                u"CREATE INDEX snmp_onus_serial ON snmp_onus(serial COLLATE NOCASE)"_s,
                u"CREATE INDEX snmp_onus_state ON snmp_onus(olt_id, state)"_s,
                // The diagnosis finds an ONU by the PPPoE user installers type as its description.
                u"CREATE INDEX snmp_onus_description ON snmp_onus(description COLLATE NOCASE)"_s,

                uR"(CREATE TABLE snmp_onu_data (
                    olt_id INTEGER NOT NULL,
                    pon_if_index INTEGER NOT NULL,
                    onu_id INTEGER NOT NULL,
                    oid_name TEXT NOT NULL,
                    value TEXT,
                    collected_at INTEGER NOT NULL,
                    PRIMARY KEY (olt_id, pon_if_index, onu_id, oid_name),
                    FOREIGN KEY (olt_id, pon_if_index, onu_id)
                        REFERENCES snmp_onus(olt_id, pon_if_index, onu_id) ON DELETE CASCADE) WITHOUT ROWID)"_s,
            }};
}

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QCoreApplication::translate("Migrations", "unknown database error") : error.text();
}

} // namespace

// Version 6: the optical history's triggers replace a sample of the same second without a conflict clause.
// Inside an upsert (the ONU mirror) SQLite applies the outer statement's conflict handling to the trigger's
// `INSERT OR REPLACE`, so two level changes in one second failed the whole sync on the history's key.
Migration opticalHistoryWithoutConflicts()
{
    const auto trigger = [](const QString &name, const QString &event, const QString &when) {
        return uR"(CREATE TRIGGER %1 AFTER %2 ON onus
                   WHEN %3
                   BEGIN
                       DELETE FROM onu_signal_history WHERE external_id = NEW.external_id AND at = NEW.fetched_at;
                       INSERT INTO onu_signal_history (external_id, at, rx_dbm, olt_rx_dbm)
                       VALUES (NEW.external_id, NEW.fetched_at, NEW.rx_power_dbm, NEW.olt_rx_power_dbm);
                   END)"_s.arg(name, event, when);
    };
    return {
        6,
        u"optical history: one sample per second without conflicts"_s,
        {
            u"DROP TRIGGER onus_signal_insert"_s,
            u"DROP TRIGGER onus_signal_update"_s,
            trigger(u"onus_signal_insert"_s, u"INSERT"_s,
                    u"NEW.rx_power_dbm IS NOT NULL OR NEW.olt_rx_power_dbm IS NOT NULL"_s),
            trigger(u"onus_signal_update"_s, u"UPDATE OF rx_power_dbm, olt_rx_power_dbm"_s,
                    u"NEW.rx_power_dbm IS NOT OLD.rx_power_dbm OR NEW.olt_rx_power_dbm IS NOT OLD.olt_rx_power_dbm"_s),
        }};
}

// Version 7: the audit log of issue 6 says who acted in which role and how it ended: `role` (the role id at the
// time, '' for rows written before) and `outcome` ('ok', 'denied' when the role lacked the permission, 'failed'),
// and is filtered by action and outcome. Adding columns fires no trigger, so the table stays append-only.
Migration auditRolesAndOutcomes()
{
    return {7,
            u"audit log: role and outcome"_s,
            {
                u"ALTER TABLE audit_log ADD COLUMN role TEXT NOT NULL DEFAULT ''"_s,
                uR"(ALTER TABLE audit_log ADD COLUMN outcome TEXT NOT NULL DEFAULT 'ok'
                    CHECK (outcome IN ('ok', 'denied', 'failed')))"_s,
                u"CREATE INDEX audit_log_action ON audit_log(action, at)"_s,
                u"CREATE INDEX audit_log_outcome ON audit_log(outcome, at)"_s,
            }};
}

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations{initialSchema(),        searchIndex(),    syncBookkeeping(),
                                             opticalHistory(),       snmpMonitoring(), opticalHistoryWithoutConflicts(),
                                             auditRolesAndOutcomes()};
    return migrations;
}

int latestSchemaVersion()
{
    return builtinMigrations().constLast().version;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

MigrationResult migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    MigrationResult result;
    result.fromVersion = schemaVersion(db);
    result.toVersion = result.fromVersion;
    if (result.fromVersion < 0) {
        result.error = QCoreApplication::translate("Migrations", "cannot read the schema version: %1")
                           .arg(describe(db.lastError()));
        return result;
    }
    const int target = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (result.fromVersion > target) {
        result.error = QCoreApplication::translate("Migrations",
                                                   "the cache has schema version %1, newer than this Beholder "
                                                   "understands (%2): it was written by a newer version")
                           .arg(result.fromVersion)
                           .arg(target);
        return result;
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= result.toVersion)
            continue;
        if (!db.transaction()) {
            result.error = describe(db.lastError());
            return result;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                result.error = QCoreApplication::translate("Migrations", "migration %1 (%2) failed: %3")
                                   .arg(migration.version)
                                   .arg(migration.description, describe(query.lastError()));
                ok = false;
                break;
            }
        }
        // user_version is stored in the file header and is transactional, so
        // it commits or rolls back together with the migration's statements.
        if (ok && !query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version))) {
            result.error = describe(query.lastError());
            ok = false;
        }
        query.finish();
        if (!ok || !db.commit()) {
            if (ok)
                result.error = describe(db.lastError());
            db.rollback();
            qCWarning(lcCache) << "schema migration to version" << migration.version << "failed:" << result.error;
            return result;
        }
        qCInfo(lcCache) << "cache schema migrated to version" << migration.version << migration.description;
        result.toVersion = migration.version;
    }
    result.ok = true;
    return result;
}

} // namespace Beholder
