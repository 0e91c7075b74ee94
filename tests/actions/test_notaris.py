"""`ppid notaris` end to end: a forge on 127.0.0.1, a bare remote, the default branch's checkout.

Officials review the pull request on the forge; the notary command (as notaris.yml runs it)
records the review as their paraf on the pull request's branch; `ppid periksa` accepts it.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.actions.notaris import read_artifact
from pipeline.checks.run import run_check
from pipeline.cli.main import main
from pipeline.model.reader import load_document

from ..conftest import PRESS_RELEASE, SiteRepo
from ..forge.server import (
    NOTARY,
    REL,
    FakeForge,
    forgejo_pull,
    forgejo_review,
    github_pull,
    github_review,
    office_with_notary,
)

SUBMITTED = "2026-11-20T03:00:00Z"  # 10.00 WIB


@dataclass
class Office:
    site: SiteRepo  # the editors' clone, on the pull request's branch
    forge: FakeForge
    work: Path  # the notary's checkout: the default branch only
    tmp: Path
    pr: int = 1
    kind: str = "github"

    def head(self) -> str:
        return _git(self.work, "ls-remote", "origin", "refs/heads/usulan").split()[0]

    def review(self, review_id: int, login: str, state: str, commit: str | None = None,
               body: str = "", submitted: str = SUBMITTED, key: str | None = "notaris"):
        """The forge answers this review; the recorder's artifact names it; the notary runs."""
        commit = commit or self.head()
        if self.kind == "forgejo":  # the same review on Forgejo: its words and its path
            path = f"/api/v1/repos/bantul/ppid/pulls/{self.pr}"
            state = {"CHANGES_REQUESTED": "REQUEST_CHANGES", "COMMENTED": "COMMENT"}.get(state, state)
            answer = forgejo_review(review_id, login.removesuffix("-bantul"), state, commit,
                                    submitted, body, self.pr)
            self.forge.routes[path] = (200, forgejo_pull(self.pr, self.head(), "usulan"))
        else:
            path = f"/repos/bantul/ppid/pulls/{self.pr}"
            answer = github_review(review_id, login, state, commit, submitted, body, self.pr)
            self.forge.routes[path] = (200, github_pull(self.pr, self.head(), "usulan"))
        self.forge.routes[f"{path}/reviews/{review_id}"] = (200, answer)
        # the pull request's review list, oldest first, as both forges give it
        listed = [r for r in self.forge.routes.get(f"{path}/reviews", (200, []))[1]
                  if r["id"] != review_id]
        self.forge.routes[f"{path}/reviews"] = (200, sorted([*listed, answer],
                                                            key=lambda r: r["id"]))
        artifact = self.tmp / f"ulasan-{review_id}.json"
        artifact.write_text(json.dumps({"review_id": review_id, "pull_request": self.pr,
                                        "commit_id": commit}), encoding="utf-8")
        return self.notarise(artifact, key)

    def notarise(self, artifact: Path, key: str | None = "notaris"):
        summary = self.tmp / "ringkasan.md"
        summary.write_text("", encoding="utf-8")
        args = ["--akar", str(self.work), "notaris", "--ulasan", str(artifact),
                "--ringkasan", str(summary)]
        if key:
            args += ["--kunci", str(self.site.keys[key])]
        before = self.head()
        saved = dict(os.environ)
        os.environ["PPID_FORGE_TOKEN"] = "token-uji"
        try:
            code = main(args)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return code, summary.read_text(encoding="utf-8"), before != self.head()

    def pull(self) -> None:
        self.site.git("pull", "-q", "--ff-only", "origin", "usulan")


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                          text=True).stdout


