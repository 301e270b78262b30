// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretprompt.h"

#include <QEventLoop>

namespace Beholder::Cli {

CredentialError writeSecretsAndWait(CredentialStore &store, const QHash<QString, QString> &secrets)
{
    CredentialError failure;
    QEventLoop loop;
    int pending = 0;
    // One after another: a locked keychain then prompts once, and a failure stops the rest.
    QStringList keys = secrets.keys();
    keys.sort();
    std::function<void(qsizetype)> writeFrom = [&](qsizetype index) {
        if (index >= keys.size()) {
            loop.quit();
            return;
        }
        ++pending;
        store.write(keys.at(index), secrets.value(keys.at(index)), &loop, [&, index](const CredentialError &error) {
            --pending;
            if (error.isError()) {
                failure = error;
                loop.quit();
                return;
            }
            writeFrom(index + 1);
        });
    };
    writeFrom(0);
    if (!keys.isEmpty())
        loop.exec();
    return failure;
}

SecretsResult readSecretsAndWait(CredentialStore &store, const QStringList &keys)
{
    SecretsResult result;
    QEventLoop loop;
    readSecrets(&store, keys, &loop, [&](const SecretsResult &read) {
        result = read;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user;
}

} // namespace Beholder::Cli
