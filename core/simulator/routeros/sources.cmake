# SPDX-License-Identifier: GPL-3.0-or-later
# The simulated MikroTik router: a RouterOS API server on the product's own codec.
target_sources(beholder_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/routerosserver.h ${CMAKE_CURRENT_LIST_DIR}/routerosserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routerosquery.h ${CMAKE_CURRENT_LIST_DIR}/routerosquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routerostraffic.h ${CMAKE_CURRENT_LIST_DIR}/routerostraffic.cpp)
