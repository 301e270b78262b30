# SPDX-License-Identifier: GPL-3.0-or-later
# The simulated OLTs' SNMP side: the OLT model, snmpsim recordings in each vendor's layout, the demo ISP's
# OLTs as recordings, and snmpsimd serving them.
target_sources(beholder_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/simolt.h ${CMAKE_CURRENT_LIST_DIR}/simolt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/snmprecwriter.h ${CMAKE_CURRENT_LIST_DIR}/snmprecwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demorecordings.h ${CMAKE_CURRENT_LIST_DIR}/demorecordings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/snmpsimagent.h ${CMAKE_CURRENT_LIST_DIR}/snmpsimagent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demosnmp.h ${CMAKE_CURRENT_LIST_DIR}/demosnmp.cpp)
