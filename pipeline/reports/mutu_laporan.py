"""The mutu-baku report (SOP step times against their standard) as tables for text and XLSX."""

from __future__ import annotations

from pipeline.i18n.messages import t, word
from pipeline.model.errors import UsageError
from pipeline.reports import mutu
from pipeline.reports.registry import Request, Table


def compute(request: Request) -> list:
    from pipeline.git.log import load_history
    from pipeline.model.reader import load_corpus

    try:
        start, end = mutu.parse_bound(request.dari), mutu.parse_bound(request.sampai)
    except ValueError:
        raise UsageError(t("laporan.tanggal")) from None
    return mutu.step_times(load_corpus(request.root), request.approvals,
                           load_history(request.root), start, end)


def _share(share: float | None) -> int | None:
    return None if share is None else round(100 * share)


def _rows(times: list) -> tuple[list[list], list[list], list[list]]:
    steps = [[s.sop, s.no, s.peran, s.standard, s.count, s.median, s.p90, _share(s.share_within)]
             for s in mutu.by_step(times)]
    roles = [[s.peran, s.count, s.median, s.p90, _share(s.share_within)] for s in mutu.by_role(times)]
    slow = [[item, title, minutes] for item, title, minutes in mutu.slowest(times)]
    return steps, roles, slow


def _headers() -> tuple[list[str], list[str], list[str]]:
    return ([word(h) for h in ("SOP", "Langkah", "Peran", "Baku (menit)", "Jumlah", "Median",
                               "P90", "Tepat waktu")],
            [word(h) for h in ("Peran", "Jumlah", "Median", "P90", "Tepat waktu")],
            [word(h) for h in ("Berkas", "Judul", "Menit kerja")])


def xlsx(times: list, _request: Request) -> list[Table]:
    steps, roles, slow = _rows(times)
    heads = _headers()
    return [(word("Per langkah"), heads[0], steps), (word("Per peran"), heads[1], roles),
            (word("Terlama"), heads[2], slow)]


def teks(times: list, _request: Request) -> list[Table]:
    steps, roles, slow = _rows(times)
    heads = _headers()

    def percent(rows: list[list]) -> list[list]:
        return [[*row[:-1], None if row[-1] is None else f"{row[-1]}%"] for row in rows]

    return [(t("laporan.per-langkah"), heads[0], percent(steps)),
            (t("laporan.per-peran"), heads[1], percent(roles)),
            (t("laporan.terlama"), heads[2], slow)]
