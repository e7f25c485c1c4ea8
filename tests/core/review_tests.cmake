# Tests of the review area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_workflow SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_workflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewFixture.h LIBS causeway-core)
causeway_add_test(NAME test_checklist SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_checklist.cpp
  LIBS causeway-core)
causeway_add_test(NAME test_reviewdates SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_reviewdates.cpp
  LIBS causeway-core)
causeway_add_test(NAME test_cli_review SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_review.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewFixture.h LIBS causeway-core)
add_dependencies(test_cli_review causeway-cli)
