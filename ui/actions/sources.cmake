# Sources of ui/actions, added to causeway-ui.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActionColumns.h ${CMAKE_CURRENT_LIST_DIR}/ActionColumns.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsModel.h ${CMAKE_CURRENT_LIST_DIR}/ActionsModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionDetails.h ${CMAKE_CURRENT_LIST_DIR}/ActionDetails.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsPane.h ${CMAKE_CURRENT_LIST_DIR}/ActionsPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsOverviewModel.h ${CMAKE_CURRENT_LIST_DIR}/ActionsOverviewModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActionsOverview.h ${CMAKE_CURRENT_LIST_DIR}/ActionsOverview.cpp
)
