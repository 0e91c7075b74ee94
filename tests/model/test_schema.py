"""model/schema: every front-matter finding of one item at once, and the JSON Schema export."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from pipeline.model.document import parse_text
from pipeline.model.findings import Severity
from pipeline.model.schema import json_schema, validate
from pipeline.model.types import CONTENT_TYPES

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _found(text: str):
    doc = parse_text(Path("/situs") / REL, REL, text)
    return [(f.code, f.field, f.severity) for f in validate(REL, doc.meta, doc.line_of)]


def test_a_good_item_has_no_findings():
    assert _found(PRESS_RELEASE) == []


def test_every_problem_is_reported_not_only_the_first():
    text = (PRESS_RELEASE.replace("status: terbit", "status: tayang")
            .replace("nomor_urut: 12", "nomor_urut: dua belas")
            .replace("date: 2026-11-20 09:00", "date: 2026-02-31")
            .replace("title: Bupati Resmikan Jembatan Kali Opak", "titel: Bupati"))
    found = _found(text)
    assert ("skema.pilihan", "status", Severity.ERROR) in found
    assert ("skema.tipe", "nomor_urut", Severity.ERROR) in found
    assert ("skema.tanggal", "date", Severity.ERROR) in found
    assert ("skema.wajib", "title", Severity.ERROR) in found
    assert ("skema.kunci-tak-dikenal", "titel", Severity.WARNING) in found


def test_an_unknown_key_gets_a_suggestion_with_its_line():
    doc = parse_text(Path("/situs") / REL, REL, PRESS_RELEASE.replace("ringkasan:", "ringkasn:"))
    (finding,) = [f for f in validate(REL, doc.meta, doc.line_of) if f.field == "ringkasn"]
    assert "ringkasan" in finding.params["saran"] and finding.line == 6


def test_a_draft_is_reminded_an_item_for_publication_is_refused():
    draft = _found(PRESS_RELEASE.replace("status: terbit", "status: draf")
                   .replace("ringkasan: Jembatan baru menghubungkan dua kapanewon.\n", ""))
    assert draft == [("skema.wajib", "ringkasan", Severity.WARNING)]
    published = _found(PRESS_RELEASE.replace(
        "ringkasan: Jembatan baru menghubungkan dua kapanewon.\n", ""))
    assert published == [("skema.wajib", "ringkasan", Severity.ERROR)]


def test_unknown_or_missing_type_and_rejection_without_note():
    assert [c for c, _, _ in _found(PRESS_RELEASE.replace("siaran-pers", "brosur"))] == ["skema.jenis"]
    assert [c for c, _, _ in _found(PRESS_RELEASE.replace("jenis: siaran-pers\n", ""))] == [
        "skema.wajib"]
    rejected = PRESS_RELEASE.replace("paraf: {}", "paraf:\n  kabid: {nama: A, tanggal: "
                                     f"2026-11-20 10:00, keputusan: tolak, sha256: {'a' * 64}}}")
    assert ("paraf.catatan-tolak", "paraf.kabid.catatan", Severity.ERROR) in _found(rejected)
    bad_hash = rejected.replace("a" * 64, "bukan-hash").replace("tolak", "setuju")
    assert ("skema.pola", "paraf.kabid.sha256", Severity.ERROR) in _found(bad_hash)


def test_json_schema_accepts_the_example_and_refuses_what_validate_refuses():
    schema = json_schema(CONTENT_TYPES["siaran-pers"])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    meta = yaml.safe_load(PRESS_RELEASE.split("---")[1])
    meta = json.loads(json.dumps(meta, default=str))  # YAML timestamps reach JSON as strings
    assert list(validator.iter_errors(meta)) == []
    assert list(validator.iter_errors({**meta, "status": "tayang"}))
    assert list(validator.iter_errors({**meta, "warna": "biru"}))
    assert schema["properties"]["jenis"] == {"const": "siaran-pers", "description": "Jenis konten"}
