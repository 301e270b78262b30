// SPDX-License-Identifier: GPL-3.0-or-later
// One ISP: its own folder with its cache, its settings and its logs, so that
// two ISPs side by side never see each other's data.
#pragma once

#include <QString>

namespace Beholder {

class Profile final
{
public:
    Profile() = default;
    Profile(const QString &name, const QString &dataDirectory);

    // Profile names become folder names (and keychain namespaces later):
    // 1 to 64 letters, digits, '-' and '_', starting with a letter or digit
    // (so that a name can never be mistaken for a command-line option).
    static bool isValidName(const QString &name);
    // Why `name` is not valid, for the operator; empty when it is valid.
    static QString nameError(const QString &name);
    static QString demoName();

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    QString directory() const { return m_directory; }
    QString cacheFile() const;
    QString settingsFile() const;
    QString logDirectory() const;

private:
    QString m_name;
    QString m_directory;
};

} // namespace Beholder
