# Sources of core/metrics, added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Metrics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Metrics.h
  ${CMAKE_CURRENT_LIST_DIR}/MetricsJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MetricsJson.h
  ${CMAKE_CURRENT_LIST_DIR}/RecurrenceEditing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecurrenceEditing.h
  ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SimilarIncidents.h
)
