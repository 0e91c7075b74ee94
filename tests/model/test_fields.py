"""model/fields: the shared field groups and patterns the schema, the CMS and the checks use."""

from __future__ import annotations

import re

import pytest

from pipeline.i18n.ui import PLATFORM
from pipeline.model.fields import (
    COMMON,
    KLASIFIKASI_RE,
    PARAF_ENTRY,
    PERSONAL_DATA_KINDS,
    PLAN_REF_RE,
    PLATFORMS,
    SHA256_RE,
    Field,
)
from pipeline.model.types import CONTENT_TYPES


@pytest.mark.parametrize(("pattern", "good", "bad"), [
    (SHA256_RE, "a" * 64, ["A" * 64, "a" * 63, "g" * 64]),
    (KLASIFIKASI_RE, "400.14.4.3", ["400.", "40.1", "400.x", "400-14"]),
    (PLAN_REF_RE, "2026-Q4/R03", ["2026-Q5/R1", "2026-Q4/", "2026Q4/R1", "2026-Q4/-R"]),
])
def test_patterns_accept_the_documented_form_only(pattern, good, bad):
    assert re.match(pattern, good)
    assert not any(re.match(pattern, b) for b in bad)


def _names(fields: tuple[Field, ...]) -> list[str]:
    return [f.name for f in fields]


def test_every_content_type_carries_the_common_fields_once():
    for ctype in CONTENT_TYPES.values():
        names = _names(ctype.fields)
        assert len(names) == len(set(names)), ctype.jenis
        assert {"title", "date", "jenis", "status", "paraf"} <= set(names), ctype.jenis


def test_the_initial_entry_and_the_shared_lists_agree_with_their_users():
    assert [f.name for f in PARAF_ENTRY if f.required] == ["nama", "tanggal", "keputusan", "sha256"]
    assert tuple(PLATFORM) == PLATFORMS  # one list of platforms, the site's labels
    distribusi = next(f for f in COMMON if f.name == "distribusi")
    assert next(f for f in distribusi.fields if f.name == "platform").choices == PLATFORMS
    allowed = next(f for f in COMMON if f.name == "data_pribadi_diizinkan")
    assert next(f for f in allowed.fields if f.name == "jenis").choices == PERSONAL_DATA_KINDS
    assert all(f.kind for f in COMMON) and all(f.description for f in COMMON)
