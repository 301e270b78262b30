# SPDX-License-Identifier: GPL-3.0-or-later
# Installers (SPEC §8 "Installable"): desktop integration, the Windows
# resources and deployment, and CPack for a Debian package (DEB) and a Windows
# installer (NSIS). How to build them: installer/README.md. The programs' own
# install() rules live in app/gui and app/cli; nothing under tests/ or bench/
# is installed (scripts/check-package.sh fails if anything else gets in).
include(GNUInstallDirs)

# The reverse-DNS id of the desktop entry, the AppStream file and the icon. It
# is what Qt's Wayland plugin derives from the organisation domain and the
# program name (beholder.app + beholder) when no desktop file name is set.
set(BEHOLDER_APP_ID "app.beholder.beholder")
set(BEHOLDER_PACKAGE_MAINTAINER "The Beholder developers <maintainers@beholder.app>"
    CACHE STRING "Maintainer written into the packages")

# The about box says which build this is and where the project lives.
if(TARGET beholder_ui)
    set_source_files_properties(${PROJECT_SOURCE_DIR}/ui/aboutdialog.cpp TARGET_DIRECTORY beholder_ui
        PROPERTIES COMPILE_DEFINITIONS
        "BEHOLDER_BUILD_TYPE=\"$<CONFIG>\";BEHOLDER_HOMEPAGE=\"${PROJECT_HOMEPAGE_URL}\"")
endif()

