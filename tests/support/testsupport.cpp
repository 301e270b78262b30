// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "util/appinfo.h"

#include <QStandardPaths>

namespace Beholder::Test {

void isolateFromUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    initApplicationIdentity();
    qunsetenv("BEHOLDER_DATA_DIR");
}

} // namespace Beholder::Test
