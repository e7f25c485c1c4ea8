# Sources of core/signing and core/secrets, added to causeway-core.
target_sources(causeway-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../secrets/KeyStore.h ${CMAKE_CURRENT_LIST_DIR}/../secrets/KeyStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../secrets/QtKeychainKeyStore.h
  ${CMAKE_CURRENT_LIST_DIR}/../secrets/QtKeychainKeyStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Sodium.h ${CMAKE_CURRENT_LIST_DIR}/Sodium.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Sha256.h ${CMAKE_CURRENT_LIST_DIR}/Sha256.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SealedKey.h ${CMAKE_CURRENT_LIST_DIR}/SealedKey.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SigningProfile.h ${CMAKE_CURRENT_LIST_DIR}/SigningProfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignedContent.h ${CMAKE_CURRENT_LIST_DIR}/SignedContent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Signatures.h ${CMAKE_CURRENT_LIST_DIR}/Signatures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PassphraseInput.h ${CMAKE_CURRENT_LIST_DIR}/PassphraseInput.cpp
)

# Ed25519, BLAKE2b, Argon2id and secretbox (libsodium 1.0.18), through pkg-config.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
target_link_libraries(causeway-core PRIVATE PkgConfig::SODIUM)
# The system keychain (Secret Service on Linux). QtKeychain loads libsecret at run time.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(causeway-core PRIVATE Qt6Keychain::Qt6Keychain)
