// SPDX-License-Identifier: GPL-3.0-or-later
// Shared test fixtures: isolated data directories and a small, hand-made
// ISP whose every row a test can reason about.
#pragma once

#include "model/entities.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace Beholder {
class CacheDatabase;
}

namespace Beholder::Test {

// Puts QStandardPaths in test mode and sets the application identity, so
// that no test ever reads or writes the user's real profiles. Call it from
// initTestCase().
void isolateFromUserData();

// The current time the fixtures are stamped with (fixed, so results are reproducible).
constexpr UnixTime fixtureNow = 1'795'000'000; // 2026-11-18T07:06:40Z

// A dozen customers chosen to exercise search and the customer panel:
// accents (Pérez, Muñoz, Núñez), CRM-style upper case, a CUIT, MACs in
// several notations, an unlinked PPP secret, a secret on another router than
// the CRM says, an ONU and an antenna that match no connection.
IspDataset smallIsp();

// Opens a cache file at `path`, writes `dataset` and builds the search index.
// Fails the calling test (QVERIFY semantics: returns nullptr) on error.
std::unique_ptr<CacheDatabase> createCache(const QString &path, const IspDataset &dataset,
                                           UnixTime fetchedAt = fixtureNow);

// The first column of the first row of `sql`, or an invalid QVariant.
QVariant scalar(QSqlDatabase db, const QString &sql);

// A raw SQLite connection that bypasses CacheDatabase, to build old or odd files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)

    QSqlDatabase db() const;

private:
    QString m_name;
};

} // namespace Beholder::Test
