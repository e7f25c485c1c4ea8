# Sources of core/meeting (issue #8: meeting mode), added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AgendaItem.h
  ${CMAKE_CURRENT_LIST_DIR}/Agenda.h ${CMAKE_CURRENT_LIST_DIR}/Agenda.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgendaStore.h ${CMAKE_CURRENT_LIST_DIR}/AgendaStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EditableAgenda.h ${CMAKE_CURRENT_LIST_DIR}/EditableAgenda.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Countdown.h ${CMAKE_CURRENT_LIST_DIR}/Countdown.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingRecord.h ${CMAKE_CURRENT_LIST_DIR}/MeetingRecord.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingEditing.h ${CMAKE_CURRENT_LIST_DIR}/MeetingEditing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MeetingSession.h ${CMAKE_CURRENT_LIST_DIR}/MeetingSession.cpp
)
