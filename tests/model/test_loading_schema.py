"""Loading and schema: every problem found, located by line, in Indonesian."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from pipeline.model.document import canonical_hash, line_of, parse_text
from pipeline.model.findings import Severity
from pipeline.model.reader import content_files, load_document
from pipeline.model.schema import CONTENT_TYPES, json_schema, validate

from ..conftest import PRESS_RELEASE, ROOT


def _doc(text: str):
    return parse_text(Path("/x/content/berita/a.md"), "content/berita/a.md", text)


def _findings(text: str):
    doc = _doc(text)
    return doc.findings or validate(doc.rel, doc.meta, doc.line_of)


def test_valid_press_release_has_no_findings():
    assert _findings(PRESS_RELEASE) == []


def test_malformed_yaml_names_line_and_fix():
    text = PRESS_RELEASE.replace("jenis_berita: Kegiatan Pimpinan", "jenis_berita: [Kegiatan")
    (finding,) = _findings(text)
    assert finding.code == "baca.yaml"
    assert finding.line is not None and 8 <= finding.line <= 11
    assert "periksa indentasi" in finding.message()


def test_front_matter_that_is_not_a_mapping():
    (finding,) = _findings("---\n- satu\n- dua\n---\nisi\n")
    assert finding.code == "baca.bukan-peta"
    assert "daftar" in finding.message()


def test_file_without_front_matter():
    (finding,) = _findings("Hanya teks tanpa metadata.\n")
    assert finding.code == "baca.tanpa-front-matter" and finding.line == 1


def test_non_utf8_file(tmp_path: Path):
    path = tmp_path / "content" / "a.md"
    path.parent.mkdir()
    path.write_bytes("---\ntitle: Caf\u00e9\n---\n".encode("latin-1"))
    doc = load_document(tmp_path, path)
    assert [f.code for f in doc.findings] == ["baca.encoding"]
    assert "UTF-8" in doc.findings[0].message()


def test_missing_required_field_is_located():
    text = PRESS_RELEASE.replace("jenis_berita: Kegiatan Pimpinan\n", "")
    (finding,) = _findings(text)
    assert (finding.field, finding.code, finding.severity) == ("jenis_berita", "skema.wajib",
                                                               Severity.ERROR)
    assert finding.message() == "wajib diisi (jenis 'siaran-pers')"


def test_draft_missing_field_is_only_a_reminder():
    text = PRESS_RELEASE.replace("status: terbit", "status: draf").replace(
        "jenis_berita: Kegiatan Pimpinan\n", "")
    (finding,) = _findings(text)
    assert finding.severity is Severity.WARNING


def test_wrong_date():
    (finding,) = _findings(PRESS_RELEASE.replace("date: 2026-11-20 09:00", "date: 20/11/2026"))
    assert (finding.field, finding.code, finding.line) == ("date", "skema.tanggal", 3)
    assert "2026-11-20 09:00" in finding.message()


def test_unknown_jenis_lists_the_choices():
    (finding,) = _findings(PRESS_RELEASE.replace("jenis: siaran-pers", "jenis: berita"))
    assert finding.code == "skema.jenis" and finding.line == 4
    assert "siaran-pers, pengumuman, informasi-publik, halaman" in finding.message()


def test_unknown_key_is_a_warning_with_suggestion():
    found = {f.field: f for f in _findings(PRESS_RELEASE.replace("ringkasan:", "ringkasn:"))}
    assert found["ringkasn"].severity is Severity.WARNING and found["ringkasn"].line == 6
    assert "mungkin maksudnya 'ringkasan'" in found["ringkasn"].message()
    assert found["ringkasan"].code == "skema.wajib"


def test_wrong_choice_and_pattern():
    text = PRESS_RELEASE.replace("status: terbit", "status: publik").replace(
        '"400.14.4.3"', '"HUMAS-1"')
    codes = {f.field: f.code for f in _findings(text)}
    assert codes == {"status": "skema.pilihan", "klasifikasi": "skema.pola"}


DIP_EXEMPT = """---
title: Data Pribadi Pemohon
date: 2026-09-10
jenis: informasi-publik
status: terbit
unit: Diskominfo
ringkasan: Register pemohon.
kategori: dikecualikan
pejabat_penguasa: Diskominfo
penanggung_jawab: Kabid
waktu_pembuatan: "2026"
tempat_pembuatan: Bantul
bentuk_informasi: softcopy
jangka_waktu_penyimpanan: 5 tahun
---
Rahasia.
"""


def test_exempt_item_needs_legal_basis_and_consequence_test():
    fields = {f.field for f in _findings(DIP_EXEMPT)}
    assert fields == {"dasar_pengecualian", "uji_konsekuensi"}
    text = DIP_EXEMPT.replace("kategori: dikecualikan", "kategori: dikecualikan\n"
                              "dasar_pengecualian: UU 14/2008 Pasal 17 huruf z\n"
                              "uji_konsekuensi: Penetapan 045/001/UK/2026")
    (finding,) = _findings(text)
    assert finding.field == "dasar_pengecualian" and finding.code == "skema.pola"


def test_withdrawn_item_needs_reason_and_date():
    fields = {f.field for f in _findings(PRESS_RELEASE.replace("status: terbit", "status: ditarik"))}
    assert fields == {"alasan_penarikan", "tanggal_penarikan"}


def test_hash_ignores_review_blocks_key_order_bom_and_crlf():
    doc = _doc(PRESS_RELEASE)
    reordered = PRESS_RELEASE.replace("jenis_berita: Kegiatan Pimpinan\nnomor_urut: 12\n",
                                      "nomor_urut: 12\njenis_berita: Kegiatan Pimpinan\n")
    # status changed in place: a key written twice is refused (document._UniqueKeys)
    crlf = "\ufeff" + reordered.replace("status: terbit", "status: ditarik").replace(
        "\n", "\r\n").replace("paraf: {}", "paraf: {kabid: {nama: x}}\r\nnomor_arsip: 400/1")
    assert _doc(crlf).content_hash == doc.content_hash
    assert _doc(PRESS_RELEASE.replace("60 meter", "61 meter")).content_hash != doc.content_hash
    assert _doc(PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 13")).content_hash != \
        doc.content_hash


def test_canonical_hash_is_stable_for_dates():
    meta = yaml.load("date: 2026-11-20T09:00:00+07:00", Loader=yaml.CSafeLoader)
    assert canonical_hash(meta, "x") == canonical_hash(dict(meta), "x\n")


@pytest.mark.parametrize("dotted,line", [
    ("title", 2), ("paraf.kabid.sha256", 6), ("langkah[1].menit", 11), ("langkah[0]", 8),
    ("nope", None),
])
def test_line_of(dotted, line):
    fm = "title: x\nparaf:\n  kasie: {nama: a}\n  kabid:\n    sha256: b\nlangkah:\n" \
         "  - nomor: 1\n    peran: x\n  - nomor: 2\n    menit: 3\n"
    assert line_of(fm, dotted) == line


def test_json_schema_accepts_example_content_and_rejects_errors():
    for jenis, ctype in CONTENT_TYPES.items():
        schema = json_schema(ctype)
        jsonschema.Draft202012Validator.check_schema(schema)
        examples = [p for p in content_files(ROOT) if re.search(
            rf"(?m)^jenis: {jenis}$", p.read_text(encoding="utf-8"))]
        assert examples, jenis
        for path in examples:
            meta = json.loads(json.dumps(load_document(ROOT, path).meta, default=str))
            jsonschema.validate(meta, schema)
    broken = {"title": "x", "date": "2026-11-20", "jenis": "informasi-publik", "status": "terbit",
              "kategori": "dikecualikan"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema(CONTENT_TYPES["informasi-publik"]))
