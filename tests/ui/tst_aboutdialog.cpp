// SPDX-License-Identifier: GPL-3.0-or-later
// The about box, offscreen: it names this build's version, the data folder in
// use and the licence, copies the facts a bug report needs, and renders.
// BEHOLDER_ABOUT_SCREENSHOT=FILE also saves the rendering there, to look at it.
#include "aboutdialog.h"
#include "testsupport.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void showsThisBuildsVersion()
    {
        AboutDialog dialog(u"/srv/beholder-data"_s);
        QVERIFY(!applicationVersion().isEmpty());
        QVERIFY2(dialog.versionText().contains(applicationVersion()), qPrintable(dialog.versionText()));
        const auto *dataFolder = dialog.findChild<QLabel *>(u"dataFolder"_s);
        QVERIFY(dataFolder);
        QVERIFY(dataFolder->text().contains(QDir::toNativeSeparators(u"/srv/beholder-data"_s)));
    }

    void copyVersionInfo_putsTheBugReportFactsOnTheClipboard()
    {
        AboutDialog dialog(u"/srv/beholder-data"_s);
        QGuiApplication::clipboard()->clear();
        dialog.copyButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog.versionInfo());
        QVERIFY(copied.startsWith(u"Beholder "_s + applicationVersion() + u'\n'));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(QDir::toNativeSeparators(u"/srv/beholder-data"_s)));
        // Feedback where the user looks, then the button reads as before.
        QCOMPARE(dialog.copyButton()->text(), AboutDialog::tr("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.copyButton()->text(), AboutDialog::tr("Copy Version Info"), 5000);
    }

    void rendersOffscreen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AboutDialog dialog(dir.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 150);
        const QString file = dir.filePath(u"about.png"_s);
        QVERIFY(image.save(file));
        QVERIFY(QFileInfo(file).size() > 0);
        const QString extra = qEnvironmentVariable("BEHOLDER_ABOUT_SCREENSHOT");
        if (!extra.isEmpty())
            QVERIFY2(image.save(extra), qPrintable(extra));
    }

    void showAboutDialog_opensWithoutBlockingAndDeletesItself()
    {
        QWidget parent;
        parent.show();
        showAboutDialog(&parent, u"/srv/beholder-data"_s);
        auto *dialog = parent.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPointer<AboutDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
