"""site/dasbor: the public dashboard's figures, and what only the intranet shows."""

from __future__ import annotations

from datetime import datetime

from pipeline.git.log import load_history
from pipeline.model.dates import WIB
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals
from pipeline.reports.agenda import agenda_rows
from pipeline.site.dasbor import dashboard, month_label

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
WHEN = datetime(2026, 11, 28, 9, tzinfo=WIB)


def test_month_labels_are_short_words_in_both_languages():
    assert month_label("2026-11", "id") == "Nov 2026"
    assert month_label("2026-08", "id") == "Agu 2026" and month_label("2026-08", "en") == "Aug 2026"


def _figures(tmp_path, detail: bool):
    repo = make_site(tmp_path / ("intra" if detail else "publik"), level="penulis")
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    repo.approve(REL, [("kabid", "agus", "2026-11-20 10:00")], keputusan="tolak")
    repo.commit(REL, "Tolak", who=("Agus Prasetyo", "agus.prasetyo@bantulkab.go.id"))
    repo.approve(REL, [("kabid", "agus", "2026-11-20 11:00"),
                       ("kasie-informasi", "dewi", "2026-11-20 12:00")])
    repo.commit(REL, "Setuju")
    docs, approvals = load_corpus(repo.root), load_approvals(repo.root)
    history = load_history(repo.root, use_cache=False)
    rows = agenda_rows(docs, approvals, history)
    return dashboard(docs, rows, approvals, history, WHEN, "id", detail=detail)


def test_public_figures_and_intranet_detail(tmp_path):
    public = _figures(tmp_path, detail=False)
    assert public["terbit"] == 1 and public["bulan"] == "November 2026"
    assert public["semester"] and public["triwulan"] == "2026-Q4"
    assert public["rincian_penolakan"] == [] and public["rincian_rencana"] == []
    assert str(public["grafik"]).startswith('<svg role="img"')
    intranet = _figures(tmp_path, detail=True)
    assert intranet["penolakan"] == public["penolakan"] == 1  # from history: the file shows none
    assert len(intranet["rincian_penolakan"]) == intranet["penolakan"]
