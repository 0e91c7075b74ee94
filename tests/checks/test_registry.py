"""The check registry: a new check is one registration; --strict promotes it unless it is advice."""

from __future__ import annotations

import pytest

from pipeline.checks import registry
from pipeline.checks.registry import Check, Kind, registered_for
from pipeline.checks.run import run_check
from pipeline.model.findings import Finding, Severity

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _warn(code: str):
    return lambda ctx: [Finding(REL, code, {}, "title", 2, Severity.WARNING)]


def _severities(site, strict: bool) -> dict[str, Severity]:
    return {f.code: f.severity for f in run_check(site.root, strict=strict).findings
            if f.code.startswith("uji.")}


def test_strict_promotes_a_registered_check_but_not_advice(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    with registered_for(Check("uji-biasa", Kind.CORPUS, _warn("uji.biasa"))), \
            registered_for(Check("uji-saran", Kind.HISTORY, _warn("uji.saran"), advice=True)):
        assert _severities(site, strict=False) == {"uji.biasa": Severity.WARNING,
                                                   "uji.saran": Severity.WARNING}
        assert _severities(site, strict=True) == {"uji.biasa": Severity.ERROR,
                                                  "uji.saran": Severity.WARNING}
    assert _severities(site, strict=True) == {}  # gone again after the block


def test_a_document_check_sees_what_earlier_checks_said_about_its_item(site):
    site.write(REL, PRESS_RELEASE.replace("title:", "judul_lama:"))
    seen: dict[str, set[str]] = {}

    def spy(doc, ctx, found):
        seen[doc.rel] = registry.errored_fields(found)
        return []

    with registered_for(Check("uji-mata", Kind.DOCUMENT, spy)):
        run_check(site.root, [site.root / REL])
    assert "title" in seen[REL]  # the schema check ran first and reported the missing title


def test_whole_tree_checks_skip_a_partial_check(site):
    site.write(REL, PRESS_RELEASE)
    with registered_for(Check("uji-pohon", Kind.CORPUS, _warn("uji.pohon"), whole_tree=True)):
        partial = run_check(site.root, [site.root / REL]).findings
        assert "uji.pohon" not in {f.code for f in partial}
        assert "uji.pohon" in {f.code for f in run_check(site.root).findings}


def test_a_name_is_registered_once():
    name = registry.checks()[0].name
    with pytest.raises(ValueError):
        registry.register(Check(name, Kind.CORPUS, lambda ctx: []))


def test_every_kind_has_checks_and_advice_is_named():
    assert {c.kind for c in registry.checks()} == set(Kind)
    assert {c.name for c in registry.checks() if c.advice} == {
        "scheduled", "plan-calendar", "site-revision", "periodic-tasks"}
