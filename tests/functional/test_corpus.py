"""The bad-input corpus (tests/corpus/kasus.yaml): each case gives its rule and Indonesian message."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..conftest import PRESS_RELEASE, make_site

CASES = yaml.safe_load((Path(__file__).parents[1] / "corpus" / "kasus.yaml").read_text(encoding="utf-8"))
REL = "content/berita/2026-11-20-jembatan.md"
SECOND = "content/berita/2026-11-20-jembatan-salinan.md"


def _replace(text: str, changes: dict) -> str:
    for old, new in (changes or {}).items():
        assert old in text, f"teks '{old}' tidak ada di naskah dasar"
        text = text.replace(old, new)
    return text


def test_corpus_is_large_and_named():
    assert len(CASES) >= 40
    assert len({c["nama"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["nama"] for c in CASES])
def test_bad_input(tmp_path, capsys, case):
    site = make_site(tmp_path / "situs")
    for path, content in (case.get("berkas") or {}).items():
        site.write(path, content)
    if "isi_latin1" in case:
        (site.root / REL).parent.mkdir(parents=True, exist_ok=True)
        (site.root / REL).write_bytes(case["isi_latin1"].encode("latin-1"))
    else:
        site.write(REL, case.get("isi") or _replace(PRESS_RELEASE, case.get("ganti")))
    if case.get("paraf"):
        site.approve(REL, [tuple(p) for p in case["paraf"]], keputusan=case.get("keputusan", "setuju"))
    if case.get("sesudah"):
        site.write(REL, _replace(site.read(REL), case["sesudah"]))
    if case.get("kedua"):
        site.write(SECOND, _replace(site.read(REL), case["kedua"]))
    code, out = site.ppid("check", capsys=capsys)
    assert "Traceback" not in out
    label = "galat" if case.get("tingkat", "galat") == "galat" else "peringatan"
    lines = [x for x in out.splitlines() if x.endswith(f"[{case['kode']}]") and f": {label}: " in x]
    assert lines, f"tidak ada temuan {case['kode']} ({label}) dalam:\n{out}"
    assert any(case["pesan"] in x for x in lines), lines
    if "baris" in case:
        assert any(x.split(":")[1] == str(case["baris"]) for x in lines), lines
    if label == "galat":
        assert code == 1
