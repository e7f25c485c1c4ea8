# Tests of the actions area (paths relative to CMAKE_CURRENT_LIST_DIR).
