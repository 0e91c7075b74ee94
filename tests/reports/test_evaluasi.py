"""Evaluation report from a history the test wrote: counts per month, rejections, stale DIP."""

from __future__ import annotations

import re
from datetime import datetime

import openpyxl

from ..checks.test_safety import EXEMPT_ITEM
from ..conftest import PRESS_RELEASE

A = "content/berita/2026-09-15-jembatan.md"
B = "content/berita/2026-10-01-pasar.md"
C = "content/informasi/rencana-kerja.md"
POST = ("distribusi:\n  - {platform: instagram, tautan: \"https://www.instagram.com/p/1/\", "
        "tanggal: 2026-09-15T12:40:00+07:00}\nparaf: {}")
NOW = "2026-11-21T10:00:00+07:00"


def _history(site):
    site.write(A, PRESS_RELEASE.replace("paraf: {}", POST))
    site.git("add", A)
    site.git("commit", "-qm", "Naskah A", when="2026-09-15T08:00:00+07:00")
    site.approve(A, [("kabid", "agus", "2026-09-15T08:50:00+07:00"),
                     ("kasie-informasi", "dewi", "2026-09-15T09:00:00+07:00")])
    site.git("commit", "-qam", "Paraf A", when="2026-09-15T09:00:00+07:00")

    site.write(B, PRESS_RELEASE.replace("Jembatan Kali Opak", "Pasar Bantul").replace(
        "nomor_urut: 12", "nomor_urut: 13"))
    site.git("add", B)
    site.git("commit", "-qm", "Naskah B", when="2026-10-01T08:00:00+07:00")
    site.approve(B, [("kabid", "agus", "2026-10-02T09:00:00+07:00")], keputusan="tolak")
    site.git("commit", "-qam", "Tolak B", when="2026-10-02T09:00:00+07:00")
    site.approve(B, [("kabid", "agus", "2026-11-03T09:00:00+07:00"),
                     ("kasie-informasi", "dewi", "2026-11-03T09:00:00+07:00")])
    site.git("commit", "-qam", "Paraf B", when="2026-11-03T09:00:00+07:00")

    berkala = EXEMPT_ITEM.replace("kategori: dikecualikan", "kategori: berkala").replace(
        "title: Data Pribadi Pemohon Informasi", "title: Rencana Kerja Diskominfo").replace(
        "dasar_pengecualian: UU 14/2008 Pasal 17 huruf h\nuji_konsekuensi: Penetapan 045/001/UK/2026\n",
        "")
    site.write(C, berkala)
    site.git("add", C)
    site.git("commit", "-qm", "DIP berkala", when="2026-03-01T08:00:00+07:00")
    site.approve(C, [("sub-koordinator", "dewi", "2026-03-02T09:00:00+07:00")])
    site.git("commit", "-qam", "Paraf C", when="2026-03-02T09:00:00+07:00")


