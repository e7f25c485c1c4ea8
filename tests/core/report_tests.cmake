# Tests of the report area (issue #6), paths relative to CMAKE_CURRENT_LIST_DIR.
causeway_add_test(NAME test_report_builder SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_report_builder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportTestSupport.h LIBS causeway-core)
causeway_add_test(NAME test_report_archive SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_report_archive.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfTools.h ${CMAKE_CURRENT_LIST_DIR}/ReportTestSupport.h LIBS causeway-core)
causeway_add_test(NAME test_report_pdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_report_pdf.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfTools.h
  LIBS causeway-core)

# The HTML and Markdown writers on hand-built reports.
causeway_add_test(NAME test_report_text SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_report_text.cpp
  LIBS causeway-core)
causeway_add_test(NAME test_redaction SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_redaction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemoryPostmortem.h LIBS causeway-core)
causeway_add_test(NAME test_cli_mark SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_mark.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewFixture.h LIBS causeway-core)
add_dependencies(test_cli_mark causeway-cli)

# `causeway-cli export` end to end (the real binary, like test_cli_diagram).
causeway_add_test(NAME test_cli_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_export.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfTools.h
  LIBS causeway-core)
add_dependencies(test_cli_export causeway-cli)
