# SPDX-License-Identifier: GPL-3.0-or-later
beholder_add_test(NAME tst_snmprecording SOURCES tst_snmprecording.cpp LIBS beholder_sim LABELS simulator TIMEOUT 120)
