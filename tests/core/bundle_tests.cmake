# Issue #7: merging and bundle exchange (paths relative to CMAKE_CURRENT_LIST_DIR).

causeway_add_test(NAME test_merge
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_merge.cpp ${CMAKE_CURRENT_LIST_DIR}/SyncTestSupport.h)
# 200 seeds of three replicas: most of the time goes to SQLite's fsync, so the replicas live
# in memory-backed /tmp storage where the machine has it.
set(convergence_env "")
if(IS_DIRECTORY /dev/shm)
  set(convergence_env "TMPDIR=/dev/shm")
endif()
causeway_add_test(NAME test_convergence
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_convergence.cpp
          ${CMAKE_CURRENT_LIST_DIR}/SyncTestSupport.h
  ENV ${convergence_env})
causeway_add_test(NAME test_bundle
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bundle.cpp ${CMAKE_CURRENT_LIST_DIR}/SyncTestSupport.h
          ${CMAKE_CURRENT_LIST_DIR}/ProcessRun.h
  LIBS PkgConfig::SODIUM)
causeway_add_test(NAME test_syncfolder
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_syncfolder.cpp ${CMAKE_CURRENT_LIST_DIR}/SyncTestSupport.h
  LIBS PkgConfig::SODIUM)
