// SPDX-License-Identifier: GPL-3.0-or-later
// Every keychain key a profile may have written: the sources' fixed keys, one
// password per router of its settings.ini and the SNMP secrets of each OLT in
// its cache. QtKeychain cannot list a namespace, so moving or deleting a
// profile's secrets starts from this list.
#pragma once

#include <QStringList>

namespace Beholder {

class Profile;

QStringList profileSecretKeys(const Profile &profile);

} // namespace Beholder
