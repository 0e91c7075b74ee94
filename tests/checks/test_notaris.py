"""Notarised initials in `ppid periksa`: the notary's own commits pass, forged ones do not."""

from __future__ import annotations

import pytest

from pipeline.checks import notaris
from pipeline.checks.run import run_check

from ..conftest import EDITOR, PRESS_RELEASE
from ..forge.server import NOTARY, REL, office_with_notary, without_notary

WHEN = "2026-11-20T10:00:00+07:00"
NOTARY_ID = ("Notaris PPID", NOTARY)


@pytest.fixture
def site(tmp_path):
    site = office_with_notary(tmp_path / "situs", tmp_path / "kunci", api="")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.reviewed = site.git("rev-parse", "HEAD").strip()
    return site


def _trailers(site, **changes) -> dict:
    values = {"Ulasan-URL": "https://github.com/bantul/ppid/pull/1#pullrequestreview-80",
              "Ulasan-Id": "80", "Ulasan-Akun": "agus-bantul", "Ulasan-Commit": site.reviewed,
              "Ulasan-PR": "1"}
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def _record(site, trailers: dict, key: str | None = "notaris", who=NOTARY_ID, roles=("kabid",)):
    """Write the initial(s) and commit them by hand, as a forger (or the notary) would."""
    people = {"kabid": "agus", "kasie-informasi": "dewi"}
    site.approve(REL, [(role, people[role], WHEN) for role in roles])
    message = "Paraf lewat ulasan\n\n" + "".join(f"{k}: {v}\n" for k, v in trailers.items())
    signing = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={site.keys[key]}"] if key else []
    site.git(*signing, "commit", "-q", *(["-S"] if key else []), "-m", message, "--", REL, who=who,
             when="2026-11-20T10:05:00+07:00")  # the notary runs minutes after the review


def _codes(site, field="paraf.kabid") -> list[str]:
    return [f.code for f in run_check(site.root).findings
            if f.severity.value == "error" and f.field == field]


def test_the_notarys_signed_commit_with_its_trailers_is_accepted(site):
    _record(site, _trailers(site))
    assert _codes(site) == []


@pytest.mark.parametrize(("key", "code"), [
    (None, "notaris.tanpa-tanda-tangan"),
    ("penyusup", "notaris.tanda-tangan-salah"),  # a key that is not the notary's
    ("agus", "notaris.tanda-tangan-salah"),  # an official's key: not the notary principal's
])
def test_a_notary_commit_not_signed_by_the_notary_key_is_refused(site, key, code):
    _record(site, _trailers(site), key=key)
    assert _codes(site) == [code]


def test_trailers_pointing_to_another_items_review_are_refused(site):
    other = "content/berita/2026-11-21-lain.md"
    site.write(other, PRESS_RELEASE.replace("nomor_urut: 12", "nomor_urut: 13"))
    site.commit(other)
    # The review of the other item was on a commit where this item read differently.
    site.write(REL, PRESS_RELEASE.replace("60 meter", "65 meter"))
    site.commit(REL, "Ubah panjang")
    _record(site, _trailers(site))  # Ulasan-Commit: the commit before the edit
    assert _codes(site) == ["notaris.isi-beda"]


def test_review_trailers_from_someone_who_is_not_the_notary(site):
    _record(site, _trailers(site), key="penyusup", who=EDITOR)
    assert _codes(site) == ["notaris.bukan-notaris"]


@pytest.mark.parametrize(("changes", "code"), [
    ({"Ulasan-Akun": "dewi-bantul"}, "notaris.akun-lain"),  # Dewi's review, Agus's initial
    ({"Ulasan-Akun": "orang-asing"}, "notaris.akun-lain"),
    ({"Ulasan-Commit": None}, "notaris.trailer-kurang"),
    ({"Ulasan-Commit": "f" * 40}, "notaris.commit-asing"),
])
def test_trailers_that_do_not_prove_the_review(site, changes, code):
    _record(site, _trailers(site, **changes))
    assert _codes(site) == [code]


