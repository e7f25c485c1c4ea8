# The CLI, crash-safety and sample tests. Included from tests/core/CMakeLists.txt; paths use
# CMAKE_CURRENT_LIST_DIR so the include works from any directory.

# test_cli runs the real causeway-cli binary (CAUSEWAY_CLI, set by causeway_add_test).
causeway_add_test(NAME test_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli.cpp LIBS causeway-core)
add_dependencies(test_cli causeway-cli)

# A writer that test_crashsafety kills with SIGKILL at random moments.
add_executable(crash_editor ${CMAKE_CURRENT_LIST_DIR}/crash_editor.cpp)
target_link_libraries(crash_editor PRIVATE causeway-core)
causeway_add_test(NAME test_crashsafety SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_crashsafety.cpp
  LIBS causeway-core)
target_compile_definitions(test_crashsafety PRIVATE CRASH_EDITOR_PATH="$<TARGET_FILE:crash_editor>")
add_dependencies(test_crashsafety crash_editor)

causeway_add_test(NAME test_sample SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sample.cpp
  LIBS causeway-core)

causeway_add_test(NAME test_cli_timeline SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_timeline.cpp
  LIBS causeway-core)
add_dependencies(test_cli_timeline causeway-cli)

causeway_add_test(NAME test_cli_attachments
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_attachments.cpp LIBS causeway-core)
add_dependencies(test_cli_attachments causeway-cli)

causeway_add_test(NAME test_cli_causes SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_causes.cpp
  LIBS causeway-core)
add_dependencies(test_cli_causes causeway-cli)

causeway_add_test(NAME test_cli_diagram SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_diagram.cpp
  LIBS causeway-core)
add_dependencies(test_cli_diagram causeway-cli)

# `causeway-cli generate` (issue #9): realistic, reproducible demo data.
causeway_add_test(NAME test_cli_generate SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_generate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LIBS causeway-core)
add_dependencies(test_cli_generate causeway-cli)
