"""Never a traceback: arbitrary bytes, YAML and front matter through loading and checking."""

from __future__ import annotations

import fcntl
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.checks.run import run_offline as check_corpus
from pipeline.model.dates import WIB
from pipeline.model.document import MAX_BYTES, parse_text
from pipeline.model.reader import load_document
from pipeline.office.policy import load_approvals

from ..conftest import PRESS_RELEASE, ROOT

APPROVALS = load_approvals(ROOT)
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=WIB)
QUICK = settings(max_examples=int(__import__("os").environ.get("PPID_HYPOTHESIS", "150")), deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=40), st.dates(), st.datetimes())
keys = st.one_of(st.sampled_from(["title", "date", "jenis", "status", "paraf", "unit", "ringkasan",
                                  "kategori", "bukti", "nomor_arsip", "klasifikasi", "kabid",
                                  "tanggal", "sha256", "keputusan", "nama"]), st.text(max_size=12))
structures = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) |
                          st.dictionaries(keys, inner, max_size=6), max_leaves=30)


def _check(doc) -> list:
    """Loading and checking one document; must return findings, never raise."""
    return check_corpus([doc], APPROVALS, NOW)


@QUICK
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes") / "content"
    folder.mkdir()
    path = folder / "acak.md"
    path.write_bytes(data)
    assert isinstance(_check(load_document(folder.parent, path)), list)


@QUICK
@given(st.dictionaries(keys, structures, max_size=10), st.text(max_size=300))
def test_arbitrary_front_matter_structures(meta, body):
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    assert isinstance(_check(parse_text(Path("/x/content/a.md"), "content/a.md", text)), list)


@QUICK
@given(st.text(max_size=600))
def test_arbitrary_text_as_front_matter(text):
    doc = parse_text(Path("/x/content/a.md"), "content/a.md", f"---\n{text}\n---\nisi\n")
    assert isinstance(_check(doc), list)


@QUICK
@given(st.sampled_from(["title", "date", "status", "paraf", "kategori", "nomor_urut", "bukti"]),
       structures)
def test_any_value_in_a_real_document(key, value):
    meta = yaml.safe_load(PRESS_RELEASE.split("---")[1])
    meta[key] = value
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nisi\n"
    assert isinstance(_check(parse_text(Path("/x/content/a.md"), "content/a.md", text)), list)


def _codes(text: str) -> list[str]:
    return [f.code for f in parse_text(Path("x"), "content/x.md", text).findings]


def test_empty_bom_crlf_and_other_encodings(tmp_path):
    assert _codes("") == ["baca.tanpa-front-matter"]
    crlf = "\ufeff" + PRESS_RELEASE.replace("\n", "\r\n")
    assert _codes(crlf) == []
    (tmp_path / "content").mkdir()
    path = tmp_path / "content" / "utf16.md"
    path.write_bytes(PRESS_RELEASE.encode("utf-16"))
    assert [f.code for f in load_document(tmp_path, path).findings] == ["baca.encoding"]


def test_huge_file_is_refused_unread(tmp_path):
    (tmp_path / "content").mkdir()
    path = tmp_path / "content" / "besar.md"
    path.write_bytes(PRESS_RELEASE.encode() + b"x" * (MAX_BYTES + 1))
    (finding,) = load_document(tmp_path, path).findings
    assert finding.code == "baca.terlalu-besar" and "lampiran" in finding.message()


@pytest.mark.parametrize("front_matter", [
    "x: " + "[" * 50000 + "]" * 50000,
    "".join(" " * i + f"k{i}:\n" for i in range(300)),
    "a: " + "{b: " * 30 + "c" + "}" * 30,
])
def test_deep_yaml_is_refused_before_parsing(front_matter):
    assert _codes(f"---\n{front_matter}\n---\nisi\n") == ["baca.bersarang"]


def test_yaml_aliases_are_refused_and_stars_in_text_are_fine():
    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    assert _codes(f"---\n{laughs}---\n") == ["baca.alias"]
    fine = PRESS_RELEASE.replace("title: Bupati", 'title: "*Penting* & mendesak: Bupati')
    fine = fine.replace("Kali Opak\n", 'Kali Opak"\n', 1)
    assert _codes(fine) == []


def test_a_second_build_is_refused_while_one_runs(site, capsys):
    site.write("content/berita/2026-11-20-jembatan.md", PRESS_RELEASE.replace(
        "status: terbit", "status: draf"))
    lock = site.root / ".output.lock"
    with lock.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        code, out = site.ppid("build", capsys=capsys)
    assert code == 2 and "build lain" in out and "sedang berjalan" in out
    assert site.ppid("build", capsys=capsys)[0] == 0  # released
