#!/usr/bin/env bash
# Renders the application icon (causeway.svg) into the committed PNG sizes, the Windows .ico
# and the macOS .icns. Run it after changing the SVG; it needs rsvg-convert (librsvg2-bin)
# and python3. The results are committed so that no platform needs librsvg to build.
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" causeway.svg -o "hicolor/${size}x${size}/causeway.png"
done

# Both container formats can hold PNG images as they are, so no further conversion is needed.
python3 - <<'PY'
import struct

def png(size):
    with open(f"hicolor/{size}x{size}/causeway.png", "rb") as f:
        return f.read()

# .ico: header, one 16-byte directory entry per image, then the PNG data (0 means 256).
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in ico_sizes]
offset = 6 + 16 * len(images)
out = struct.pack("<HHH", 0, 1, len(images))
for size, data in zip(ico_sizes, images):
    side = 0 if size >= 256 else size
    out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("causeway.ico", "wb") as f:
    f.write(out + b"".join(images))

# .icns: big-endian type + length chunks; ic09 is 512 px, ic08 256, ic07 128, icp5 32, icp4 16.
chunks = b""
for kind, size in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
                   (b"ic08", 256), (b"ic09", 512)]:
    data = png(size)
    chunks += kind + struct.pack(">I", 8 + len(data)) + data
with open("causeway.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
