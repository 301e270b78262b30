# SPDX-License-Identifier: GPL-3.0-or-later
# The simulated ISP: the dataset rendered into each vendor's JSON, the three
# REST APIs served over the HTTP server, the RouterOS feeds, and the facade.
target_sources(beholder_sim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/simulatoroptions.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonwriter.h ${CMAKE_CURRENT_LIST_DIR}/jsonwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simformat.h ${CMAKE_CURRENT_LIST_DIR}/simformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simdataset.h ${CMAKE_CURRENT_LIST_DIR}/simdataset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ispcuberenderer.h ${CMAKE_CURRENT_LIST_DIR}/ispcuberenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/smartoltrenderer.h ${CMAKE_CURRENT_LIST_DIR}/smartoltrenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cnmaestrorenderer.h ${CMAKE_CURRENT_LIST_DIR}/cnmaestrorenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hourlybudget.h ${CMAKE_CURRENT_LIST_DIR}/hourlybudget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tokenstore.h ${CMAKE_CURRENT_LIST_DIR}/tokenstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apirequest.h ${CMAKE_CURRENT_LIST_DIR}/apirequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ispcubeapi.h ${CMAKE_CURRENT_LIST_DIR}/ispcubeapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/smartoltapi.h ${CMAKE_CURRENT_LIST_DIR}/smartoltapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cnmaestroapi.h ${CMAKE_CURRENT_LIST_DIR}/cnmaestroapi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routerfeed.h ${CMAKE_CURRENT_LIST_DIR}/routerfeed.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simulatorengine.h ${CMAKE_CURRENT_LIST_DIR}/simulatorengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/simulator.h ${CMAKE_CURRENT_LIST_DIR}/simulator.cpp)
