"""Archive classification and numbers: the Permendagri table, the format, one number forever."""

from __future__ import annotations

import pytest

from pipeline.checks.run import run_check
from pipeline.model.document import parse_text
from pipeline.office.archive import next_number

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "situs", level="penulis")


def _findings(site, code_prefix="arsip."):
    return [f for f in run_check(site.root).findings if f.code.startswith(code_prefix)]


def _number(site, capsys, rel=REL, identity=RINA):
    return site.ppid("number", rel, capsys=capsys, identity=identity,
                     when="2026-11-20T10:30:00+07:00")


@pytest.mark.parametrize("code,expected", [
    ("400.14.4.3", None),
    ("400.14.9", None),
    ("400.14.13", ("arsip.klasifikasi-tak-dikenal", "error")),
    ("400.14.4.7", ("arsip.klasifikasi-tak-dikenal", "error")),
    ("950.1", ("arsip.klasifikasi-pokok", "error")),
    ("400.3.1", ("arsip.klasifikasi-luar-tabel", "warning")),
])
def test_classification_against_permendagri_table(site, code, expected):
    site.write(REL, PRESS_RELEASE.replace('"400.14.4.3"', f'"{code}"').replace(
        "status: terbit", "status: draf"))
    found = [(f.code, f.severity.value) for f in _findings(site)]
    assert found == ([expected] if expected else [])


def test_office_can_extend_the_table(site):
    site.write("approvals/klasifikasi.yaml", 'kode:\n  "400.3.1": Kebijakan pendidikan\n')
    site.write(REL, PRESS_RELEASE.replace('"400.14.4.3"', '"400.3.1"').replace(
        "status: terbit", "status: draf"))
    assert _findings(site) == []


def test_archive_number_format(site):
    site.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf").replace(
        "klasifikasi:", 'nomor_arsip: "ARSIP-12"\nklasifikasi:'))
    (finding,) = _findings(site)
    assert finding.code == "arsip.format" and finding.line == 10
    assert "400.14.4.3/0001/Diskominfo/2026" in finding.message()


def test_number_assigns_the_next_free_number_as_the_archivist(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    code, out = _number(site, capsys, identity=OFFICIALS["agus"][:2])
    assert code == 2 and "tidak memegang peran Operator Website" in out
    code, out = _number(site, capsys)
    assert code == 0 and "400.14.4.3/0001/Diskominfo/2026" in out
    text = site.read(REL)
    assert 'klasifikasi: "400.14.4.3"\nnomor_arsip: "400.14.4.3/0001/Diskominfo/2026"\n' in text
    log = site.git("log", "-1", "--format=%an|%s", "--name-only").split("\n")
    assert log[0] == "Rina Susanti|Arsip 400.14.4.3/0001/Diskominfo/2026: Bupati Resmikan " \
                     "Jembatan Kali Opak" and log[-2] == REL
    code, out = _number(site, capsys)
    assert code == 2 and "sudah bernomor arsip" in out
    code, out = site.ppid("paraf", REL, "--peran", "operator-website", identity=RINA, capsys=capsys)
    assert code == 2 and "'ppid nomori BERKAS'" in out
    other = "content/berita/2026-11-21-lain.md"
    site.write(other, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 13"))
    site.commit(other)
    assert "0002/Diskominfo/2026" in _number(site, capsys, rel=other)[1]


def test_number_is_not_part_of_what_was_initialled(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    for who, role, when in (("agus", "kabid", "2026-11-20T09:40:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T09:52:00+07:00")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, capsys=capsys, when=when)[0] == 0
    assert _number(site, capsys)[0] == 0  # filed after the initials, as SOP 001 orders
    assert [f for f in run_check(site.root).findings if f.severity.value == "error"] == []


def test_a_number_is_never_reused_even_after_deletion(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    assert _number(site, capsys)[0] == 0
    number = "400.14.4.3/0001/Diskominfo/2026"
    site.git("rm", "-q", REL)
    site.git("commit", "-qm", "Hapus naskah")
    other = "content/berita/2026-11-21-pengganti.md"
    site.write(other, PRESS_RELEASE.replace("klasifikasi:", f'nomor_arsip: "{number}"\n'
                                            "klasifikasi:"))
    site.commit(other)
    (finding,) = _findings(site)
    assert finding.code == "arsip.dipakai" and finding.path == other
    assert f"sudah pernah dipakai untuk {REL}" in finding.message()
    # and the next number skips it
    site.write(other, PRESS_RELEASE)
    site.commit(other, "Tanpa nomor")
    assert "0002/Diskominfo/2026" in _number(site, capsys, rel=other)[1]


def test_a_renamed_file_keeps_its_number(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    assert _number(site, capsys)[0] == 0
    site.git("mv", REL, "content/berita/2026-11-20-jembatan-opak.md")
    site.git("commit", "-qm", "Ganti nama")
    assert _findings(site) == []


def test_two_branches_taking_the_same_number_are_caught_after_merge(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.git("checkout", "-q", "-b", "cabang-a")
    a = "content/berita/2026-11-21-a.md"
    site.write(a, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 21"))
    site.commit(a)
    assert "0001" in _number(site, capsys, rel=a)[1]
    site.git("checkout", "-q", "main")
    b = "content/berita/2026-11-21-b.md"
    site.write(b, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 22"))
    site.commit(b)
    assert "0001" in _number(site, capsys, rel=b)[1]
    site.git("merge", "-q", "--no-edit", "cabang-a")
    codes = {f.code for f in _findings(site)}
    assert "arsip.ganda" in codes


# ---- office/archive's own functions ----------------------------------------------------------


def test_next_number_counts_this_year_now_and_ever_and_ignores_other_formats(tmp_path):
    fmt, unit = "{klasifikasi}/{urut:04d}/{unit}/{tahun}", "Diskominfo"
    docs = [parse_text(tmp_path / f"{n}.md", f"content/berita/{n}.md",
                       PRESS_RELEASE.replace('klasifikasi: "400.14.4.3"',
                                             f'klasifikasi: "400.14.4.3"\nnomor_arsip: "{number}"'))
            for n, number in enumerate(["400.14.4.3/0007/Diskominfo/2026",
                                        "400.14.4.3/0099/Diskominfo/2025",
                                        "400.14.4.3/0500/Dinas Lain/2026"])]
    assert next_number(2026, fmt, unit, docs) == 8
    assert next_number(2026, fmt, unit, docs, ["000.1/0012/Diskominfo/2026"]) == 13  # deleted since
    assert next_number(2025, fmt, unit, docs) == 100 and next_number(2027, fmt, unit, docs) == 1
    assert next_number(2026, "{urut}", unit, [], ["3", "bukan"]) == 4  # no year in the format
