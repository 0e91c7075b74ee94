"""A CMS re-serialises the front matter (hosted Decap saves without our guard): the initials are
compared across commits by their parsed value, so a reformatted initial keeps its official's
commit, while any changed value (time, name, decision, hash) is still another hand's."""

from __future__ import annotations

from datetime import UTC

import pytest
import yaml

from pipeline.checks.run import run_check
from pipeline.model.dates import parse_datetime

from ..conftest import PRESS_RELEASE, make_site

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
