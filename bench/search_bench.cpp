// SPDX-License-Identifier: GPL-3.0-or-later
// Search at ISP scale: builds the demo ISP's cache (default 100,000
// customers), then times 1,000 realistic as-you-type queries through the
// product's search path, against two references on the same file:
//   floor: the same FTS5 statement through the raw sqlite3 C API (what the
//          query costs without Qt SQL or the product's own work);
//   like:  a naive LIKE '%text%' scan over the same columns (what a simple
//          cache does).
// The last line is machine-readable:
//   RESULT search_p50_ms=… search_p99_ms=… floor_p99_ms=… like_p99_ms=… build_s=… rss_mb=…
#include "cache/cachedatabase.h"
#include "demo/demoprofile.h"
#include "demo/demorandom.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "util/appinfo.h"
#include "util/textnormalize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

struct Stats
{
    double p50 = 0;
    double p99 = 0;
    double mean = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    Stats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto at
        = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))); };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = samples.constLast();
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / samples.size();
    return s;
}

// Peak resident memory of this process, in MiB (Linux /proc; 0 elsewhere).
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// What an operator types: prefixes of real values, drawn from the cache.
QStringList realisticQueries(QSqlDatabase db, int count, quint64 seed)
{
    QStringList names, docs, users, macs, ips, phones;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(u"SELECT name, doc_number, pppoe_user, ip, phone FROM search_docs WHERE kind = 'connection'"_s);
    while (q.next()) {
        names << q.value(0).toString();
        docs << q.value(1).toString();
        users << q.value(2).toString();
        ips << q.value(3).toString();
        phones << q.value(4).toString();
    }
    q.exec(u"SELECT mac FROM connections WHERE mac IS NOT NULL"_s);
    while (q.next())
        macs << q.value(0).toString();

    Demo::DemoRandom random(seed);
    const auto pick = [&](const QStringList &list) { return list.at(random.uniformInt(0, int(list.size()) - 1)); };
    const auto prefix = [&](const QString &text, int minimum, int maximum) {
        return text.left(random.uniformInt(std::min(minimum, int(text.size())), std::min(maximum, int(text.size()))));
    };
    QStringList queries;
    while (queries.size() < count) {
        const int kind = random.uniformInt(0, 99);
        QString query;
        if (kind < 30) { // a surname typed in lower case, without accents, as people do
            const QStringList words = pick(names).split(u' ', Qt::SkipEmptyParts);
            query = Text::fold(prefix(words.constLast(), 3, 7));
        } else if (kind < 42) { // first name and the start of the surname
            const QStringList words = pick(names).split(u' ', Qt::SkipEmptyParts);
            query = Text::fold(words.constFirst() + u' ' + prefix(words.constLast(), 2, 5));
        } else if (kind < 57) { // DNI fragment
            query = prefix(Text::digitsOnly(pick(docs)), 4, 8);
        } else if (kind < 72) { // PPPoE user prefix
            query = prefix(pick(users), 3, 9);
        } else if (kind < 82) { // MAC: a fragment with colons, or the whole MAC with dashes
            const QString mac = pick(macs);
            query = random.chance(0.5) ? prefix(mac, 8, 14).toLower() : QString(mac).replace(u':', u'-');
        } else if (kind < 94) { // IP: whole or the first three octets
            const QString ip = pick(ips);
            query = random.chance(0.5) ? ip : ip.section(u'.', 0, 2);
        } else { // phone, last digits
            query = Text::digitsOnly(pick(phones)).right(7);
        }
        if (!query.trimmed().isEmpty())
            queries << query;
    }
    return queries;
}

