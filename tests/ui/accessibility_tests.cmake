# Accessibility (issue #8): accessible names of every control on every tab and in the main
# dialogs, mnemonics in the menus (paths relative to CMAKE_CURRENT_LIST_DIR).
causeway_add_test(NAME test_accessibility
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_accessibility.cpp LIBS causeway-ui)
