"""The notary's commit is made without touching the work tree, on top of the branch's head."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.actions import notaris_git as ops

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"
WIB = timezone(timedelta(hours=7))


def test_commit_files_builds_the_tree_from_the_parent_only(tmp_path):
    site = make_site(tmp_path / "situs")
    base = site.git("rev-parse", "HEAD").strip()
    site.git("checkout", "-q", "-b", "usulan")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    head = site.git("rev-parse", "HEAD").strip()
    site.git("checkout", "-q", "main")  # the notary's work tree: the default branch
    assert ops.changed_content(site.root, base, head) == [REL]
    when = datetime(2026, 11, 20, 10, 5, tzinfo=WIB)
    commit = ops.commit_files(site.root, head, {REL: PRESS_RELEASE + "\nTambahan.\n"}, "Uji\n",
                              ("Notaris PPID", "notaris@bantulkab.go.id"), when, when, None)
    assert site.git("rev-parse", f"{commit}^").strip() == head
    assert site.git("show", f"{commit}:{REL}").endswith("Tambahan.\n")
    assert site.git("log", "-1", "--format=%ae %aI", commit).strip() == \
        "notaris@bantulkab.go.id 2026-11-20T10:05:00+07:00"
    assert not (site.root / REL).exists() and site.git("status", "--porcelain") == ""
    assert ops.is_ancestor(site.root, head, commit) and not ops.is_ancestor(site.root, commit, head)
    assert ops.has_commit(site.root, head) and not ops.has_commit(site.root, "f" * 40)
