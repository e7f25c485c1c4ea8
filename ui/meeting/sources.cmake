# Sources of ui/meeting (issue #8: meeting mode and the presenter window), added to causeway-ui.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AgendaModel.h ${CMAKE_CURRENT_LIST_DIR}/AgendaModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgendaViewDelegate.h ${CMAKE_CURRENT_LIST_DIR}/AgendaViewDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AttendanceModel.h ${CMAKE_CURRENT_LIST_DIR}/AttendanceModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingCapture.h ${CMAKE_CURRENT_LIST_DIR}/MeetingCapture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingPane.h ${CMAKE_CURRENT_LIST_DIR}/MeetingPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PresenterFishbone.h ${CMAKE_CURRENT_LIST_DIR}/PresenterFishbone.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PresenterWindow.h ${CMAKE_CURRENT_LIST_DIR}/PresenterWindow.cpp
)
