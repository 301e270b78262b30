// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string is translated (SPEC §8): lupdate scans core/, ui/
// and app/ into copies of the committed catalogues, exactly as
// `cmake --build <dir> --target update_translations` would, and no Spanish or
// Portuguese entry may come out unfinished (English keeps only its plural
// forms, which must be finished too). A new tr() without a translation fails
// here, with the texts to translate. Also: the language chosen by locale.
#include "i18n/language.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Unfinished
{
    int total = 0;
    QStringList samples; // "Context: source"
};

Unfinished unfinishedIn(const QString &tsFile)
{
    Unfinished result;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {-1, {u"cannot read "_s + tsFile}};
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && xml.attributes().value(u"type"_s) == u"unfinished") {
            ++result.total;
            if (result.samples.size() < 25)
                result.samples << u"%1: %2"_s.arg(context, source);
        }
    }
    if (xml.hasError())
        return {-1, {u"%1: %2"_s.arg(tsFile, xml.errorString())}};
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_haveNoUnfinishedEntry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("es") << u"es"_s << false;
        QTest::newRow("pt_BR") << u"pt_BR"_s << false;
        QTest::newRow("en (plural forms)") << u"en"_s << true;
    }

    void catalogues_haveNoUnfinishedEntry()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        const QDir source(QStringLiteral(BEHOLDER_SOURCE_DIR));
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString committed = source.filePath(u"translations/beholder_%1.ts"_s.arg(language));
        const QString copy = work.filePath(QFileInfo(committed).fileName());
        QVERIFY2(QFile::copy(committed, copy), qPrintable(committed));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments{source.filePath(u"core"_s),
                              source.filePath(u"ui"_s),
                              source.filePath(u"app"_s),
                              u"-extensions"_s,
                              u"cpp,h"_s,
                              u"-no-obsolete"_s,
                              u"-locations"_s,
                              u"none"_s};
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(BEHOLDER_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString log = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(log));
        // A tr() lupdate cannot file under the context the code uses is a string nobody sees translated.
        QVERIFY2(!log.contains(u"lacks Q_OBJECT"_s), qPrintable(log));

        const Unfinished unfinished = unfinishedIn(copy);
        QVERIFY2(unfinished.total == 0,
                 qPrintable(u"%1 unfinished %2 entries (run the update_translations target, translate, commit):\n%3"_s
                                .arg(unfinished.total)
                                .arg(language, unfinished.samples.join(u'\n'))));
        // And the committed file is what lupdate writes: nothing new waits to be merged. (With -pluralonly
        // lupdate counts every other text as new before it strips them.)
        if (!pluralOnly)
            QVERIFY2(log.contains(u"(0 new"_s), qPrintable(log));
    }

    void languageByLocale_spanishUnlessPortugueseOrEnglish()
    {
        QCOMPARE(languageForLocale(QLocale(u"es_AR"_s)), u"es"_s);
        QCOMPARE(languageForLocale(QLocale(u"pt_BR"_s)), u"pt_BR"_s);
        QCOMPARE(languageForLocale(QLocale(u"pt_PT"_s)), u"pt_BR"_s);
        QCOMPARE(languageForLocale(QLocale(u"en_US"_s)), u"en"_s);
        QCOMPARE(languageForLocale(QLocale(u"de_DE"_s)), u"es"_s); // unknown: this user base's language
        QCOMPARE(languageForLocale(QLocale::c()), u"es"_s);
        QCOMPARE(resolveLanguage(u"pt_BR"_s, QLocale(u"es_AR"_s)), u"pt_BR"_s);
        QCOMPARE(resolveLanguage(u"klingon"_s, QLocale(u"en_GB"_s)), u"en"_s);
        QCOMPARE(resolveLanguage(QString(), QLocale(u"es_MX"_s)), u"es"_s);
    }

    void preference_roundTripsThroughBeholderIni()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"beholder.ini"_s);
        QCOMPARE(storedLanguagePreference(ini), QString());
        storeLanguagePreference(ini, u"pt_BR"_s);
        QCOMPARE(storedLanguagePreference(ini), u"pt_BR"_s);
        storeLanguagePreference(ini, QString());
        QCOMPARE(storedLanguagePreference(ini), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
