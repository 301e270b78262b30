#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# core/ is presentation-free: no Qt Gui, Widgets or Charts in its sources or
# its CMake files (the configure step checks the link line as well).
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE '#include <(QtWidgets|QtGui|QtCharts|QWidget|QApplication|QGuiApplication|QIcon|QColor|QPixmap|QFont)|Qt6?::(Widgets|Charts|Gui)' core; then
    echo "core/ must not use Qt Gui, Widgets or Charts (see above)" >&2
    exit 1
fi
echo "core/ is headless"
