"""The Windows version resource of kefu-desk.exe, written by build.spec from app.__version__.

Explorer's Details tab, the installer (which reads ProductVersion from the exe, see kefu-desk.iss)
and support staff all see the same version as `kefu-desk --version`.
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', 'KefuDesk'),
      StringStruct('FileDescription', 'KefuDesk 客服工作台'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'kefu-desk'),
      StringStruct('OriginalFilename', 'kefu-desk.exe'),
      StringStruct('ProductName', 'KefuDesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' (or '1.2.3rc1') as the four numbers Windows wants: (1, 2, 3, 0)."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")[:4]]
    a, b, c, d = ([*numbers, 0, 0, 0, 0])[:4]
    return a, b, c, d


def write_version_file(path: Path, version: str) -> str:
    """Write the resource description for PyInstaller's EXE(version=...); returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(numbers=version_numbers(version), version=version), encoding="utf-8")
    return str(path)
