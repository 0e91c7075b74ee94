"""A CMS re-serialises the front matter (hosted Decap saves without our guard): the initials are
compared across commits by their parsed value, so a reformatted initial keeps its official's
commit, while any changed value (time, name, decision, hash) is still another hand's."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC

import pytest
import yaml

from pipeline.checks.run import run_check
from pipeline.model.dates import parse_datetime
from pipeline.model.types import CONTENT_TYPES

from ..conftest import PRESS_RELEASE, ROOT, make_site, require_tool

REL = "content/berita/2026-11-20-jembatan.md"
OPERATOR = ("Operator Web", "operator@bantulkab.go.id")  # no official: a CMS user


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "situs", level="penulis")


def _errors(site):
    return [f for f in run_check(site.root).findings if f.severity.value == "error"]


def _genuine(site, capsys):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    for who, role, when in (("agus", "kabid", "2026-11-20T09:40:00+07:00"),
                            ("dewi", "kasie-informasi", "2026-11-20T09:52:00+07:00")):
        assert site.ppid("paraf", REL, "--peran", role, who=who, when=when, capsys=capsys)[0] == 0


def _front(text: str) -> tuple[dict, str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def _utc(value) -> str:
    return parse_datetime(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _decap_style(text: str, block: bool, change=None) -> str:
    """The front matter as Decap's YAML library writes it back: keys in another order, the
    initials' times in UTC with milliseconds, comments gone, quoting as the library likes, and
    the initials either in block style or as flow mappings with every value quoted."""
    meta, body = _front(text)
    meta = {k: meta[k] for k in sorted(meta, key=lambda k: (k != "title", k))}
    paraf = {role: {k: (_utc(v) if k == "tanggal" else str(v)) for k, v in
                    reversed(list(entry.items()))} for role, entry in meta.pop("paraf").items()}
    if change:
        change(paraf)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    if block:
        front += yaml.safe_dump({"paraf": paraf}, allow_unicode=True, sort_keys=False)
    else:
        front += "paraf:\n" + "".join(
            f"  {role}: {{" + ", ".join(f'{k}: "{v}"' for k, v in entry.items()) + "}\n"
            for role, entry in paraf.items())
    return "---\n" + front + "---\n" + body


@pytest.mark.parametrize("block", [False, True], ids=["flow-diapit-kutip", "gaya-blok"])
def test_a_reformatted_initial_is_not_rewritten_by_another_hand(site, capsys, block):
    _genuine(site, capsys)
    before = site.read(REL)
    site.write(REL, _decap_style(before, block))
    assert site.read(REL) != before
    site.commit(REL, "Simpan dari CMS", who=OPERATOR)
    assert [(f.code, f.field) for f in _errors(site)] == []


@pytest.mark.parametrize("block", [False, True], ids=["flow-diapit-kutip", "gaya-blok"])
@pytest.mark.parametrize("field,value", [("tanggal", "2026-11-20T09:30:00+07:00"),
                                         ("keputusan", "tolak"), ("nama", "Agus Prasetyo")])
def test_a_changed_value_in_a_reformatted_initial_is_still_another_hand(site, capsys, block,
                                                                        field, value):
    _genuine(site, capsys)

    def forge(paraf):
        paraf["kabid"][field] = value
    site.write(REL, _decap_style(site.read(REL), block, forge))
    site.commit(REL, "Simpan dari CMS", who=OPERATOR)
    codes = {(f.code, f.field) for f in _errors(site)}
    assert any(f.startswith("paraf.kabid") for _, f in codes), codes
    assert not any(f.startswith("paraf.kasie-informasi") for _, f in codes), codes


RINA = ("Rina Susanti", "rina.susanti@bantulkab.go.id")  # operator-website: files, links


def _filed_and_shared(site, capsys):
    _genuine(site, capsys)
    assert site.ppid("nomori", REL, identity=RINA, capsys=capsys)[0] == 0
    assert site.ppid("share", REL, "--tautan", "instagram", "https://www.instagram.com/p/X1/",
                     identity=RINA, capsys=capsys)[0] == 0


def _block_style(text: str, change=None) -> str:
    """Every key re-serialised as a YAML library writes a parsed mapping back (block style,
    keys sorted, quotes dropped where YAML allows)."""
    meta, body = _front(text)
    if change:
        change(meta)
    return "---\n" + yaml.safe_dump(dict(sorted(meta.items())), allow_unicode=True) + "---\n" + body


def test_an_editors_save_of_a_filed_and_shared_item_keeps_every_review_act(site, capsys):
    _filed_and_shared(site, capsys)
    before = site.read(REL)
    assert 'nomor_arsip: "' in before and "- {platform: instagram" in before
    site.write(REL, _block_style(before))
    assert "nomor_arsip: 400.14.4.3/" in site.read(REL)  # unquoted now
    site.commit(REL, "Simpan dari CMS", who=OPERATOR)
    assert [(f.code, f.field) for f in _errors(site)] == []


def test_an_archive_number_changed_in_such_a_save_is_still_refused(site, capsys):
    _filed_and_shared(site, capsys)

    def renumber(meta):
        meta["nomor_arsip"] = meta["nomor_arsip"].replace("/0001/", "/0099/")
    site.write(REL, _block_style(site.read(REL), renumber))
    site.commit(REL, "Simpan dari CMS", who=OPERATOR)
    assert ("wewenang.nomor-arsip", "nomor_arsip") in {(f.code, f.field) for f in _errors(site)}


def test_a_link_added_in_block_style_by_a_non_official_is_refused(site, capsys):
    """Before, only flow-style lines were judged: a block-style entry escaped the check."""
    _filed_and_shared(site, capsys)

    def add_link(meta):
        meta["distribusi"].append({"platform": "facebook", "tautan": "https://facebook.com/palsu/1"})
    site.write(REL, _block_style(site.read(REL), add_link))
    site.commit(REL, "Simpan dari CMS", who=OPERATOR)
    codes = {(f.code, f.field) for f in _errors(site)}
    assert codes == {("wewenang.distribusi-tanpa-riwayat", "distribusi")}, codes
    assert "facebook.com/palsu/1" in next(f for f in _errors(site)).message()


def _decap_save(site, edit: dict | None = None) -> None:
    """The file saved through Decap's own YAML code path (tests/decap_yaml.cjs), committed by an
    editor who is no official, as a hosted backend (GitHub, Gitea) would commit it."""
    require_tool(shutil.which("node") is not None and (ROOT / "node_modules" / "yaml").is_dir()
                 and (ROOT / "node_modules" / "gray-matter").is_dir(), "node dan npm ci")
    from pipeline.site import cms

    order = [f["name"] for f in cms.collection(CONTENT_TYPES["siaran-pers"])["fields"]]
    done = subprocess.run(["node", str(ROOT / "tests" / "decap_yaml.cjs"), json.dumps(order),
                           json.dumps(edit or {})], input=site.read(REL), capture_output=True,
                          text=True, check=True, cwd=ROOT)
    site.write(REL, done.stdout)
    site.commit(REL, "Update Siaran Pers “Bupati Resmikan Jembatan Kali Opak”", who=OPERATOR)


def test_a_save_through_decaps_own_yaml_code_keeps_every_review_act(site, capsys):
    _filed_and_shared(site, capsys)
    before = site.read(REL)
    _decap_save(site)
    after = site.read(REL)
    assert after != before and "  kabid:\n    nama:" in after  # block style, as Decap writes
    assert [(f.code, f.field) for f in _errors(site)] == []


def test_an_edit_through_decap_stales_the_initials_and_says_nothing_was_rewritten(site, capsys):
    _filed_and_shared(site, capsys)
    _decap_save(site, {"ringkasan": "Jembatan baru sepanjang 60 meter menghubungkan dua kapanewon."})
    codes = {f.code for f in run_check(site.root).findings if f.field.startswith("paraf")}
    assert "paraf.basi" in codes  # the content changed: fresh initials are needed, correctly
    assert not codes & {"paraf.ditulis-ulang", "paraf.bukan-penulis", "paraf.format",
                        "paraf.tanpa-riwayat"}, codes


def test_an_impossible_date_in_an_old_initial_line_is_no_internal_error():
    from pipeline.checks.paraf_value import distribution_value, line_value

    assert line_value("kabid: {nama: X, tanggal: 2026-02-31, keputusan: tolak}") is None
    assert distribution_value("- {platform: x, tautan: 'https://x.com/1', tanggal: 2026-02-31}") \
        is None
    assert line_value("kabid: {nama: X, tanggal: 2026-02-28, keputusan: tolak}") is not None