# --- The icon, rendered from resources/icons/beholder.svg at build time -------
# beholder_iconrender draws it with Qt's own SVG plugin (Debian: libqt6svg6,
# which the console needs anyway), so no image tool is needed.
set(_beholder_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/beholder.svg)
set(_beholder_icon_dir ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(_beholder_png_sizes 48 128 256)
set(_beholder_icon_outputs)
set(_beholder_icon_arguments)
if(TARGET beholder AND NOT CMAKE_CROSSCOMPILING)
    qt_add_executable(beholder_iconrender ${PROJECT_SOURCE_DIR}/installer/tools/iconrender.cpp)
    set_target_properties(beholder_iconrender PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
    target_link_libraries(beholder_iconrender PRIVATE Qt6::Gui beholder_common_cfg)
    if(UNIX AND NOT APPLE)
        foreach(size IN LISTS _beholder_png_sizes)
            list(APPEND _beholder_icon_outputs ${_beholder_icon_dir}/${size}/${BEHOLDER_APP_ID}.png)
            list(APPEND _beholder_icon_arguments ${size}:${_beholder_icon_dir}/${size}/${BEHOLDER_APP_ID}.png)
        endforeach()
    endif()
    if(WIN32)
        set(BEHOLDER_ICO ${_beholder_icon_dir}/beholder.ico)
        list(APPEND _beholder_icon_outputs ${BEHOLDER_ICO})
        list(APPEND _beholder_icon_arguments 16,20,24,32,40,48,64,128,256:${BEHOLDER_ICO})
        # The freshly built tool needs Qt's DLLs, which sit in Qt's bin folder.
        set(_beholder_run_env --modify "PATH=path_list_prepend:${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    set(_beholder_icon_dirs)
    foreach(output IN LISTS _beholder_icon_outputs)
        get_filename_component(_dir ${output} DIRECTORY)
        list(APPEND _beholder_icon_dirs ${_dir})
    endforeach()
    list(REMOVE_DUPLICATES _beholder_icon_dirs)
    add_custom_command(OUTPUT ${_beholder_icon_outputs}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_beholder_icon_dirs}
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${_beholder_run_env}
                $<TARGET_FILE:beholder_iconrender> ${_beholder_icon_svg} ${_beholder_icon_arguments}
        DEPENDS beholder_iconrender ${_beholder_icon_svg}
        COMMENT "Rendering the application icon for the installers"
        VERBATIM)
    add_custom_target(beholder_icons ALL DEPENDS ${_beholder_icon_outputs})
endif()

# --- Linux: desktop entry, icons, AppStream, Debian copyright ----------------
if(UNIX AND NOT APPLE AND TARGET beholder)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${BEHOLDER_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${PROJECT_SOURCE_DIR}/resources/linux/${BEHOLDER_APP_ID}.metainfo.xml.in
        ${CMAKE_CURRENT_BINARY_DIR}/${BEHOLDER_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${BEHOLDER_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_beholder_icon_svg}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${BEHOLDER_APP_ID}.svg)
    foreach(size IN LISTS _beholder_png_sizes)
        if("${_beholder_icon_dir}/${size}/${BEHOLDER_APP_ID}.png" IN_LIST _beholder_icon_outputs)
            install(FILES ${_beholder_icon_dir}/${size}/${BEHOLDER_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endif()
    endforeach()
    # Debian wants the licence next to every package's documentation.
    install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/beholder)
endif()

# --- Windows: version resources, Qt deployment, other DLLs --------------------
if(WIN32)
    # Version information and the icon in beholder.exe and beholder-cli.exe.
    foreach(_program IN ITEMS beholder beholder-cli)
        if(NOT TARGET ${_program})
            continue()
        endif()
        set(BEHOLDER_RC_NAME ${_program})
        set(BEHOLDER_RC_FILENAME ${_program}.exe)
        set(BEHOLDER_RC_DESCRIPTION "Beholder: ${PROJECT_DESCRIPTION}")
        if(_program STREQUAL "beholder-cli")
            set(BEHOLDER_RC_DESCRIPTION "Beholder command line")
        endif()
        set(BEHOLDER_RC_ICON ${BEHOLDER_ICO})
        set(_rc ${CMAKE_CURRENT_BINARY_DIR}/windows/${_program}.rc)
        configure_file(${PROJECT_SOURCE_DIR}/installer/windows/beholder.rc.in ${_rc} @ONLY)
        if(BEHOLDER_ICO)
            target_sources(${_program} PRIVATE ${_rc})
            set_source_files_properties(${_rc} TARGET_DIRECTORY ${_program} PROPERTIES OBJECT_DEPENDS ${BEHOLDER_ICO})
            add_dependencies(${_program} beholder_icons)
        endif()
    endforeach()

    # windeployqt, at install time: Qt's DLLs, plugins (platforms, styles, SQLite,
    # SVG, TLS) and Qt's own translations, next to beholder.exe (Qt 6.4 API).
    if(TARGET beholder)
        qt_generate_deploy_app_script(TARGET beholder FILENAME_VARIABLE _beholder_deploy_script)
        install(SCRIPT ${_beholder_deploy_script})
    endif()

    # The DLLs that are not Qt's: QtKeychain, Net-SNMP and whatever they need,
    # found in these folders (default: <prefix>/bin of every CMAKE_PREFIX_PATH entry).
    set(_beholder_default_dll_dirs)
    foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND _beholder_default_dll_dirs ${_prefix}/bin)
    endforeach()
    set(BEHOLDER_WINDOWS_DLL_DIRS "${_beholder_default_dll_dirs}"
        CACHE STRING "Folders holding the non-Qt DLLs to ship (QtKeychain, Net-SNMP)")
    set(BEHOLDER_WINDOWS_EXTRA_DLLS "" CACHE STRING
        "DLLs loaded at run time that no import table names, shipped as they are (e.g. OpenSSL's libssl-3-x64.dll)")
    install(RUNTIME_DEPENDENCY_SET beholder_runtime
        # The system's own, and Qt's (windeployqt installs those).
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6[A-Z][A-Za-z]*d?\\.dll$"
        POST_EXCLUDE_REGEXES "[Ss]ystem32/" "[Ww]in[Ss]x[Ss]/"
        DIRECTORIES ${BEHOLDER_WINDOWS_DLL_DIRS}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    if(BEHOLDER_WINDOWS_EXTRA_DLLS)
        install(FILES ${BEHOLDER_WINDOWS_EXTRA_DLLS} DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

# --- CPack -------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "beholder")
set(CPACK_PACKAGE_VENDOR "The Beholder developers")
set(CPACK_PACKAGE_CONTACT "${BEHOLDER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 columns, as Debian's long descriptions are shown.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Beholder finds any customer of an Internet provider from any fragment (name,"
    "ID, phone, address, PPPoE user, ONU serial, MAC, IP) in milliseconds, from a"
    "local SQLite cache per ISP that keeps working offline, and shows their CRM"
    "account, plan, router, ONU or antenna, tickets and alarms on one screen."
    "A diagnosis asks the MikroTik router, SmartOLT, cnMaestro and the OLTs (SNMP)"
    "in parallel and says whether to send a technician, and why."
    "Includes beholder-cli, the same engine for scripts and chatbots."
    "In Spanish, Brazilian Portuguese and English.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Beholder")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/installer/windows/license.txt)
# CPACK_STRIP_FILES: the ci and dev builds are RelWithDebInfo; the package carries no debug info.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "Beholder-${PROJECT_VERSION}-win64")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Beholder")
    # A Start-menu shortcut "Beholder" to bin\beholder.exe, and one on the desktop.
    set(CPACK_PACKAGE_EXECUTABLES "beholder;Beholder")
    set(CPACK_CREATE_DESKTOP_LINKS "beholder")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_PACKAGE_NAME "Beholder")
    set(CPACK_NSIS_DISPLAY_NAME "Beholder ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\beholder.exe")
    if(BEHOLDER_ICO)
        set(CPACK_NSIS_MUI_ICON ${BEHOLDER_ICO})
        set(CPACK_NSIS_MUI_UNIICON ${BEHOLDER_ICO})
    endif()
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_CONTACT "${BEHOLDER_PACKAGE_MAINTAINER}")
    # An older version is uninstalled first (its uninstaller is asked), so upgrades do not mix files.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "beholder.exe")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Beholder")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_NAME "beholder")
    # DEB-DEFAULT: beholder_<version>_<arch>.deb, as Debian names its packages.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BEHOLDER_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # dpkg-shlibdeps turns the linked libraries into versioned dependencies
    # (Qt 6 Core/Gui/Widgets/Network/Sql/Charts/DBus, QtKeychain, Net-SNMP, ...).
    # It cannot see what Qt loads as plugins at run time, hence:
    # libqt6sql6-sqlite: the cache (QSQLITE driver); libqt6svg6: every icon.
    # The xcb platform plugin is in libqt6gui6 on Debian 12, which shlibdeps finds;
    # qt6-qpa-plugins holds only the VNC and TUIO plugins and is not needed.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    # Qt's own catalogues (qtbase_es.qm: standard buttons and dialogs; ours are built in);
    # a Secret Service for the keychain (QtKeychain also speaks to KWallet directly).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | keepassxc | libkf5wallet-bin")
    # With snmpsimd installed, the demo ISP's OLTs answer SNMP.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "snmpsim")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
