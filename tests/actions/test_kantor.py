"""Unit tests of pipeline.actions.kantor: the files of a new office, from its answers."""

from __future__ import annotations

import re
from datetime import datetime

import yaml

from pipeline.actions import kantor
from pipeline.actions.kantor import Answers, Official

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBunderKepalaKunciContoh kepala"


def _answers(**extra) -> Answers:
    head = Official("Sutrisno, S.Pd.", "sutrisno@bunder.desa.id", [kantor.HEAD_ROLE], KEY)
    admin = Official("Wulan", "wulan.sari@bunder.desa.id", ["admin-medsos"], "",
                     {"github": "wulan"})
    base = {"instansi": "Pemerintah Kalurahan Bunder", "situs": "https://ppid.bunder.desa.id",
            "ppid": "PPID Kalurahan Bunder", "sop": ["003-medsos-kalurahan-bunder"],
            "pejabat": [head, admin], "tanggal": datetime(2026, 11, 28, 9, 30),
            "paket": "ppid-pipeline==9.9"}
    return Answers(**{**base, **extra})


def test_names_derived_from_the_answers():
    assert _answers().unit == "Kalurahan Bunder"
    assert _answers(instansi="Pemerintah ").unit == "Pemerintah "  # nothing left: kept whole
    assert kantor.default_ppid("Pemerintah  Desa Sidomulyo ") == "PPID Desa Sidomulyo"
    assert Official("Wulan", "wulan.sari@bunder.desa.id", []).id == "wulan-sari"


def test_resolve_sop_by_number_prefix_or_id():
    assert kantor.resolve_sop("003") == "003-medsos-kalurahan-bunder"
    assert kantor.resolve_sop("003-medsos-kalurahan-bunder") == "003-medsos-kalurahan-bunder"
    assert kantor.resolve_sop("004-b") == "004-b-pengembangan-situs"
    assert kantor.resolve_sop("004") is None  # five templates start with 004: ambiguous
    assert kantor.resolve_sop("999") is None and kantor.resolve_sop("") is None


def test_dump_writes_a_shared_date_twice_without_anchors():
    day = datetime(2026, 1, 2).date()
    text = kantor.dump({"a": [{"mulai": day}], "b": [{"mulai": day}], "nama": "Ğ"})
    assert "&" not in text and "*" not in text and text.count("2026-01-02") == 2
    assert "Ğ" in text  # allow_unicode: names stay readable


def test_own_sop_drops_the_example_office():
    text = ("instansi: Kabupaten Bantul\nnomor: 12/2024\ntanggal_berlaku: 2024-01-01\n"
            "dasar:\n  - Perbup Bantul No. 5\n  - UU 14/2008\nnama: SOP Dinas Bantul\n")
    own = kantor.own_sop(text, "Kalurahan Bunder")
    assert own == "instansi: Kalurahan Bunder\ndasar:\n  - UU 14/2008\nnama: SOP Dinas Kalurahan Bunder\n"


def test_signers_only_for_officials_with_a_key():
    a = _answers()
    lines = kantor.signers(a.pejabat).splitlines()
    assert lines[0].startswith("#") and lines[1:] == [
        f'sutrisno@bunder.desa.id namespaces="git" {KEY}']


def test_chosen_sops_add_the_page_sop_only_when_none_covers_pages():
    texts = kantor.chosen_sops(["003-medsos-kalurahan-bunder"], "Kalurahan Bunder")
    assert list(texts) == ["003-medsos-kalurahan-bunder", kantor.PAGE_SOP]
    assert kantor.HEAD_ROLE in texts[kantor.PAGE_SOP]
    roles = kantor.role_names(["003-medsos-kalurahan-bunder"], "Kalurahan Bunder")
    assert kantor.HEAD_ROLE in roles and all(isinstance(v, str) and v for v in roles.values())


def test_files_of_a_new_office_at_level_penulis():
    out = kantor.files(_answers())
    assert "approvals/allowed_signers" not in out  # no keys needed below tanda-tangan
    config = yaml.safe_load(out["approvals/config.yaml"])
    assert config["instansi"] == {"nama": "Pemerintah Kalurahan Bunder",
                                  "ppid": "PPID Kalurahan Bunder",
                                  "situs": "https://ppid.bunder.desa.id"}  # empty answers left out
    assert config["pengelola_approvals"] == [kantor.HEAD_ROLE]
    assert config["unit_kerja"] == ["Kalurahan Bunder"]
    assert config["kode_unit_arsip"] == "kalurahanbun"  # at most 12 characters
    assert {r["sop"] for r in config["penetapan_sop"]} >= {kantor.PAGE_SOP}
    roster = yaml.safe_load(out["approvals/roster.yaml"])["pejabat"]
    assert [(p["id"], p.get("akun")) for p in roster] == [("sutrisno", None),
                                                          ("wulan-sari", {"github": "wulan"})]
    assert roster[1]["jabatan"] == [{"peran": "admin-medsos", "unit": "Kalurahan Bunder",
                                     "mulai": datetime(2026, 11, 28).date()}]
    assert 'ppid-pipeline==9.9' in out["pyproject.toml"]
    for rel, text in out.items():
        assert "Bantul" not in text, rel
        assert not re.search(r"\{[a-z_]+\}", text) or rel.endswith((".yml", "Makefile")), rel


def test_files_at_level_tanda_tangan_carry_the_keys():
    out = kantor.files(_answers(tingkat="tanda-tangan"))
    assert KEY in out["approvals/allowed_signers"]
    assert yaml.safe_load(out["approvals/config.yaml"])["tingkat_kepercayaan"] == "tanda-tangan"


def test_package_requirement_is_a_pip_requirement():
    assert re.match(r"^ppid-pipeline( @ \S+|==[\w.]+)$", kantor.package_requirement())


def test_an_official_without_a_latin_mail_name_is_named_after_the_person():
    assert Official("Wang Wei", "王@sido.id", []).id == "wang-wei"
    assert Official("Li Na", "李@sido.id", []).id != Official("Wang Wei", "王@sido.id", []).id
