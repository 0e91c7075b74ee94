"""Step timing for every SOP from a history written at known times (issue #15).

Working time is the office's: Monday–Thursday 07.30–16.00, Friday 07.30–11.30 and 13.00–16.30,
no work on national holidays and cuti bersama (the `holidays` package) nor on the office's own
day off. A step worked entirely outside working time counts its calendar minutes; every step
finished outside working time is flagged. Each figure below is worked out by hand in a comment.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import openpyxl
import pytest

from pipeline.git.log import load_history
from pipeline.model.dates import WIB
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals
from pipeline.reports import mutu

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

HOURS = """jam_kerja:
  hari: [senin, selasa, rabu, kamis, jumat]
  mulai: "07:30"
  selesai: "16:00"
  jumat: 07:30-11:30, 13:00-16:30
hari_libur:
  - {tanggal: 2026-11-26, nama: Libur kantor uji}
"""
ITEM = """---
title: {title}
date: {day}
jenis: {jenis}
status: terbit
unit: {unit}
{extra}paraf: {{}}
---

Isi naskah {title}.
"""
SITE_LINK = ('distribusi:\n  - {platform: website, tautan: "https://bantulkab.go.id/a", '
             'tanggal: 2026-11-30T11:00:00+07:00}\n')


def _at(text: str) -> str:
    return f"{text}:00+07:00"


def _wib(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=WIB)


def _office(tmp_path):
    site = make_site(tmp_path / "situs", start=datetime(2026, 1, 5, 8, 0, tzinfo=WIB))
    config = site.root / "approvals/config.yaml"
    text = re.sub(r"(?ms)^jam_kerja:.*?(?=^\S)", "", config.read_text(encoding="utf-8"))
    text = re.sub(r"(?ms)^hari_libur:.*?(?=^\S)", "", text)
    config.write_text(text + HOURS, encoding="utf-8")
    site.git("commit", "-qam", "Jam kerja kantor", when=_at("2026-01-05T08:00"))
    return site


def _receive(site, rel, title, jenis, unit, received, extra=""):
    site.write(rel, ITEM.format(title=title, day=received[:10], jenis=jenis, unit=unit, extra=extra))
    site.git("add", rel)
    site.git("commit", "-qm", f"Naskah diterima: {title}", when=_at(received))


def _initial(site, rel, role, who, when):
    site.approve(rel, [(role, who, _at(when))])
    site.git("commit", "-qam", f"Paraf {role}", who=OFFICIALS[who][:2], when=_at(when))


def _file(site, rel, number, when):
    filed = f"status: terbit\nklasifikasi: \"400.14.4.3\"\nnomor_arsip: \"{number}\"\n"
    site.write(rel, site.read(rel).replace("status: terbit\n", filed, 1))
    site.git("commit", "-qam", "Nomor arsip", when=_at(when))


P1, P2, P3 = ("content/berita/2026-11-20-jumat.md", "content/berita/2026-08-14-agustus.md",
              "content/berita/2026-03-17-lebaran.md")
A0, S2, B3, H4 = ("content/berita/2026-11-30-pengumuman.md", "content/informasi/setda.md",
                  "content/berita/2026-11-21-bunder.md", "content/halaman/profil.md")


def _history(site):
    # SOP 001, a Friday afternoon: 11.00 to 13.20 is 30 + 20 minutes (the prayer break is out).
    _receive(site, P1, "Jumat", "siaran-pers", "Dinas Pekerjaan Umum", "2026-11-20T11:00")
    _initial(site, P1, "kabid", "agus", "2026-11-20T13:20")
    _initial(site, P1, "kasie-informasi", "dewi", "2026-11-20T13:30")
    _file(site, P1, "400.14.4.3/0001/Diskominfo/2026", "2026-11-20T13:38")
    # SOP 001 around 17 August: received Friday 16.25 (5 working minutes to 16.30); the Kabid
    # initials on the holiday at 10.00 (5 minutes, flagged), the Kasie 20 minutes later on the
    # holiday (all outside working time: 20 calendar minutes, late), filed Tuesday 07.35 (5).
    _receive(site, P2, "Agustus", "siaran-pers", "Dinas Pekerjaan Umum", "2026-08-14T16:25")
    _initial(site, P2, "kabid", "agus", "2026-08-17T10:00")
    _initial(site, P2, "kasie-informasi", "dewi", "2026-08-17T10:20")
    _file(site, P2, "400.14.4.3/0002/Diskominfo/2026", "2026-08-18T07:35")
    # SOP 001 over Nyepi and Idul Fitri: 18, 20, 23, 24 March are cuti bersama, 19 Nyepi, 21–22 a
    # weekend: Tuesday 15.50 to Wednesday 25 March 07.40 is 10 + 10 minutes.
    _receive(site, P3, "Lebaran", "siaran-pers", "Dinas Pekerjaan Umum", "2026-03-17T15:50")
    _initial(site, P3, "kabid", "agus", "2026-03-25T07:40")
    _initial(site, P3, "kasie-informasi", "dewi", "2026-03-25T07:50")
    _file(site, P3, "400.14.4.3/0003/Diskominfo/2026", "2026-03-25T07:55")
    # SOP 002: 14.00 to 15.30 is 90 (standard 60); 15.30 to Thursday 07.50 is 30 + 20 = 50 (30).
    _receive(site, S2, "Setda", "informasi-publik", "Sekretariat Daerah", "2026-11-24T14:00")
    _initial(site, S2, "ketua-tim-setda", "hendro", "2026-11-24T15:30")
    _initial(site, S2, "kepala-bagian-setda", "sri", "2026-11-25T07:50")
    # SOP 003 on a Saturday: all outside working time, so calendar minutes: 25 (standard 15) and
    # 10 for steps 5–6 together (standard 15 + 10).
    _receive(site, B3, "Bunder", "siaran-pers", "Kalurahan Bunder", "2026-11-21T07:00")
    _initial(site, B3, "seksi-data-bunder", "hendro", "2026-11-21T07:25")
    _initial(site, B3, "ketua-ppid-bunder", "sri", "2026-11-21T07:35")
    # SOP 000, an item dated after the distribution rule (28 November): step 5 is measured by
    # its first distribution line (95 minutes, standard 180).
    _receive(site, A0, "Pengumuman", "pengumuman", "Dinas Kesehatan", "2026-11-30T08:00")
    _initial(site, A0, "kepala-dinas", "retno", "2026-11-30T08:20")
    _initial(site, A0, "kabid", "agus", "2026-11-30T09:00")
    _initial(site, A0, "kasie-opini", "dewi", "2026-11-30T09:25")
    site.write(A0, site.read(A0).replace("paraf:", SITE_LINK + "paraf:", 1))
    site.git("commit", "-qam", "Tautan tayang", when=_at("2026-11-30T11:00"))
    # SOP 004 has no standard minutes: measured (45), never judged.
    _receive(site, H4, "Profil", "halaman", "Diskominfo", "2026-11-23T09:00")
    _initial(site, H4, "sub-koordinator", "dewi", "2026-11-23T09:45")


# (minutes, within the standard, finished outside working time, rule) per item and steps
EXPECTED = {
    (P1, "2"): (50, False, False, "jam-kerja"), (P1, "3"): (10, True, False, "jam-kerja"),
    (P1, "4–5"): (8, True, False, "jam-kerja"),
    (P2, "2"): (5, True, True, "jam-kerja"), (P2, "3"): (20, False, True, "kalender"),
    (P2, "4–5"): (5, True, False, "jam-kerja"),
    (P3, "2"): (20, False, False, "jam-kerja"), (P3, "3"): (10, True, False, "jam-kerja"),
    (P3, "4–5"): (5, True, False, "jam-kerja"),
    (S2, "2"): (90, False, False, "jam-kerja"), (S2, "3"): (50, False, False, "jam-kerja"),
    (B3, "4"): (25, False, True, "kalender"), (B3, "5–6"): (10, True, True, "kalender"),
    (A0, "2"): (20, True, False, "jam-kerja"), (A0, "3"): (40, False, False, "jam-kerja"),
    (A0, "4"): (25, True, False, "jam-kerja"), (A0, "5"): (95, True, False, "jam-kerja"),
    (H4, "2"): (45, None, False, "jam-kerja"),
}


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    site = _office(tmp_path_factory.mktemp("mutu"))
    _history(site)
    return site


def test_every_sop_step_by_step(office):
    approvals = load_approvals(office.root)
    times = mutu.step_times(load_corpus(office.root), approvals, load_history(office.root))
    got = {(t.item, t.steps): (t.minutes, t.within, t.outside, t.rule) for t in times}
    assert got == EXPECTED
    total = mutu.overall(times)
    # 17 judged steps (SOP 004's has no standard), 10 within, 4 finished outside working time.
    assert (total.within, total.judged, total.outside) == (10, 17, 4)
    assert mutu.merged_steps(times) == [
        ("Pemutakhiran Website", "4–5", 10),
        ("Penyebarluasan Informasi melalui Media Sosial", "5–6", 25)]
    kabid = next(t for t in times if t.item == P1 and t.steps == "2")
    assert (kabid.official, kabid.start, kabid.end) == (
        OFFICIALS["agus"][2], _wib(2026, 11, 20, 11, 0), _wib(2026, 11, 20, 13, 20))


def test_xlsx_cells_are_typed_and_trace_every_figure(office, capsys, tmp_path):
    out = tmp_path / "mutu.xlsx"
    code, text = office.ppid("laporan", "mutu-baku", "--format", "xlsx", "--keluaran", str(out),
                             capsys=capsys, when="2026-12-01T10:00:00+07:00")
    assert code == 0, text
    book = openpyxl.load_workbook(out)
    summary = {r[0].value: r[1] for r in book["Ringkasan"].iter_rows(min_row=2)}
    assert summary["Langkah SOP tepat waktu"].value == 10
    assert summary["Langkah SOP dinilai"].value == 17
    share = summary["Langkah SOP tepat waktu (%)"]
    assert share.data_type == "n" and share.value == pytest.approx(10 / 17)
    assert share.number_format == "0%"
    assert summary["Selesai di luar jam kerja"].value == 4
    merged = [r[1].value for r in book["Ringkasan"].iter_rows(min_row=2)
              if r[0].value == "Langkah digabung"]
    assert merged == ["Pemutakhiran Website: langkah 4–5 digabung: 10 menit",
                      "Penyebarluasan Informasi melalui Media Sosial: langkah 5–6 digabung: 25 menit"]
    head, *rows = list(book["Rincian langkah"].iter_rows())
    names = [c.value for c in head]
    assert names[:9] == ["Berkas", "Judul", "SOP", "Langkah", "Mencakup langkah", "Peran",
                         "Pejabat", "Mulai", "Selesai"]
    assert len(rows) == len(EXPECTED)
    holiday = next(r for r in rows if r[0].value == P2 and r[4].value == "3")
    start, end = holiday[7], holiday[8]
    assert start.value == datetime(2026, 8, 17, 10, 0) and start.number_format == "dd-mm-yyyy hh:mm"
    assert end.is_date and end.value == datetime(2026, 8, 17, 10, 20)
    assert [c.value for c in holiday[9:15]] == [20, 20, 15, False, True,
                                                 "menit kalender (seluruhnya di luar jam kerja)"]
    assert holiday[12].data_type == "b"  # a real yes/no cell
    steps = {(r[0].value, r[2].value): r for r in book["Per langkah"].iter_rows(min_row=2)}
    sop1 = [c.value for c in steps[("Pemutakhiran Website", "4–5")]]
    # three filings of 8, 5 and 5 minutes against 5 + 5: all within
    assert sop1[4:12] == [10, 3, 5, 8, 3, 3, 1, 0]
    assert steps[("Pemutakhiran Website", "4–5")][10].number_format == "0%"
    method = [[c.value for c in r] for r in book["Metode"].iter_rows(min_row=2)
              if r[0].value == "Pemutakhiran Website"]
    assert method[3][4:] == ["4–5", 10, "tanpa bukti sendiri: diukur bersama langkah 5"]


def test_text_shows_the_unit_of_the_share(office, capsys):
    code, text = office.ppid("laporan", "mutu-baku", capsys=capsys)
    assert code == 0 and "59 %" in text  # 10/17


def test_office_days_off_and_friday_hours(office):
    hours = load_approvals(office.root).settings.working_time
    assert hours.holiday(date(2026, 11, 26)) == "Libur kantor uji"
    assert not hours.is_working(_wib(2026, 11, 26, 9, 0))
    assert not hours.is_working(_wib(2026, 11, 27, 12, 0))  # Friday prayer break
    assert hours.is_working(_wib(2026, 11, 27, 16, 15))  # Friday until 16.30
    assert not hours.is_working(_wib(2026, 11, 26, 16, 15))
    # Wednesday 15.00 to Friday 08.00: 60 + 30 minutes, the office's day off skipped.
    took = hours.measure(_wib(2026, 11, 25, 15, 0), _wib(2026, 11, 27, 8, 0))
    assert (took.minutes, took.outside, took.rule) == (90, False, "jam-kerja")


def _config(site, extra: str) -> None:
    config = site.root / "approvals/config.yaml"
    text = re.sub(r"(?ms)^hari_libur:.*?(?=^\S|\Z)", "", config.read_text(encoding="utf-8"))
    config.write_text(text + extra, encoding="utf-8")


def test_malformed_holiday_and_hours_are_config_errors_with_their_line(tmp_path, capsys):
    site = _office(tmp_path)
    _config(site, "hari_libur:\n  - {tanggal: 2026-13-45, nama: Salah bulan}\n")
    code, text = site.ppid("laporan", "mutu-baku", capsys=capsys)
    flat = " ".join(text.split())
    assert code == 2 and "Traceback" not in text
    line = site.read("approvals/config.yaml").splitlines().index(
        "  - {tanggal: 2026-13-45, nama: Salah bulan}") + 1
    assert f"approvals/config.yaml:{line}" in flat and "hari_libur[0].tanggal" in flat
    assert "2026-13-45" in flat
    _config(site, "hari_libur:\n  - {nama: Tanpa tanggal}\n")
    code, text = site.ppid("laporan", "mutu-baku", capsys=capsys)
    assert code == 2 and "hari_libur[0].tanggal" in " ".join(text.split())
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "jumat: 07:30-11:30, 13:00-16:30", "jumat: 11:30-07:30"), encoding="utf-8")
    _config(site, "")
    code, text = site.ppid("laporan", "mutu-baku", capsys=capsys)
    flat = " ".join(text.split())
    assert code == 2 and "jam_kerja.jumat" in flat and "11:30-07:30" in flat


def test_evaluation_of_a_period_not_started_or_still_running(office, capsys):
    code, text = office.ppid("laporan", "evaluasi", "--bulan", "2027-01", capsys=capsys,
                             when="2026-12-01T10:00:00+07:00")
    flat = " ".join(text.split())
    assert code == 2 and "periode '2027-01' belum dimulai" in flat and "Traceback" not in text
    code, text = office.ppid("laporan", "evaluasi", "--bulan", "2026-12", capsys=capsys,
                             when="2026-12-01T10:00:00+07:00")
    flat = " ".join(text.replace("│", " ").split())  # a wrapped cell continues on the next line
    assert code == 0 and "sementara: periode berakhir 31-12-2026, angka sampai 01-12-2026" in flat


W, Q = "content/berita/2026-11-02-ditarik.md", "content/berita/2026-11-13-antre.md"


def test_evaluation_lists_withdrawals_and_the_backlog_with_working_days(site, capsys, tmp_path):
    withdrawn = PRESS_RELEASE.replace("Jembatan Kali Opak", "Jembatan Ditarik")
    site.write(W, withdrawn)
    site.git("add", W)
    site.git("commit", "-qm", "Naskah W", when=_at("2026-11-02T08:00"))
    _initial(site, W, "kabid", "agus", "2026-11-02T08:10")
    _initial(site, W, "kasie-informasi", "dewi", "2026-11-02T08:20")
    site.write(W, site.read(W).replace("status: terbit", "status: ditarik\nalasan_penarikan: Acara "
                                       "dibatalkan.\ntanggal_penarikan: 2026-11-04 10:00"))
    site.git("commit", "-qam", "Tarik W", who=OFFICIALS["agus"][:2], when=_at("2026-11-04T10:00"))
    site.write(Q, PRESS_RELEASE.replace("Jembatan Kali Opak", "Jembatan Antre"))
    site.git("add", Q)
    site.git("commit", "-qm", "Naskah Q", when=_at("2026-11-13T15:00"))
    out = tmp_path / "evaluasi.xlsx"
    code, text = site.ppid("laporan", "evaluasi", "--bulan", "2026-11", "--format", "xlsx",
                           "--keluaran", str(out), capsys=capsys, when="2026-12-01T10:00:00+07:00")
    assert code == 0, text
    book = openpyxl.load_workbook(out)

    def rows(name):
        return [[c.value for c in r] for r in book[name].iter_rows(min_row=2)]

    summary = dict(rows("Ringkasan"))
    assert (summary["Naskah terbit"], summary["Naskah ditarik"], summary["Naskah dalam antrean"]) \
        == (1, 1, 1)
    assert summary["Keadaan periode"] == "selesai"
    assert rows("Per bulan") == [["2026-11", 1, 1]]  # published in November, withdrawn too
    kabid = "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik"
    assert rows("Penarikan") == [["2026-11", datetime(2026, 11, 4, 10, 0), "Bupati Resmikan "
                                  "Jembatan Ditarik", W, datetime(2026, 11, 2, 8, 20), kabid,
                                  OFFICIALS["agus"][2], "Acara dibatalkan."]]
    # Received Friday 13 November; by 30 November: 16–20, 23–27 and 30 November = 11 working days.
    assert rows("Antrean") == [[Q, "Bupati Resmikan Jembatan Antre", "Kegiatan Pimpinan",
                                "Dinas Pekerjaan Umum", datetime(2026, 11, 13, 15, 0), 11,
                                f"{kabid} ({OFFICIALS['agus'][2]})", "terbit"]]
    assert rows("Naskah terbit")[0][1:2] == [datetime(2026, 11, 2, 8, 20)]
