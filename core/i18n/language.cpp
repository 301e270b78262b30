// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

namespace {

constexpr auto languageKey = "ui/language";

bool isAvailable(const QString &code)
{
    const QList<Language> languages = availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(), [&](const Language &l) { return l.code == code; });
}

// Qt's own strings (dialog buttons, context menus of line edits). Debian ships
// them in qt6-translations-l10n; windeployqt copies them beside the binary.
bool loadQtCatalogue(QTranslator &translator, const QString &code)
{
    const QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QDir(QCoreApplication::applicationDirPath()).filePath(u"translations"_s)};
    for (const QString &folder : folders) {
        if (translator.load(u"qtbase_"_s + code, folder))
            return true;
    }
    return false;
}

} // namespace

QList<Language> availableLanguages()
{
    return {{u"es"_s, u"Español"_s}, {u"pt_BR"_s, u"Português (Brasil)"_s}, {u"en"_s, u"English"_s}};
}

QString languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Portuguese:
        return u"pt_BR"_s;
    case QLocale::English:
        return u"en"_s;
    default:
        return u"es"_s;
    }
}

QString resolveLanguage(const QString &preference, const QLocale &system)
{
    if (!preference.isEmpty() && isAvailable(preference))
        return preference;
    return languageForLocale(system);
}

QString storedLanguagePreference(const QString &iniFile)
{
    const QSettings settings(iniFile, QSettings::IniFormat);
    return settings.value(QLatin1StringView(languageKey)).toString();
}

void storeLanguagePreference(const QString &iniFile, const QString &code)
{
    QSettings settings(iniFile, QSettings::IniFormat);
    if (code.isEmpty())
        settings.remove(QLatin1StringView(languageKey));
    else
        settings.setValue(QLatin1StringView(languageKey), code);
}

bool installTranslations(QCoreApplication &app, const QString &code)
{
    QLocale::setDefault(QLocale(code));
    auto *qt = new QTranslator(&app);
    if (code != u"en" && loadQtCatalogue(*qt, code))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    if (!own->load(u":/i18n/beholder_"_s + code + u".qm"_s)) {
        qCWarning(lcApp) << "no Beholder translation for" << code << "- strings stay in English";
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace Beholder
