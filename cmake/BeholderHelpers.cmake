# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide build helpers. Settings live on targets, never on directories.

# Compile definitions and warnings shared by every Beholder target.
add_library(beholder_common_cfg INTERFACE)
target_compile_definitions(beholder_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(beholder_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
elseif(MSVC)
    target_compile_options(beholder_common_cfg INTERFACE /W4 /permissive- /utf-8)
endif()

# beholder_add_test(NAME name SOURCES a.cpp ... [LIBS lib ...] [ENV "K=V" ...] [TIMEOUT s]
#                   [LAUNCHER command])
#
# Builds one Qt Test executable and registers it with CTest. Tests run
# offscreen, in a UTF-8 locale, and never touch the user's real data
# (QStandardPaths test mode is set by the test support library).
function(beholder_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT;LAUNCHER" "SOURCES;LIBS;ENV;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE beholder_common_cfg beholder_testsupport Qt6::Test ${ARG_LIBS})
    # A launcher wraps the run, e.g. scripts/with-keyring.sh for a private keychain.
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # Tests that need no widgets are "core" tests: the sanitizer preset runs those.
    if(NOT "beholder_ui" IN_LIST ARG_LIBS AND NOT "style" IN_LIST ARG_LABELS)
        list(APPEND ARG_LABELS core)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=beholder.*.debug=false;${ARG_ENV}")
endfunction()

# The core library must stay presentation-free so that it can be tested
# without a display and reused by beholder-cli. Fail the configure step if
# anyone links Widgets or Charts into it.
function(beholder_assert_core_is_headless target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    get_target_property(_ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs _ilibs)
        if(_lib MATCHES "Widgets|Charts|OpenGL|Gui$")
            message(FATAL_ERROR "${target} links ${_lib}: core/ must not depend on Qt Gui, Widgets or Charts")
        endif()
    endforeach()
endfunction()