def _office(tmp_path: Path, kind: str = "github"):
    forge = FakeForge()
    api = forge.url if kind == "github" else f"{forge.url}/api/v1"
    site = office_with_notary(tmp_path / "situs", tmp_path / "kunci", api, forge=kind)
    bare = tmp_path / "remote.git"
    _git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    site.git("remote", "add", "origin", str(bare))
    site.git("push", "-q", "origin", "main")
    site.git("checkout", "-q", "-b", "usulan")
    site.write(REL, PRESS_RELEASE)
    site.commit(REL)
    site.git("push", "-q", "origin", "usulan")
    work = tmp_path / "notaris"
    _git(tmp_path, "clone", "-q", str(bare), str(work))
    return Office(site, forge, work, tmp_path, kind=kind)


@pytest.fixture
def office(tmp_path):
    made = _office(tmp_path)
    yield made
    made.forge.close()


def test_forgejo_reviews_become_initials_too(tmp_path):
    office = _office(tmp_path, "forgejo")
    try:
        code, summary, pushed = office.review(7, "agus", "REQUEST_CHANGES", body="Perbaiki judul.")
        assert code == 0 and pushed and "(tolak)" in summary
        assert office.forge.asked[0] == ("/api/v1/repos/bantul/ppid/pulls/1/reviews/7", "token token-uji")
        office.pull()
        assert "Ulasan-Akun: agus" in office.site.git("log", "-1", "--format=%B")
        assert _errors(office.site, "paraf.kabid") == []
    finally:
        office.forge.close()


def _errors(site: SiteRepo, field: str | None = None):
    found = [f for f in run_check(site.root).findings if f.severity.value == "error"]
    return [f for f in found if field is None or f.field == field]


def test_approve_becomes_a_signed_notarised_paraf_that_the_check_accepts(office):
    code, summary, pushed = office.review(80, "agus-bantul", "APPROVED")
    assert code == 0 and pushed
    assert "dicatat sebagai paraf (setuju) pada 1 naskah" in summary
    assert f"{REL}: langkah" in summary and "Kepala Bidang" in summary
    office.pull()
    entry = load_document(office.site.root, office.site.root / REL).paraf["kabid"]
    assert entry["nama"] == "Drs. Agus Prasetyo, M.Si." and entry["keputusan"] == "setuju"
    assert str(entry["tanggal"]).startswith("2026-11-20 10:00:00")  # the review's time, WIB
    log = office.site.git("log", "-1", "--format=%ae%n%B")
    assert log.startswith(NOTARY) and "Ulasan-Id: 80" in log and "Ulasan-Akun: agus-bantul" in log
    assert "Ulasan-URL: https://github.com/bantul/ppid/pull/1#pullrequestreview-80" in log
    assert office.forge.asked[0][1] == "Bearer token-uji"
    assert _errors(office.site, "paraf.kabid") == []
    # The next official's review completes the SOP: no error at all.
    code, _, _ = office.review(81, "dewi-bantul", "APPROVED", submitted="2026-11-20T03:30:00Z")
    assert code == 0
    office.pull()
    assert _errors(office.site) == []


def test_request_changes_then_approve_after_a_fix(office):
    code, _, _ = office.review(80, "agus-bantul", "CHANGES_REQUESTED",
                               body="Lengkapi\nnilai anggaran.")
    assert code == 0
    office.pull()
    entry = load_document(office.site.root, office.site.root / REL).paraf["kabid"]
    assert entry["keputusan"] == "tolak" and entry["catatan"] == "Lengkapi nilai anggaran."
    # The editor fixes the item; the Kabid approves the new version.
    office.site.write(REL, office.site.read(REL).replace("60 meter", "60 meter senilai Rp 9 miliar"))
    office.site.commit(REL, "Perbaikan: nilai anggaran")
    office.site.git("push", "-q", "origin", "usulan")
    code, _, _ = office.review(82, "agus-bantul", "APPROVED", submitted="2026-11-20T05:00:00Z")
    assert code == 0
    office.pull()
    doc = load_document(office.site.root, office.site.root / REL)
    assert doc.paraf["kabid"]["keputusan"] == "setuju"
    assert doc.paraf["kabid"]["sha256"] == doc.content_hash
    assert _errors(office.site, "paraf.kabid") == []


