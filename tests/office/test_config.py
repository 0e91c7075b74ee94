"""office/config: approvals/config.yaml typed, every default in one place, built once per dict."""

from __future__ import annotations

from pathlib import Path

import yaml

from pipeline.office.config import (
    DEFAULT_ADMIN_ROLES,
    DEFAULT_ARCHIVE_FORMAT,
    DEFAULT_ATTACHMENT_MB,
    DEFAULT_SERVICE_STANDARD,
    DEFAULT_TRUST_LEVEL,
    Instansi,
    OfficeConfig,
    TrustLevel,
    parse_thresholds,
)

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_or_broken_config_gives_the_defaults():
    for raw in ({}, None, "bukan peta", []):
        typed = OfficeConfig.from_dict(raw)
        assert typed.trust_level == DEFAULT_TRUST_LEVEL == TrustLevel.PENULIS
        assert typed.admin_roles == DEFAULT_ADMIN_ROLES and typed.archive_format == DEFAULT_ARCHIVE_FORMAT
        assert typed.attachment_mb == DEFAULT_ATTACHMENT_MB and typed.dashboard is True
        assert typed.instansi.site_url == "" and typed.public_data == () and typed.sop_rules == ()


def test_the_trust_level_is_an_enum_equal_to_its_yaml_spelling():
    assert TrustLevel.of("tanda-tangan") is TrustLevel.TANDA_TANGAN
    assert TrustLevel.TANDA_TANGAN == "tanda-tangan"
    assert TrustLevel.of("kuat") is DEFAULT_TRUST_LEVEL and TrustLevel.of(None) is DEFAULT_TRUST_LEVEL


def test_thresholds_take_positive_integers_only():
    assert parse_thresholds({"bawaan": 2, "allowed_signers": 0, "tingkat_kepercayaan": "3",
                             "lain": 5}) == {"bawaan": 2, "allowed_signers": 1,
                                             "tingkat_kepercayaan": 1, "pengelola_approvals": 1}


def test_values_are_normalised_where_users_write_them_loosely():
    typed = OfficeConfig.from_dict({
        "lampiran": {"jenis_berkas": [".PDF", "Docx"], "ukuran_maks_mb": 5},
        "data_publik": [274367509, "ppid@x.go.id"], "penetapan_sop": [{"sop": "001"}, "rusak"],
        "dasbor": False, "instansi": {"situs": "https://ppid.bantulkab.go.id/", "telepon": 274,
                                      "jam_layanan": "Senin–Jumat"}})
    assert typed.attachment_types == ("pdf", "docx") and typed.attachment_mb == 5
    assert typed.public_data == ("274367509", "ppid@x.go.id") and typed.sop_rules == ({"sop": "001"},)
    assert typed.dashboard is False
    assert typed.instansi.site_url == "https://ppid.bantulkab.go.id" and typed.instansi.telepon == "274"
    assert typed.instansi.jam_layanan == ("Senin–Jumat",)


def test_service_standard_defaults_from_the_law_and_the_offices_own():
    office = Instansi.from_dict({"standar_layanan": {"jawab_hari_kerja": 5}})
    assert office.standar_layanan == {**DEFAULT_SERVICE_STANDARD, "jawab_hari_kerja": 5}
    assert Instansi.from_dict(None).standar_layanan == dict(DEFAULT_SERVICE_STANDARD)


def test_of_builds_once_per_config_object_and_tells_equal_dicts_apart():
    raw = {"tingkat_kepercayaan": "nama"}
    first = OfficeConfig.of(raw)
    assert OfficeConfig.of(raw) is first
    other = {"tingkat_kepercayaan": "tanda-tangan"}
    assert OfficeConfig.of(other).trust_level == TrustLevel.TANDA_TANGAN
    assert OfficeConfig.of(raw).trust_level == TrustLevel.NAMA


def test_the_examples_config_reads_as_written():
    raw = yaml.safe_load((ROOT / "approvals" / "config.yaml").read_text(encoding="utf-8"))
    typed = OfficeConfig.from_dict(raw)
    assert typed.trust_level == TrustLevel.TANDA_TANGAN
    assert typed.admin_roles == ("kepala-dinas", "kabid") and typed.thresholds["allowed_signers"] == 2
    assert typed.archive_unit == "Diskominfo" and typed.instansi.site_url.startswith("https://")
