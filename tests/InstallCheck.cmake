# Installs the build into a scratch prefix and checks that the desktop app, the command
# line, the launcher entry, the icon and the translations land where desktops look.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE installed
                OUTPUT_QUIET)
if(NOT installed EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${installed})")
endif()
foreach(file bin/casebook bin/casebook-cli share/applications/casebook.desktop
             share/icons/hicolor/scalable/apps/casebook.svg share/casebook/translations/casebook_en_GB.qm)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()
file(READ "${PREFIX}/share/applications/casebook.desktop" entry)
if(NOT entry MATCHES "Exec=casebook" OR NOT entry MATCHES "Icon=casebook")
  message(FATAL_ERROR "casebook.desktop does not start casebook with its icon")
endif()
execute_process(COMMAND "${PREFIX}/bin/casebook-cli" --version RESULT_VARIABLE ran OUTPUT_VARIABLE version)
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the installed casebook-cli does not run")
endif()
