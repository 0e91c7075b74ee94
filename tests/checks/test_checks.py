"""Approval chains: present, by the office holder of the day, in order, still current."""

from __future__ import annotations

from datetime import datetime

from pipeline.checks.run import run_offline as check_corpus
from pipeline.model.dates import WIB
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus
from pipeline.office.policy import load_approvals

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=WIB)


def _check(site, strict=False):
    findings = check_corpus(load_corpus(site.root), load_approvals(site.root), NOW, strict)
    return findings


def _codes(site, **kw):
    return sorted((f.code, f.field) for f in _check(site, **kw) if f.severity is Severity.ERROR)


def _approved(site, text=PRESS_RELEASE):
    site.write(REL, text)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])


def test_fully_initialled_release_passes(site):
    _approved(site)
    assert _codes(site) == []


def test_missing_initials_name_who_must_act(site):
    site.write(REL, PRESS_RELEASE)
    findings = [f for f in _check(site) if f.code == "paraf.kurang"]
    assert [f.params["peran"] for f in findings] == ["kabid", "kasie-informasi"]
    assert f"ppid paraf {REL} --peran kabid" in findings[0].message()
    assert findings[0].line == 12  # the paraf line


def test_initial_by_someone_not_holding_the_role_that_day(site):
    site.write(REL, PRESS_RELEASE)
    # Sri Handayani was Kabid until 30 June 2026; Agus Prasetyo from 1 July.
    site.approve(REL, [("kabid", "sri", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    (finding,) = [f for f in _check(site) if f.severity is Severity.ERROR]
    assert finding.code == "paraf.bukan-pejabat" and finding.field == "paraf.kabid.nama"
    assert "pejabat saat itu: Drs. Agus Prasetyo, M.Si." in finding.message()
    assert "Jumat, 20 November 2026 09.40 WIB" in finding.message()


def test_the_same_person_was_valid_before_leaving_office(site):
    site.write(REL, PRESS_RELEASE.replace("2026-11-20 09:00", "2026-06-10 09:00"))
    site.approve(REL, [("kabid", "sri", "2026-06-10T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-06-10T09:52:00+07:00")])
    assert _codes(site) == []


def test_out_of_order_initials(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T10:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    (finding,) = [f for f in _check(site) if f.severity is Severity.ERROR]
    assert finding.code == "paraf.urutan" and finding.field == "paraf.kasie-informasi.tanggal"
    assert "Kepala Bidang" in finding.message() and "→" in finding.message()


def test_edit_after_initials_makes_them_stale(site):
    _approved(site)
    site.write(REL, site.read(REL).replace("60 meter", "65 meter"))
    findings = [f for f in _check(site) if f.code == "paraf.basi"]
    assert [f.field for f in findings] == ["paraf.kabid.sha256", "paraf.kasie-informasi.sha256"]
    assert "dokumen berubah setelah diparaf" in findings[0].message()


def test_editing_a_field_also_stales(site):
    _approved(site)
    site.write(REL, site.read(REL).replace("nomor_urut: 12", "nomor_urut: 13"))
    assert {c for c, _ in _codes(site)} == {"paraf.basi"}


def test_filing_and_withdrawing_do_not_stale_initials(site):
    _approved(site)
    text = site.read(REL).replace("status: terbit", "status: ditarik\nalasan_penarikan: Batal\n"
                                  "tanggal_penarikan: 2026-11-21 08:00").replace(
        "klasifikasi:", 'nomor_arsip: "400.14.4.3/0012/Diskominfo/2026"\nklasifikasi:')
    site.write(REL, text)
    assert _codes(site) == []


def test_rejection_stops_the_chain(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00")], keputusan="tolak")
    findings = [f for f in _check(site) if f.severity is Severity.ERROR]
    assert [f.code for f in findings] == ["paraf.ditolak-kembali"]  # the Kasie is not asked yet
    assert "Perbaiki judul." in findings[0].message()
    # The SOP's "Tidak" target, and who initials next by role and name (issue #15).
    assert "ke langkah 1 (Petugas Penerima Berita/Informasi)" in findings[0].message()
    assert "berikutnya Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik (Drs. Agus " \
        "Prasetyo, M.Si.)" in findings[0].message()


def test_initial_in_the_future(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-25T09:52:00+07:00")])
    assert _codes(site) == [("paraf.masa-depan", "paraf.kasie-informasi.tanggal")]


def test_forged_hash_is_stale(site):
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")],
                 sha256="0" * 64)
    assert {c for c, _ in _codes(site)} == {"paraf.basi"}


def test_step_requirements_of_the_sop(site):
    rel = "content/berita/2026-11-16-pelatihan.md"
    site.write(rel, PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: pengumuman").replace(
        "jenis_berita: Kegiatan Pimpinan\n", ""))
    site.approve(rel, [("kepala-dinas", "retno", "2026-11-20T09:20:00+07:00"),
                       ("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-opini", "hendro", "2026-11-20T09:52:00+07:00")])
    (finding,) = [f for f in _check(site) if f.severity is Severity.ERROR]
    assert finding.code == "langkah.isian" and finding.field == "surat_permohonan"
    assert "langkah 1" in finding.message()


def test_initial_for_a_role_outside_the_sop_is_warned(site):
    _approved(site)
    site.approve(REL, [("kepala-dinas", "retno", "2026-11-20T10:00:00+07:00")])
    (finding,) = [f for f in _check(site) if f.code == "paraf.peran-lain"]
    assert finding.severity is Severity.WARNING
    assert ("paraf.peran-lain", "paraf.kepala-dinas") not in _codes(site)
    assert ("paraf.peran-lain", "paraf.kepala-dinas") in _codes(site, strict=True)


def test_drafts_are_checked_for_schema_only(site):
    site.write(REL, PRESS_RELEASE.replace("status: terbit", "status: draf"))
    assert _codes(site) == []


def test_duplicate_url_and_sequence_number(site):
    _approved(site)
    other = "content/berita/2026-11-21-jembatan.md"
    site.write(other, site.read(REL).replace("2026-11-20 09:00", "2026-11-21 09:00"))
    codes = {c for c, _ in _codes(site)}
    assert {"situs.url-ganda", "situs.nomor-urut-ganda"} <= codes


def test_misspelt_role_is_warned_and_the_real_one_is_missing(site):
    _approved(site)
    site.write(REL, site.read(REL).replace("  kabid:", "  kabidd:"))
    findings = _check(site)
    assert ("paraf.peran-lain", "paraf.kabidd") in [(f.code, f.field) for f in findings]
    assert [f.params["peran"] for f in findings if f.code == "paraf.kurang"] == ["kabid"]
