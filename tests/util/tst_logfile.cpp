// SPDX-License-Identifier: GPL-3.0-or-later
// LogFile: the line format a support engineer (and later tests) will grep,
// rotation by size, intact lines under concurrent logging, chaining to the
// previous handler, and staying harmless when the directory is unusable.
#include "logging/logfile.h"
#include "logging/logging.h"
#include "testsupport.h"

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Captured
{
    QtMsgType type;
    QString category;
    QString message;
};

QMutex s_capturedMutex;
QList<Captured> s_captured;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&s_capturedMutex);
    s_captured.append({type, QString::fromLatin1(context.category ? context.category : "default"), message});
}

// Stands in for stderr: installed before the LogFile, so it is the handler
// the LogFile chains to. Restores QTest's own handler when it goes.
class CaptureHandler final
{
public:
    CaptureHandler()
    {
        const QMutexLocker lock(&s_capturedMutex);
        s_captured.clear();
        m_previous = qInstallMessageHandler(&captureMessage);
    }
    ~CaptureHandler() { qInstallMessageHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(CaptureHandler)

    static QList<Captured> messages()
    {
        const QMutexLocker lock(&s_capturedMutex);
        return s_captured;
    }
    static QList<Captured> warnings()
    {
        QList<Captured> result;
        for (const Captured &c : messages()) {
            if (c.type == QtWarningMsg)
                result << c;
        }
        return result;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the file ends with a newline
    return lines;
}

const QRegularExpression &lineFormat()
{
    // timestamp, level, category, optional [thread], message
    static const QRegularExpression re(
        uR"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) ([DIWCF]) ([\w.]+)(?: \[([^\]]+)\])?: (.*)$)"_s);
    return re;
}

} // namespace

class TestLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formatsOneLine_data();
    void formatsOneLine();
    void writesOneLinePerMessageInTheDocumentedFormat();
    void namesNonMainThreads();
    void createsAMissingDirectoryAndAppends();
    void rotatesBySizeKeepingNOldFiles();
    void keepingNoOldFilesStartsAfresh();
    void concurrentThreadsWriteIntactLines();
    void chainsToThePreviousHandlerAndRestoresItWhenDestroyed();
    void unusableLocationWarnsOnceAndKeepsForwarding_data();
    void unusableLocationWarnsOnceAndKeepsForwarding();
    void aSecondLogFileIsRejected();
};

void TestLogFile::initTestCase()
{
    Test::isolateFromUserData();
}

void TestLogFile::formatsOneLine_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("thread");
    QTest::addColumn<QString>("expected");

    const QString ts = u"2026-11-18T07:06:40.123Z"_s;
    QTest::newRow("debug") << int(QtDebugMsg) << u"beholder.cache"_s << u"m"_s << QString()
                           << ts + u" D beholder.cache: m"_s;
    QTest::newRow("info") << int(QtInfoMsg) << u"beholder.cache"_s << u"opened"_s << QString()
                          << ts + u" I beholder.cache: opened"_s;
    QTest::newRow("warning") << int(QtWarningMsg) << u"beholder.sync"_s << u"slow"_s << QString()
                             << ts + u" W beholder.sync: slow"_s;
    QTest::newRow("critical") << int(QtCriticalMsg) << u"beholder.app"_s << u"x"_s << QString()
                              << ts + u" C beholder.app: x"_s;
    QTest::newRow("fatal") << int(QtFatalMsg) << u"beholder.app"_s << u"x"_s << QString()
                           << ts + u" F beholder.app: x"_s;
    QTest::newRow("worker thread") << int(QtInfoMsg) << u"beholder.async"_s << u"done"_s << u"search"_s
                                   << ts + u" I beholder.async [search]: done"_s;
    QTest::newRow("no category") << int(QtInfoMsg) << QString() << u"plain"_s << QString()
                                 << ts + u" I default: plain"_s;
    QTest::newRow("multi-line message") << int(QtWarningMsg) << u"beholder.sync"_s << u"a\nb\r\nc"_s << QString()
                                        << ts + u" W beholder.sync: a\\nb\\r\\nc"_s;
    QTest::newRow("utf-8") << int(QtInfoMsg) << u"beholder.search"_s << u"Muñoz, João"_s << QString()
                           << ts + u" I beholder.search: Muñoz, João"_s;
}

void TestLogFile::formatsOneLine()
{
    QFETCH(int, type);
    QFETCH(QString, category);
    QFETCH(QString, message);
    QFETCH(QString, thread);
    QFETCH(QString, expected);

    const QByteArray categoryUtf8 = category.toUtf8();
    const QDateTime when(QDate(2026, 11, 18), QTime(7, 6, 40, 123), Qt::UTC);
    const QString line = LogFile::formatLine(QtMsgType(type), category.isNull() ? nullptr : categoryUtf8.constData(),
                                             message, when, thread);
    QCOMPARE(line, expected);
    QVERIFY(lineFormat().match(line).hasMatch());
}

