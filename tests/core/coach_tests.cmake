# Tests of the blameless-language coach (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_coach SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coach.cpp
  LIBS causeway-core)
causeway_add_test(NAME test_coach_rules SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coach_rules.cpp
  LIBS causeway-core)
causeway_add_test(NAME test_coach_lint SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coach_lint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemoryPostmortem.h LIBS causeway-core)
causeway_add_test(NAME test_cli_lint SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_lint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LIBS causeway-core)
add_dependencies(test_cli_lint causeway-cli)
