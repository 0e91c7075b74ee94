"""checks/registered: the one list of checks, in run order, with what each depends on."""

from __future__ import annotations

import pytest

from pipeline.checks import registered, registry
from pipeline.checks.registry import Kind
from pipeline.checks.run import run_check

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"


def _names(kind=None) -> list[str]:
    return [c.name for c in registry.checks(kind)]


def test_the_list_is_registered_once_with_unique_names():
    assert registered.__name__ == "pipeline.checks.registered"
    names = _names()
    assert len(names) == len(set(names)) > 15
    with pytest.raises(ValueError, match="twice"):
        registry.register(registry.checks()[0])


def test_run_order_puts_what_later_checks_read_first():
    document = _names(Kind.DOCUMENT)
    # The schema first: later document checks skip fields it found broken.
    assert document[0] == "schema" and document.index("archive") < document.index("initials")
    history = _names(Kind.HISTORY)
    # The chain sets the level in force and ctx.chain, which the initials check reads.
    assert history.index("chain") < history.index("initials-history")


def test_reminders_are_advice_and_never_promoted():
    advice = {c.name for c in registry.checks() if c.advice}
    assert {"scheduled", "plan-calendar"} <= advice
    assert not {"schema", "initials", "chain", "initials-history", "privacy"} & advice


def test_whole_tree_checks_are_skipped_on_a_partial_check(site):
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    partial = {c.name for c in registry.checks() if c.whole_tree}
    assert "cms-config" in partial and "plan-calendar" in partial
    site.write("cms/config.yml", "collections: [: :\n")  # broken: reported on a full check only
    full = {f.code for f in run_check(site.root).findings if f.path.startswith("cms/")}
    one = {f.code for f in run_check(site.root, [site.root / REL]).findings
           if f.path.startswith("cms/")}
    assert full and one == set()
