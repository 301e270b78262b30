# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(beholder_core PRIVATE snmpjobtypes.h snmpjobtypes.cpp executionjournal.h snmprunner.h snmpscheduler.h
                                     snmpscheduler.cpp)
target_sources(beholder_core PRIVATE storejournal.h storejournal.cpp oltpoller.h oltpoller.cpp snmpseed.h snmpseed.cpp
                                     snmpmonitor.h snmpmonitor.cpp)
