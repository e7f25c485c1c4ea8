# Sources of ui/review, added to causeway-ui.

# E-signatures: the signature list the review pane embeds, the sign and profile dialogs.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SignatureListModel.h ${CMAKE_CURRENT_LIST_DIR}/SignatureListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignatureList.h ${CMAKE_CURRENT_LIST_DIR}/SignatureList.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignDialog.h ${CMAKE_CURRENT_LIST_DIR}/SignDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProfileDialog.h ${CMAKE_CURRENT_LIST_DIR}/ProfileDialog.cpp
)

# The review workflow pane, its checklist view and the reason dialog.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPane.h ${CMAKE_CURRENT_LIST_DIR}/ReviewPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChecklistView.h ${CMAKE_CURRENT_LIST_DIR}/ChecklistView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewReasonDialog.h ${CMAKE_CURRENT_LIST_DIR}/ReviewReasonDialog.cpp
)
