// SPDX-License-Identifier: GPL-3.0-or-later
// The as-you-type path: searches run off the calling thread, only the newest
// answer reaches the model, and the model is a well-behaved item model.
#include "cache/cachedatabase.h"
#include "search/searchservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(m_cache);
    }

    void cleanupTestCase() { m_cache.reset(); }

    void typing_deliversOnlyTheNewestQuery()
    {
        SearchService service(m_cache.get());
        QAbstractItemModelTester tester(service.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&service, &SearchService::resultsReady);
        for (const QString &typed : {u"m"_s, u"mu"_s, u"mun"_s, u"muno"_s, u"munoz"_s})
            service.search(typed);
        QTRY_VERIFY(!service.isSearching());
        QVERIFY(!ready.isEmpty());
        const auto last = ready.constLast().constFirst().value<SearchResults>();
        QCOMPARE(last.query, u"munoz"_s);
        // Superseded queries never reached the model.
        for (const QList<QVariant> &signal : std::as_const(ready))
            QCOMPARE(signal.constFirst().value<SearchResults>().query, u"munoz"_s);
        QCOMPARE(service.model()->rowCount(), 1);
        QCOMPARE(service.model()->index(0, SearchResultModel::NameColumn).data().toString(), u"José Muñoz"_s);
    }

    void model_exposesHitsThroughRoles()
    {
        SearchService service(m_cache.get());
        QAbstractItemModelTester tester(service.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        service.search(u"rgodoy"_s);
        QTRY_COMPARE(service.model()->rowCount(), 1);
        const QModelIndex name = service.model()->index(0, SearchResultModel::NameColumn);
        const auto hit = name.data(SearchResultModel::HitRole).value<SearchHit>();
        QCOMPARE(hit.pppoeUser, u"rgodoy"_s);
        QCOMPARE(name.data(SearchResultModel::StatusRole).toString(), u"unlinked"_s);
        QCOMPARE(service.model()->index(0, SearchResultModel::StatusColumn).data().toString(),
                 SearchResultModel::statusText(u"unlinked"_s));
        QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void emptyQuery_clearsAtOnce()
    {
        SearchService service(m_cache.get());
        service.search(u"perez"_s);
        QTRY_VERIFY(service.model()->rowCount() > 0);
        service.search(u"   "_s);
        QCOMPARE(service.model()->rowCount(), 0);
    }

    void destroyingTheServiceWhileSearching_isSafe()
    {
        for (int i = 0; i < 20; ++i) {
            auto service = std::make_unique<SearchService>(m_cache.get());
            service->search(u"perez"_s);
            service.reset();
        }
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
