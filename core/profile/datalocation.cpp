// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Beholder {

QString resolveDataDirectory(const QString &explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(dataDirEnvironmentVariable);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace Beholder