def test_semester_evaluation_numbers_and_xlsx(site, capsys, tmp_path):
    _history(site)
    out = tmp_path / "evaluasi.xlsx"
    code, text = site.ppid("report", "evaluasi", "--periode", "2026-s2", "--format", "xlsx",
                           "--keluaran", str(out), capsys=capsys, when=NOW)
    assert code == 0 and "laporan ditulis" in text
    book = openpyxl.load_workbook(out)

    def rows(name):
        return [[c.value for c in row] for row in book[name].iter_rows(min_row=2)]

    summary = dict(rows("Ringkasan"))
    assert summary["Periode"] == "2026-S2" and summary["Naskah terbit"] == 2
    # A: kabid 60 working minutes (late, standard 15), kasie 0; B: kabid weeks late, kasie 0.
    assert (summary["Langkah SOP tepat waktu"], summary["Langkah SOP dinilai"]) == (2, 4)
    assert summary["Langkah SOP tepat waktu (%)"] == 0.5
    cells = {row[0].value: row[1] for row in book["Ringkasan"].iter_rows(min_row=2)}
    assert cells["Langkah SOP tepat waktu (%)"].number_format == "0%"  # a number, not "50%" text
    assert cells["Sampai"].number_format == "dd-mm-yyyy"
    assert summary["Sampai"] == datetime(2026, 12, 31)  # a real date
    assert summary["Keadaan periode"].startswith("sementara: periode berakhir 31-12-2026")
    assert summary["Bulan tanpa unggahan"] == "2026-07, 2026-08, 2026-10"  # December is ahead
    assert rows("Per bulan") == [["2026-07", 0, 0], ["2026-08", 0, 0], ["2026-09", 1, 0],
                                 ["2026-10", 0, 0], ["2026-11", 1, 0], ["2026-12", 0, 0]]
    assert rows("Per unit") == [["2026-09", "Dinas Pekerjaan Umum", 1],
                                ["2026-11", "Dinas Pekerjaan Umum", 1]]
    (rejection,) = rows("Penolakan")
    assert rejection[1:] == ["Bupati Resmikan Pasar Bantul", "Kepala Bidang Pengelolaan "
                             "Informasi dan Komunikasi Publik", "Drs. Agus Prasetyo, M.Si.",
                             "Perbaiki judul."]
    # C was approved on 2 March (its latest agreeing initial) and not changed since: 264 days
    # by today, 21 November.
    assert rows("DIP berkala usang") == [[C, "Rencana Kerja Diskominfo", datetime(2026, 3, 2), 264]]
    assert rejection[0] == datetime(2026, 10, 2, 9, 0)  # a real date and time (WIB)
    assert rows("Media sosial") == [["instagram", 1, 3.7]]  # 09.00 to 12.40


def test_month_html_is_self_contained_and_bad_period_is_exit_2(site, capsys, tmp_path):
    _history(site)
    out = tmp_path / "evaluasi.html"
    code, _ = site.ppid("report", "evaluasi", "--bulan", "2026-11", "--format", "html",
                        "--keluaran", str(out), capsys=capsys, when=NOW)
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert 'aria-label="Naskah terbit per bulan: 2026-11: 1"' in page
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert "<td>Naskah terbit</td><td>1</td>" in page
    assert "Perbaiki judul." not in page  # that rejection was in October
    code, text = site.ppid("report", "evaluasi", capsys=capsys, when=NOW)  # this month
    assert code == 0 and "│ Periode" in text and "2026-11" in text and "Pasar Bantul" not in text
    code, text = site.ppid("report", "evaluasi", "--bulan", "2026-13", capsys=capsys)
    assert code == 2 and "periode '2026-13' tidak valid" in text
    out = tmp_path / "mutu.html"
    code, text = site.ppid("report", "mutu-baku", "--format", "html", "--keluaran", str(out),
                           capsys=capsys)
    page = out.read_text(encoding="utf-8")
    assert code == 0 and "<h2>Rincian langkah</h2>" in page and "<script" not in page


def test_dashboard_page_shows_this_month_and_can_be_turned_off(site, capsys):
    _history(site)
    assert site.ppid("build", capsys=capsys, when=NOW)[0] == 0
    page = (site.root / "output/dasbor/index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "bulan November 2026" in text
    assert "Naskah terbit 1 " in text and "Langkah SOP tepat waktu – " in text  # B came in October
    assert re.search(r'<svg role="img" aria-label="Naskah terbit per bulan, semester 2026-S2: '
                     r'Jul 2026: 0, Agu 2026: 0, Sep 2026: 1, Okt 2026: 0, Nov 2026: 1, Des 2026: 0"', page)
    assert "Bulan tanpa unggahan: Jul 2026, Agu 2026, Okt 2026" in text
    assert "Kegiatan Pimpinan : 1" in text
    assert "Rencana Kerja Diskominfo (terakhir diperbarui" in text and "264 hari" in text
    home = (site.root / "output/index.html").read_text(encoding="utf-8")
    assert "dasbor/" in home
    assert "/dasbor/" in (site.root / "output/sitemap.xml").read_text(encoding="utf-8")

    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "dasbor: false\n", encoding="utf-8")
    site.git("commit", "-qam", "Dasbor tidak diterbitkan")
    assert site.ppid("build", capsys=capsys, when=NOW)[0] == 0
    assert not (site.root / "output/dasbor").exists()
    assert "dasbor/" not in (site.root / "output/index.html").read_text(encoding="utf-8")


