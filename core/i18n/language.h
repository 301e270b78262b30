// SPDX-License-Identifier: GPL-3.0-or-later
// The languages Beholder speaks and which one a desktop gets: Spanish for this
// user base (and for any locale we have no translation for), Brazilian
// Portuguese, English. The choice is per desktop (beholder.ini), not per profile.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Beholder {

struct Language
{
    QString code;       // "es", "pt_BR", "en": the suffix of beholder_<code>.qm
    QString nativeName; // "Español", shown in the language's own words
};

QList<Language> availableLanguages();

// The default: Portuguese locales get pt_BR, English ones en, everything else
// (Spanish included) es.
QString languageForLocale(const QLocale &locale);

// `preference` is a code from availableLanguages() or empty (follow the
// system). An unknown code falls back to the system's language.
QString resolveLanguage(const QString &preference, const QLocale &system = QLocale::system());

// The stored preference of the desktop whose global settings file is `iniFile`
// ("" = follow the system).
QString storedLanguagePreference(const QString &iniFile);
void storeLanguagePreference(const QString &iniFile, const QString &code);

// Loads Beholder's translation for `code` (built into the binary) and Qt's own
// (qtbase_<code>.qm from Qt's translations folder or the application's
// "translations" folder beside it) into `app`, and sets the default QLocale so
// numbers and dates follow. English needs no catalogue for Beholder's strings
// but still gets its plural forms. Returns false when Beholder's catalogue is
// missing (the strings then stay in English).
bool installTranslations(QCoreApplication &app, const QString &code);

} // namespace Beholder
