"""reports/realisasi: a plan signed after its quarter began does not score earlier items as on
time (SOP 004 A.1, issue #15)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from pipeline.model.dates import parse_datetime
from pipeline.model.document import parse_text
from pipeline.reports.realisasi import SEBELUM, STATUS_LABEL, TEPAT, realise, signed_on

PLAN = """title: Rencana Konten Triwulan IV 2026
date: 2026-11-27 09:30
jenis: rencana
status: terbit
unit: Diskominfo
konten:
  - {kode: R01, judul: Daftar Aset Diskominfo, jenis: informasi-publik, unit: Diskominfo,
     bulan: 2026-10, penanggung_jawab: Umum}
  - {kode: R02, judul: Daftar Peraturan Bupati, jenis: informasi-publik, unit: Diskominfo,
     bulan: 2026-12, penanggung_jawab: Hukum}
paraf:
  koordinator: {nama: "Drs. Agus Prasetyo, M.Si.", tanggal: 2026-11-27T15:00:00+07:00,
                keputusan: setuju, sha256: "%s"}
""" % ("0" * 64)


def _item(rel: str, title: str, ref: str) -> str:
    return f"""---
title: {title}
date: 2026-10-05 09:00
jenis: informasi-publik
status: terbit
unit: Diskominfo
rencana: {ref}
---

Isi.
"""


def test_items_published_before_the_plan_was_signed_are_not_on_time():
    from pathlib import Path

    plan = parse_text(Path("-"), "content/rencana/2026-Q4.yaml", PLAN)
    early = parse_text(Path("-"), "content/informasi/aset.md",
                       _item("aset", "Daftar Aset Diskominfo", "2026-Q4/R01"))
    late = parse_text(Path("-"), "content/informasi/perbup.md",
                      _item("perbup", "Daftar Peraturan Bupati", "2026-Q4/R02"))
    assert signed_on(plan) == parse_datetime("2026-11-27T15:00:00+07:00")
    rows = [SimpleNamespace(berkas=early.rel, terbit=parse_datetime("2026-10-06T09:45:00+07:00")),
            SimpleNamespace(berkas=late.rel, terbit=parse_datetime("2026-12-02T10:00:00+07:00"))]
    out = {r.rujukan: r.status for r in realise([plan, early, late], rows,
                                                ["2026-10", "2026-11", "2026-12"],
                                                date(2026, 12, 31))}
    assert out == {"2026-Q4/R01": SEBELUM, "2026-Q4/R02": TEPAT}
    assert STATUS_LABEL[SEBELUM] == "terbit sebelum rencana disahkan"
