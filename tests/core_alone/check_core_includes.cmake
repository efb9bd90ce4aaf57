# Fails, naming file and line, when a source under CORE_DIR includes a Qt Gui, Widgets or
# PrintSupport header, or a header of the ui/ or app/ layers, or when a CMake file there links
# Gui, Widgets or PrintSupport.
#   cmake -DCORE_DIR=/path/to/qaytish/core -P check_core_includes.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "check_core_includes: CORE_DIR '${CORE_DIR}' is not a directory")
endif()

# Module includes (<QtGui>, <QtGui/QColor>, <QtWidgets/...>) and the Gui/Widgets classes
# most likely to slip into domain code.
set(forbidden_headers
    QtWidgets QtGui QtPrintSupport QtSvg
    QWidget QApplication QGuiApplication QMessageBox QDialog QFileDialog QProgressDialog
    QPainter QPdfWriter QPrinter QImage QPixmap QIcon QColor QFont QTextDocument
    ui/ app/)
list(JOIN forbidden_headers "|" alternatives)
set(include_regex "^[ \t]*#[ \t]*include[ \t]*[<\"](${alternatives})")
set(link_regex "Qt6?::(Gui|Widgets|PrintSupport|Svg)([^A-Za-z]|$)")

file(GLOB_RECURSE files LIST_DIRECTORIES false "${CORE_DIR}/*")
list(SORT files)
set(offenders "")
foreach(file IN LISTS files)
    file(RELATIVE_PATH shown "${CORE_DIR}" "${file}")
    set(shown "core/${shown}")
    if(file MATCHES "\\.(h|hh|hpp|hxx|c|cc|cpp|cxx|ipp|inl|tpp)$")
        set(regex "${include_regex}")
    elseif(file MATCHES "(CMakeLists\\.txt|\\.cmake)$")
        set(regex "${link_regex}")
    else()
        continue()
    endif()
    file(STRINGS "${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${regex}")
            string(STRIP "${line}" line)
            list(APPEND offenders "${shown}:${number}: ${line}")
        endif()
    endforeach()
endforeach()

if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR
        "core/ must stay free of Qt Gui and Widgets (and of ui/ and app/); it links Qt6::Core "
        "and Qt6::Sql only. Move these to ui/ or to a target of their own:\n  ${text}")
endif()
message(STATUS "check_core_includes: no Gui, Widgets, ui/ or app/ includes in ${CORE_DIR}")