def test_review_of_an_outdated_commit_is_refused(office):
    reviewed = office.head()
    office.site.write(REL, office.site.read(REL).replace("60 meter", "65 meter"))
    office.site.commit(REL, "Ubah panjang")
    office.site.git("push", "-q", "origin", "usulan")
    code, summary, pushed = office.review(80, "agus-bantul", "APPROVED", commit=reviewed)
    assert code == 2 and not pushed
    assert "isi berubah sejak ulasan" in summary and REL in summary


@pytest.mark.parametrize(("login", "words"), [
    ("orang-asing", "akun github 'orang-asing' tidak tercatat"),
    ("sri-bantul", "tidak memegang peran apa pun"),  # her Kabid term ended on 30 June
])
def test_reviewer_not_in_roster_or_out_of_office_is_refused(office, login, words):
    code, summary, pushed = office.review(80, login, "APPROVED")
    assert code == 2 and not pushed and words in summary


def test_a_comment_records_nothing_and_is_no_error(office):
    code, summary, pushed = office.review(80, "agus-bantul", "COMMENTED", body="Bagus")
    assert code == 0 and not pushed and "hanya komentar" in summary


def test_bad_input_exits_2_with_the_reason_in_the_summary(office):
    broken = office.tmp / "rusak.json"
    broken.write_text("{bukan json", encoding="utf-8")
    code, summary, pushed = office.notarise(broken)
    assert code == 2 and not pushed and "tidak dapat dibaca sebagai JSON" in summary
    broken.write_text(json.dumps({"review_id": "80", "pull_request": 1, "commit_id": "x"}))
    code, summary, _ = office.notarise(broken)
    assert code == 2 and "review_id (bilangan)" in summary
    # The forge does not know the review: 404.
    missing = office.tmp / "hilang.json"
    missing.write_text(json.dumps({"review_id": 99, "pull_request": 1, "commit_id": office.head()}))
    code, summary, pushed = office.notarise(missing)
    assert code == 2 and not pushed and "404" in summary
    # The artifact names another commit than the forge says: never trusted.
    office.forge.routes["/repos/bantul/ppid/pulls/1/reviews/80"] = (200, github_review(
        80, "agus-bantul", "APPROVED", "a" * 40, SUBMITTED))
    other = office.tmp / "lain.json"
    other.write_text(json.dumps({"review_id": 80, "pull_request": 1, "commit_id": office.head()}))
    code, summary, pushed = office.notarise(other)
    assert code == 2 and not pushed and "forge mengatakan commit" in summary


def test_forge_timeout_and_server_error_exit_2(office, monkeypatch):
    from pipeline.forge import api

    monkeypatch.setattr(api, "TIMEOUT", 0.5)
    office.forge.delay = 2.0
    code, summary, pushed = office.review(80, "agus-bantul", "APPROVED")
    assert code == 2 and not pushed and "tidak menjawab dalam" in summary
    office.forge.delay = 0.0
    office.forge.routes["/repos/bantul/ppid/pulls/1/reviews/80"] = (500, {"message": "boom"})
    code, summary, _ = office.notarise(office.tmp / "ulasan-80.json")
    assert code == 2 and "HTTP 500" in summary


def test_signed_level_needs_the_notary_key(office):
    code, summary, pushed = office.review(80, "agus-bantul", "APPROVED", key=None)
    assert code == 2 and not pushed and "--kunci" in summary


def test_the_notary_never_executes_the_pull_requests_code(office):
    """A pull request that changes pipeline/ to leak the key: the notary reads it only as data."""
    sentinel = office.tmp / "BOCOR"
    evil = (f"import pathlib\npathlib.Path({str(sentinel)!r}).write_text('kunci dicuri')\n")
    for rel in ("pipeline/__init__.py", "pipeline/actions/notaris.py", "pipeline/cli/main.py",
                "setup.py", "conftest.py"):
        office.site.write(rel, evil)
        office.site.git("add", "--", rel)
    office.site.git("commit", "-q", "-m", "Perbaikan kecil")
    office.site.git("push", "-q", "origin", "usulan")
    code, _, pushed = office.review(80, "agus-bantul", "APPROVED")
    assert code == 0 and pushed
    assert not sentinel.exists()
    # The default branch's work tree never received a file of the pull request.
    assert not (office.work / "pipeline").exists() and not (office.work / REL).exists()


