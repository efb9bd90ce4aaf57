# Run by ctest as core_alone_build (see CMakeLists.txt here); also usable by hand:
#   cmake -DQAYTISH_SOURCE=/path/to/qaytish -DSCRATCH_DIR=/tmp/core-alone -P core_alone.cmake
# Optional: -DCXX_COMPILER=... -DBUILD_TYPE=... -DQAYTISH_VERSION=... -DQT6_DIR=<Qt6Config dir>
cmake_minimum_required(VERSION 3.25)

foreach(var QAYTISH_SOURCE SCRATCH_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "core_alone.cmake: pass -D${var}=...")
    endif()
endforeach()

set(failures "")

execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DCORE_DIR=${QAYTISH_SOURCE}/core"
            -P "${CMAKE_CURRENT_LIST_DIR}/check_core_includes.cmake"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    list(APPEND failures "core/ includes headers it must not (listed above)")
endif()

set(configure_args
    -S "${CMAKE_CURRENT_LIST_DIR}/project"
    -B "${SCRATCH_DIR}"
    -G Ninja
    "-DQAYTISH_SOURCE=${QAYTISH_SOURCE}")
if(CXX_COMPILER)
    list(APPEND configure_args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()
if(BUILD_TYPE)
    list(APPEND configure_args "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
endif()
if(QAYTISH_VERSION)
    list(APPEND configure_args "-DQAYTISH_VERSION=${QAYTISH_VERSION}")
endif()
if(QT6_DIR)
    list(APPEND configure_args "-DQt6_DIR=${QT6_DIR}")
endif()

message(STATUS "core_alone: configuring core/ with Qt6 Core and Sql only in ${SCRATCH_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" ${configure_args} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    list(APPEND failures "configuring core/ with only Qt6 Core and Sql failed (see above)")
else()
    message(STATUS "core_alone: building core/")
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${SCRATCH_DIR}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        list(APPEND failures "building core/ with only Qt6 Core and Sql failed (see above)")
    endif()
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "core_alone_build:\n  ${text}")
endif()
message(STATUS "core_alone: core/ builds with Qt6 Core and Sql alone")
