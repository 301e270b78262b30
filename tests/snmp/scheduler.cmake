# SPDX-License-Identifier: GPL-3.0-or-later
beholder_add_test(NAME tst_snmpscheduler SOURCES tst_snmpscheduler.cpp)
beholder_add_test(NAME tst_snmpmonitor SOURCES tst_snmpmonitor.cpp LIBS beholder_sim LABELS simulator TIMEOUT 180)
