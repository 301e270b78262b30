// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalize.h"

#include <QHostAddress>

namespace Beholder::Text {

QString fold(const QString &text)
{
    // NFD splits "é" into "e" + U+0301; dropping the combining marks leaves the base letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(ch.toLower());
    }
    return folded;
}

QString normalizeMac(const QString &text)
{
    QString hex;
    hex.reserve(12);
    for (const QChar ch : text) {
        if (ch == u':' || ch == u'-' || ch == u'.' || ch == u' ')
            continue;
        if (!ch.isDigit() && !(ch.toLower() >= u'a' && ch.toLower() <= u'f'))
            return {};
        if (hex.size() == 12)
            return {};
        hex.append(ch.toLower());
    }
    return hex.size() == 12 ? hex : QString();
}

QString formatMac(const QString &text)
{
    const QString hex = normalizeMac(text);
    if (hex.isEmpty())
        return {};
    QString formatted;
    formatted.reserve(17);
    for (int i = 0; i < 12; i += 2) {
        if (i > 0)
            formatted.append(u':');
        formatted.append(hex.mid(i, 2).toUpper());
    }
    return formatted;
}

QString digitsOnly(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar ch : text) {
        if (ch >= u'0' && ch <= u'9')
            digits.append(ch);
    }
    return digits;
}

bool isIpv4Address(const QString &text)
{
    if (text.count(u'.') != 3)
        return false;
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace Beholder::Text
