// SPDX-License-Identifier: GPL-3.0-or-later
// The sources follow .clang-format, and core/ stays presentation-free (no Qt
// Gui, Widgets or Charts), so that it builds and is tested without a display.
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestSourceStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void sources_followClangFormat()
    {
        QProcess check;
        check.setWorkingDirectory(u"" BEHOLDER_SOURCE_DIR ""_s);
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(u"bash"_s, {u"scripts/check-format.sh"_s, u"" BEHOLDER_CLANG_FORMAT ""_s});
        QVERIFY2(check.waitForFinished(120000), "clang-format did not finish");
        const QString output = QString::fromUtf8(check.readAll());
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0,
                 qPrintable(u"run scripts/check-format.sh clang-format --fix\n"_s + output.left(4000)));
    }

    void core_usesNoGuiWidgetsOrCharts()
    {
        static const QRegularExpression forbidden(
            uR"(#include\s*<(QtWidgets|QtGui|QtCharts|QWidget|QApplication|QGuiApplication|QIcon|QColor|QPixmap|QFont|QPainter)\b|Qt6?::(Widgets|Charts|Gui)\b)"_s);
        QStringList offenders;
        int files = 0;
        QDirIterator it(u"" BEHOLDER_SOURCE_DIR "/core"_s, {u"*.h"_s, u"*.cpp"_s, u"CMakeLists.txt"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch match = forbidden.match(text);
            if (match.hasMatch())
                offenders << file.fileName() + u": "_s + match.captured(0);
        }
        QVERIFY(files > 20);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSourceStyle)
#include "tst_sourcestyle.moc"