void TestLogFile::writesOneLinePerMessageInTheDocumentedFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaptureHandler capture;
    {
        LogFile log(dir.path());
        QVERIFY(log.isInstalled());
        QVERIFY(log.isWriting());
        QCOMPARE(log.filePath(), dir.filePath(u"beholder.log"_s));
        qCInfo(lcCache) << "opened cache";
        qCWarning(lcSync).noquote() << u"first line\nsecond line"_s;
        qCDebug(lcCache) << "below the Info threshold"; // not written anywhere
    }

    const QStringList lines = readLines(dir.filePath(u"beholder.log"_s));
    QCOMPARE(lines.size(), 2);

    QRegularExpressionMatch m = lineFormat().match(lines.at(0));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(0)));
    QCOMPARE(m.captured(2), u"I"_s);
    QCOMPARE(m.captured(3), u"beholder.cache"_s);
    QVERIFY(m.captured(4).isNull()); // main thread: no thread name
    QCOMPARE(m.captured(5), u"opened cache"_s);
    const QDateTime stamp = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    QVERIFY(stamp.isValid());
    QCOMPARE(stamp.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 3600); // "now", not local time mislabelled

    m = lineFormat().match(lines.at(1));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(1)));
    QCOMPARE(m.captured(2), u"W"_s);
    QCOMPARE(m.captured(3), u"beholder.sync"_s);
    QCOMPARE(m.captured(5), u"first line\\nsecond line"_s);
}

void TestLogFile::namesNonMainThreads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaptureHandler capture;
    {
        LogFile log(dir.path());
        std::unique_ptr<QThread> named(QThread::create([] { qCInfo(lcSync) << "from named"; }));
        named->setObjectName(u"sync-worker"_s);
        named->start();
        QVERIFY(named->wait(20'000));
        std::unique_ptr<QThread> unnamed(QThread::create([] { qCInfo(lcSync) << "from unnamed"; }));
        unnamed->start();
        QVERIFY(unnamed->wait(20'000));
    }
    const QStringList lines = readLines(dir.filePath(u"beholder.log"_s));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(u" I beholder.sync [sync-worker]: from named"_s), qPrintable(lines.at(0)));
    QVERIFY2(QRegularExpression(u" I beholder.sync \\[0x[0-9a-f]+\\]: from unnamed$"_s).match(lines.at(1)).hasMatch(),
             qPrintable(lines.at(1)));
}

void TestLogFile::createsAMissingDirectoryAndAppends()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logDir = dir.filePath(u"profiles/demo/logs"_s);
    CaptureHandler capture;
    {
        LogFile log(logDir);
        QVERIFY(log.isWriting());
        qCInfo(lcProfile) << "session one";
    }
    {
        LogFile log(logDir);
        qCInfo(lcProfile) << "session two";
    }
    const QStringList lines = readLines(QDir(logDir).filePath(u"beholder.log"_s));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(u"session one"_s));
    QVERIFY(lines.at(1).endsWith(u"session two"_s));
}

void TestLogFile::rotatesBySizeKeepingNOldFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr qint64 maxBytes = 1000;
    constexpr int keep = 3;
    constexpr int messages = 200; // ~60 bytes each: far more than 4 files hold
    CaptureHandler capture;
    {
        LogFile log(dir.path(), maxBytes, keep);
        for (int i = 0; i < messages; ++i)
            qCInfo(lcCache, "message %03d", i);
    }

    const QDir logDir(dir.path());
    QStringList expectedFiles{u"beholder.log"_s};
    for (int n = 1; n <= keep; ++n)
        expectedFiles << u"beholder.log.%1"_s.arg(n);
    QStringList actual = logDir.entryList(QDir::Files, QDir::Name);
    expectedFiles.sort();
    QCOMPARE(actual, expectedFiles); // .4 was never kept

    // Oldest to newest, the files hold one unbroken run of messages that
    // ends with the last one; whatever came before was dropped.
    QList<int> numbers;
    for (int n = keep; n >= 0; --n) {
        const QString path = logDir.filePath(n == 0 ? u"beholder.log"_s : u"beholder.log.%1"_s.arg(n));
        QVERIFY2(QFileInfo(path).size() <= maxBytes, qPrintable(path));
        for (const QString &line : readLines(path)) {
            const QRegularExpressionMatch m = lineFormat().match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            numbers << m.captured(5).mid(u"message "_s.size()).toInt();
        }
    }
    QVERIFY(!numbers.isEmpty());
    QCOMPARE(numbers.last(), messages - 1);
    QVERIFY(numbers.first() > 0);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
    QVERIFY(CaptureHandler::warnings().isEmpty());
}

void TestLogFile::keepingNoOldFilesStartsAfresh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaptureHandler capture;
    {
        LogFile log(dir.path(), 200, 0);
        for (int i = 0; i < 20; ++i)
            qCInfo(lcCache, "message %03d", i);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"beholder.log"_s});
    const QStringList lines = readLines(dir.filePath(u"beholder.log"_s));
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.last().endsWith(u"message 019"_s));
    QVERIFY(QFileInfo(dir.filePath(u"beholder.log"_s)).size() <= 200);
}

