# Sources of ui/dashboard, added to causeway-ui.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.h ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MonthChart.h ${CMAKE_CURRENT_LIST_DIR}/MonthChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DashboardView.h ${CMAKE_CURRENT_LIST_DIR}/DashboardView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidentsModel.h ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidentsModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidentsPanel.h ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidentsPanel.cpp
)
