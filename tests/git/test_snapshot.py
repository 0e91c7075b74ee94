"""Items read at a commit as data: the same canonical hash the check computes from the tree."""

from __future__ import annotations

from pipeline.git.snapshot import documents_at, hashes_at, raw_blobs
from pipeline.model.reader import load_document

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


def test_hash_at_a_commit_includes_attachments_at_that_commit(tmp_path):
    site = make_site(tmp_path / "situs")
    site.write("content/lampiran/data.csv", "a,b\n1,2\n")
    linked = "[Data](/lampiran/data.csv)\n\nBupati meresmikan"
    site.write(REL, PRESS_RELEASE.replace("Bupati meresmikan", linked))
    site.git("add", "-A")
    site.git("commit", "-q", "-m", "Naskah dan lampiran")
    first = site.git("rev-parse", "HEAD").strip()
    expected = load_document(site.root, site.root / REL).content_hash
    assert hashes_at(site.root, [(first, REL)]) == {(first, REL): expected}
    # The attachment replaced: the hash at the new commit follows the tree, the old one stays.
    site.write("content/lampiran/data.csv", "a,b\n1,3\n")
    site.git("commit", "-q", "-am", "Ganti lampiran")
    second = site.git("rev-parse", "HEAD").strip()
    now = load_document(site.root, site.root / REL).content_hash
    hashes = hashes_at(site.root, [(first, REL), (second, REL)])
    assert hashes == {(first, REL): expected, (second, REL): now} and expected != now
    snap = documents_at(site.root, [(first, REL)])[(first, REL)]
    assert snap.text.startswith("---\ntitle: Bupati") and snap.doc.attachments


def test_missing_files_and_trees(tmp_path):
    site = make_site(tmp_path / "situs")
    head = site.git("rev-parse", "HEAD").strip()
    assert hashes_at(site.root, [(head, REL)]) == {(head, REL): None}
    assert raw_blobs(site.root, [f"{head}:approvals", f"{head}:tidak/ada"]) == {
        f"{head}:approvals": None, f"{head}:tidak/ada": None}
