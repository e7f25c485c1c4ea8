# The language coach in the editor: underlines, tooltips, the timeline's cell editor.
causeway_add_test(NAME test_coachhighlighter
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coachhighlighter.cpp LIBS causeway-ui)
# The coach in one-line editors, the fishbone, displayed timeline cells, the rules banner.
causeway_add_test(NAME test_coachinline
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coachinline.cpp LIBS causeway-ui)
