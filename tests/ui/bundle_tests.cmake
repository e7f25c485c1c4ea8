# UI tests of the bundle area (issue #7, ui/bundle; paths relative to CMAKE_CURRENT_LIST_DIR).
# The Conflicts tab: its model, the three buttons as undo commands, the tab title.
causeway_add_test(NAME test_conflictspane
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_conflictspane.cpp
          ${CMAKE_CURRENT_LIST_DIR}/BundleUiTestSupport.h LIBS causeway-ui)
# Export and import dialogs, the main window's bundle entries, the sync folder.
causeway_add_test(NAME test_bundle_ui
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bundle_ui.cpp
          ${CMAKE_CURRENT_LIST_DIR}/BundleUiTestSupport.h LIBS causeway-ui)
