"""`ppid baru evaluasi --bulan 2026-10` / `--semester 2026-S2`: the SOP 004 C records.

The file (content/evaluasi/PERIODE.md) carries the figures of `ppid laporan evaluasi` for the
period as Markdown tables, and a section for the office's own notes, written before the roles
the policy names initial it. A period that has not ended yet is refused: an evaluation of a
month still running would be signed over figures that will change.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from pipeline.i18n.messages import t
from pipeline.model.dates import WIB, now
from pipeline.model.document import CONTENT_DIR
from pipeline.model.errors import UsageError
from pipeline.model.types import CONTENT_TYPES
from pipeline.office.policy import load_approvals

FOLDER = "evaluasi"
_DMY = re.compile(r"\b(\d{2})-(\d{2})-(\d{4})(?: (\d{2})\.(\d{2}))?\b")
KINDS = {"bulan": "evaluasi-bulanan", "semester": "evaluasi-semester"}


def _period(kind: str, text: str):
    from pipeline.reports.evaluasi import parse_period

    pattern = CONTENT_TYPES[KINDS[kind]].field("periode").pattern
    if not re.fullmatch(pattern, text or ""):
        raise UsageError(t("evaluasi.periode-salah", nilai=text or "-", opsi=f"--{kind}",
                           contoh="2026-10" if kind == "bulan" else "2026-S2"))
    return parse_period(text)


def _table(title: str, headers: list, rows: list) -> list[str]:
    def cell(value: object) -> str:
        text = str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")
        # 06-10-2026 09.45 reads like a phone number to the privacy check: ISO dates instead.
        return _DMY.sub(lambda m: f"{m[3]}-{m[2]}-{m[1]}" + (f" {m[4]}:{m[5]}" if m[4] else ""),
                        text)

    out = [f"### {title}", "", "| " + " | ".join(cell(h) for h in headers) + " |",
           "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return out + [""]


def report_tables(root: Path, approvals, label: str) -> list[str]:
    """`ppid laporan evaluasi --periode LABEL` as Markdown."""
    import pipeline.reports.registered  # noqa: F401 - the reports register themselves
    from pipeline.reports import registry

    report = registry.get("evaluasi")
    request = registry.Request(root, approvals, periode=label)
    result = report.compute(request)
    lines: list[str] = []
    for title, headers, rows in report.presentations["teks"](result, request):
        lines += _table(title, list(headers), list(rows))
    return lines


def new_evaluation(root: Path, bulan: str | None = None, semester: str | None = None,
                   today: datetime | None = None) -> Path:
    if bool(bulan) == bool(semester):
        raise UsageError(t("evaluasi.pilih-periode"))
    kind = "bulan" if bulan else "semester"
    period = _period(kind, bulan or semester)
    today_d: date = (today or now()).astimezone(WIB).date()
    if period.end >= today_d:
        raise UsageError(t("evaluasi.belum-berakhir", periode=period.label, akhir=period.end,
                           opsi=f"--{kind}"))
    jenis = KINDS[kind]
    root = root.resolve()
    path = root / CONTENT_DIR / FOLDER / f"{jenis}-{period.label}.md"
    if path.exists():
        raise UsageError(t("evaluasi.sudah-ada", berkas=path.relative_to(root).as_posix()))
    approvals = load_approvals(root)
    when = (today or now()).astimezone(WIB)
    title = t("evaluasi.judul-bulan" if kind == "bulan" else "evaluasi.judul-semester",
              periode=period.label)
    body = [t("evaluasi.pengantar", periode=period.label, awal=period.start, akhir=period.end), "",
            "## " + t("evaluasi.angka"), ""] + report_tables(root, approvals, period.label) + [
            "## " + t("evaluasi.catatan-kantor"), "", t("evaluasi.catatan-isi"), ""]
    unit = approvals.settings.archive_unit or approvals.settings.instansi.nama
    front = ["---", f'title: "{title}"', f"date: {when:%Y-%m-%d %H:%M}", f"jenis: {jenis}",
             "status: terbit", f'unit: "{unit}"', f'ringkasan: "{title}"',
             f'periode: "{period.label}"', "---", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(front + body), encoding="utf-8")
    return path
