# Tests of the review area (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_reviewpane SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_reviewpane.cpp
  LIBS causeway-ui)
causeway_add_test(NAME test_policysettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_policysettings.cpp
  LIBS causeway-ui)

# The signing widgets (ui/review/Sign*, Signature*, Profile*).
causeway_add_test(NAME test_signatures_ui
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_signatures_ui.cpp LIBS causeway-ui)