def test_artifact_reader_refuses_booleans_and_short_ids(tmp_path):
    path = tmp_path / "u.json"
    path.write_text(json.dumps({"review_id": True, "pull_request": 1, "commit_id": "a" * 40}))
    with pytest.raises(Exception, match="review_id"):
        read_artifact(path)
    path.write_text(json.dumps({"review_id": 5, "pull_request": 1, "commit_id": "a" * 40}))
    assert read_artifact(path) == (5, 1, "a" * 40)


def test_both_workflow_scripts_chained_as_the_runner_runs_them(office):
    """The recorder's step (from ulasan.yml, run by bash on the event) hands its artifact to
    the notary command; the initial lands on the pull request's branch."""
    import yaml

    from ..conftest import ROOT

    workflow = yaml.safe_load((ROOT / ".github/workflows/ulasan.yml").read_text(encoding="utf-8"))
    script = next(s["run"] for job in workflow["jobs"].values() for s in job["steps"] if "run" in s)
    head = office.head()
    answer = github_review(90, "agus-bantul", "APPROVED", head, SUBMITTED)
    office.forge.routes["/repos/bantul/ppid/pulls/1/reviews/90"] = (200, answer)
    office.forge.routes["/repos/bantul/ppid/pulls/1/reviews"] = (200, [answer])
    office.forge.routes["/repos/bantul/ppid/pulls/1"] = (200, github_pull(1, head, "usulan"))
    event = {"action": "submitted", "pull_request": {"number": 1, "head": {"sha": head}},
             "review": {"id": 90, "state": "approved", "commit_id": head,
                        "user": {"login": "agus-bantul"}, "submitted_at": SUBMITTED}}
    runner = office.tmp / "runner"
    runner.mkdir()
    (runner / "event.json").write_text(json.dumps(event), encoding="utf-8")
    env = {**os.environ, "GITHUB_EVENT_PATH": str(runner / "event.json"),
           "GITHUB_STEP_SUMMARY": str(runner / "summary.md")}
    subprocess.run(["bash", "-e", "-c", script], cwd=runner, env=env, check=True)
    code, summary, pushed = office.notarise(runner / "ulasan" / "ulasan.json")
    assert code == 0 and pushed and "pada 1 naskah" in summary
    office.pull()
    assert "Ulasan-Id: 90" in office.site.git("log", "-1", "--format=%B")


def test_an_older_review_played_again_is_refused_naming_the_newer(office):
    """notaris.yml can be started by anyone with push access naming any past review: only the
    reviewer's latest decision is recorded."""
    assert office.review(80, "agus-bantul", "APPROVED")[0] == 0
    office.pull()
    assert office.review(81, "agus-bantul", "CHANGES_REQUESTED", body="Foto belum ada.",
                         submitted="2026-11-20T04:00:00Z")[0] == 0
    office.pull()
    artifact = office.tmp / "ulasan-80.json"  # the old approval, named again
    code, summary, pushed = office.notarise(artifact)
    assert code == 2 and not pushed
    assert "ulasan 81 lebih baru" in summary


def test_a_change_of_mind_after_approving_records_the_rejection(office):
    assert office.review(80, "agus-bantul", "APPROVED")[0] == 0
    office.pull()
    code, summary, pushed = office.review(81, "agus-bantul", "CHANGES_REQUESTED",
                                          body="Foto belum ada.", submitted="2026-11-20T04:00:00Z")
    assert code == 0 and pushed and "(tolak)" in summary
    office.pull()
    entry = load_document(office.site.root, office.site.root / REL).paraf["kabid"]
    assert entry["keputusan"] == "tolak" and entry["catatan"] == "Foto belum ada."
    assert _errors(office.site, "paraf.kabid") == []  # the notarised rejection itself is sound
