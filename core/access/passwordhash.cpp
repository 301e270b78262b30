// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace Beholder::Access::PasswordHash {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString scheme = u"pbkdf2-sha256"_s;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations, int keyLength)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              quint64(keyLength));
}

// Every byte is compared whatever the differences found, so the time says nothing about where they are.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString hash(const QString &password, int iterations)
{
    Q_ASSERT(iterations >= minimumIterations && iterations <= maximumIterations);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const QByteArray key = derive(password, salt, iterations, keyBytes);
    return u"%1$%2$%3$%4"_s.arg(scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

std::optional<Parameters> parse(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < minimumIterations || iterations > maximumIterations)
        return std::nullopt;
    const auto decode = [](const QString &text) -> std::optional<QByteArray> {
        const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.isEmpty())
            return std::nullopt;
        return result.decoded;
    };
    const std::optional<QByteArray> salt = decode(parts.at(2));
    const std::optional<QByteArray> key = decode(parts.at(3));
    // A salt under 8 bytes or a key under 16 was not written by us.
    if (!salt || !key || salt->size() < 8 || key->size() < 16 || key->size() > 64)
        return std::nullopt;
    return Parameters{iterations, *salt, *key};
}

bool verify(const QString &password, const QString &encoded)
{
    const std::optional<Parameters> parameters = parse(encoded);
    if (!parameters)
        return false;
    const QByteArray key = derive(password, parameters->salt, parameters->iterations, int(parameters->key.size()));
    return constantTimeEquals(key, parameters->key);
}

bool needsRehash(const QString &encoded, int iterations)
{
    const std::optional<Parameters> parameters = parse(encoded);
    return !parameters || parameters->iterations != iterations || parameters->salt.size() != saltBytes
        || parameters->key.size() != keyBytes;
}

} // namespace Beholder::Access::PasswordHash