def test_a_squash_merge_is_explained(site):
    """One commit by the merger writes several officials' initials at once, no trailers: each
    initial keeps its refusal, and one warning explains the squash and what to do."""
    _record(site, {}, key=None, who=EDITOR, roles=("kabid", "kasie-informasi"))
    findings = run_check(site.root).findings
    (squash,) = [f for f in findings if f.code == "paraf.squash"]
    assert squash.severity.value == "peringatan" or squash.severity.name == "WARNING"
    assert "squash" in squash.message() and "merge commit" in squash.message()
    assert "kabid, kasie-informasi" in squash.message()
    assert _codes(site) == ["paraf.bukan-penulis"]
    assert _codes(site, "paraf.kasie-informasi") == ["paraf.bukan-penulis"]


def test_an_initial_typed_by_someone_else_keeps_its_own_finding(site):
    _record(site, {}, key=None, who=EDITOR)
    assert _codes(site) == ["paraf.bukan-penulis"]


def test_without_a_notary_in_force_the_notary_principal_is_just_another_author(tmp_path):
    from ..conftest import make_site

    plain = make_site(tmp_path / "polos", level="penulis")
    plain.write("approvals/config.yaml", without_notary(plain.read("approvals/config.yaml")))
    plain.git("commit", "-q", "--amend", "-a", "--no-edit")
    plain.write(REL, PRESS_RELEASE)
    plain.commit(REL)
    plain.reviewed = plain.git("rev-parse", "HEAD").strip()
    plain.keys = {}
    _record(plain, _trailers(plain), key=None)
    assert _codes(plain) == ["notaris.bukan-notaris"]
    assert notaris.Notary  # the resolver the trust check hands such initials to


def test_roster_accounts_map_to_one_official_and_duplicates_are_refused(site):
    from pipeline.model.errors import ConfigError
    from pipeline.office.policy import load_approvals

    roster = load_approvals(site.root).roster
    assert roster.by_account("github", "Agus-Bantul").id == "agus"  # logins ignore case
    assert roster.by_account("gitea", "dewi").id == "dewi"  # Gitea shares Forgejo's logins
    assert roster.by_account("github", "") is None
    text = site.read("approvals/roster.yaml").replace("github: dewi-bantul", "github: agus-bantul")
    site.write("approvals/roster.yaml", text)
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    (finding,) = [f for f in caught.value.findings if f.code == "roster.akun-ganda"]
    assert "agus-bantul" in finding.message() and finding.line is not None


def test_a_reviewer_who_wrote_the_content_cannot_approve_it_through_the_notary(tmp_path):
    """SOP rule `paraf_sendiri: dilarang` holds for notarised initials too."""
    from ..conftest import OFFICIALS

    site = office_with_notary(tmp_path / "situs", tmp_path / "kunci", api="")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL, who=OFFICIALS["agus"][:2])  # the Kabid wrote the item himself
    site.reviewed = site.git("rev-parse", "HEAD").strip()
    _record(site, _trailers(site))
    assert _codes(site) == ["paraf.sendiri"]


def test_the_notary_config_is_validated_and_unknown_keys_warned(site):
    from pipeline.model.errors import ConfigError
    from pipeline.office.policy import load_approvals

    config = site.read("approvals/config.yaml")
    line = next(x for x in config.splitlines() if x.startswith("notaris:"))
    site.write("approvals/config.yaml", config.replace(line, line[:-1] + ", rahasia: 1}"))
    approvals = load_approvals(site.root)
    assert approvals.settings.notaris.principal == NOTARY
    assert [w.field for w in approvals.warnings if w.code == "skema.kunci-tak-dikenal"] == [
        "notaris.rahasia"]
    site.write("approvals/config.yaml", config.replace("forge: github", "forge: gitlab"))
    with pytest.raises(ConfigError) as caught:
        load_approvals(site.root)
    assert any("gitlab" in f.message() for f in caught.value.findings)
