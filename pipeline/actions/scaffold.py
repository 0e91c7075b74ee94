"""`ppid new`: a correct new content file, generated from the schema's declarations."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.checks.rencana import PLAN_NAME, Quarter, items, plans
from pipeline.i18n.messages import t
from pipeline.model.dates import now
from pipeline.model.document import CONTENT_DIR, PLAN_DIR
from pipeline.model.errors import UsageError
from pipeline.model.fields import TANGGAL
from pipeline.model.reader import content_files, load_corpus
from pipeline.model.types import CONTENT_TYPES, ContentType
from pipeline.model.urls import slugify

# Keys the scaffold fills itself or that belong to later stages (review, withdrawal, links).
_SKIPPED = {"title", "date", "jenis", "status", "unit", "nomor_urut", "paraf", "distribusi",
            "alasan_penarikan", "tanggal_penarikan", "koreksi", "diperbarui", "slug",
            "nomor_arsip", "tags", "rencana", "kategori",
            "catatan_langkah"}  # `ppid catat` writes it, as `ppid paraf` writes paraf
_ROMAN = ("I", "II", "III", "IV")


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


def render(ctype: ContentType, title: str, unit: str, sequence: int | None, when,
           planned: dict | None = None) -> str:
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}",
             f"date: {when.strftime('%Y-%m-%d %H:%M')}", f"jenis: {ctype.jenis}", "status: draf",
             f"unit: {json.dumps(unit, ensure_ascii=False)}"]
    if sequence is not None:
        lines.append(f"nomor_urut: {sequence}")
    if planned:  # what the plan already says is not typed twice
        lines.append(f"rencana: {planned['rujukan']}")
    if ctype.field("kategori"):
        kategori = (planned or {}).get("kategori")
        lines.append(f"kategori: {kategori}" if kategori else _placeholder(ctype, "kategori"))
    lines += [_placeholder(ctype, f.name) for f in ctype.fields if f.name not in _SKIPPED]
    lines += ["tags: []", "paraf: {}", "---", "", "Tulis isi di sini.", ""]
    return "\n".join(lines)


def render_plan(quarter: Quarter, unit: str, when) -> str:
    """A plan skeleton: one example entry per month of the quarter, to be edited."""
    lines = [f"# Rencana konten triwulan {quarter.label} (SOP 004 A.1): disusun Sub Koordinator,",
             "# ditandatangani Koordinator: ppid paraf BERKAS --peran koordinator",
             f"title: Rencana Konten Triwulan {_ROMAN[quarter.q - 1]} {quarter.year}",
             f"date: {when.strftime('%Y-%m-%d %H:%M')}", "jenis: rencana", "status: draf",
             f"unit: {json.dumps(unit, ensure_ascii=False)}", "konten:"]
    for n, month in enumerate(quarter.months, start=1):
        lines += [f"  - kode: R{n:02d}",
                  '    judul: ""  # wajib: judul konten yang direncanakan',
                  "    jenis: informasi-publik  # siaran-pers | pengumuman | informasi-publik | halaman",
                  '    unit: ""  # wajib: unit/OPD sumber',
                  f"    bulan: {month}  # bulan target terbit",
                  '    penanggung_jawab: ""  # wajib',
                  "    kategori: berkala  # hanya untuk informasi-publik"]
    lines += ["paraf: {}", ""]
    return "\n".join(lines)


def _new_plan(root: Path, triwulan: str | None, unit: str, when) -> str:
    if triwulan:
        m = PLAN_NAME.match(triwulan.strip().upper())
        if not m:
            raise UsageError(t("rencana.triwulan", nilai=triwulan))
        quarter = Quarter(int(m[1]), int(m[2]))
    else:  # this quarter, or the next when this one is planned already
        quarter = Quarter.of(when.date())
        if (root / quarter.rel).exists():
            quarter = quarter.next
    path = root / quarter.rel
    if path.exists():
        raise UsageError(t("rencana.sudah-ada", berkas=quarter.rel))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_plan(quarter, unit, when), encoding="utf-8")
    return quarter.rel


def _planned(root: Path, rujukan: str) -> dict:
    """The plan entry `2026-Q4/R03` names, with its reference, or a usage error."""
    label, _, kode = rujukan.partition("/")
    plan = plans(load_corpus(root, [p for p in content_files(root)
                                    if p.parent.name == PLAN_DIR])).get(label.upper())
    entry = next((e for e in items(plan) if str(e.get("kode")) == kode), None) if plan else None
    if entry is None:
        raise UsageError(t("rencana.rujukan-baru", rujukan=rujukan))
    return {**entry, "rujukan": f"{label.upper()}/{kode}"}


def new_document(root: Path, jenis: str, title: str | None, unit: str = "",
                 rencana: str | None = None, triwulan: str | None = None) -> str:
    ctype = CONTENT_TYPES.get(jenis)
    if ctype is None:
        raise UsageError(t("baru.jenis", jenis=jenis, pilihan=", ".join(CONTENT_TYPES)))
    when = now()
    if jenis == "rencana":
        return _new_plan(root, triwulan, unit, when)
    if jenis == "perubahan-situs":  # SOP 004 B: the digest of HEAD's site revision, filled in
        from pipeline.site.revisi import new_record

        if not title:
            raise UsageError(t("baru.judul"))
        return new_record(root, title)
    planned = _planned(root, rencana) if rencana else None
    if planned:
        if planned.get("jenis") != jenis:
            raise UsageError(t("rencana.jenis-beda", rujukan=planned["rujukan"],
                               rencana=planned.get("jenis") or "-", jenis=jenis))
        title, unit = title or str(planned.get("judul") or ""), unit or str(planned.get("unit") or "")
    if not title:
        raise UsageError(t("baru.judul"))
    slug = slugify(title)
    stem = f"{when:%Y-%m-%d}-{slug}" if ctype.article else slug
    folder = root / CONTENT_DIR / ctype.folder
    folder.mkdir(parents=True, exist_ok=True)
    path, n = folder / f"{stem}.md", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.md", n + 1
    sequence = next_sequence(root, when.year) if ctype.field("nomor_urut") else None
    path.write_text(render(ctype, title, unit, sequence, when, planned), encoding="utf-8")
    return path.relative_to(root).as_posix()
