# Sources of ui/bundle (issue #7: bundle files, conflicts and the sync folder), added to
# causeway-ui.

# Conflicts of the open postmortem: the editor's Conflicts tab.
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConflictsModel.h ${CMAKE_CURRENT_LIST_DIR}/ConflictsModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictValueDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConflictValueDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConflictsPane.h ${CMAKE_CURRENT_LIST_DIR}/ConflictsPane.cpp
)

# File → Export Bundle… and File → Import Bundle… (also drag and drop, the command line).
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExportBundleDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExportBundleDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DecryptBundleDialog.h ${CMAKE_CURRENT_LIST_DIR}/DecryptBundleDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BundlePreviewModel.h ${CMAKE_CURRENT_LIST_DIR}/BundlePreviewModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportBundleDialog.h ${CMAKE_CURRENT_LIST_DIR}/ImportBundleDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BundleImportFlow.h ${CMAKE_CURRENT_LIST_DIR}/BundleImportFlow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StaleDocument.h ${CMAKE_CURRENT_LIST_DIR}/StaleDocument.cpp
)

# Settings → Sync folder, and the app's side of it (export after edits and on quit).
target_sources(causeway-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SyncFolderSettings.h ${CMAKE_CURRENT_LIST_DIR}/SyncFolderSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UnlockSigningDialog.h ${CMAKE_CURRENT_LIST_DIR}/UnlockSigningDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncFolderController.h ${CMAKE_CURRENT_LIST_DIR}/SyncFolderController.cpp
)
