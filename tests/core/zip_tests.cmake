# Tests of the bundle file formats: the zip reader and writer, minisign signatures (paths
# relative to CMAKE_CURRENT_LIST_DIR). Both also run Info-ZIP's zip/unzip and minisign.

find_package(ZLIB REQUIRED)
causeway_add_test(NAME test_zip SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_zip.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProcessRun.h LIBS causeway-core ZLIB::ZLIB)
causeway_add_test(NAME test_minisign SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_minisign.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProcessRun.h LIBS causeway-core PkgConfig::SODIUM)
