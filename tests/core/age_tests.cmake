# The age file format (paths relative to CMAKE_CURRENT_LIST_DIR). The interop cases run the
# real age and age-keygen (and python3, to give age's passphrase prompt a terminal); each is
# skipped only when its tool is missing.
causeway_add_test(NAME test_age SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_age.cpp
  LIBS causeway-core PkgConfig::SODIUM)
