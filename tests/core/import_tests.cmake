# Offline importers (issue #3). Included from tests/core/CMakeLists.txt; the test data lives in
# tests/data/import. test_import_slack zips the export at test time. QuaZip's config makes its
# target global, and core/ found it already.
if(NOT TARGET QuaZip::QuaZip)
  find_package(QuaZip-Qt6 REQUIRED)
endif()
foreach(_t timeparsing import_csv import_jsonl import_syslog import_notes)
  causeway_add_test(NAME test_${_t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_${_t}.cpp
    LIBS causeway-core)
endforeach()
causeway_add_test(NAME test_import_slack SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_import_slack.cpp
  LIBS causeway-core QuaZip::QuaZip)
