# Tests of the signing area (paths relative to CMAKE_CURRENT_LIST_DIR).

causeway_add_test(NAME test_signing SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_signing.cpp
  LIBS causeway-core)

# The key stores with no secret service, including the CLI (signing refused, verify works).
causeway_add_test(NAME test_keystore SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_keystore.cpp
  LIBS causeway-core PkgConfig::SODIUM)
add_dependencies(test_keystore causeway-cli)

# The one integration test against a real Secret Service: a private D-Bus session with an
# unlocked gnome-keyring-daemon (packages dbus, gnome-keyring, libsecret-1-0). The test
# executable is wrapped, so it is registered by hand with the same sandbox environment
# causeway_add_test gives every test.
add_executable(test_signing_keychain ${CMAKE_CURRENT_LIST_DIR}/test_signing_keychain.cpp)
target_link_libraries(test_signing_keychain PRIVATE Qt6::Test causeway-testsupport causeway-core)
add_dependencies(test_signing_keychain causeway-cli)
find_program(DBUS_RUN_SESSION_PROGRAM dbus-run-session)
find_program(GNOME_KEYRING_DAEMON_PROGRAM gnome-keyring-daemon)
if(DBUS_RUN_SESSION_PROGRAM AND GNOME_KEYRING_DAEMON_PROGRAM)
  add_test(NAME test_signing_keychain
    COMMAND ${DBUS_RUN_SESSION_PROGRAM} -- sh -c
      "rm -rf \"$1\" && mkdir -p \"$1\" && export HOME=$(mktemp -d -p \"$1\") && echo -n pw | ${GNOME_KEYRING_DAEMON_PROGRAM} --unlock --components=secrets >/dev/null; exec \"$0\""
      $<TARGET_FILE:test_signing_keychain> ${CMAKE_CURRENT_BINARY_DIR}/sandbox/test_signing_keychain)
else()
  add_test(NAME test_signing_keychain
    COMMAND sh -c "echo 'SKIPPED: the keychain integration test needs dbus-run-session and gnome-keyring-daemon (packages dbus, gnome-keyring, libsecret-1-0; scripts/dev.sh installs them)'; exit 77")
endif()
# The wrapper empties this sandbox first; HOME is a fresh folder in it; the keyring daemon keeps its
# keyrings and sockets under it, so the XDG data, cache and runtime folders are left unset.
set(signing_sandbox "${CMAKE_CURRENT_BINARY_DIR}/sandbox/test_signing_keychain")
set_tests_properties(test_signing_keychain PROPERTIES
  TIMEOUT 600
  SKIP_RETURN_CODE 77
  ENVIRONMENT_MODIFICATION "CAUSEWAY_DB=unset:;XDG_DATA_HOME=unset:;XDG_CACHE_HOME=unset:;XDG_RUNTIME_DIR=unset:;DISPLAY=unset:"
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${signing_sandbox}/config;CAUSEWAY_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;CAUSEWAY_CLI=$<TARGET_FILE:causeway-cli>;ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1"
  FIXTURES_REQUIRED causeway_sandbox)

# SHA-256 with the processor's SHA instructions, against libsodium's and the standard's examples.
causeway_add_test(NAME test_sha256 SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sha256.cpp
  LIBS causeway-core PkgConfig::SODIUM)
