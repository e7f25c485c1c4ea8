# Tests of the metrics area (paths relative to CMAKE_CURRENT_LIST_DIR).
