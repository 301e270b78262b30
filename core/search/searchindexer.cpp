// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexer.h"

#include "cache/batchinsert.h"
#include "logging/logging.h"
#include "search/searchquery.h"
#include "search/searchresult.h"
#include "util/textnormalize.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

struct SecretRow
{
    qint64 nodeId = 0;
    QString name;
    QString remoteAddress;
    QString callerId;
    QString comment;
    bool linked = false; // some CRM connection names it
};

struct OnuRow
{
    QString externalId;
    QString serial;
    QString name;
    QString pppoeUser;
    QString status;
    QString oltName;
    bool linked = false;
};

struct SubscriberRow
{
    QString mac;
    QString name;
    QString ip;
    QString pppoeUser;
    QString tower;
    bool online = true;
    bool linked = false;
};

// What one document puts in the index: display columns and the text of each
// FTS column. Identifiers go in their canonical forms (see SearchKeys), whole
// tokens, so that an exact identifier is an exact token match.
struct Document
{
    SearchDocKind kind = SearchDocKind::Connection;
    QVariant customerId;
    QVariant connectionId;
    QVariant nodeId;
    QString pppoeUser, name, docNumber, phone, address, town, status, technology, planName, nodeName, device, ip;

    QStringList ftsName, ftsDoc, ftsPhone, ftsAddress, ftsPppoe, ftsDevice, ftsMac, ftsIp;
    void addPhone(const QString &phone)
    {
        const QString digits = Text::digitsOnly(phone);
        const QString national = SearchKeys::nationalPhone(phone);
        if (digits.isEmpty())
            return;
        ftsPhone << digits;
        if (!national.isEmpty() && national != digits)
            ftsPhone << national << u'0' + national;
        // The subscriber number without the area code, as people often say it.
        if (national.size() > 7)
            ftsPhone << national.right(7);
    }
    void addDocument(const QString &number)
    {
        // Digits only: "30-71234567-9" as typed would become the tokens 30, 71234567 and 9.
        const QString digits = Text::digitsOnly(number);
        if (digits.isEmpty())
            return;
        ftsDoc << digits;
        // The DNI inside a CUIT (30-71234567-9 -> 71234567).
        if (digits.size() == 11)
            ftsDoc << digits.mid(2, 8);
    }
    void addMac(const QString &mac)
    {
        const QString hex = SearchKeys::mac(mac);
        if (hex.isEmpty())
            return;
        ftsMac << hex;
    }
    void addIp(const QString &ip)
    {
        if (!ip.isEmpty())
            ftsIp << ip;
    }
    void addPppoe(const QString &user)
    {
        if (!user.isEmpty())
            ftsPppoe << user;
    }
    void addSerial(const QString &serial)
    {
        if (!serial.isEmpty())
            ftsDevice << serial;
    }
};

// Writes documents. The full-text rows go through a staging table and reach
// FTS5 in one statement: inside a transaction FTS5 flushes its in-memory
// segment at every statement, so row-by-row inserts would write thousands of
// tiny segments.
class IndexWriter
{
public:
    explicit IndexWriter(QSqlDatabase &db)
        : m_db(db)
        , m_docs(db, u"search_docs"_s,
                 {u"id"_s, u"kind"_s, u"customer_id"_s, u"connection_id"_s, u"node_id"_s, u"pppoe_user"_s, u"name"_s,
                  u"doc_number"_s, u"phone"_s, u"address"_s, u"town"_s, u"status"_s, u"technology"_s, u"plan_name"_s,
                  u"node_name"_s, u"device"_s, u"ip"_s})
        , m_stage(db, u"temp.search_stage"_s,
                  {u"id"_s, u"name"_s, u"doc"_s, u"phone"_s, u"address"_s, u"pppoe"_s, u"device"_s, u"mac"_s, u"ip"_s})
    { }

