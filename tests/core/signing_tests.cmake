# Tests of the signing area (paths relative to CMAKE_CURRENT_LIST_DIR).
