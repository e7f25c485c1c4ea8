# UI tests of meeting mode (issue #8, ui/meeting; paths relative to CMAKE_CURRENT_LIST_DIR).
# The pane, its models, quick capture and the presenter window, offscreen.
causeway_add_test(NAME test_meetingpane
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_meetingpane.cpp LIBS causeway-ui)
# The presenter on a second screen: two offscreen screens, a laptop and a projector.
causeway_add_test(NAME test_presenterscreens
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_presenterscreens.cpp LIBS causeway-ui
  ENV QT_QPA_PLATFORM=offscreen:configfile=${PROJECT_SOURCE_DIR}/tests/data/meeting/two-screens.json)
