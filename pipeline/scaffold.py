"""`ppid new`: a correct new content file, generated from the schema's declarations."""

from __future__ import annotations

import json
from pathlib import Path

from .dates import now
from .errors import UsageError
from .loading import CONTENT_DIR, load_corpus
from .messages import t
from .schema import CONTENT_TYPES, TANGGAL, ContentType
from .urls import NEWS_TYPES, slugify

# Keys the scaffold fills itself or that belong to later stages (review, withdrawal, links).
_SKIPPED = {"title", "date", "jenis", "status", "unit", "nomor_urut", "paraf", "distribusi",
            "alasan_penarikan", "tanggal_penarikan", "koreksi", "diperbarui", "slug",
            "nomor_arsip", "tags"}


def next_sequence(root: Path, year: int) -> int:
    """Next free agenda number (nomor_urut) of the year, across all content."""
    used = [d.meta.get("nomor_urut") for d in load_corpus(root)
            if d.loaded and d.date and d.date.year == year]
    return max((n for n in used if isinstance(n, int)), default=0) + 1


def _placeholder(ctype: ContentType, name: str) -> str:
    fld = ctype.field(name)
    hint = fld.description + (f" ({' | '.join(fld.choices)})" if fld.choices else "")
    mark = "wajib" if fld.required or name in ("ringkasan",) else "opsional"
    empty = "[]" if fld.kind.startswith("daftar") else ('""' if fld.kind != TANGGAL else "")
    return f"{name}: {empty}  # {mark}: {hint}"


def render(ctype: ContentType, title: str, unit: str, sequence: int | None, when) -> str:
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}",
             f"date: {when.strftime('%Y-%m-%d %H:%M')}", f"jenis: {ctype.jenis}", "status: draf",
             f"unit: {json.dumps(unit, ensure_ascii=False)}"]
    if sequence is not None:
        lines.append(f"nomor_urut: {sequence}")
    lines += [_placeholder(ctype, f.name) for f in ctype.fields if f.name not in _SKIPPED]
    lines += ["tags: []", "paraf: {}", "---", "", "Tulis isi di sini.", ""]
    return "\n".join(lines)


def new_document(root: Path, jenis: str, title: str, unit: str = "") -> str:
    ctype = CONTENT_TYPES.get(jenis)
    if ctype is None:
        raise UsageError(t("baru.jenis", jenis=jenis, pilihan=", ".join(CONTENT_TYPES)))
    when = now()
    slug = slugify(title)
    stem = f"{when:%Y-%m-%d}-{slug}" if jenis in NEWS_TYPES else slug
    folder = root / CONTENT_DIR / ctype.folder
    folder.mkdir(parents=True, exist_ok=True)
    path, n = folder / f"{stem}.md", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.md", n + 1
    sequence = next_sequence(root, when.year) if ctype.field("nomor_urut") else None
    path.write_text(render(ctype, title, unit, sequence, when), encoding="utf-8")
    return path.relative_to(root).as_posix()
