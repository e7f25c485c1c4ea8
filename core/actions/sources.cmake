# Sources of core/actions, added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActionEditing.h ${CMAKE_CURRENT_LIST_DIR}/ActionEditing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsQuery.h ${CMAKE_CURRENT_LIST_DIR}/ActionsQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsCsv.h ${CMAKE_CURRENT_LIST_DIR}/ActionsCsv.cpp
)