void TestLogFile::concurrentThreadsWriteIntactLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr int threadCount = 8;
    constexpr int perThread = 300;
    const QString payload(100, u'x'); // long lines make interleaving visible if it happens
    CaptureHandler capture;
    {
        // Small files, so rotation happens while threads are writing; enough
        // of them kept that no line is dropped.
        LogFile log(dir.path(), 64 * 1024, 20);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < threadCount; ++t) {
            threads.emplace_back(QThread::create([t, payload] {
                for (int i = 0; i < perThread; ++i)
                    qCInfo(lcSync).noquote().nospace() << "writer " << t << " line " << i << ' ' << payload;
            }));
            threads.back()->setObjectName(u"writer-%1"_s.arg(t));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60'000));
    }

    const QDir logDir(dir.path());
    QVERIFY(logDir.exists(u"beholder.log.1"_s)); // it did rotate
    const QRegularExpression body(u"^writer (\\d+) line (\\d+) (x+)$"_s);
    QSet<QString> seen;
    for (const QString &name : logDir.entryList({u"beholder.log*"_s}, QDir::Files)) {
        for (const QString &line : readLines(logDir.filePath(name))) {
            const QRegularExpressionMatch m = lineFormat().match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            const QRegularExpressionMatch b = body.match(m.captured(5));
            QVERIFY2(b.hasMatch(), qPrintable(line));
            QCOMPARE(b.captured(3), payload);
            QCOMPARE(m.captured(4), u"writer-"_s + b.captured(1)); // the thread that wrote it
            const QString key = b.captured(1) + u'/' + b.captured(2);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }
    QCOMPARE(seen.size(), threadCount * perThread);
    QCOMPARE(CaptureHandler::messages().size(), threadCount * perThread); // every message also went on
}

void TestLogFile::chainsToThePreviousHandlerAndRestoresItWhenDestroyed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CaptureHandler capture;
    {
        LogFile log(dir.path());
        qCWarning(lcApp) << "while installed";
        const QList<Captured> got = CaptureHandler::messages();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).type, QtWarningMsg);
        QCOMPARE(got.at(0).category, u"beholder.app"_s);
        QCOMPARE(got.at(0).message, u"while installed"_s);
    }

    // Uninstalled: the capture handler is the installed one again ...
    const QtMessageHandler current = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(current);
    QVERIFY(current == &captureMessage);
    // ... and later messages no longer reach the (flushed, closed) file.
    qCWarning(lcApp) << "after uninstall";
    QCOMPARE(CaptureHandler::messages().size(), 2);
    const QStringList lines = readLines(dir.filePath(u"beholder.log"_s));
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.at(0).endsWith(u"W beholder.app: while installed"_s));
}

void TestLogFile::unusableLocationWarnsOnceAndKeepsForwarding_data()
{
    QTest::addColumn<QString>("blocker"); // a path made into the wrong kind of thing
    QTest::addColumn<bool>("blockerIsDirectory");
    QTest::addColumn<QString>("logDir");
    QTest::addColumn<QString>("expectedWarning");

    // A regular file where the directory should be: mkpath fails (even as root).
    QTest::newRow("directory cannot be created")
        << u"profile"_s << false << u"profile/logs"_s << u"Cannot create the log directory"_s;
    // A directory where the log file should be: open fails.
    QTest::newRow("file cannot be opened")
        << u"logs/beholder.log"_s << true << u"logs"_s << u"Cannot open the log file"_s;
}

void TestLogFile::unusableLocationWarnsOnceAndKeepsForwarding()
{
    QFETCH(QString, blocker);
    QFETCH(bool, blockerIsDirectory);
    QFETCH(QString, logDir);
    QFETCH(QString, expectedWarning);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (blockerIsDirectory) {
        QVERIFY(QDir(dir.path()).mkpath(blocker));
    } else {
        QFile file(dir.filePath(blocker));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    CaptureHandler capture;
    {
        LogFile log(dir.filePath(logDir));
        QVERIFY(log.isInstalled());
        QVERIFY(!log.isWriting());
        for (int i = 0; i < 3; ++i)
            qCInfo(lcCache, "still reaches stderr %d", i);
        log.flush();
    }

    const QList<Captured> warnings = CaptureHandler::warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).category, u"beholder.app"_s);
    QVERIFY2(warnings.at(0).message.startsWith(expectedWarning), qPrintable(warnings.at(0).message));
    QCOMPARE(CaptureHandler::messages().size(), 4);
    QCOMPARE(CaptureHandler::messages().last().message, u"still reaches stderr 2"_s);
}

void TestLogFile::aSecondLogFileIsRejected()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    CaptureHandler capture;
    {
        LogFile active(first.path());
        {
            LogFile rejected(second.path());
            QVERIFY(!rejected.isInstalled());
            QVERIFY(!rejected.isWriting());
        }
        qCInfo(lcApp) << "still the first";
    }
    QVERIFY(!QFile::exists(second.filePath(u"beholder.log"_s)));
    const QStringList lines = readLines(first.filePath(u"beholder.log"_s));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(u"W beholder.app: A log file is already installed"_s));
    QVERIFY(lines.at(1).endsWith(u"still the first"_s));
    const QtMessageHandler current = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(current);
    QVERIFY(current == &captureMessage);
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
