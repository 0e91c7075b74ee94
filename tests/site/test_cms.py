"""`ppid cms`: the CMS configuration from the registry, the save guard and the config check."""

from __future__ import annotations

import yaml

from pipeline.checks.cms import PROTECTED, check_config
from pipeline.model.fields import TEKS, Field
from pipeline.model.types import CONTENT_TYPES, JENIS_BERITA, ContentType, register, unregister
from pipeline.site import cms
from pipeline.site.cms_guard import restore

from ..conftest import PRESS_RELEASE, make_site

INITIALLED = """---
title: "Jembatan Kali Opak"
date: 2026-11-20 09:00
jenis: siaran-pers
status: terbit
unit: "Dinas PU"
nomor_arsip: "400.14.4.3/0141/Diskominfo/2026"
paraf:
  kabid: {nama: "Drs. Agus", tanggal: 2026-11-20T09:13:00+07:00, keputusan: setuju, sha256: "d3"}
distribusi:
- {platform: instagram, tautan: "https://instagram.com/p/x"}
---
Isi.
"""
# What Decap sends back: its own quoting and style, and a forged initial.
DECAP = """---
title: Jembatan Kali Opak (diperbarui)
date: 2026-11-20 09:00
jenis: siaran-pers
status: terbit
unit: Dinas PU
nomor_arsip: 400.14.4.3/0141/Diskominfo/2026
paraf:
  kabid:
    nama: Drs. Agus
    tanggal: 2026-11-20T02:13:00.000Z
    keputusan: setuju
    sha256: d3
  kasie-informasi: {nama: Palsu, keputusan: setuju}
distribusi: []
---
Isi yang diperbarui.
"""


def _names(fields: list[dict]) -> set[str]:
    return {f["name"] for f in fields}


def test_one_collection_per_type_with_its_folder_and_every_editable_field():
    conf = cms.config("main")
    by_name = {c["name"]: c for c in conf["collections"]}
    assert set(by_name) == set(CONTENT_TYPES)
    for jenis, ctype in CONTENT_TYPES.items():
        coll = by_name[jenis]
        assert coll["folder"] == f"content/{ctype.folder}"
        assert coll["filter"] == {"field": "jenis", "value": jenis}
        expected = {f.name for f in ctype.fields} - set(PROTECTED)
        assert _names(coll["fields"]) - {"body"} == expected
    dip = {f["name"]: f for f in by_name["informasi-publik"]["fields"]}
    assert dip["kategori"]["widget"] == "select" and "dikecualikan" in dip["kategori"]["options"]
    assert dip["lampiran"]["fields"][0]["media_folder"] == "/content/lampiran"
    press = {f["name"]: f for f in by_name["siaran-pers"]["fields"]}
    assert press["bukti"]["fields"][0]["widget"] == "image"
    assert press["ringkasan"]["required"] and press["unit"]["required"]  # type's own requirement
    assert press["status"]["options"] == ["draf", "terbit"]  # withdrawing is `ppid tarik`'s
    assert press["date"]["format"] == cms.DATE_FORMAT and press["date"]["picker_utc"] is False
    assert conf["publish_mode"] == "editorial_workflow" and conf["locale"] == "id"


def test_a_new_type_gets_its_collection_without_touching_the_cms_code():
    register(ContentType("agenda-rapat", "Agenda Rapat", "rapat", (
        Field("title", TEKS, "Judul", required=True), Field("tempat", TEKS, "Tempat rapat"))))
    try:
        coll = next(c for c in cms.config()["collections"] if c["name"] == "agenda-rapat")
        assert coll["folder"] == "content/rapat" and "tempat" in _names(coll["fields"])
    finally:
        unregister("agenda-rapat")


def test_a_save_keeps_every_review_line_byte_for_byte():
    saved = restore(DECAP, INITIALLED)
    old_lines = INITIALLED.splitlines()
    review = [line for line in old_lines if line.startswith(("nomor_arsip", "paraf", "  kabid",
                                                               "distribusi", "- {platform"))]
    for line in review:
        assert saved.splitlines().count(line) == 1, line
    assert "Palsu" not in saved and "02:13:00.000Z" not in saved
    assert "title: Jembatan Kali Opak (diperbarui)" in saved and saved.endswith("Isi yang diperbarui.\n")
    meta = yaml.safe_load(saved.split("---")[1])
    assert meta["paraf"]["kabid"]["sha256"] == "d3" and list(meta["paraf"]) == ["kabid"]


