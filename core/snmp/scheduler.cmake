# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(beholder_core PRIVATE snmpjobtypes.h snmpjobtypes.cpp executionjournal.h snmprunner.h snmpscheduler.h
                                     snmpscheduler.cpp)
