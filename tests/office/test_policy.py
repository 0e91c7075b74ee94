"""The shipped SOP policies encode the seeds faithfully; broken approvals/ files are reported."""

from __future__ import annotations

import pytest

from pipeline.model.errors import ConfigError
from pipeline.office.policy import load_approvals

from ..conftest import ROOT


@pytest.fixture(scope="module")
def approvals():
    return load_approvals(ROOT)


def test_five_sops_with_their_standard_minutes(approvals):
    minutes = {pid: p.total_minutes for pid, p in approvals.policies.items()}
    assert minutes == {
        "000-distribusi-informasi-publik": 390,  # the seed's TOTAL row
        "001-pemutakhiran-website": 160,
        "002-monev-website-setda": 450,
        "003-medsos-kalurahan-bunder": 170,
        "004-pengelolaan-web-ppid": 0,  # "sesuai jadwal": no standard minutes in the seed
        "004-a1-rencana-konten": 0,  # SOP 004 A.1, the quarterly content plan: none either
        "004-b-pengembangan-situs": 0,  # SOP 004 B, changes of the site itself: none either
        "004-c1-evaluasi-semester": 0,  # SOP 004 C.1 and C.2, the evaluations (issue #15)
        "004-c2-evaluasi-bulanan": 0,
    }


def test_initialling_order_follows_each_sop(approvals):
    order = {pid: [s.peran for s in p.paraf_steps] for pid, p in approvals.policies.items()}
    assert order["000-distribusi-informasi-publik"] == ["kepala-dinas", "kabid", "kasie-opini"]
    assert order["001-pemutakhiran-website"] == ["kabid", "kasie-informasi"]
    assert order["002-monev-website-setda"] == ["ketua-tim-setda", "kepala-bagian-setda"]
    assert order["003-medsos-kalurahan-bunder"] == ["seksi-data-bunder", "ketua-ppid-bunder"]
    assert order["004-pengelolaan-web-ppid"] == ["sub-koordinator"]


def test_rejections_go_back_where_the_seeds_send_them(approvals):
    back = {s.peran: s.jika_ditolak
            for s in approvals.policies["003-medsos-kalurahan-bunder"].steps if s.jika_ditolak}
    assert back == {"seksi-data-bunder": 3, "ketua-ppid-bunder": 3}
    sop001 = approvals.policies["001-pemutakhiran-website"]
    assert [s.aksi for s in sop001.later_steps] == ["tayang", "arsip"]
    assert sop001.steps[-1].wajib_isian == ("klasifikasi", "nomor_arsip")


@pytest.mark.parametrize("jenis,unit,sop", [
    ("pengumuman", "Dinas Kesehatan", "000-distribusi-informasi-publik"),
    ("siaran-pers", "Dinas Perdagangan", "001-pemutakhiran-website"),
    ("siaran-pers", "Sekretariat Daerah", "002-monev-website-setda"),
    ("informasi-publik", "sekretariat  daerah", "002-monev-website-setda"),
    ("pengumuman", "Kalurahan Bunder", "003-medsos-kalurahan-bunder"),
    ("halaman", "Diskominfo", "004-pengelolaan-web-ppid"),
])
def test_sop_chosen_by_config_mapping(approvals, jenis, unit, sop):
    assert approvals.policy_for(jenis, unit).id == sop


def _broken(site, rel: str, old: str, new: str) -> list:
    path = site.root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    return caught.value.findings


def test_broken_policy_reports_every_problem_with_lines(site):
    rel = "approvals/sop/001-pemutakhiran-website.yaml"
    path = site.root / rel
    text = path.read_text(encoding="utf-8")
    text = text.replace("    peran: kasie-informasi", "    peran: kasi-informasi")
    text = text.replace("    jika_ditolak: 1\n  - nomor: 3", "    jika_ditolak: 4\n  - nomor: 3")
    text = text.replace("  - nomor: 5", "  - nomor: 6")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    found = {f.code: f for f in caught.value.findings}
    assert set(found) == {"konfig.peran", "konfig.kembali", "konfig.nomor-langkah"}
    assert all(f.path == rel and f.line for f in found.values())
    # located at the offending step (its "- nomor: 3" line), 1-based
    assert found["konfig.peran"].line == text.split("\n").index("  - nomor: 3") + 1
    assert "kasi-informasi" in found["konfig.peran"].message()


def test_policy_yaml_syntax_error(site):
    (finding,) = _broken(site, "approvals/sop/002-monev-website-setda.yaml", "langkah:\n",
                         "langkah:\n  - [tidak ditutup\n")
    assert finding.code == "baca.yaml" and finding.line


def test_policy_step_with_unknown_action(site):
    findings = _broken(site, "approvals/sop/000-distribusi-informasi-publik.yaml",
                       "aksi: disposisi", "aksi: memo")
    assert [f.code for f in findings if f.severity.value == "error"] == ["skema.pilihan"]


def test_roster_overlapping_single_holder_periods(site):
    findings = _broken(site, "approvals/roster.yaml",
                       "{peran: kabid, unit: Diskominfo, mulai: 2021-03-01, sampai: 2026-06-30}",
                       "{peran: kabid, unit: Diskominfo, mulai: 2021-03-01, sampai: 2026-08-31}")
    (finding,) = findings
    assert finding.code == "roster.tumpang-tindih"
    assert "Drs. Agus Prasetyo, M.Si." in finding.message()
    assert "2021-03-01–2026-08-31" in finding.message()


def test_roster_malformed_period(site):
    findings = _broken(site, "approvals/roster.yaml",
                       "{peran: web-developer, unit: Diskominfo, mulai: 2023-05-02}",
                       "{peran: web-developer, unit: Diskominfo, mulai: 2023-05-02, sampai: 2022-01-01}")
    assert [f.code for f in findings] == ["roster.periode"]
    findings = _broken(site, "approvals/roster.yaml", "mulai: 2023-05-02", "mulai: kemarin")
    assert [f.code for f in findings] == ["skema.tanggal"]


def test_roster_duplicate_email_and_unknown_role(site):
    findings = _broken(site, "approvals/roster.yaml", "email: yoga.pratama@bantulkab.go.id",
                       "email: rina.susanti@bantulkab.go.id")
    assert [f.code for f in findings] == ["roster.email-ganda"]


def test_missing_config_is_a_configuration_error(site):
    (site.root / "approvals" / "config.yaml").unlink()
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    assert caught.value.exit_code == 2
    assert caught.value.findings[0].path == "approvals/config.yaml"


def test_mapping_outside_a_policys_declared_scope(site):
    findings = _broken(site, "approvals/config.yaml",
                       "{sop: 001-pemutakhiran-website, jenis: [siaran-pers]}",
                       "{sop: 001-pemutakhiran-website, jenis: [siaran-pers, halaman]}")
    (finding,) = findings
    assert finding.code == "konfig.luar-lingkup" and finding.field == "penetapan_sop[5].jenis"
    assert "jenis 'halaman'" in finding.message()
    site.git("checkout", "--", "approvals/config.yaml")
    findings = _broken(site, "approvals/config.yaml",
                       "{sop: 003-medsos-kalurahan-bunder, unit: [Kalurahan Bunder]}",
                       "{sop: 003-medsos-kalurahan-bunder}")
    assert [f.code for f in findings] == ["konfig.luar-lingkup"]
