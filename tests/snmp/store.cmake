# SPDX-License-Identifier: GPL-3.0-or-later
beholder_add_test(NAME tst_snmpstore SOURCES tst_snmpstore.cpp)
