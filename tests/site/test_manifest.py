"""The build manifest: every output file listed with its source and approval, checked before the
swap and before a deploy; a folder that differs from it is refused."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline.checks.run import run_check
from pipeline.model.errors import BuildError
from pipeline.site import manifest
from pipeline.site.build import seal
from pipeline.site.plugin import SiteData

from ..checks.test_privacy import make_pdf
from ..checks.test_safety import EXEMPT, EXEMPT_ITEM, PRESS_RELEASE, _approved
from ..functional.test_build import _tree

KINDS = {"naskah", "lampiran", "tema", "dibangkitkan"}


def _built(site, capsys):
    (site.root / "content/lampiran").mkdir(parents=True)
    (site.root / "content/lampiran/laporan.pdf").write_bytes(make_pdf("Laporan tahunan"))
    _approved(site, EXEMPT, EXEMPT_ITEM)
    _approved(site, text=PRESS_RELEASE.replace(
        "sepanjang 60 meter.", "sepanjang 60 meter. [Laporan](/lampiran/laporan.pdf)"))
    assert site.ppid("build", capsys=capsys)[0] == 0
    return site.root / "output"


def _tamper(output, how: str) -> str:
    """Change a finished output as someone with access to the server's folder could."""
    page = output / "berita/2026/jembatan/index.html"
    if how == "tambahan":
        (output / "lampiran/pintu.html").write_text("<script>x()</script>", encoding="utf-8")
        return "lampiran/pintu.html"
    if how == "berubah":
        page.write_text(page.read_text(encoding="utf-8") + "<script>x()</script>", encoding="utf-8")
        return "berita/2026/jembatan/index.html"
    if how == "hilang":
        (output / "lampiran/laporan.pdf").unlink()
        return "lampiran/laporan.pdf"
    if how == "symlink":
        page.unlink()
        os.symlink("/etc/hostname", page)
        return "berita/2026/jembatan/index.html"
    (output / manifest.MANIFEST).write_text("{", encoding="utf-8")
    return manifest.MANIFEST


def test_manifest_lists_every_file_with_its_source_and_approval(site, capsys):
    output = _built(site, capsys)
    listed = json.loads((output / manifest.MANIFEST).read_text(encoding="utf-8"))["berkas"]
    on_disk = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    assert set(listed) == on_disk - {manifest.MANIFEST}
    assert manifest.verify(output) == []
    page = listed["berita/2026/jembatan/index.html"]
    (approval,) = page["persetujuan"]
    assert page["jenis"] == "naskah" and page["sumber"] == "content/berita/2026-11-20-jembatan.md"
    assert approval["paraf"] == ["kabid", "kasie-informasi"] and len(approval["sha256"]) == 64
    assert listed["lampiran/laporan.pdf"]["persetujuan"] == [approval]
    assert listed["theme/css/ppid.css"] == {**listed["theme/css/ppid.css"], "jenis": "tema",
                                            "sumber": "theme/static/css/ppid.css"}
    assert {entry["jenis"] for entry in listed.values()} == KINDS
    # The exempt item is only listed (a generated DIP table), never a page of its own.
    assert not any(e.get("sumber") == EXEMPT for e in listed.values())


@pytest.mark.parametrize("how", ["tambahan", "berubah", "hilang", "symlink", "tanpa-manifest"])
def test_a_folder_that_differs_from_its_manifest_is_refused(site, capsys, tmp_path, how):
    output = _built(site, capsys)
    path = _tamper(output, how)
    assert manifest.Problem(path, how) in manifest.verify(output)
    code, out = site.ppid("deploy", "--to", str(tmp_path / "www"), capsys=capsys)
    assert code == 2 and "tidak cocok dengan manifest build-nya" in out and path in out
    assert not (tmp_path / "www" / "current").exists()


def test_the_build_refuses_a_staging_folder_changed_before_the_swap(site, capsys, tmp_path):
    """seal() is what the build runs between writing the output and the swap."""
    output = _built(site, capsys)
    result = run_check(site.root)
    data = SiteData(site.root, result.approvals, result.documents)
    for extra, code in (("lampiran/lain.pdf", "tak-tercakup"), ("theme/js/baru.js", "tak-tercakup"),
                        ("lampiran/laporan.pdf", "berubah")):
        staging = tmp_path / f"staging-{code}-{extra.replace('/', '-')}"
        shutil.copytree(output, staging)
        (staging / manifest.MANIFEST).unlink()
        (staging / extra).write_bytes(make_pdf("Disisipkan sesudah pemeriksaan"))
        with pytest.raises(BuildError) as failed:
            seal(staging, site.root, data, "")
        assert extra in str(failed.value) and "tidak ada yang diterbitkan" in str(failed.value)
        assert not staging.exists()


def test_a_theme_symlink_to_a_secret_fails_the_build_with_exit_3(site, capsys):
    """#11: a symlink in theme/static to .git/config would publish the repository's config."""
    output = _built(site, capsys)
    before = _tree(output)
    os.symlink(site.root / ".git/config", site.root / "theme/static/css/kunci.css")
    code, out = site.ppid("build", capsys=capsys)
    assert code == 3 and "theme/css/kunci.css tidak berasal dari" in out
    assert _tree(output) == before
    assert sorted(p.name for p in site.root.iterdir() if p.name.startswith("output")) == ["output"]


def test_the_example_output_is_exactly_its_manifest(example):
    result, out, _ = example
    listed = json.loads((out / manifest.MANIFEST).read_text(encoding="utf-8"))["berkas"]
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert on_disk - {manifest.MANIFEST} == set(listed)  # no file the manifest does not list
    assert all((out / rel).is_file() for rel in listed)  # every entry exists
    assert manifest.verify(out) == []
    hashes = {d.rel: d.content_hash for d in result.documents if d.loaded}
    for rel, entry in listed.items():
        assert entry["jenis"] in KINDS, rel
        for approval in entry["persetujuan"] if isinstance(entry["persetujuan"], list) else []:
            assert approval["sha256"] == hashes[approval["naskah"]] and approval["paraf"]
    assert listed["gambar/jembatan-opak.jpg"]["jenis"] == "lampiran"
    assert not any(rel.startswith("rencana/") or rel.endswith((".md", ".yaml")) for rel in listed)
