# SPDX-License-Identifier: GPL-3.0-or-later
# Tools > Settings: the profile's sources, routers, TLS exceptions, nightly sync, language.
target_sources(beholder_ui PRIVATE
    settings/settingsdialog.h settings/settingsdialog.cpp
    settings/sourcepage.h settings/sourcepage.cpp
    settings/routerspage.h settings/routerspage.cpp
    settings/tlspage.h settings/tlspage.cpp
    settings/connectiontestview.h settings/connectiontestview.cpp)
