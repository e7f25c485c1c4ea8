# Sources of ui/report (issue #6: File → Print, Print Preview and Export Report), added to
# causeway-ui.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExportReportDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExportReportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.h ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.cpp
)
