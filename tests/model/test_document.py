"""model/document: front matter read safely, lines found, the canonical hash of what is approved."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.model.document import (
    MAX_DEPTH,
    UNHASHED_KEYS,
    canonical_hash,
    line_of,
    parse_text,
    split_front_matter,
)

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
WIB = timezone(timedelta(hours=7))


def _doc(text: str = PRESS_RELEASE, rel: str = REL):
    return parse_text(Path("/situs") / rel, rel, text)


def _codes(doc) -> list[tuple[str, int | None]]:
    return [(f.code, f.line) for f in doc.findings]


def test_a_good_item_reads_with_its_properties_and_lines():
    doc = _doc()
    assert doc.loaded and doc.jenis == "siaran-pers" and doc.status == "terbit"
    assert doc.publishable and not doc.exempt and not doc.is_plan
    assert doc.date == datetime(2026, 11, 20, 9, tzinfo=WIB)
    assert doc.line_of("title") == 2 and doc.line_of("klasifikasi") == 10
    assert doc.body_line == 14 and doc.body.strip().startswith("Bupati")


def test_nested_keys_and_list_items_are_located_or_their_parent():
    text = PRESS_RELEASE.replace("paraf: {}", "paraf:\n  kabid: {nama: A}\nlampiran:\n"
                                              "  - berkas: a.pdf\n  - berkas: b.pdf")
    doc = _doc(text)
    assert doc.line_of("paraf.kabid") == 13
    assert doc.line_of("lampiran[1].berkas") == 16
    assert doc.line_of("paraf.kasie") == 12  # missing: its nearest parent
    assert line_of("a: 1\nb:\n  c: 2\n", "b.c") == 4  # a file line: front matter opens on 2


def test_review_keys_are_outside_the_hash_and_everything_else_inside():
    doc = _doc()
    base = canonical_hash(doc.meta, doc.body)
    for key in UNHASHED_KEYS:
        assert canonical_hash({**doc.meta, key: "lain"}, doc.body) == base, key
    assert canonical_hash({**doc.meta, "title": "Lain"}, doc.body) != base
    assert canonical_hash(doc.meta, doc.body.replace("\n", "\r\n")) == base  # line ends
    assert canonical_hash(doc.meta, doc.body, {"a.pdf": "x"}) != base
    assert doc.content_hash == canonical_hash(doc.meta, doc.body, {})


@pytest.mark.parametrize(("text", "code", "line"), [
    ("Tanpa front matter\n", "baca.tanpa-front-matter", 1),
    ("---\ntitle: A\ntitle: B\n---\n", "baca.yaml", 3),  # a key written twice
    ("---\ntitle: A\n  x: [\n---\n", "baca.yaml", None),
    ("---\na: &x [1]\nb: *x\n---\n", "baca.alias", 2),
    ("---\na: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n---\n", "baca.bersarang", 2),
])
def test_bad_front_matter_is_a_finding_with_its_line(text, code, line):
    doc = _doc(text)
    assert not doc.loaded
    found = _codes(doc)
    assert found[0][0] == code
    if line is not None:
        assert found[0][1] == line


def test_duplicate_key_message_names_the_key():
    (finding,) = _doc("---\nstatus: draf\nstatus: terbit\n---\n").findings
    assert "status" in finding.message() and "dua kali" in finding.message()


def test_a_plan_is_plain_yaml_from_line_one_and_a_bom_is_ignored():
    plan = _doc("\ufefftitle: Rencana\njenis: rencana\nkonten: []\n", "content/rencana/2026-Q4.yaml")
    assert plan.loaded and plan.is_plan and plan.first_line == 1 and plan.line_of("jenis") == 2
    assert _doc("\ufeff" + PRESS_RELEASE).loaded
    assert split_front_matter("tanpa pembatas") is None


def test_scheduling_exemption_and_unreadable_dates_do_not_crash():
    doc = _doc(PRESS_RELEASE.replace("paraf: {}", "tayang_mulai: 2026-12-01 08:00\n"
                                                  "kategori: dikecualikan\nparaf: {}"))
    assert doc.exempt and not doc.due(datetime(2026, 11, 30, tzinfo=WIB))
    assert doc.due(datetime(2026, 12, 1, 8, tzinfo=WIB))
    bad = _doc(PRESS_RELEASE.replace("2026-11-20 09:00", "2026-02-31 09:00")
               .replace("paraf: {}", "tayang_mulai: kapan-kapan\nparaf: {}"))
    assert bad.date is None and bad.publish_at is None and bad.due(datetime(2000, 1, 1, tzinfo=WIB))
    assert _doc(PRESS_RELEASE.replace("paraf: {}", "paraf: [a]")).paraf == {}


def test_yaml_dates_stay_dates_and_impossible_ones_stay_text():
    good = _doc(PRESS_RELEASE.replace("date: 2026-11-20 09:00", "date: 2026-11-20"))
    assert good.loaded and good.meta["date"].isoformat() == "2026-11-20"
    bad = _doc(PRESS_RELEASE.replace("date: 2026-11-20 09:00", "date: 2026-02-31"))
    assert bad.loaded and bad.meta["date"] == "2026-02-31" and bad.date is None
    stamp = _doc(PRESS_RELEASE.replace("date: 2026-11-20 09:00", "date: 2026-13-01T09:00:00Z"))
    assert stamp.meta["date"] == "2026-13-01T09:00:00Z"
