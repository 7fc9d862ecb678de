"""Render packaging/icons/kefu-desk.svg into the installers' icons with Qt (run after editing the SVG).

    .venv/bin/python packaging/icons/make_icons.py

Writes kefu-desk.ico (Windows: exe, installer, shortcuts), kefu-desk.icns (macOS .app and dmg) and
kefu-desk.png (256 px, Linux desktop files). Qt's own image plugins write ICO and ICNS, so no other
tool is needed; the files are committed so Windows and Mac maintainers need not run this.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "kefu-desk.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer, the taskbar and the installer ask for


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: str) -> None:
    """Save through Qt's image plugin for `fmt`; exit with its error otherwise."""
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        sys.exit(f"error: cannot write {path}: {writer.errorString()}")
    print(f"wrote {path.relative_to(HERE.parent.parent)} ({path.stat().st_size} bytes)")


def png_bytes(image: QImage) -> bytes:
    """`image` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(renderer: QSvgRenderer, path: Path) -> None:
    """A multi-size .ico of PNG entries (Windows Vista and later); Qt's ICO writer stores one size."""
    images = [png_bytes(render(renderer, size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(ICO_SIZES, images, strict=True):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)
    print(f"wrote {path.relative_to(HERE.parent.parent)} ({path.stat().st_size} bytes, sizes {ICO_SIZES})")


def main() -> int:
    """Write the three icon files next to the SVG."""
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"error: {SOURCE} is not a valid SVG")
    write(render(renderer, 256), HERE / "kefu-desk.png", "png")
    write_ico(renderer, HERE / "kefu-desk.ico")
    write(render(renderer, 512), HERE / "kefu-desk.icns", "icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
