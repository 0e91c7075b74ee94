"""checks/document: one item against its SOP (initials in order, by the holder, current), its
schedule, and the corpus-wide uniqueness of pages and agenda numbers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.checks.document import (
    check_approvals,
    check_scheduled,
    check_unique_sequence,
    check_unique_urls,
)
from pipeline.model.findings import Severity
from pipeline.model.reader import load_document
from pipeline.office.policy import load_approvals

from ..conftest import PRESS_RELEASE, make_site

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 28, 9, tzinfo=WIB)
REL = "content/berita/2026-11-20-jembatan.md"


@pytest.fixture
def repo(tmp_path):
    return make_site(tmp_path / "s", level="nama")


def _doc(repo, rel=REL, text=PRESS_RELEASE):
    repo.write(rel, text)
    return load_document(repo.root, repo.root / rel)


def _codes(found):
    return [(f.code, f.field) for f in found]


def test_missing_initials_are_named_per_step_in_sop_order(repo):
    found = check_approvals(_doc(repo), load_approvals(repo.root), NOW)
    # The archive step's field is asked for after publication: a warning, not an error.
    assert _codes(found) == [("langkah.isian", "nomor_arsip"), ("paraf.kurang", "paraf"),
                             ("paraf.kurang", "paraf")]
    assert found[0].severity == Severity.WARNING and found[1].severity == Severity.ERROR
    assert [f.params["peran"] for f in found[1:]] == ["kabid", "kasie-informasi"]
    assert found[1].line == PRESS_RELEASE.splitlines().index("paraf: {}") + 1


def test_initials_out_of_order_stale_future_and_by_a_non_holder(repo):
    doc = _doc(repo)
    repo.approve(REL, [("kabid", "agus", "2026-11-20 11:00"),
                       ("kasie-informasi", "dewi", "2026-11-20 10:00")])
    approvals = load_approvals(repo.root)
    found = check_approvals(load_document(repo.root, repo.root / REL), approvals, NOW)
    assert _codes(f for f in found if f.code != "langkah.isian") == [
        ("paraf.urutan", "paraf.kasie-informasi.tanggal")]
    # The body changes after the initials: both stale.
    repo.write(REL, repo.read(REL).replace("60 meter", "70 meter"))
    stale = check_approvals(load_document(repo.root, repo.root / REL), approvals, NOW)
    assert ("paraf.basi", "paraf.kabid.sha256") in _codes(stale)
    # Dated after now: refused; by Sri (Kabid until June) in November: not the holder.
    repo.write(REL, PRESS_RELEASE)
    repo.approve(REL, [("kabid", "agus", "2026-12-01 10:00")])
    future = check_approvals(load_document(repo.root, repo.root / REL), approvals, NOW)
    assert ("paraf.masa-depan", "paraf.kabid.tanggal") in _codes(future)
    assert doc.content_hash  # the first load had its hash
    repo.write(REL, PRESS_RELEASE)
    repo.approve(REL, [("kabid", "sri", "2026-11-20 10:00")])
    former = check_approvals(load_document(repo.root, repo.root / REL), approvals, NOW)
    (wrong,) = [f for f in former if f.code == "paraf.bukan-pejabat"]
    assert wrong.field == "paraf.kabid.nama" and "Agus" in wrong.params["pejabat"]


def test_a_rejection_stops_the_chain_and_foreign_roles_warn(repo):
    _doc(repo)
    repo.approve(REL, [("kabid", "agus", "2026-11-20 10:00")], keputusan="tolak")
    text = repo.read(REL).replace("paraf:\n", "paraf:\n  operator-ppid: {nama: X, tanggal: "
                                              "2026-11-20 09:00, keputusan: setuju, sha256: x}\n")
    repo.write(REL, text)
    found = check_approvals(load_document(repo.root, repo.root / REL), load_approvals(repo.root),
                            NOW)
    codes = [f.code for f in found]
    assert "paraf.kurang" not in codes  # nothing after the rejection is asked for
    (back,) = [f for f in found if f.code == "paraf.ditolak-kembali"]
    assert back.field == "paraf.kabid.keputusan" and back.params["catatan"] == "Perbaiki judul."
    foreign = [f for f in found if f.code == "paraf.peran-lain"]
    assert len(foreign) == 1 and foreign[0].severity == Severity.WARNING


def test_an_item_no_sop_covers_is_named_with_its_type_and_unit(repo):
    text = PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: artikel")
    (finding,) = check_approvals(_doc(repo, text=text), load_approvals(repo.root), NOW)
    assert finding.code == "sop.tidak-ada" and finding.params["jenis"] == "artikel"
    assert finding.params["unit"] == "Dinas Pekerjaan Umum" and finding.line == 4


def test_a_scheduled_item_is_info_until_its_time(repo):
    text = PRESS_RELEASE.replace("paraf: {}", "tayang_mulai: 2026-12-01 08:00\nparaf: {}")
    doc = _doc(repo, text=text)
    (waiting,) = check_scheduled(doc, NOW)
    assert waiting.code == "jadwal.menunggu" and waiting.severity == Severity.INFO
    assert waiting.line == 12  # inserted above paraf
    assert check_scheduled(doc, datetime(2026, 12, 1, 8, 1, tzinfo=WIB)) == []
    draft = _doc(repo, "content/berita/2026-11-21-draf.md", text.replace("status: terbit", "status: draf"))
    assert check_scheduled(draft, NOW) == []  # a draft is not waiting for anything


def test_two_published_files_writing_one_page_and_one_agenda_number(repo):
    first = _doc(repo)
    twin = _doc(repo, "content/berita/2026-11-20-jembatan-2.md",
                PRESS_RELEASE.replace("paraf: {}", "slug: jembatan\nparaf: {}"))
    other_year = _doc(repo, "content/berita/2025-11-20-lama.md",
                      PRESS_RELEASE.replace("2026-11-20", "2025-11-20"))
    draft = _doc(repo, "content/berita/2026-11-20-draf.md",
                 PRESS_RELEASE.replace("status: terbit", "status: draf")
                 .replace("paraf: {}", "slug: jembatan\nparaf: {}"))
    urls = check_unique_urls([first, twin, draft])
    assert [(f.path, f.code, f.params["lain"]) for f in urls] == [
        (twin.rel, "situs.url-ganda", first.rel)]
    sequence = check_unique_sequence([first, twin, other_year])
    assert [(f.path, f.params["tahun"]) for f in sequence] == [(twin.rel, 2026)]
    assert sequence[0].line == 9 and sequence[0].code == "situs.nomor-urut-ganda"
