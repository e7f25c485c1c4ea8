# Sources of core/report (issue #6: reports in PDF/A, HTML and Markdown, redaction profiles).
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Confidentiality.h ${CMAKE_CURRENT_LIST_DIR}/Confidentiality.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Redaction.h ${CMAKE_CURRENT_LIST_DIR}/Redaction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Report.h ${CMAKE_CURRENT_LIST_DIR}/Report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.h ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportFonts.h ${CMAKE_CURRENT_LIST_DIR}/ReportFonts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportPdf.h ${CMAKE_CURRENT_LIST_DIR}/ReportPdf.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfBlocks.h ${CMAKE_CURRENT_LIST_DIR}/PdfBlocks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfLayout.h ${CMAKE_CURRENT_LIST_DIR}/PdfLayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportText.h ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportMarkdown.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportExport.h ${CMAKE_CURRENT_LIST_DIR}/ReportExport.cpp
)
