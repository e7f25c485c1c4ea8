# Issue #7, the core side of the bundle UI (paths relative to CMAKE_CURRENT_LIST_DIR).
# Resolving conflict records: change sets, labels, one undo step through the document.
causeway_add_test(NAME test_conflict_editing
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_conflict_editing.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SyncTestSupport.h ${CMAKE_CURRENT_LIST_DIR}/MemoryPostmortem.h
          ${CMAKE_CURRENT_LIST_DIR}/ReviewFixture.h)