    bool prepare()
    {
        QSqlQuery query(m_db);
        if (query.exec(u"DROP TABLE IF EXISTS temp.search_stage"_s)
            && query.exec(u"CREATE TEMP TABLE search_stage (id INTEGER PRIMARY KEY, name, doc, phone, address, pppoe, "
                          u"device, mac, ip)"_s))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    bool write(const Document &doc)
    {
        const qint64 id = ++m_nextId;
        m_docs.bind(id);
        m_docs.bind(toString(doc.kind));
        m_docs.bind(doc.customerId);
        m_docs.bind(doc.connectionId);
        m_docs.bind(doc.nodeId);
        for (const QString *value : {&doc.pppoeUser, &doc.name, &doc.docNumber, &doc.phone, &doc.address, &doc.town,
                                     &doc.status, &doc.technology, &doc.planName, &doc.nodeName, &doc.device, &doc.ip})
            m_docs.bind(value->isEmpty() ? QVariant() : QVariant(*value));
        if (!m_docs.endRow())
            return fail(m_docs);

        m_stage.bind(id);
        // '-' and '_' are token characters (for PPPoE users); in names and
        // addresses they separate words.
        m_stage.bind(wordsOf(doc.ftsName));
        m_stage.bind(doc.ftsDoc.join(u' '));
        m_stage.bind(doc.ftsPhone.join(u' '));
        m_stage.bind(wordsOf(doc.ftsAddress));
        for (const QStringList *column : {&doc.ftsPppoe, &doc.ftsDevice, &doc.ftsMac, &doc.ftsIp})
            m_stage.bind(column->join(u' '));
        return m_stage.endRow() || fail(m_stage);
    }

    bool finish()
    {
        if (!m_docs.flush())
            return fail(m_docs);
        if (!m_stage.flush())
            return fail(m_stage);
        QSqlQuery query(m_db);
        if (query.exec(u"INSERT INTO search_fts (rowid, name, doc, phone, address, pppoe, device, mac, ip) "
                       u"SELECT id, name, doc, phone, address, pppoe, device, mac, ip FROM temp.search_stage"_s)
            && query.exec(u"DROP TABLE temp.search_stage"_s))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    qint64 count() const { return m_nextId; }
    QString error() const { return m_error; }

private:
    bool fail(const BatchInsert &batch)
    {
        m_error = batch.lastError();
        return false;
    }

    static QString wordsOf(const QStringList &texts)
    {
        QString words = texts.join(u' ');
        words.replace(u'-', u' ').replace(u'_', u' ');
        return words;
    }

    QSqlDatabase &m_db;
    BatchInsert m_docs;
    BatchInsert m_stage;
    qint64 m_nextId = 0;
    QString m_error;
};

QString str(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

} // namespace

SearchIndexer::SearchIndexer(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SearchIndexer::rebuild(const std::function<bool()> &isCanceled)
{
    QElapsedTimer timer;
    timer.start();
    m_documentCount = 0;
    const auto canceled = [&] { return isCanceled && isCanceled(); };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failWith = [this](const QSqlQuery &failed) {
        m_lastError = failed.lastError().text();
        qCWarning(lcSearch) << "search index rebuild failed:" << m_lastError;
        return false;
    };

    if (!query.exec(u"DELETE FROM search_docs"_s)
        || !query.exec(u"INSERT INTO search_fts (search_fts) VALUES ('delete-all')"_s))
        return failWith(query);

    // Reference data, small.
    QHash<qint64, QString> nodeNames;
    if (!query.exec(u"SELECT id, name FROM nodes"_s))
        return failWith(query);
    while (query.next())
        nodeNames.insert(query.value(0).toLongLong(), str(query, 1));
    QHash<qint64, QString> planNames;
    if (!query.exec(u"SELECT id, name FROM plans"_s))
        return failWith(query);
    while (query.next())
        planNames.insert(query.value(0).toLongLong(), str(query, 1));

    // Technical facts, keyed by PPPoE user (folded) or MAC.
    QList<SecretRow> secrets;
    QHash<QString, QList<int>> secretsByUser;
    if (!query.exec(u"SELECT node_id, name, remote_address, caller_id, comment FROM ppp_secrets ORDER BY id"_s))
        return failWith(query);
    while (query.next()) {
        secrets.append({query.value(0).toLongLong(), str(query, 1), str(query, 2), str(query, 3), str(query, 4)});
        secretsByUser[SearchKeys::identifier(secrets.constLast().name)].append(int(secrets.size() - 1));
    }
    QList<OnuRow> onus;
    QHash<QString, int> onusByUser;
    if (!query.exec(u"SELECT o.external_id, o.serial, o.name, o.pppoe_user, o.status, t.name FROM onus o "
                    u"LEFT JOIN olts t ON t.id = o.olt_id ORDER BY o.id"_s))
        return failWith(query);
    while (query.next()) {
        onus.append({str(query, 0), str(query, 1), str(query, 2), str(query, 3), str(query, 4), str(query, 5)});
        // An ONU without its own PPPoE (bridged) is named after the user by
        // integrators; its name is then the join key (external-apis.md §6).
        const OnuRow &row = onus.constLast();
        const QString user = SearchKeys::identifier(row.pppoeUser.isEmpty() ? row.name : row.pppoeUser);
        if (!user.isEmpty() && (!row.pppoeUser.isEmpty() || !onusByUser.contains(user)))
            onusByUser.insert(user, int(onus.size() - 1));
    }
    QList<SubscriberRow> subscribers;
    QHash<QString, int> subscribersByMac;
    QHash<QString, int> subscribersByUser;
    if (!query.exec(u"SELECT mac, name, ip, pppoe_user, tower, online FROM wireless_subscribers ORDER BY id"_s))
        return failWith(query);
    while (query.next()) {
        subscribers.append(
            {str(query, 0), str(query, 1), str(query, 2), str(query, 3), str(query, 4), query.value(5).toBool()});
        subscribersByMac.insert(SearchKeys::mac(subscribers.constLast().mac), int(subscribers.size() - 1));
        if (!subscribers.constLast().pppoeUser.isEmpty())
            subscribersByUser.insert(SearchKeys::identifier(subscribers.constLast().pppoeUser),
                                     int(subscribers.size() - 1));
    }
    if (canceled())
        return false;

    IndexWriter writer(m_db);
    if (!writer.prepare()) {
        m_lastError = writer.error();
        return false;
    }

    // The ONU or antenna and PPP secret behind one PPPoE user / MAC.
    const auto addTechnicalFacts = [&](Document &doc, const QString &pppoeUser, const QString &mac) {
        const QString user = SearchKeys::identifier(pppoeUser);
        const QList<int> userSecrets = secretsByUser.value(user);
        for (const int index : userSecrets) {
            const SecretRow &secret = secrets[index];
            doc.addMac(secret.callerId);
            doc.addIp(secret.remoteAddress);
        }
        // ADR-005: the router that holds the secret is the technical truth,
        // whatever node the CRM says.
        if (!userSecrets.isEmpty()) {
            doc.nodeId = secrets[userSecrets.constFirst()].nodeId;
            doc.nodeName = nodeNames.value(secrets[userSecrets.constFirst()].nodeId);
        }
        if (const auto onu = onusByUser.constFind(user); !user.isEmpty() && onu != onusByUser.cend()) {
            OnuRow &row = onus[*onu];
            row.linked = true;
            doc.device = row.serial;
            doc.addSerial(row.serial);
            if (row.externalId != row.serial)
                doc.addSerial(row.externalId);
        }
        int subscriber = subscribersByMac.value(SearchKeys::mac(mac), -1);
        if (subscriber < 0 && !user.isEmpty())
            subscriber = subscribersByUser.value(user, -1);
        if (subscriber >= 0) {
            SubscriberRow &row = subscribers[subscriber];
            row.linked = true;
            doc.device = Text::formatMac(row.mac);
            doc.addMac(row.mac);
            doc.addIp(row.ip);
            doc.ftsName << row.name;
        }
    };

    // 1. CRM connections with their customer.
    QSet<qint64> customersWithConnections;
    if (!query.exec(u"SELECT c.id, c.customer_id, c.pppoe_user, c.node_id, c.plan_id, c.technology, c.address, c.ip, "
                    u"c.mac, u.name, u.code, u.doc_number, u.phones, u.address, u.town, u.status "
                    u"FROM connections c JOIN customers u ON u.id = c.customer_id ORDER BY c.customer_id, c.id"_s))
        return failWith(query);
    while (query.next()) {
        Document doc;
        doc.kind = SearchDocKind::Connection;
        doc.connectionId = query.value(0);
        doc.customerId = query.value(1);
        customersWithConnections.insert(query.value(1).toLongLong());
        doc.pppoeUser = str(query, 2);
        if (!query.value(3).isNull()) {
            doc.nodeId = query.value(3);
            doc.nodeName = nodeNames.value(query.value(3).toLongLong());
        }
        doc.planName = planNames.value(query.value(4).toLongLong());
        doc.technology = str(query, 5);
        doc.address = str(query, 6).isEmpty() ? str(query, 13) : str(query, 6);
        doc.ip = str(query, 7);
        doc.name = str(query, 9);
        doc.docNumber = str(query, 11);
        const QStringList phones = str(query, 12).split(u", "_s, Qt::SkipEmptyParts);
        doc.phone = phones.value(0);
        doc.town = str(query, 14);
        doc.status = str(query, 15);

        doc.ftsName << doc.name;
        doc.addDocument(doc.docNumber);
        doc.ftsDoc << str(query, 10); // the CRM code
        for (const QString &phone : phones)
            doc.addPhone(phone);
        // The town is shown but not indexed: "maria" must find the Marías,
        // not every customer of Villa María.
        doc.ftsAddress << doc.address;
        doc.addPppoe(doc.pppoeUser);
        doc.addMac(str(query, 8));
        doc.addIp(doc.ip);
        for (const int index : secretsByUser.value(SearchKeys::identifier(doc.pppoeUser)))
            secrets[index].linked = true;
        addTechnicalFacts(doc, doc.pppoeUser, str(query, 8));
        if (!writer.write(doc)) {
            m_lastError = writer.error();
            return false;
        }
        if ((writer.count() & 0x3ff) == 0 && canceled())
            return false;
    }

    // 2. Customers with no connection at all (prospects, cancelled).
    if (!query.exec(u"SELECT id, name, code, doc_number, phones, address, town, status FROM customers ORDER BY id"_s))
        return failWith(query);
    while (query.next()) {
        if (customersWithConnections.contains(query.value(0).toLongLong()))
            continue;
        Document doc;
        doc.kind = SearchDocKind::Customer;
        doc.customerId = query.value(0);
        doc.name = str(query, 1);
        doc.docNumber = str(query, 3);
        const QStringList phones = str(query, 4).split(u", "_s, Qt::SkipEmptyParts);
        doc.phone = phones.value(0);
        doc.address = str(query, 5);
        doc.town = str(query, 6);
        doc.status = str(query, 7);
        doc.ftsName << doc.name;
        doc.addDocument(doc.docNumber);
        doc.ftsDoc << str(query, 2); // the CRM code
        for (const QString &phone : phones)
            doc.addPhone(phone);
        doc.ftsAddress << doc.address;
        if (!writer.write(doc)) {
            m_lastError = writer.error();
            return false;
        }
    }
    if (canceled())
        return false;

    // 3. PPP secrets no CRM connection names: still searchable and diagnosable (ADR-005).
    for (const SecretRow &secret : std::as_const(secrets)) {
        if (secret.linked)
            continue;
        Document doc;
        doc.kind = SearchDocKind::Secret;
        doc.pppoeUser = secret.name;
        doc.name = secret.comment;
        doc.status = u"unlinked"_s;
        doc.nodeId = secret.nodeId;
        doc.nodeName = nodeNames.value(secret.nodeId);
        doc.ip = secret.remoteAddress;
        doc.ftsName << secret.comment;
        doc.addPppoe(secret.name);
        addTechnicalFacts(doc, secret.name, secret.callerId);
        if (!writer.write(doc)) {
            m_lastError = writer.error();
            return false;
        }
    }

    // 4. Devices that matched nothing above.
    for (const OnuRow &onu : std::as_const(onus)) {
        if (onu.linked)
            continue;
        Document doc;
        doc.kind = SearchDocKind::Onu;
        doc.name = onu.name;
        doc.pppoeUser = onu.pppoeUser;
        doc.status = onu.status;
        doc.technology = u"fiber"_s;
        doc.nodeName = onu.oltName;
        doc.device = onu.serial;
        doc.ftsName << onu.name;
        doc.addSerial(onu.serial);
        if (onu.externalId != onu.serial)
            doc.addSerial(onu.externalId);
        doc.addPppoe(onu.pppoeUser);
        if (!writer.write(doc)) {
            m_lastError = writer.error();
            return false;
        }
    }
    for (const SubscriberRow &subscriber : std::as_const(subscribers)) {
        if (subscriber.linked)
            continue;
        Document doc;
        doc.kind = SearchDocKind::Subscriber;
        doc.name = subscriber.name;
        doc.pppoeUser = subscriber.pppoeUser;
        doc.status = subscriber.online ? u"online"_s : u"offline"_s;
        doc.technology = u"wireless"_s;
        doc.nodeName = subscriber.tower;
        doc.device = Text::formatMac(subscriber.mac);
        doc.ip = subscriber.ip;
        doc.ftsName << subscriber.name;
        doc.addMac(subscriber.mac);
        doc.addIp(subscriber.ip);
        doc.addPppoe(subscriber.pppoeUser);
        if (!writer.write(doc)) {
            m_lastError = writer.error();
            return false;
        }
    }

    if (!writer.finish()) {
        m_lastError = writer.error();
        return false;
    }
    m_documentCount = writer.count();
    qCInfo(lcSearch) << "search index rebuilt:" << m_documentCount << "documents in" << timer.elapsed() << "ms";
    return true;
}

} // namespace Beholder
