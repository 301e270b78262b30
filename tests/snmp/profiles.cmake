# SPDX-License-Identifier: GPL-3.0-or-later
# Vendor profiles, PON ifIndex layouts, fingerprinting and ONU decoding: pure code, no agent needed.
beholder_add_test(NAME tst_vendorprofile SOURCES tst_vendorprofile.cpp)
