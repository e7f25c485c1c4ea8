# Sources of core/generate (realistic demo and benchmark data), added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DemoData.h ${CMAKE_CURRENT_LIST_DIR}/DemoData.cpp
)
