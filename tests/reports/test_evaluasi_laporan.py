"""Unit tests of pipeline.reports.evaluasi_laporan: an Evaluation as tables and as one HTML page."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone

from pipeline.reports import evaluasi_laporan as laporan
from pipeline.reports.evaluasi import Evaluation, Withdrawal, parse_period
from pipeline.reports.export import Percent
from pipeline.reports.realisasi import TEPAT, TIDAK_TERBIT, Realisation

WIB = timezone(timedelta(hours=7))
AUG = datetime(2026, 8, 3, 9, 0, tzinfo=WIB)


def _evaluation(today: date = date(2026, 10, 5)) -> Evaluation:
    ev = Evaluation(parse_period("2026-Q3"), today=today, on_time=(3, 4))
    ev.published = [("2026-08", "Kegiatan", "Diskominfo", "-", "A", AUG, "Berita", "a.md"),
                    ("2026-08", "Kegiatan", "Diskominfo", "berkala", "B", AUG, "Berita", "b.md"),
                    ("2026-09", "-", "-", "serta-merta", "C", AUG, "Informasi Publik", "c.md")]
    ev.withdrawals = [Withdrawal("2026-09", AUG + timedelta(days=40), "A", "a.md", AUG, "Kabid",
                                 "Agus", "salah data")]
    ev.shared = Counter({"instagram": 2, "facebook": 1})
    ev.hours_to_post = {"instagram": [1.0, 3.0, 8.0], "facebook": []}
    ev.plan = [Realisation("2026-Q3/R01", "Rencana A", "berita", "Diskominfo", "2026-08", "Agus",
                           TEPAT, "a.md", AUG, "judul 87%"),
               Realisation("2026-Q3/R02", "Rencana B", "berita", "Diskominfo", "2026-09", "Agus",
                           TIDAK_TERBIT)]
    return ev


def _named(tables) -> dict:
    return {name: (head, rows) for name, head, rows in tables}


def test_summary_figures_are_typed_cells():
    rows = dict(_named(laporan.tables(_evaluation()))["Ringkasan"][1])
    assert rows["Periode"] == "2026-Q3" and rows["Dari"] == date(2026, 7, 1)
    assert rows["Naskah terbit"] == 3 and rows["Naskah ditarik"] == 1
    assert rows["Langkah SOP tepat waktu (%)"] == Percent(0.75)
    assert rows["Keadaan periode"] == "selesai"
    assert rows["Bulan tanpa unggahan"] == "2026-07"
    assert (rows["Rencana konten"], rows["Rencana konten terwujud"]) == (2, 1)


def test_a_running_period_says_so_and_nothing_judged_has_no_share():
    ev = _evaluation(today=date(2026, 8, 20))
    ev.on_time, ev.plan, ev.published = (0, 0), [], ev.published[:1]
    rows = dict(_named(laporan.tables(ev))["Ringkasan"][1])
    assert rows["Keadaan periode"] == "sementara: periode berakhir 30-09-2026, angka sampai 20-08-2026"
    assert rows["Langkah SOP tepat waktu (%)"] is None
    assert rows["Bulan tanpa unggahan"] == "2026-07"  # September is still to come
    assert "Rencana konten" not in rows  # no adopted plan: no plan rows


def test_tables_per_month_type_category_and_social():
    named = _named(laporan.tables(_evaluation()))
    assert named["Per bulan"][1] == [["2026-07", 0, 0], ["2026-08", 2, 0], ["2026-09", 1, 1]]
    assert named["Per jenis"][1] == [["2026-08", "Kegiatan", 2], ["2026-09", "-", 1]]
    assert named["Per kategori DIP"][1] == [["2026-08", "berkala", 1], ["2026-09", "serta-merta", 1]]
    assert named["Media sosial"][1] == [["facebook", 1, None], ["instagram", 2, 3.0]]
    plan = named["Rencana dan realisasi"][1]
    assert plan[0][-1] == "judul 87%" and plan[1][-1] is None and plan[1][7] is None
    assert [r[3] for r in named["Naskah terbit"][1]] == ["Diskominfo", "Diskominfo", "-"]


def test_text_leaves_out_the_detail_and_shows_plain_values():
    ev = _evaluation()
    text = _named(laporan.as_tables(ev, None))
    assert "Naskah terbit" not in text and "Rincian langkah" not in text
    assert set(_named(laporan.as_xlsx(ev, None))) - set(text) == {"Naskah terbit", "Rincian langkah"}
    assert all(not isinstance(v, (datetime, date)) for _, rows in text.values() for r in rows for v in r)


def test_html_is_one_page_with_inline_charts():
    page = laporan.render_html(_evaluation(), "Dinas Kominfo Bantul")
    assert "Laporan Evaluasi 2026-Q3" in page and "Dinas Kominfo Bantul" in page
    assert page.count("<svg") >= 2  # per month and plan charts, inline
    assert "<script" not in page.lower() and 'src="http' not in page
    assert "<svg" in laporan.monthly_chart(_evaluation(), "Judul")
