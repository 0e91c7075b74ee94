"""Scheduled publishing: an approved item stays out of the site until its time (time injected)."""

from __future__ import annotations

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
SCHEDULED = PRESS_RELEASE.replace("status: terbit", "status: terbit\ntayang_mulai: 2026-11-22 10:00").replace(
    "klasifikasi:", 'nomor_arsip: "400.14.4.3/0012/Diskominfo/2026"\nklasifikasi:')
PAGE = "output/berita/2026/jembatan/index.html"


def _approved(site):
    site.write(REL, SCHEDULED)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])


def _everything(site) -> str:
    return "".join(p.read_text("utf-8", "replace") for p in (site.root / "output").rglob("*")
                   if p.is_file())


def test_absent_before_its_time_and_present_after(site, capsys):
    _approved(site)
    code, out = site.ppid("check", "--strict", capsys=capsys, when="2026-11-22T09:00:00+07:00")
    assert code == 0
    assert f"{REL}:6: tayang_mulai: info: terjadwal: tayang pada Minggu, 22 November 2026 10.00 WIB" \
        in out
    assert site.ppid("build", capsys=capsys, when="2026-11-22T09:00:00+07:00")[0] == 0
    assert not (site.root / PAGE).exists()
    assert "Bupati meresmikan jembatan" not in _everything(site)
    assert "Bupati Resmikan Jembatan Kali Opak" not in _everything(site)
    assert site.ppid("build", capsys=capsys, when="2026-11-22T10:05:00+07:00")[0] == 0
    assert "Bupati meresmikan jembatan" in (site.root / PAGE).read_text(encoding="utf-8")
    code, out = site.ppid("check", capsys=capsys, when="2026-11-22T10:05:00+07:00")
    assert "terjadwal" not in out


def test_the_schedule_is_part_of_what_was_approved(site, capsys):
    _approved(site)
    site.write(REL, site.read(REL).replace("tayang_mulai: 2026-11-22 10:00",
                                           "tayang_mulai: 2026-11-21 10:00"))
    code, out = site.ppid("check", capsys=capsys, when="2026-11-22T09:00:00+07:00")
    assert code == 1 and "[paraf.basi]" in out


def test_github_format_shows_schedules_as_notices(site, capsys):
    _approved(site)
    code, out = site.ppid("check", "--format", "github", capsys=capsys,
                          when="2026-11-22T09:00:00+07:00")
    assert code == 0 and f"::notice file={REL},line=6,title=jadwal.menunggu::" in out