def test_older_theme_without_dashboard_template_still_builds(site, capsys):
    _history(site)
    (site.root / "theme/templates/dasbor.html").unlink()
    site.git("commit", "-qam", "Tema lama")
    assert site.ppid("build", capsys=capsys, when=NOW)[0] == 0
    assert (site.root / "output/agenda/index.html").is_file()
    assert not (site.root / "output/dasbor").exists()
    assert "dasbor/" not in (site.root / "output/sitemap.xml").read_text(encoding="utf-8")


PAGE = "content/halaman/profil.md"
PAGE_TEXT = """---
title: Profil PPID
date: 2025-09-01 09:00
jenis: halaman
status: terbit
paraf: {}
---

PPID Kabupaten Bantul melayani permohonan informasi.
"""


def test_pages_stale_beyond_the_configured_age(site, capsys, tmp_path):
    site.write(PAGE, PAGE_TEXT)
    site.git("add", PAGE)
    site.git("commit", "-qm", "Halaman", when="2025-09-01T09:00:00+07:00")
    site.approve(PAGE, [("sub-koordinator", "dewi", "2025-10-01T09:00:00+07:00")])
    site.git("commit", "-qam", "Paraf halaman", when="2025-10-01T09:00:00+07:00")
    # A posting link later on changes lines but not the content: the page is not renewed.
    site.write(PAGE, site.read(PAGE).replace("paraf:", "distribusi:\n  - {platform: facebook, "
                                             "tautan: \"https://www.facebook.com/1\"}\nparaf:"))
    site.git("commit", "-qam", "Tautan", when="2026-10-01T09:00:00+07:00")
    out = tmp_path / "ev.xlsx"

    def stale():
        code, text = site.ppid("report", "evaluasi", "--periode", "2026-S2", "--format", "xlsx",
                               "--keluaran", str(out), capsys=capsys, when=NOW)
        assert code == 0, text
        return [[c.value for c in r] for r in
                openpyxl.load_workbook(out)["Halaman usang"].iter_rows(min_row=2)]

    # Approved 1 October 2025; on 21 November 2026 that is 416 days, over the default 365.
    assert stale() == [[PAGE, "Profil PPID", datetime(2025, 10, 1), 416]]
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "halaman_usang_hari: 500\n",
                      encoding="utf-8")
    assert stale() == []
    config.write_text(config.read_text(encoding="utf-8").replace(
        "halaman_usang_hari: 500", "halaman_usang_hari: nol"), encoding="utf-8")
    code, text = site.ppid("report", "evaluasi", capsys=capsys, when=NOW)
    assert code == 2 and "approvals/config.yaml" in text and "halaman_usang_hari" in text


# ---- unit tests of pipeline.reports.evaluasi: periods, and evaluate() on the history above ----

