"""office/roster: officials, their terms, and the mistakes a roster must not contain."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pipeline.model.findings import Finding
from pipeline.office.policy import Role
from pipeline.office.roster import Term, build_roster, same_name

ROLES = {"kabid": Role("kabid", "Kepala Bidang", True), "kasie": Role("kasie", "Kepala Seksi", False)}


def _at(rel, code, params, dotted):
    return Finding(rel, code, params, dotted)


def _official(pid, email, *terms, akun=None):
    raw = {"id": pid, "nama": pid.title(), "git": {"nama": pid, "email": email},
           "jabatan": [dict(zip(("peran", "mulai", "sampai"), t, strict=False)) for t in terms]}
    if akun:
        raw["akun"] = akun
    return raw


def _build(*officials):
    errors: list[Finding] = []
    roster = build_roster("approvals/roster.yaml", {"pejabat": list(officials)}, ROLES, _at, errors)
    return roster, [(e.code, e.field) for e in errors]


def test_holders_by_the_wib_day_and_lookup_by_email():
    roster, errors = _build(_official("sri", "Sri@X.go.id", ("kabid", "2021-03-01", "2026-06-30")),
                            _official("agus", "agus@x.go.id", ("kabid", "2026-07-01")))
    assert errors == []
    # 30 June 20:00 UTC is already 1 July in Bantul.
    late = datetime(2026, 6, 30, 20, tzinfo=UTC)
    assert [o.id for o in roster.holders("kabid", late)] == ["agus"]
    assert [o.id for o in roster.holders("kabid", late - timedelta(hours=4))] == ["sri"]
    assert roster.by_email(" sri@x.GO.id ").id == "sri" and roster.by_email("x@y") is None
    agus = roster.by_email("agus@x.go.id")
    assert agus.holds("kabid", datetime(2030, 1, 1, tzinfo=UTC))


def test_two_holders_of_a_single_role_on_one_day_are_refused():
    _, errors = _build(_official("sri", "sri@x", ("kabid", "2021-03-01", "2026-07-01")),
                       _official("agus", "agus@x", ("kabid", "2026-07-01")))
    assert errors == [("roster.tumpang-tindih", "pejabat")]
    _, shared = _build(_official("a", "a@x", ("kasie", "2021-01-01")),
                       _official("b", "b@x", ("kasie", "2021-01-01")))
    assert shared == []  # a role several people hold at once


@pytest.mark.parametrize(("officials", "expected"), [
    ([_official("a", "a@x", ("bupati", "2021-01-01"))], [("konfig.peran", "pejabat[0]")]),
    ([_official("a", "a@x", ("kasie", "2026-01-01", "2025-01-01"))],
     [("roster.periode", "pejabat[0]")]),
    ([_official("a", "a@x", ("kasie", "2021-01-01")), _official("a", "b@x", ("kasie", "2021-01-01"))],
     [("roster.id-ganda", "pejabat[1]")]),
    ([_official("a", "A@x", ("kasie", "2021-01-01")), _official("b", "a@X", ("kasie", "2021-01-01"))],
     [("roster.email-ganda", "pejabat[1]")]),
    ([_official("a", "a@x", ("kasie", "2021-01-01"), akun={"github": "Pejabat"}),
      _official("b", "b@x", ("kasie", "2021-01-01"), akun={"github": "pejabat"})],
     [("roster.akun-ganda", "pejabat[1].akun")]),
])
def test_roster_mistakes_are_named_at_their_entry(officials, expected):
    assert _build(*officials)[1] == expected


def test_terms_and_names():
    term = Term("kabid", "", date(2026, 7, 1), None)
    assert term.covers(date(2099, 1, 1)) and not term.covers(date(2026, 6, 30))
    assert term.label() == "2026-07-01–sekarang"
    assert same_name("Drs.  Agus  Prasetyo", "drs. agus prasetyo") and not same_name("Agus", "Agustus")
