#!/usr/bin/env bash
# End-to-end check of the Debian package, too slow for CI (a Release build and a fresh Debian
# 12 root: about 8 minutes from an empty release folder, 2 with a built one), so run it before
# a release:
#   sudo scripts/test-deb.sh
# 1. builds the `release` preset and runs `cpack -G DEB`;
# 2. meanwhile makes a fresh, minimal Debian 12 root with debootstrap;
# 3. installs the package there with `apt-get install --no-install-recommends ./causeway_*.deb`,
#    so only the package's Depends bring what it needs;
# 4. runs causeway-cli (create, verify, PDF export, bundle export) and the app (version, a
#    screenshot on the offscreen platform, a bundle given on the command line) inside it;
# 5. removes the package again.
# Environment: DEBIAN_MIRROR (default: the Debian mirror this machine's apt uses),
# KEEP_ROOT=1 keeps the root for a look around, SKIP_BUILD=1 packages the existing build.
# Output: build/release/deb-test/ holds the log, the .deb's control file and the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh needs root (debootstrap and chroot)" >&2; exit 2; }

install_host_tools() {
  local missing=()
  for tool in debootstrap:debootstrap dpkg-shlibdeps:dpkg-dev; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The first Debian archive URI of this machine's apt sources (deb822 or one-line format).
default_mirror() {
  local uri
  uri=$(grep -hoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/* \
    2>/dev/null | grep -v security | head -n1 | tr -d ' ') || true
  echo "${uri:-http://deb.debian.org/debian}"
}

install_host_tools
mirror=${DEBIAN_MIRROR:-$(default_mirror)}
build_dir=$source_dir/build/release
out_dir=$build_dir/deb-test
mkdir -p "$out_dir"
root=$(mktemp -d /var/tmp/causeway-deb-root.XXXXXX)
chmod 755 "$root" # it becomes /: apt's download user must be able to enter it
log=$out_dir/test-deb.log
: >"$log"
say() { echo "== $*" | tee -a "$log"; }

cleanup() {
  for mount in dev/pts dev proc; do
    mountpoint -q "$root/$mount" && umount -l "$root/$mount"
  done
  if [ "${KEEP_ROOT:-0}" = 1 ]; then echo "root kept in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

say "debootstrap bookworm from $mirror into $root (in the background)"
(debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out_dir/debootstrap.log" 2>&1) &
debootstrap_pid=$!

start=$(date +%s)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building the release preset"
  cmake --preset release >>"$log"
  cmake --build --preset release -j "$(nproc)" >>"$log"
fi
say "cpack -G DEB"
rm -f "$build_dir"/causeway_*.deb
(cd "$build_dir" && cpack -G DEB >>"$log")
deb=$(ls "$build_dir"/causeway_*.deb)
dpkg-deb --field "$deb" >"$out_dir/control"
say "package $(basename "$deb"), $(du -h "$deb" | cut -f1); control fields:"
tee -a "$log" <"$out_dir/control"
for needed in libsecret-1-0 libqt6sql6-sqlite libqt6widgets6 libqt6keychain1 libsodium23; do
  grep -q "^Depends:.*\b$needed\b" "$out_dir/control" ||
    { say "FAIL: Depends lacks $needed"; exit 1; }
done
say "build and package took $(($(date +%s) - start)) s"

say "waiting for debootstrap"
wait "$debootstrap_pid" || { tail -n 30 "$out_dir/debootstrap.log"; say "FAIL: debootstrap"; exit 1; }
say "root ready after $(($(date +%s) - start)) s; $(du -sh "$root" | cut -f1)"

# Updates and security fixes, as on any installed Debian 12.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
EOF
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/"
cp "$source_dir/resources/samples/sample-postmortem.json" "$root/tmp/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

say "apt-get install ./$(basename "$deb") in the fresh root"
in_root apt-get update -qq >>"$log"
in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$(basename "$deb")" >>"$log"
in_root dpkg -L causeway | grep -E 'bin/|share/(applications|metainfo|mime|icons/hicolor/(scalable|48x48))' |
  tee -a "$log"

say "causeway-cli in the root"
in_root mkdir -m 0700 -p /root/runtime
in_root causeway-cli --version | tee -a "$log"
in_root sh -c '
  set -e
  export CAUSEWAY_DB=/root/test.db XDG_RUNTIME_DIR=/root/runtime
  id=$(causeway-cli import-json /tmp/sample-postmortem.json | cut -d" " -f2)
  echo "imported $id"
  causeway-cli list
  causeway-cli verify
  causeway-cli export pdf "$id" -o /tmp/report.pdf
  test -s /tmp/report.pdf
  causeway-cli bundle export --all --no-sign -o /tmp/all.causeway
  test -s /tmp/all.causeway
' 2>&1 | tee -a "$log"

say "causeway (the app) in the root, offscreen"
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/root/runtime causeway --version | tee -a "$log"
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/root/runtime \
  causeway --db /root/app.db --screenshot /tmp/screenshot.png 2>&1 | tee -a "$log"
cp "$root/tmp/screenshot.png" "$out_dir/screenshot.png"
say "screenshot: $out_dir/screenshot.png ($(du -h "$out_dir/screenshot.png" | cut -f1))"

# Opening a .causeway file imports it: the import dialog comes up (a modal dialog, so the app
# is stopped after a few seconds; still running then means it did not fail on start).
say "causeway FILE.causeway in the root"
set +e
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/root/runtime \
  timeout 8 causeway --db /root/app2.db /tmp/all.causeway >>"$log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { say "FAIL: causeway FILE.causeway exited with $status"; exit 1; }
say "still running after 8 s, as a window waiting for the user"

say "apt-get remove causeway"
in_root apt-get remove -y causeway >>"$log"
in_root sh -c '! command -v causeway'
say "PASS: installed, ran and removed on a fresh Debian 12 in $(($(date +%s) - start)) s"
