// SPDX-License-Identifier: GPL-3.0-or-later
// Password hashes: a round trip, a wrong or tampered hash never matches, the stored parameters are what
// verification uses, and the default is 600,000 iterations (timed once for the record, never asserted).
#include "access/passwordhash.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Beholder::Access;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int fast = 1000; // tests only: the default is covered once below
}

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_matchesOnlyTheRightPassword()
    {
        const QString stored = PasswordHash::hash(u"correct horse ñandú"_s, fast);
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$1000$"_s));
        QVERIFY(PasswordHash::verify(u"correct horse ñandú"_s, stored));
        QVERIFY(!PasswordHash::verify(u"correct horse nandu"_s, stored));
        QVERIFY(!PasswordHash::verify(QString(), stored));
    }

    void samePassword_getsADifferentSaltEachTime()
    {
        const QString a = PasswordHash::hash(u"secret-password"_s, fast);
        const QString b = PasswordHash::hash(u"secret-password"_s, fast);
        QVERIFY(a != b);
        QVERIFY(PasswordHash::verify(u"secret-password"_s, a));
        QVERIFY(PasswordHash::verify(u"secret-password"_s, b));
    }

    void parse_readsTheStoredParameters()
    {
        const QString stored = PasswordHash::hash(u"pw123456"_s, 1234);
        const auto parameters = PasswordHash::parse(stored);
        QVERIFY(parameters);
        QCOMPARE(parameters->iterations, 1234);
        QCOMPARE(parameters->salt.size(), PasswordHash::saltBytes);
        QCOMPARE(parameters->key.size(), PasswordHash::keyBytes);
        QVERIFY(PasswordHash::needsRehash(stored));
        QVERIFY(!PasswordHash::needsRehash(stored, 1234));
    }

    void tampered_neverMatches_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("scheme") << 0 << u"pbkdf2-sha1"_s;
        QTest::newRow("fewer iterations") << 1 << u"999"_s;
        QTest::newRow("iterations not a number") << 1 << u"many"_s;
        QTest::newRow("iterations out of bounds") << 1 << u"2000000000"_s;
        QTest::newRow("other salt") << 2 << QString::fromLatin1(QByteArray(16, 'x').toBase64());
        QTest::newRow("salt not base64") << 2 << u"!!!"_s;
        QTest::newRow("other key") << 3 << QString::fromLatin1(QByteArray(32, 'y').toBase64());
        QTest::newRow("empty key") << 3 << QString();
    }

    void tampered_neverMatches()
    {
        QFETCH(int, part);
        QFETCH(QString, replacement);
        QStringList parts = PasswordHash::hash(u"pw123456"_s, fast).split(u'$');
        parts[part] = replacement;
        const QString tampered = parts.join(u'$');
        QVERIFY(!PasswordHash::verify(u"pw123456"_s, tampered));
    }

    void malformed_isRefused()
    {
        for (const QString &bad :
             {QString(), u"plain text"_s, u"pbkdf2-sha256$1000$abc"_s, u"pbkdf2-sha256$1000$$"_s, u"$$$"_s}) {
            QVERIFY2(!PasswordHash::parse(bad), qPrintable(bad));
            QVERIFY(!PasswordHash::verify(u"x"_s, bad));
            QVERIFY(PasswordHash::needsRehash(bad));
        }
    }

    void defaultParameters_areOwasp2023()
    {
        QCOMPARE(PasswordHash::defaultIterations, 600000);
        QElapsedTimer clock;
        clock.start();
        const QString stored = PasswordHash::hash(u"a long enough password"_s);
        const qint64 hashMs = clock.restart();
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$600000$"_s));
        QVERIFY(!PasswordHash::needsRehash(stored));
        QVERIFY(PasswordHash::verify(u"a long enough password"_s, stored));
        qInfo("one hash at the default parameters: %lld ms (verify: %lld ms)", hashMs, clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
