# Warnings, strict Qt defines and sanitizers, applied to every Causeway target
# through the causeway_settings interface library.
add_library(causeway_settings INTERFACE)
target_compile_definitions(causeway_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_KEYWORDS
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_STRICT_ITERATORS
  CAUSEWAY_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(causeway_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
    -Wformat=2 -Wimplicit-fallthrough)
  if(CAUSEWAY_WERROR)
    target_compile_options(causeway_settings INTERFACE -Werror)
  endif()
  if(CAUSEWAY_SANITIZE)
    target_compile_options(causeway_settings INTERFACE
      -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(causeway_settings INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(causeway_settings INTERFACE /W4 /permissive- /utf-8)
  if(CAUSEWAY_WERROR)
    target_compile_options(causeway_settings INTERFACE /WX)
  endif()
endif()
