# Tests of the review area (paths relative to CMAKE_CURRENT_LIST_DIR).