def test_a_new_file_can_carry_no_review_keys_and_a_withdrawal_stays():
    assert "paraf" not in restore(DECAP, None) and "nomor_arsip" not in restore(DECAP, None)
    withdrawn = INITIALLED.replace("status: terbit\n", "status: ditarik\nalasan_penarikan: Salah\n"
                                   "tanggal_penarikan: 2026-11-21 10:00\n")
    saved = restore(DECAP, withdrawn)
    assert "status: ditarik\n" in saved and "status: terbit" not in saved
    assert "alasan_penarikan: Salah\n" in saved


def test_ppid_cms_writes_a_config_the_check_accepts(tmp_path):
    site = make_site(tmp_path / "situs")
    code, _ = site.ppid("cms", "--cabang", "utama")
    assert code == 0
    conf = yaml.safe_load(site.read("cms/config.yml"))
    assert conf["backend"]["branch"] == "utama"
    assert check_config(site.root) == []


def test_a_field_the_schema_does_not_know_is_a_finding_with_its_line(tmp_path, capsys):
    site = make_site(tmp_path / "situs")
    site.ppid("cms")
    text = site.read("cms/config.yml").replace("  - name: jenis_berita\n",
                                               "  - name: jenis_beritaa\n", 1)
    text = text.replace("  - name: tags\n", "  - name: paraf\n", 1)
    site.write("cms/config.yml", text)
    findings = {f.code: f for f in check_config(site.root)}
    assert findings["cms.field-tak-dikenal"].field == "jenis_beritaa"
    line = findings["cms.field-tak-dikenal"].line
    assert text.splitlines()[line - 1].strip() == "- name: jenis_beritaa"
    assert findings["cms.field-terlindung"].field == "paraf"
    code, out = site.ppid("periksa", capsys=capsys)
    assert code == 1 and "cms/config.yml:" in out and "jenis_beritaa" in out


def _with_units(site, units: list[str]) -> None:
    config = site.root / "approvals" / "config.yaml"
    text = config.read_text(encoding="utf-8")  # make_site drops the example's list
    config.write_text(text + "unit_kerja:\n" + "".join(f"  - {u}\n" for u in units),
                      encoding="utf-8")
    site.commit("approvals/config.yaml", "Daftar unit kerja", who=("Admin", "admin@bantulkab.go.id"))


def test_units_from_the_config_and_news_kinds_from_the_schema_are_selects(tmp_path):
    site = make_site(tmp_path / "situs")
    _with_units(site, ["Diskominfo", "Dinas Pekerjaan Umum"])
    assert site.ppid("cms")[0] == 0
    conf = yaml.safe_load(site.read("cms/config.yml"))
    press = {f["name"]: f for f in next(c for c in conf["collections"]
                                        if c["name"] == "siaran-pers")["fields"]}
    assert press["unit"]["widget"] == "select"
    assert press["unit"]["options"] == ["Diskominfo", "Dinas Pekerjaan Umum"]
    assert press["jenis_berita"]["widget"] == "select"
    assert press["jenis_berita"]["options"] == list(JENIS_BERITA)
    assert check_config(site.root) == []


def test_a_value_outside_the_lists_is_a_warning_with_its_line(tmp_path, capsys):
    site = make_site(tmp_path / "situs")
    _with_units(site, ["Diskominfo"])
    rel = "content/berita/2026-11-20-jembatan.md"
    draft = PRESS_RELEASE.replace("status: terbit", "status: draf")
    site.write(rel, draft.replace("jenis_berita: Kegiatan Pimpinan", "jenis_berita: Berita Sore"))
    site.commit(rel)
    code, out = site.ppid("periksa", capsys=capsys)
    lines = [line for line in out.splitlines() if "pilihan.di-luar-daftar" in line]
    assert code == 0 and len(lines) == 2, out  # warnings: the item stays publishable
    text = site.read(rel).splitlines()
    unit_line = text.index("unit: Dinas Pekerjaan Umum") + 1
    assert any(f"{rel}:{unit_line}: unit: peringatan: unit 'Dinas Pekerjaan Umum' tidak ada di "
               "daftar pilihan (unit_kerja: Diskominfo)" in line for line in lines), lines
    assert any("jenis_berita 'Berita Sore'" in line and "Kegiatan Pimpinan" in line for line in lines)
    assert site.ppid("periksa", "--strict", capsys=capsys)[0] == 1

    site.write(rel, draft.replace("unit: Dinas Pekerjaan Umum", "unit: Diskominfo"))
    site.commit(rel, "Unit dari daftar")
    code, out = site.ppid("periksa", capsys=capsys)
    assert "pilihan.di-luar-daftar" not in out
