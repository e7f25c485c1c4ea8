# Sources of core/review, added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ReviewChecklist.h ${CMAKE_CURRENT_LIST_DIR}/ReviewChecklist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Workflow.h ${CMAKE_CURRENT_LIST_DIR}/Workflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewLock.h ${CMAKE_CURRENT_LIST_DIR}/ReviewLock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalysisDue.h ${CMAKE_CURRENT_LIST_DIR}/AnalysisDue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DoraDeadlines.h ${CMAKE_CURRENT_LIST_DIR}/DoraDeadlines.cpp
)
