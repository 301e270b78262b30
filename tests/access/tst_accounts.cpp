// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts in a real accounts.sqlite: sign-in, the rules of who manages whom, the last global admin, profiles
// renamed or deleted, and turning sign-in on only when someone can still administer the profile.
#include "access/accesspolicy.h"
#include "access/accountstore.h"
#include "access/auditlog.h"
#include "cache/cachedatabase.h"
#include "profile/profilemanager.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Access;
using namespace Qt::Literals::StringLiterals;

using Kind = AccountError::Kind;

namespace {

// The local operator of profile "norte", who sets things up.
Principal local(const QString &profile = u"norte"_s)
{
    return singleUserPrincipal(profile);
}

NewAccount account(const QString &user, const QString &profile, Role role)
{
    return {user, profile, role, u"password-%1"_s.arg(user), {}};
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<AccountStore> m_store;

    Principal signIn(const QString &profile, const QString &user)
    {
        const SignInResult result = m_store->authenticate(profile, user, u"password-%1"_s.arg(user));
        [&] { QVERIFY2(result.ok(), qPrintable(result.error.message)); }();
        return result.principal;
    }

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AccountStore>(m_root->path());
        m_store->setHashIterations(1000);
    }

    void cleanup()
    {
        m_store.reset();
        m_root.reset();
    }

