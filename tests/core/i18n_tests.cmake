# Translations (paths relative to CMAKE_CURRENT_LIST_DIR). test_translations runs lupdate over
# the same sources as the update_translations target and fails on any German message that
# is missing, unfinished or has other placeholders than its source.
causeway_add_test(NAME test_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations.cpp
  ENV CAUSEWAY_LUPDATE=$<TARGET_FILE:Qt6::lupdate>
      CAUSEWAY_TRANSLATABLE_SOURCES=${PROJECT_BINARY_DIR}/translations/translatable_sources.lst
      CAUSEWAY_TS_DIR=${PROJECT_SOURCE_DIR}/translations)
causeway_add_test(NAME test_templatetext SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_templatetext.cpp
  ENV CAUSEWAY_QM_DIR=${PROJECT_BINARY_DIR}/translations)
add_dependencies(test_templatetext causeway_lrelease)

# The app's language override: --lang and CAUSEWAY_LANG win over the setting and the system.
set(causeway_lang_sandbox "${PROJECT_BINARY_DIR}/tests/sandbox/gui_language")
set(causeway_lang_env "QT_QPA_PLATFORM=offscreen;HOME=${causeway_lang_sandbox}/home;XDG_CONFIG_HOME=${causeway_lang_sandbox}/config;XDG_RUNTIME_DIR=${causeway_lang_sandbox}/runtime")
add_test(NAME gui_lang_option_de COMMAND $<TARGET_FILE:causeway> --lang de --help)
add_test(NAME gui_lang_env_de COMMAND $<TARGET_FILE:causeway> --help)
add_test(NAME gui_lang_option_en COMMAND $<TARGET_FILE:causeway> --lang=en --help)
set_tests_properties(gui_lang_option_de gui_lang_env_de PROPERTIES
  PASS_REGULAR_EXPRESSION "Schuldfreie Postmortems, offline"
  FIXTURES_REQUIRED causeway_sandbox ENVIRONMENT "${causeway_lang_env}")
set_tests_properties(gui_lang_env_de PROPERTIES ENVIRONMENT "${causeway_lang_env};CAUSEWAY_LANG=de")
set_tests_properties(gui_lang_option_en PROPERTIES
  PASS_REGULAR_EXPRESSION "Blameless postmortems, offline"
  FIXTURES_REQUIRED causeway_sandbox ENVIRONMENT "${causeway_lang_env};CAUSEWAY_LANG=de")
