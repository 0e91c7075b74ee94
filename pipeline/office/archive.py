"""Archive classification and numbers (SOP 001 step 5): valid codes, one number per item, forever.

`klasifikasi` is checked against the shipped Permendagri 83/2022 table (extendable in
approvals/klasifikasi.yaml). `nomor_arsip` follows `format_nomor_arsip`. A number that was
ever written for one file is never valid for another, even after that file was deleted or
renamed: the history index keeps every number written. `ppid number` assigns the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.model.document import Document

SHIPPED = Path(__file__).parents[1] / "data" / "klasifikasi.yaml"
EXTRA = "approvals/klasifikasi.yaml"


@dataclass(frozen=True)
class Classification:
    codes: dict[str, str]
    complete: tuple[str, ...]  # subtrees shipped whole: unknown codes under them are errors

    def judge(self, code: str) -> tuple[str, dict] | None:
        """None when the code is fine, else (message code, params)."""
        if code in self.codes:
            return None
        top = code.split(".")[0]
        if top not in self.codes:
            return "arsip.klasifikasi-pokok", {"kode": code, "pokok": top}
        for tree in self.complete:
            if code.startswith(tree + "."):
                examples = [c for c in self.codes if c.startswith(tree + ".")][:3]
                return "arsip.klasifikasi-tak-dikenal", {"kode": code, "induk": tree,
                                                          "contoh": ", ".join(examples)}
        return "arsip.klasifikasi-luar-tabel", {"kode": code}


@lru_cache(maxsize=8)
def _read(path: str, mtime: float) -> dict:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}


def classification(root: Path) -> Classification:
    shipped = _read(str(SHIPPED), SHIPPED.stat().st_mtime)
    codes = {str(k): str(v) for k, v in shipped["kode"].items()}
    complete = list(shipped.get("lengkap") or [])
    extra = root / EXTRA
    if extra.is_file():
        data = _read(str(extra), extra.stat().st_mtime)
        codes.update({str(k): str(v) for k, v in (data.get("kode") or {}).items()})
        complete += list(data.get("lengkap") or [])
    return Classification(codes, tuple(complete))


def number_pattern(fmt: str, klasifikasi: str | None, unit: str) -> re.Pattern:
    """The format as a regular expression, for one classification (None: any)."""
    parts = re.split(r"(\{[a-z]+(?::[^}]*)?\})", fmt)
    out = []
    for part in parts:
        name = part[1:-1].split(":")[0] if part.startswith("{") else None
        if name == "klasifikasi":
            out.append(re.escape(klasifikasi) if klasifikasi else r"[0-9][0-9.]*")
        elif name == "urut":
            out.append(r"(?P<urut>\d+)")
        elif name == "unit":
            out.append(re.escape(unit))
        elif name == "tahun":
            out.append(r"(?P<tahun>\d{4})")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$")


def next_number(year: int, fmt: str, unit: str, docs: list[Document],
                ever: Iterable[str] = ()) -> int:
    """One more than the highest sequence used in `year`, now or `ever` (the history's numbers)."""
    used = [d.meta.get("nomor_arsip") for d in docs if d.loaded] + list(ever)
    pattern = number_pattern(fmt, None, unit)
    highest = 0
    for number in used:
        hit = pattern.match(number) if isinstance(number, str) else None
        if hit and "urut" in hit.groupdict():
            same_year = "tahun" not in hit.groupdict() or int(hit.group("tahun")) == year
            if same_year:
                highest = max(highest, int(hit.group("urut")))
    return highest + 1
