# Direct SQLite binding for ChangeWriter's bulk inserts (core/sqlitedirect.h,
# docs/ARCHITECTURE.md "Direct SQLite binding"). It is built only where this script sees
# Qt's SQLite driver plugin call into the very SQLite shared library that core links:
#   - find_package(SQLite3) gives the library core would link; readelf gives its SONAME;
#   - the plugin (Qt6::QSQLiteDriverPlugin) must list that SONAME as DT_NEEDED and leave
#     sqlite3_open_v2 undefined in its dynamic symbols (it calls SQLite, it does not carry
#     a copy of its own), and define no sqlite3_ function itself.
# Anything else (no readelf: not an ELF platform such as Windows, where Qt's driver bundles
# its own SQLite; no SQLite development files; another SONAME) builds the Qt path only.
# -DQAYTISH_SQLITE_DIRECT=OFF forces the Qt path. The program checks again at run time.
option(QAYTISH_SQLITE_DIRECT
       "Bind bulk inserts through SQLite's C API where Qt's SQLite driver is proven to use the same library"
       ON)

set(QAYTISH_SQLITE_DIRECT_BUILT OFF)
set(_reason "switched off (-DQAYTISH_SQLITE_DIRECT=OFF)")
if(QAYTISH_SQLITE_DIRECT)
    find_package(SQLite3 QUIET)
    if(NOT TARGET Qt6::QSQLiteDriverPlugin AND Qt6Sql_DIR)
        # Some distributions ship the plugin's CMake files without Qt6SqlPlugins.cmake,
        # which would load them with Qt6Sql.
        find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET PATHS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
    endif()
    if(NOT SQLite3_FOUND)
        set(_reason "no SQLite development files (sqlite3.h, libsqlite3)")
    elseif(NOT TARGET Qt6::QSQLiteDriverPlugin)
        set(_reason "CMake does not know Qt's SQLite driver plugin")
    elseif(NOT CMAKE_READELF)
        set(_reason "no readelf: the driver plugin's links cannot be read on this platform")
    else()
        get_target_property(_plugin Qt6::QSQLiteDriverPlugin LOCATION)
        get_filename_component(_library "${SQLite3_LIBRARY}" REALPATH)
        execute_process(COMMAND "${CMAKE_READELF}" -d "${_library}"
                        OUTPUT_VARIABLE _library_dynamic RESULT_VARIABLE _library_rc
                        ERROR_QUIET)
        execute_process(COMMAND "${CMAKE_READELF}" -W -d --dyn-syms "${_plugin}"
                        OUTPUT_VARIABLE _plugin_dynamic RESULT_VARIABLE _plugin_rc
                        ERROR_QUIET)
        string(REGEX MATCH "\\(SONAME\\)[^\n]*\\[([^]\n]+)\\]" _soname_line "${_library_dynamic}")
        set(_soname "${CMAKE_MATCH_1}")
        string(REPLACE "." "\\." _soname_regex "${_soname}")
        if(NOT _library_rc EQUAL 0 OR NOT _plugin_rc EQUAL 0 OR _soname STREQUAL "")
            set(_reason "readelf could not read ${_library} or ${_plugin}")
        elseif(NOT _plugin_dynamic MATCHES "\\(NEEDED\\)[^\n]*\\[${_soname_regex}\\]")
            set(_reason "${_plugin} does not link ${_soname}")
        elseif(NOT _plugin_dynamic MATCHES "UND sqlite3_open_v2\n")
            set(_reason "${_plugin} does not call sqlite3_open_v2 from a shared library")
        elseif(_plugin_dynamic MATCHES "FUNC +[A-Z]+ +[A-Z]+ +[0-9]+ sqlite3_")
            set(_reason "${_plugin} defines SQLite functions itself")
        else()
            set(QAYTISH_SQLITE_DIRECT_BUILT ON)
            set(_reason "${_plugin} links ${_soname}, as core does (${_library})")
        endif()
    endif()
endif()

if(QAYTISH_SQLITE_DIRECT_BUILT)
    message(STATUS "Direct SQLite binding for bulk inserts: built; ${_reason}")
    target_compile_definitions(qaytish_core PRIVATE QAYTISH_SQLITE_DIRECT=1)
    target_link_libraries(qaytish_core PRIVATE SQLite::SQLite3)
else()
    message(STATUS "Direct SQLite binding for bulk inserts: not built (${_reason}); "
                   "bulk inserts bind through Qt's SQLite driver")
    target_compile_definitions(qaytish_core PRIVATE QAYTISH_SQLITE_DIRECT=0)
endif()
