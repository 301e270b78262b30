// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "beholder_version.h"

#include <QCoreApplication>

namespace Beholder {

void initApplicationIdentity()
{
    // No organisation name: AppDataLocation becomes <GenericData>/beholder,
    // e.g. ~/.local/share/beholder or %APPDATA%/beholder.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("beholder.app"));
    QCoreApplication::setApplicationName(QStringLiteral("beholder"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(BEHOLDER_VERSION);
}

} // namespace Beholder
