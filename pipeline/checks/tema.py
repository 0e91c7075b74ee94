"""The emblem `instansi.lambang` names must be a file of the theme the site is built with.

An office's own files live in its theme/static/ (merged over the package's, site/tema.py); a
name pointing nowhere would publish a broken image in every page's header and tab.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.model.document import line_of
from pipeline.model.findings import Finding

CONFIG = "approvals/config.yaml"
PACKAGE_STATIC = Path(__file__).resolve().parents[1] / "data" / "tema" / "static"
PREFIX = "theme/static/"


def check_emblem(root: Path, lambang: str) -> list[Finding]:
    if not lambang:
        return []
    rel = lambang.removeprefix(PREFIX)
    inside = ".." not in Path(rel).parts and not Path(rel).is_absolute()  # never outside the theme
    if inside and ((root / "theme" / "static" / rel).is_file() or (PACKAGE_STATIC / rel).is_file()):
        return []
    try:  # line_of counts from a front matter's second line; the config is a whole file
        found = line_of((root / CONFIG).read_text(encoding="utf-8"), "instansi.lambang")
    except (OSError, UnicodeDecodeError):
        found = None
    line = found - 1 if found else None
    return [Finding(CONFIG, "tema.lambang-hilang", {"lambang": lambang, "berkas": PREFIX + rel},
                    "instansi.lambang", line)]
