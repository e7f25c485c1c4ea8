#!/usr/bin/env bash
# Causeway developer entry point for Debian/Ubuntu.
#   scripts/dev.sh run    install what is missing, build, start the app on its default database
#   scripts/dev.sh test   install what is missing, build with warnings as errors and
#                         AddressSanitizer+UBSan, run every test. One pass: on CI's two cores a
#                         second, unsanitised pass would double the time and find nothing the
#                         sanitised one misses. CAUSEWAY_TEST_PRESET=ci runs the plain build.
#   scripts/dev.sh bench  install what is missing (and the peers, Chromium among them), build
#                         in Release, run every performance workload beside its peer and print
#                         the table (causeway-bench; options such as --runs 5 --scale 10
#                         --only P1,P5 --update-readme README.md are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  fonts-dejavu-core sqlite3 libsqlite3-dev xvfb xauth libquazip1-qt6-dev
  libsodium-dev qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
  default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java poppler-utils qpdf
  zlib1g-dev libdeflate-dev minisign age zip unzip jq desktop-file-utils appstream
)

# The benchmark's peers beyond the packages above: headless Chromium prints the report's HTML.
BENCH_PACKAGES=(chromium)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # preset
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$(nproc)"
}

run_tests() { # preset
  ctest --preset "$1" -j "$(nproc)" --timeout 600
}

cmd=${1:-}
case "$cmd" in
  run)
    install_missing
    build dev
    shift
    exec ./build/dev/app/gui/causeway "$@"
    ;;
  bench)
    install_missing "${BENCH_PACKAGES[@]}"
    build bench
    shift
    exec ./build/bench/bench/causeway-bench --out build/bench-results "$@"
    ;;
  test)
    install_missing
    preset=${CAUSEWAY_TEST_PRESET:-asan}
    build "$preset"
    run_tests "$preset"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|bench" >&2
    exit 2
    ;;
esac