    void fileIsCreatedOnFirstUse()
    {
        QVERIFY(!QFileInfo::exists(AccountStore::filePath(m_root->path())));
        QVERIFY(!m_store->open().isError());
        QVERIFY(QFileInfo::exists(AccountStore::filePath(m_root->path())));
        Test::RawConnection raw(m_store->filePath());
        QCOMPARE(Test::scalar(raw.db(), u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(Test::scalar(raw.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void signIn_rightPassword_givesThePrincipal()
    {
        QVERIFY(!m_store->create(local(), account(u"maria"_s, u"norte"_s, Role::Technician)).isError());
        const SignInResult result = m_store->authenticate(u"norte"_s, u"MARIA"_s, u"password-maria"_s);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.principal.userName(), u"maria"_s);
        QCOMPARE(result.principal.role(), Role::Technician);
        QCOMPARE(result.principal.profileName(), u"norte"_s);
        QVERIFY(!result.principal.isSingleUser());
        QCOMPARE(result.principal.describe(), u"maria (technician)"_s);
    }

    void signIn_unknownUserAndWrongPassword_sayTheSame()
    {
        QVERIFY(!m_store->create(local(), account(u"maria"_s, u"norte"_s, Role::Technician)).isError());
        const SignInResult wrong = m_store->authenticate(u"norte"_s, u"maria"_s, u"nope-nope"_s);
        const SignInResult unknown = m_store->authenticate(u"norte"_s, u"mallory"_s, u"nope-nope"_s);
        const SignInResult otherProfile = m_store->authenticate(u"sur"_s, u"maria"_s, u"password-maria"_s);
        for (const SignInResult &result : {wrong, unknown, otherProfile}) {
            QCOMPARE(result.error.kind, Kind::WrongCredentials);
            QVERIFY(result.principal.isNobody());
        }
        QCOMPARE(wrong.error.message, unknown.error.message);
        QCOMPARE(wrong.error.message, u"wrong user name or password"_s);
    }

    void signIn_disabledAccount_isRefused()
    {
        QVERIFY(!m_store->create(local(), account(u"maria"_s, u"norte"_s, Role::Technician)).isError());
        QVERIFY(!m_store->setDisabled(local(), u"norte"_s, u"maria"_s, true).isError());
        const SignInResult result = m_store->authenticate(u"norte"_s, u"maria"_s, u"password-maria"_s);
        QCOMPARE(result.error.kind, Kind::Disabled);
        QVERIFY(result.error.message.contains(u"account disabled"_s));
        QVERIFY(!m_store->setDisabled(local(), u"norte"_s, u"maria"_s, false).isError());
        QVERIFY(m_store->authenticate(u"norte"_s, u"maria"_s, u"password-maria"_s).ok());
    }

    void globalAdmin_signsInOnEveryProfile()
    {
        QVERIFY(!m_store->create(local(), account(u"root"_s, {}, Role::GlobalAdmin)).isError());
        const Principal onSur = signIn(u"sur"_s, u"root"_s);
        QCOMPARE(onSur.role(), Role::GlobalAdmin);
        QCOMPARE(onSur.profileName(), u"sur"_s);
        QCOMPARE(m_store->list(u"sur"_s).size(), 1); // the global one is listed with every profile
    }

    void validation_userNamesPasswordsAndProfiles()
    {
        QCOMPARE(m_store->create(local(), account(QString(), u"norte"_s, Role::Viewer)).kind, Kind::Invalid);
        QCOMPARE(m_store->create(local(), account(u"a b"_s, u"norte"_s, Role::Viewer)).kind, Kind::Invalid);
        QCOMPARE(m_store->create(local(), account(QString(65, u'a'), u"norte"_s, Role::Viewer)).kind, Kind::Invalid);
        QVERIFY(!m_store->create(local(), account(u"ana.l-p_1@isp"_s, u"norte"_s, Role::Viewer)).isError());
        NewAccount shortPassword = account(u"pedro"_s, u"norte"_s, Role::Viewer);
        shortPassword.password = u"1234567"_s;
        const AccountError refused = m_store->create(local(), shortPassword);
        QCOMPARE(refused.kind, Kind::Invalid);
        QVERIFY(refused.message.contains(u"8"_s));
        // A profile account without a profile, a global admin with one.
        QVERIFY(!m_store->create(local(), account(u"root"_s, {}, Role::GlobalAdmin)).isError());
        const Principal root = signIn(u"norte"_s, u"root"_s);
        QCOMPARE(m_store->create(root, account(u"pedro"_s, {}, Role::Viewer)).kind, Kind::Invalid);
        QCOMPARE(m_store->create(root, account(u"boss"_s, u"norte"_s, Role::GlobalAdmin)).kind, Kind::Invalid);
        QCOMPARE(m_store->create(root, account(u"ana.l-p_1@isp"_s, u"norte"_s, Role::Viewer)).kind, Kind::Duplicate);
    }

    void managing_needsManageUsers()
    {
        QVERIFY(!m_store->create(local(), account(u"tech"_s, u"norte"_s, Role::Technician)).isError());
        QVERIFY(!m_store->create(local(), account(u"noc"_s, u"norte"_s, Role::Operator)).isError());
        for (const QString &user : {u"tech"_s, u"noc"_s}) {
            const Principal who = signIn(u"norte"_s, user);
            QCOMPARE(m_store->create(who, account(u"new"_s, u"norte"_s, Role::Viewer)).kind, Kind::Denied);
            QCOMPARE(m_store->setRole(who, u"norte"_s, user, Role::ProfileAdmin).kind, Kind::Denied);
            QCOMPARE(m_store->remove(who, u"norte"_s, u"tech"_s).kind, Kind::Denied);
        }
        QCOMPARE(m_store->create(Principal::nobody(), account(u"new"_s, u"norte"_s, Role::Viewer)).kind, Kind::Denied);
        QCOMPARE(m_store->list(u"norte"_s).size(), 2);
        QCOMPARE(m_store->find(u"norte"_s, u"tech"_s)->role, Role::Technician);
    }

    void ownPassword_canBeChangedWithoutManageUsers()
    {
        QVERIFY(!m_store->create(local(), account(u"tech"_s, u"norte"_s, Role::Technician)).isError());
        QVERIFY(!m_store->create(local(), account(u"other"_s, u"norte"_s, Role::Technician)).isError());
        const Principal tech = signIn(u"norte"_s, u"tech"_s);
        QVERIFY(!m_store->setPassword(tech, u"norte"_s, u"tech"_s, u"a new password"_s).isError());
        QVERIFY(m_store->authenticate(u"norte"_s, u"tech"_s, u"a new password"_s).ok());
        QCOMPARE(m_store->setPassword(tech, u"norte"_s, u"other"_s, u"a new password"_s).kind, Kind::Denied);
    }

    void profileAdmin_managesItsOwnProfileOnly()
    {
        QVERIFY(!m_store->create(local(), account(u"jefa"_s, u"norte"_s, Role::ProfileAdmin)).isError());
        QVERIFY(!m_store->create(local(u"sur"_s), account(u"tech"_s, u"sur"_s, Role::Technician)).isError());
        const Principal jefa = signIn(u"norte"_s, u"jefa"_s);
        QVERIFY(!m_store->create(jefa, account(u"noc"_s, u"norte"_s, Role::Operator)).isError());
        QCOMPARE(m_store->create(jefa, account(u"noc"_s, u"sur"_s, Role::Operator)).kind, Kind::Denied);
        QCOMPARE(m_store->remove(jefa, u"sur"_s, u"tech"_s).kind, Kind::Denied);
        QCOMPARE(m_store->setRole(jefa, u"sur"_s, u"tech"_s, Role::Viewer).kind, Kind::Denied);
        // Never a global admin, even the first one, once someone signed in.
        QCOMPARE(m_store->create(jefa, account(u"root"_s, {}, Role::GlobalAdmin)).kind, Kind::Denied);
        QCOMPARE(m_store->countEnabledGlobalAdmins(), 0);
    }

    void firstGlobalAdmin_byTheLocalOperatorOnly()
    {
        QVERIFY(!m_store->create(local(), account(u"root"_s, {}, Role::GlobalAdmin)).isError());
        // A second one needs a global admin.
        QCOMPARE(m_store->create(local(), account(u"root2"_s, {}, Role::GlobalAdmin)).kind, Kind::Denied);
        const Principal root = signIn(u"norte"_s, u"root"_s);
        QVERIFY(!m_store->create(root, account(u"root2"_s, {}, Role::GlobalAdmin)).isError());
        QCOMPARE(m_store->countEnabledGlobalAdmins(), 2);
        // A profile admin or the local operator cannot touch global accounts.
        QCOMPARE(m_store->remove(local(), {}, u"root2"_s).kind, Kind::Denied);
        QCOMPARE(m_store->setDisabled(local(), {}, u"root2"_s, true).kind, Kind::Denied);
    }

    void lastGlobalAdmin_cannotGo()
    {
        QVERIFY(!m_store->create(local(), account(u"root"_s, {}, Role::GlobalAdmin)).isError());
        const Principal root = signIn(u"norte"_s, u"root"_s);
        QCOMPARE(m_store->remove(root, {}, u"root"_s).kind, Kind::LastGlobalAdmin);
        QCOMPARE(m_store->setDisabled(root, {}, u"root"_s, true).kind, Kind::LastGlobalAdmin);
        QCOMPARE(m_store->setRole(root, {}, u"root"_s, Role::ProfileAdmin).kind, Kind::LastGlobalAdmin);
        QCOMPARE(m_store->countEnabledGlobalAdmins(), 1);

        QVERIFY(!m_store->create(root, account(u"root2"_s, {}, Role::GlobalAdmin)).isError());
        QVERIFY(!m_store->setDisabled(root, {}, u"root2"_s, true).isError());
        // A disabled one does not count.
        QCOMPARE(m_store->remove(root, {}, u"root"_s).kind, Kind::LastGlobalAdmin);
        QVERIFY(!m_store->setDisabled(root, {}, u"root2"_s, false).isError());
        QVERIFY(!m_store->remove(root, {}, u"root"_s).isError());
        QCOMPARE(m_store->countEnabledGlobalAdmins(), 1);
    }

    void renameAndRemoveProfile_moveOrDropItsAccounts()
    {
        QVERIFY(!m_store->create(local(), account(u"jefa"_s, u"norte"_s, Role::ProfileAdmin)).isError());
        QVERIFY(!m_store->create(local(), account(u"tech"_s, u"norte"_s, Role::Technician)).isError());
        QVERIFY(!m_store->create(local(), account(u"root"_s, {}, Role::GlobalAdmin)).isError());
        const Principal tech = signIn(u"norte"_s, u"tech"_s);
        QCOMPARE(m_store->renameProfile(tech, u"norte"_s, u"noreste"_s).kind, Kind::Denied);
        const Principal jefa = signIn(u"norte"_s, u"jefa"_s);
        QVERIFY(!m_store->renameProfile(jefa, u"norte"_s, u"noreste"_s).isError());
        QVERIFY(m_store->authenticate(u"noreste"_s, u"tech"_s, u"password-tech"_s).ok());
        QCOMPARE(m_store->authenticate(u"norte"_s, u"tech"_s, u"password-tech"_s).error.kind, Kind::WrongCredentials);

        QCOMPARE(m_store->removeProfile(jefa, u"noreste"_s).kind, Kind::Denied); // jefa's principal is for "norte"
        const Principal root = signIn(u"noreste"_s, u"root"_s);
        QVERIFY(!m_store->removeProfile(root, u"noreste"_s).isError());
        QCOMPARE(m_store->list(u"noreste"_s).size(), 1); // only the global admin is left
        QVERIFY(m_store->authenticate(u"otra"_s, u"root"_s, u"password-root"_s).ok());
    }

    void accountChanges_areAudited()
    {
        const QString cacheFile = QDir(m_root->path()).filePath(u"cache.sqlite"_s);
        CacheDatabase cache(cacheFile);
        QVERIFY(cache.open());
        const AuditLog audit(&cache);
        QVERIFY(!m_store->create(local(), account(u"tech"_s, u"norte"_s, Role::Technician), &audit).isError());
        const Principal tech = signIn(u"norte"_s, u"tech"_s);
        QCOMPARE(m_store->create(tech, account(u"x1234567"_s, u"norte"_s, Role::Viewer), &audit).kind, Kind::Denied);
        QVERIFY(!m_store->authenticate(u"norte"_s, u"tech"_s, u"wrong-password"_s, &audit).ok());
        QVERIFY(m_store->authenticate(u"norte"_s, u"tech"_s, u"password-tech"_s, &audit).ok());

        const QList<AuditEntry> rows = audit.query({});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(3).action, u"accounts.create"_s);
        QCOMPARE(rows.at(3).outcome, AuditOutcome::Ok);
        QCOMPARE(rows.at(3).target, u"tech@norte"_s);
        QCOMPARE(rows.at(2).action, u"accounts.create"_s);
        QCOMPARE(rows.at(2).outcome, AuditOutcome::Denied);
        QCOMPARE(rows.at(2).userName, u"tech"_s);
        QCOMPARE(rows.at(2).role, u"technician"_s);
        QCOMPARE(rows.at(1).action, u"sign-in.failed"_s);
        QCOMPARE(rows.at(0).action, u"sign-in"_s);
        // Never a password in the audit.
        for (const AuditEntry &row : rows)
            QVERIFY(!row.details.contains(u"password-"_s) && !row.details.contains(u"wrong-password"_s));
    }

    void signInRequired_needsSomeoneWhoCanAdminister()
    {
        ProfileManager profiles(m_root->path());
        const auto profile = profiles.openOrCreate(u"norte"_s);
        QVERIFY(profile);
        QVERIFY(!isSignInRequired(*profile));
        QCOMPARE(defaultPrincipal(*profile), singleUserPrincipal(u"norte"_s));
        QVERIFY(defaultPrincipal(*profile).may(Permission::ManageUsers));

        // Only a technician: turning sign-in on would lock everyone out of administration.
        QVERIFY(!m_store->create(local(), account(u"tech"_s, u"norte"_s, Role::Technician)).isError());
        QString error = setSignInRequired(*profile, true, local(), *m_store);
        QVERIFY(error.contains(u"no enabled account that can manage"_s));
        QVERIFY(!isSignInRequired(*profile));
        // A technician may not change it at all.
        const Principal tech = signIn(u"norte"_s, u"tech"_s);
        QVERIFY(!setSignInRequired(*profile, true, tech, *m_store).isEmpty());

        QVERIFY(!m_store->create(local(), account(u"jefa"_s, u"norte"_s, Role::ProfileAdmin)).isError());
        error = setSignInRequired(*profile, true, local(), *m_store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(isSignInRequired(*profile));
        QVERIFY(defaultPrincipal(*profile).isNobody());
        QVERIFY(!defaultPrincipal(*profile).may(Permission::ViewCustomers));
        QVERIFY(setSignInRequired(*profile, false, Principal::nobody(), *m_store).contains(u"Nobody is signed in"_s));
        QVERIFY(setSignInRequired(*profile, false, signIn(u"norte"_s, u"jefa"_s), *m_store).isEmpty());
        QVERIFY(!isSignInRequired(*profile));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
