# Sources of ui/coach (the blameless-language coach's underlines and tooltips).
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DocumentCoach.h ${CMAKE_CURRENT_LIST_DIR}/DocumentCoach.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoachHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/CoachHighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoachLineHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/CoachLineHighlighter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoachLineDelegate.h ${CMAKE_CURRENT_LIST_DIR}/CoachLineDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RuleProblemBanner.h ${CMAKE_CURRENT_LIST_DIR}/RuleProblemBanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoachTextDelegate.h ${CMAKE_CURRENT_LIST_DIR}/CoachTextDelegate.cpp
)
