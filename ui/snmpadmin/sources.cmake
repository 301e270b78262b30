# SPDX-License-Identifier: GPL-3.0-or-later
# The SNMP admin screens (SPEC §6): brands, OLTs, OIDs, jobs, executions and ONU data.
target_sources(beholder_ui PRIVATE
    snmpadmin/snmpadminactions.h snmpadmin/snmpmonitorwiring.h
    snmpadmin/snmpadminbackend.h snmpadmin/snmpadminbackend.cpp
    snmpadmin/recordtablemodel.h
    snmpadmin/recordfilterproxy.h snmpadmin/recordfilterproxy.cpp
    snmpadmin/snmpadmincolumns.h snmpadmin/snmpadmincolumns.cpp
    snmpadmin/snmptabletab.h snmpadmin/snmptabletab.cpp
    snmpadmin/snmpformdialog.h snmpadmin/snmpformdialog.cpp
    snmpadmin/branddialog.h snmpadmin/branddialog.cpp
    snmpadmin/oltdialog.h snmpadmin/oltdialog.cpp
    snmpadmin/oiddialog.h snmpadmin/oiddialog.cpp
    snmpadmin/jobdialog.h snmpadmin/jobdialog.cpp
    snmpadmin/snmpadminwindow.h snmpadmin/snmpadminwindow.cpp)
