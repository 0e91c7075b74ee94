"""office/policy_rules and policy_fields: office additions and step records in the policy."""

from __future__ import annotations

import pytest

from pipeline.model.errors import ConfigError
from pipeline.office.policy import load_approvals
from pipeline.office.policy_fields import OFFICE_RULES, POLICY_FIELDS
from pipeline.office.policy_rules import check_additions

from ..conftest import make_site

SOP000 = "approvals/sop/000-distribusi-informasi-publik.yaml"


def test_the_example_marks_what_the_office_added(tmp_path):
    approvals = load_approvals(make_site(tmp_path / "s").root)
    sop000 = approvals.policies["000-distribusi-informasi-publik"]
    assert sop000.office_rule("darurat") is not None
    assert sop000.office_rule("jika_ditolak", 3) is not None
    assert [s.peran for s in sop000.restart_from(sop000.step(4))] == ["kepala-dinas", "kabid",
                                                                      "kasie-opini"]
    sop001 = approvals.policies["001-pemutakhiran-website"]
    assert sop001.office_rule("jika_ditolak", 3) is None  # the seed's own "Tidak"
    assert sop001.step(1).rekaman.by == "kasie-informasi"
    assert "bukti" in sop001.step(1).wajib_sejak.fields
    assert {t["kode"] for t in approvals.policies["004-pengelolaan-web-ppid"].periodic_tasks} == {
        "A.1", "A.2", "C.1", "C.2"}
    assert "aturan_kantor" in {f.name for f in POLICY_FIELDS} and "darurat" in OFFICE_RULES


def test_an_office_addition_naming_a_missing_step_is_refused(tmp_path):
    repo = make_site(tmp_path / "s")
    path = repo.root / SOP000
    path.write_text(path.read_text(encoding="utf-8").replace("langkah: [2, 3, 4]",
                                                             "langkah: [2, 3, 9]"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approvals(repo.root)
    (finding,) = [f for f in caught.value.findings if f.code == "sop.kantor-langkah"]
    assert finding.path == SOP000 and finding.params["no"] == 9 and finding.line


def test_check_additions_names_unknown_roles():
    errors = []
    check_additions("x.yaml", {"langkah": [{"nomor": 1}], "tugas_berkala": [{"peran": "nobody"}]},
                    {"kabid": None}, lambda *a: a, errors)
    assert errors and errors[0][1] == "konfig.peran"
