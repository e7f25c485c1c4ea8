# Tests of the dashboard area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_dashboard
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_dashboard.cpp LIBS causeway-ui)
