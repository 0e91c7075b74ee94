"""actions/scaffold: `ppid baru` writes a file the schema accepts as a draft, or says why not."""

from __future__ import annotations

import pytest

from pipeline.actions.scaffold import new_document
from pipeline.model.errors import UsageError
from pipeline.model.findings import Severity
from pipeline.model.reader import load_document
from pipeline.model.schema import validate

from ..conftest import PRESS_RELEASE
from ..reports.test_rencana import PLAN, PLAN_TEXT


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv("PPID_SEKARANG", "2026-11-20T09:00:00+07:00")
    return tmp_path


def _errors(root, rel):
    doc = load_document(root, root / rel)
    assert doc.loaded, doc.findings
    return [f for f in validate(rel, doc.meta, doc.line_of) if f.severity == Severity.ERROR], doc


def test_a_new_press_release_is_a_draft_with_the_next_agenda_number(root):
    (root / "content/berita").mkdir(parents=True)
    (root / "content/berita/2026-11-01-lama.md").write_text(PRESS_RELEASE, encoding="utf-8")
    rel = new_document(root, "siaran-pers", "Jembatan Kali Opak: Diresmikan!", "Dinas PU")
    assert rel == "content/berita/2026-11-20-jembatan-kali-opak-diresmikan.md"
    errors, doc = _errors(root, rel)
    assert errors == [] and doc.status == "draf" and doc.meta["nomor_urut"] == 13
    assert doc.meta["title"] == "Jembatan Kali Opak: Diresmikan!" and doc.unit == "Dinas PU"
    again = new_document(root, "siaran-pers", "Jembatan Kali Opak: Diresmikan!")
    assert again.endswith("-diresmikan-2.md")  # never overwrites


def test_from_a_plan_entry_title_unit_and_reference_are_taken(root):
    (root / PLAN).parent.mkdir(parents=True)
    (root / PLAN).write_text(PLAN_TEXT, encoding="utf-8")
    rel = new_document(root, "informasi-publik", None, rencana="2026-q4/R03")
    _, doc = _errors(root, rel)
    assert doc.meta["rencana"] == "2026-Q4/R03" and doc.meta["kategori"] == "berkala"
    assert doc.title == "Laporan Keuangan Triwulan III" and doc.unit == "Diskominfo"
    with pytest.raises(UsageError):  # R01 is planned as a press release
        new_document(root, "informasi-publik", None, rencana="2026-Q4/R01")
    with pytest.raises(UsageError):
        new_document(root, "informasi-publik", None, rencana="2026-Q4/R99")


def test_plans_this_quarter_then_the_next_and_never_twice(root):
    assert new_document(root, "rencana", None, "Diskominfo") == "content/rencana/2026-Q4.yaml"
    assert new_document(root, "rencana", None, "Diskominfo") == "content/rencana/2027-Q1.yaml"
    errors, doc = _errors(root, "content/rencana/2027-Q1.yaml")
    assert doc.is_plan and [e["bulan"] for e in doc.meta["konten"]] == ["2027-01", "2027-02",
                                                                        "2027-03"]
    with pytest.raises(UsageError):
        new_document(root, "rencana", None, triwulan="2027-Q1")
    with pytest.raises(UsageError):
        new_document(root, "rencana", None, triwulan="2027-Q5")


def test_unknown_type_or_missing_title_is_a_usage_error(root):
    with pytest.raises(UsageError) as raised:
        new_document(root, "brosur", "x")
    assert "siaran-pers" in str(raised.value) and raised.value.exit_code == 2
    with pytest.raises(UsageError):
        new_document(root, "siaran-pers", "")


def test_a_new_item_leaves_catatan_langkah_to_ppid_catat(tmp_path, capsys):
    """No placeholder `catatan_langkah: ""` line: `ppid catat` writes the block under it, which
    would make the file invalid YAML (the demo's SOP 001 flow found it)."""
    from ..conftest import OFFICIALS, make_site

    site = make_site(tmp_path / "situs")
    assert site.ppid("baru", "siaran-pers", "Lurah Resmikan Balai Warga", capsys=capsys)[0] == 0
    (rel,) = [p.relative_to(site.root).as_posix() for p in (site.root / "content/berita").glob("*.md")]
    assert "catatan_langkah" not in site.read(rel)
    site.commit(rel)
    assert site.ppid("catat", rel, "--langkah", "1", "--keputusan", "ya", who="dewi",
                     capsys=capsys)[0] == 0
    doc = load_document(site.root, site.root / rel)
    assert doc.loaded and doc.meta["catatan_langkah"]["langkah-1"]["nama"] == OFFICIALS["dewi"][2]
