"""Attachments: inside content/, allowed, in the hash; no symlink escape; no GPS in photos."""

from __future__ import annotations

import os

import pytest
from PIL import Image

from pipeline.checks.files import has_gps, strip_gps

from ..conftest import PRESS_RELEASE
from .test_privacy import make_pdf
from .test_safety import EXEMPT, EXEMPT_ITEM

REL = "content/berita/2026-11-20-jembatan.md"


def _with_attachment(path: str) -> str:
    return PRESS_RELEASE.replace("paraf: {}", f'bukti:\n  - {{berkas: "{path}", jenis: dokumen}}\n'
                                 "paraf: {}")


def _codes(site, capsys, rel=REL):
    out = site.ppid("check", capsys=capsys)[1]
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines()
            if ": galat: " in line and line.endswith("]")]


def _photo(path, gps: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (40, 30), (200, 100, 50))
    exif = Image.Exif()
    exif[0x010F] = "Kamera Dinas"  # Make: kept when GPS is stripped
    if gps:
        exif[0x8825] = {1: "S", 2: (7.0, 53.0, 0.0), 3: "E", 4: (110.0, 20.0, 0.0)}
    image.save(path, format="JPEG", exif=exif)


@pytest.mark.parametrize("ref,code", [
    ("/etc/passwd", "berkas.absolut"),
    ("../approvals/roster.yaml", "berkas.naik"),
    ("lampiran/tidak-ada.pdf", "berkas.tidak-ada"),
])
def test_attachment_paths_must_stay_in_content(site, capsys, ref, code):
    site.write(REL, _with_attachment(ref).replace("status: terbit", "status: draf"))
    assert code in _codes(site, capsys)


def test_type_and_size_limits(site, capsys):
    site.write("content/lampiran/program.exe", "MZ")
    site.write(REL, _with_attachment("lampiran/program.exe").replace("status: terbit", "status: draf"))
    assert "berkas.jenis" in _codes(site, capsys)
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\ntingkat_kepercayaan:", "\nlampiran: {ukuran_maks_mb: 1}\ntingkat_kepercayaan:"),
        encoding="utf-8")
    (site.root / "content/lampiran/besar.pdf").write_bytes(b"%PDF" + b"0" * (2 * 1024 * 1024))
    site.write(REL, _with_attachment("lampiran/besar.pdf").replace("status: terbit", "status: draf"))
    assert "berkas.ukuran" in _codes(site, capsys)


def test_symlink_to_a_secret_is_refused_and_never_copied(site, capsys, tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-SERVER", encoding="utf-8")
    (site.root / "content/lampiran").mkdir(parents=True)
    os.symlink(secret, site.root / "content/lampiran/data.txt")
    site.write(REL, PRESS_RELEASE)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1 and "content/lampiran/data.txt: galat:" in out and "[berkas.symlink-keluar]" in out
    assert not (site.root / "output").exists()


def test_gps_position_is_found_and_stripped(site, capsys):
    photo = site.root / "content/gambar/lapangan.jpg"
    _photo(photo, gps=True)
    assert has_gps(photo)
    assert "berkas.gps" in _codes(site, capsys)
    code, out = site.ppid("hapus-gps", str(photo), capsys=capsys)
    assert code == 0 and "lokasi GPS dihapus" in out
    assert not has_gps(photo)
    with Image.open(photo) as image:
        assert image.getexif()[0x010F] == "Kamera Dinas"
    assert not strip_gps(photo)
    assert "berkas.gps" not in _codes(site, capsys)


def test_swapping_an_attachment_after_approval_makes_initials_stale(site, capsys):
    (site.root / "content/lampiran").mkdir(parents=True)
    (site.root / "content/lampiran/laporan.pdf").write_bytes(make_pdf("Versi yang disetujui"))
    site.write(REL, _with_attachment("lampiran/laporan.pdf"))
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    assert _codes(site, capsys) == []
    (site.root / "content/lampiran/laporan.pdf").write_bytes(make_pdf("Versi lain"))
    assert _codes(site, capsys) == ["paraf.basi", "paraf.basi"]


def test_exempt_items_attachments_are_not_copied(site, capsys):
    site.write("content/lampiran/register-pemohon.pdf", "%PDF register rahasia")
    (site.root / "content/lampiran/laporan.pdf").write_bytes(make_pdf("Laporan publik"))
    exempt = EXEMPT_ITEM.replace("paraf: {}", 'lampiran:\n  - {berkas: "lampiran/register-pemohon.pdf"}'
                                 "\nparaf: {}")
    site.write(EXEMPT, exempt)
    site.approve(EXEMPT, [("sub-koordinator", "dewi", "2026-11-20T09:40:00+07:00")])
    site.write(REL, _with_attachment("lampiran/laporan.pdf"))
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    assert site.ppid("build", capsys=capsys)[0] == 0
    assert (site.root / "output/lampiran/laporan.pdf").is_file()
    assert not (site.root / "output/lampiran/register-pemohon.pdf").exists()
