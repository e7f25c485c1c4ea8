# Sources of core/coach (the blameless-language coach), added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CoachRules.h ${CMAKE_CURRENT_LIST_DIR}/CoachRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Coach.h ${CMAKE_CURRENT_LIST_DIR}/Coach.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RuleCache.h ${CMAKE_CURRENT_LIST_DIR}/RuleCache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PostmortemLint.h ${CMAKE_CURRENT_LIST_DIR}/PostmortemLint.cpp
)
