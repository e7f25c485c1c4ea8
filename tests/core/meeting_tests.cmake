# Tests of meeting mode's core (issue #8, core/meeting; paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_meeting
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_meeting.cpp LIBS causeway-core)
