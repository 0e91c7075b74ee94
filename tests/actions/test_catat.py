"""actions/catat: step record lines and videotron showings, edited as text (issue #15)."""

from __future__ import annotations

from pipeline.actions.catat import record_line, set_record
from pipeline.model.reader import load_document

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


def test_a_record_line_replaces_its_steps_earlier_line_only():
    first = record_line(7, {"peran": "seksi-data-bunder", "nama": "Wahyu Hidayat",
                            "tanggal": "2026-11-20T10:00:00+07:00", "platform_dipilih": ["instagram"]})
    assert first == ('  langkah-7: {peran: "seksi-data-bunder", nama: "Wahyu Hidayat", '
                     'tanggal: 2026-11-20T10:00:00+07:00, platform_dipilih: [instagram]}')
    text = set_record(PRESS_RELEASE, 7, first)
    text = set_record(text, 10, first.replace("langkah-7", "langkah-10"))
    again = set_record(text, 7, first.replace("[instagram]", "[instagram, facebook]"))
    assert again.count("langkah-7:") == 1 and "langkah-10:" in again
    assert "[instagram, facebook]" in again
    assert "# catatan redaksi: foto menyusul" in again  # every other byte kept


def test_a_videotron_showing_is_recorded_by_the_admin(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="penulis")
    rel = REL.replace("jembatan", "rabies")
    repo.write(rel, PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: pengumuman"))
    repo.commit(rel)
    code, out = repo.ppid("catat", rel, "--videotron", "Simpang Klodran", capsys=capsys,
                          identity=("Rina Susanti", "rina.susanti@bantulkab.go.id"),
                          when="2026-11-21T08:00:00+07:00")
    assert code == 2 and "--slot" in out
    code, out = repo.ppid("catat", rel, "--videotron", "Simpang Klodran", "--slot",
                          "2026-11-22 07.00-09.00", capsys=capsys,
                          identity=("Rina Susanti", "rina.susanti@bantulkab.go.id"),
                          when="2026-11-21T08:00:00+07:00")
    assert code == 0, out
    (entry,) = load_document(repo.root, repo.root / rel).meta["distribusi"]
    assert entry["platform"] == "videotron" and entry["slot"] == "2026-11-22 07.00-09.00"