def test_parse_period_month_quarter_semester_and_refusals():
    import pytest

    from pipeline.reports.evaluasi import month_of, parse_period, semester_of

    feb = parse_period("2028-02")  # a leap year
    assert (feb.label, feb.start.isoformat(), feb.end.isoformat()) == ("2028-02", "2028-02-01",
                                                                       "2028-02-29")
    q4 = parse_period(" 2026-q4 ")
    assert (q4.label, q4.end.isoformat(), q4.months) == ("2026-Q4", "2026-12-31",
                                                         ["2026-10", "2026-11", "2026-12"])
    assert parse_period("2026-S1").months == [f"2026-{m:02d}" for m in range(1, 7)]
    assert month_of(datetime(2026, 12, 31).date()).label == "2026-12"
    assert semester_of(datetime(2026, 6, 30).date()).label == "2026-S1"
    assert semester_of(datetime(2026, 7, 1).date()).label == "2026-S2"
    for bad in ("2026-13", "2026-00", "2026-Q5", "2026-S3", "26-11", "2026-1", "November"):
        with pytest.raises(ValueError):
            parse_period(bad)


def test_period_holds_by_the_day_in_wib():
    from datetime import timedelta, timezone

    from pipeline.reports.evaluasi import parse_period

    nov = parse_period("2026-11")
    utc = timezone(timedelta(0))
    assert nov.holds(datetime(2026, 10, 31, 17, 0, tzinfo=utc))  # 1 November 00:00 WIB
    assert not nov.holds(datetime(2026, 10, 31, 16, 59, tzinfo=utc))
    assert nov.holds(datetime(2026, 11, 30, 23, 59, tzinfo=timezone(timedelta(hours=7))))
    assert not nov.holds(None)
    assert nov.running(nov.end) and not nov.running(nov.end + timedelta(days=1))


def test_evaluation_series_and_months_without_upload():
    from pipeline.reports.evaluasi import Evaluation, parse_period

    when = datetime(2026, 8, 3)
    ev = Evaluation(parse_period("2026-Q3"), today=datetime(2026, 8, 20).date())
    ev.published = [("2026-08", "Kegiatan", "-", "-", "A", when, "Berita", "a.md"),
                    ("2026-08", "Kegiatan", "-", "-", "B", when, "Berita", "b.md"),
                    ("2026-08", "-", "-", "berkala", "C", when, "Informasi Publik", "c.md")]
    assert ev.series() == {"Berita": [0, 2, 0], "Informasi Publik": [0, 1, 0]}
    assert ev.months_without_upload == ["2026-07"]  # September has not come yet
    assert ev.per_month(1) == [("2026-08", "-", 1), ("2026-08", "Kegiatan", 2)]
    assert ev.withdrawn_per_month() == [0, 0, 0]


def test_evaluate_counts_by_publication_month(site, monkeypatch):
    from pipeline.git.log import load_history
    from pipeline.model.reader import load_corpus
    from pipeline.office.policy import load_approvals
    from pipeline.reports.evaluasi import evaluate, last_update, parse_period

    _history(site)
    monkeypatch.setenv("PPID_SEKARANG", NOW)
    docs, history = load_corpus(site.root), load_history(site.root)
    approvals = load_approvals(site.root)
    sept = evaluate(docs, approvals, history, parse_period("2026-09"))
    assert [row[7] for row in sept.published] == [A]
    assert sept.shared == {"instagram": 1} and sept.hours_to_post == {"instagram": [3.7]}
    assert sept.backlog == []  # B was received on 1 October, after September's end
    oct_ = evaluate(docs, approvals, history, parse_period("2026-10"))
    assert oct_.published == [] and [r[1] for r in oct_.rejections] == ["Bupati Resmikan Pasar Bantul"]
    assert [w.file for w in oct_.backlog] == [B]
    s2 = evaluate(docs, approvals, history, parse_period("2026-S2"))
    assert sorted(r[7] for r in s2.published) == [A, B]
    # The berkala item was last approved on 2 March: on 21 November (today) 264 days, over 183.
    assert [(s[0], s[3]) for s in s2.stale] == [(C, 264)]
    assert evaluate(docs, approvals, history, parse_period("2026-03")).stale == []  # as of 31 March
    doc_c = next(d for d in docs if d.rel == C)
    assert last_update(doc_c, history).isoformat() == "2026-03-02T09:00:00+07:00"