class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            qFatal("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(m_db));
        // The same page cache and mmap as the product's connections, for a fair floor.
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768; PRAGMA mmap_size = 0;", nullptr, nullptr, nullptr);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Runs `sql` with one text and one integer parameter, reading every column of every row.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            qFatal("cannot prepare: %s", sqlite3_errmsg(db));
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }

    // Binds `text` first, then each integer in order.
    int run(const QByteArray &text, std::initializer_list<int> integers)
    {
        sqlite3_bind_text(m_statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        int parameter = 2;
        for (const int value : integers)
            sqlite3_bind_int(m_statement, parameter++, value);
        int rows = 0;
        const int columns = sqlite3_column_count(m_statement);
        while (sqlite3_step(m_statement) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_column_text(m_statement, c);
            ++rows;
        }
        sqlite3_reset(m_statement);
        return rows;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Search latency at ISP scale"_s);
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Demo ISP size (default 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption queriesOption(u"queries"_s, u"Queries to time (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption likeOption(u"like-queries"_s, u"Queries for the slow LIKE reference (default 200)."_s,
                                        u"N"_s, u"200"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"Results per query (default 50)."_s, u"N"_s, u"50"_s);
    const QCommandLineOption dirOption(u"data-dir"_s, u"Keep the cache here instead of a temporary folder."_s,
                                       u"DIR"_s);
    const QCommandLineOption reuseOption(u"reuse-cache"_s,
                                         u"With --data-dir: time the queries on the cache a previous run left there "
                                         u"(build_s is then 0)."_s);
    parser.addOptions({customersOption, queriesOption, likeOption, limitOption, dirOption, reuseOption});
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const int queryCount = parser.value(queriesOption).toInt();
    const int likeCount = std::min(parser.value(likeOption).toInt(), queryCount);
    const int limit = parser.value(limitOption).toInt();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = dir + u"/bench-cache.sqlite"_s;
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(dirOption) && QFile::exists(path);
    if (!reuse) {
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }

    // 1. Build the cache: generate, write, index, in one transaction.
    QElapsedTimer timer;
    timer.start();
    CacheDatabase cache(path);
    QString error;
    if (!cache.open(&error))
        qFatal("%s", qPrintable(error));
    Demo::DemoLoadResult load;
    if (!reuse) {
        load = Demo::loadDemoIsp(cache, {customers, 20261125, 0}, u"bench"_s);
        if (!load.ok)
            qFatal("demo load failed: %s", qPrintable(load.error));
    }
    const double buildSeconds = reuse ? 0.0 : timer.nsecsElapsed() / 1e9;
    if (!reuse)
        out << "cache build: " << customers << " customers, " << load.rowsWritten << " rows, " << load.searchDocuments
            << " search documents in " << QString::number(buildSeconds, 'f', 2) << " s (generate "
            << QString::number(load.generateSeconds, 'f', 2) << " s, write "
            << QString::number(load.writeSeconds, 'f', 2) << " s, index " << QString::number(load.indexSeconds, 'f', 2)
            << " s); file " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB\n";
    out.flush();

    const QStringList queries = realisticQueries(cache.connection(), queryCount, 7);

    // 2. The product's search path (SearchEngine on a Qt SQL connection, as the UI and CLI use it).
    SearchEngine engine(cache.connection());
    for (int i = 0; i < std::min(100, int(queries.size())); ++i) // warm the page cache
        engine.search(queries.at(i), limit);
    QList<double> product;
    qint64 hits = 0;
    int empty = 0;
    for (const QString &query : queries) {
        timer.restart();
        const SearchResults results = engine.search(query, limit);
        product << elapsedMs(timer);
        hits += results.hits.size();
        empty += results.hits.isEmpty() ? 1 : 0;
    }

    // 3. Floor: the same FTS5 statement through sqlite3 directly.
    RawConnection raw(path);
    RawStatement fullText(raw.handle(), SearchEngine::fullTextSql());
    QList<QByteArray> expressions;
    for (const QString &query : queries)
        expressions << SearchQuery::parse(query).ftsExpression().toUtf8();
    for (int i = 0; i < std::min(100, int(expressions.size())); ++i)
        fullText.run(expressions.at(i), {SearchEngine::rankWindow, limit + 1});
    QList<double> floor;
    for (const QByteArray &expression : std::as_const(expressions)) {
        timer.restart();
        fullText.run(expression, {SearchEngine::rankWindow, limit + 1});
        floor << elapsedMs(timer);
    }

    // 4. A naive cache: LIKE '%text%' over the same columns.
    RawStatement like(raw.handle(),
                      u"SELECT id, name, doc_number, pppoe_user, address, phone, device, ip FROM "
                      u"search_docs WHERE name LIKE ?1 OR doc_number LIKE ?1 OR pppoe_user LIKE ?1 "
                      u"OR address LIKE ?1 OR phone LIKE ?1 OR device LIKE ?1 OR ip LIKE ?1 LIMIT ?2"_s);
    QList<double> naive;
    for (int i = 0; i < likeCount; ++i) {
        const QByteArray pattern = (u"%"_s + queries.at(i) + u"%"_s).toUtf8();
        timer.restart();
        like.run(pattern, {limit});
        naive << elapsedMs(timer);
    }

    const auto ms = [](double v) { return QString::number(v, 'f', 3); };
    const Stats s = stats(product);
    const Stats f = stats(floor);
    const Stats l = stats(naive);
    out << "queries: " << queries.size() << " (" << empty << " with no result, " << hits << " hits in all, limit "
        << limit << ")\n";
    out << "product search: p50 " << ms(s.p50) << " ms, p99 " << ms(s.p99) << " ms, mean " << ms(s.mean) << " ms, max "
        << ms(s.max) << " ms\n";
    out << "raw FTS5 floor: p50 " << ms(f.p50) << " ms, p99 " << ms(f.p99) << " ms, mean " << ms(f.mean) << " ms, max "
        << ms(f.max) << " ms\n";
    // The slowest queries, to see what a p99 is made of.
    QList<int> order(queries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return product.at(a) > product.at(b); });
    out << "slowest:";
    for (int i = 0; i < std::min<qsizetype>(8, order.size()); ++i)
        out << " [" << queries.at(order.at(i)) << "] " << ms(product.at(order.at(i))) << " ms";
    out << "\n";
    out << "LIKE scan (" << likeCount << " queries): p50 " << ms(l.p50) << " ms, p99 " << ms(l.p99) << " ms\n";
    out << "product p99 / floor p99: " << QString::number(f.p99 > 0 ? s.p99 / f.p99 : 0, 'f', 2) << "\n";
    out << "RESULT search_p50_ms=" << ms(s.p50) << " search_p99_ms=" << ms(s.p99) << " floor_p99_ms=" << ms(f.p99)
        << " like_p99_ms=" << ms(l.p99) << " build_s=" << QString::number(buildSeconds, 'f', 2)
        << " rss_mb=" << QString::number(peakRssMb(), 'f', 1) << "\n";
    return 0;
}
