# Tests of the dashboard area (paths relative to CMAKE_CURRENT_LIST_DIR).
