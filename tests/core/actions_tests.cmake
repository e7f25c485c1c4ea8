# Tests of the actions area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_actionediting
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_actionediting.cpp LIBS causeway-core)
causeway_add_test(NAME test_actionsquery
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_actionsquery.cpp LIBS causeway-core)
# Runs the real causeway-cli binary (CAUSEWAY_CLI, set by causeway_add_test).
causeway_add_test(NAME test_cli_actions
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_actions.cpp LIBS causeway-core)
add_dependencies(test_cli_actions causeway-cli)
