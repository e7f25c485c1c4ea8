# Tests of the metrics area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_metrics
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_metrics.cpp LIBS causeway-core)
causeway_add_test(NAME test_similar
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_similar.cpp LIBS causeway-core)
# Runs the real causeway-cli binary (CAUSEWAY_CLI, set by causeway_add_test).
causeway_add_test(NAME test_cli_metrics
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_metrics.cpp LIBS causeway-core)
add_dependencies(test_cli_metrics causeway-cli)
