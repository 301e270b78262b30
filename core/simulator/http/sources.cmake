# SPDX-License-Identifier: GPL-3.0-or-later
# The simulator's HTTP/1.1 server (ISPCube, SmartOLT and cnMaestro are served on it).
target_sources(beholder_sim PRIVATE ${CMAKE_CURRENT_LIST_DIR}/httpserver.h ${CMAKE_CURRENT_LIST_DIR}/httpserver.cpp)
