# UI tests of the report area (issue #6).
# The export dialog, print and export through ReportOutput, the File menu actions (ui/report).
causeway_add_test(NAME test_reportoutput SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_reportoutput.cpp
  LIBS causeway-ui)

# Confidentiality markings in the app: events, causes, actions, participants, report fields.
causeway_add_test(NAME test_markings_ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_markings_ui.cpp
  LIBS causeway-ui)
