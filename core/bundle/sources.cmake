# Sources of core/bundle (issue #7: bundle files and sync), added to causeway-core.
set(CAUSEWAY_BUNDLE_FORMAT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/Age.h ${CMAKE_CURRENT_LIST_DIR}/Age.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgeBech32.h ${CMAKE_CURRENT_LIST_DIR}/AgeBech32.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgeCrypto.h ${CMAKE_CURRENT_LIST_DIR}/AgeCrypto.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgeHeader.h ${CMAKE_CURRENT_LIST_DIR}/AgeHeader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgeScrypt.h ${CMAKE_CURRENT_LIST_DIR}/AgeScrypt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgeStream.h ${CMAKE_CURRENT_LIST_DIR}/AgeStream.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../signing/Sodium.h ${CMAKE_CURRENT_LIST_DIR}/../signing/Sodium.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Zip.h ${CMAKE_CURRENT_LIST_DIR}/ZipFormat.h
  ${CMAKE_CURRENT_LIST_DIR}/ZipNames.h ${CMAKE_CURRENT_LIST_DIR}/ZipNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ZipWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/ZipReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ZipPacker.h ${CMAKE_CURRENT_LIST_DIR}/ZipPacker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Minisign.h ${CMAKE_CURRENT_LIST_DIR}/Minisign.cpp
  CACHE INTERNAL "")
target_sources(causeway-core PRIVATE ${CAUSEWAY_BUNDLE_FORMAT_SOURCES})
# Merging copies of a postmortem, and the store's side of bundle exchange.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../sync/Conflict.h ${CMAKE_CURRENT_LIST_DIR}/../sync/Conflict.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../sync/ConflictEditing.h ${CMAKE_CURRENT_LIST_DIR}/../sync/ConflictEditing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../sync/Merge.h ${CMAKE_CURRENT_LIST_DIR}/../sync/Merge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../store/StoreSync.cpp)
# Bundle files: format, export, import and the sync folder.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BundleFormat.h ${CMAKE_CURRENT_LIST_DIR}/BundleFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BundleExport.h ${CMAKE_CURRENT_LIST_DIR}/BundleExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BundleImport.h ${CMAKE_CURRENT_LIST_DIR}/BundleImport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncFolder.h ${CMAKE_CURRENT_LIST_DIR}/SyncFolder.cpp)
# Raw deflate: zlib inflates for the zip reader, libdeflate compresses for the writer (the
# same format in half the time) and computes CRC-32 for both.
find_package(ZLIB REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET GLOBAL libdeflate)
target_link_libraries(causeway-core PRIVATE ZLIB::ZLIB PkgConfig::LIBDEFLATE)
