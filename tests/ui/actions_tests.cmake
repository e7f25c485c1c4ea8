# Tests of the actions area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_actionspane
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_actionspane.cpp LIBS causeway-ui)
causeway_add_test(NAME test_actionsoverview
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_actionsoverview.cpp LIBS causeway-ui)
