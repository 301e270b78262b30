// SPDX-License-Identifier: GPL-3.0-or-later
// Shared test fixtures: isolated data directories and small, hand-made
// datasets whose every row a test can reason about.
#pragma once

#include "model/entities.h"

#include <QString>
#include <QTemporaryDir>

namespace Beholder::Test {

// Puts QStandardPaths in test mode and sets the application identity, so
// that no test ever reads or writes the user's real profiles. Call it from
// initTestCase().
void isolateFromUserData();

// The current time the fixtures are stamped with (fixed, so results are reproducible).
constexpr UnixTime fixtureNow = 1'795'000'000; // 2026-11-18T07:06:40Z

} // namespace Beholder::Test
