// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QDir>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

Profile::Profile(const QString &name, const QString &dataDirectory)
    : m_name(name)
    , m_directory(QDir(dataDirectory).filePath(u"profiles/"_s + name))
{ }

bool Profile::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    const auto isAlphanumeric = [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9');
    };
    if (!isAlphanumeric(name.front()))
        return false;
    for (const QChar ch : name) {
        if (!isAlphanumeric(ch) && ch != u'-' && ch != u'_')
            return false;
    }
    return true;
}

QString Profile::nameError(const QString &name)
{
    if (isValidName(name))
        return {};
    return QCoreApplication::translate("Profile",
                                       "\"%1\" is not a valid profile name: use 1 to 64 letters, digits, '-' or '_', "
                                       "starting with a letter or digit")
        .arg(name.left(80));
}

QString Profile::demoName()
{
    return u"demo"_s;
}

QString Profile::cacheFile() const
{
    return QDir(m_directory).filePath(u"cache.sqlite"_s);
}

QString Profile::settingsFile() const
{
    return QDir(m_directory).filePath(u"settings.ini"_s);
}

QString Profile::logDirectory() const
{
    return QDir(m_directory).filePath(u"logs"_s);
}

} // namespace Beholder
