"""The review workflows' hardening (issue #12), read from the YAML GitHub runs, and the
recorder's step run as the runner would run it (bash, $GITHUB_EVENT_PATH, $GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

import json
import os
import subprocess

import yaml

from ..conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _steps(data: dict) -> list[dict]:
    return [step for job in data["jobs"].values() for step in job["steps"]]


def test_recorder_has_no_secrets_no_permissions_and_checks_nothing_out():
    data = _load("ulasan.yml")
    text = (WORKFLOWS / "ulasan.yml").read_text(encoding="utf-8")
    assert data["permissions"] == {} and "secrets." not in text
    assert data[True]["pull_request_review"]["types"] == ["submitted"]  # YAML 1.1: on = True
    assert not any("checkout" in step.get("uses", "") for step in _steps(data))
    assert "pip install" not in text


def test_notary_runs_only_the_default_branchs_code():
    data = _load("notaris.yml")
    assert data[True] == {"workflow_run": {"workflows": ["Ulasan (rekam)"], "types": ["completed"]}}
    checkouts = [s for s in _steps(data) if s.get("uses", "").startswith("actions/checkout")]
    assert [s["with"]["ref"] for s in checkouts] == ["${{ github.event.repository.default_branch }}"]
    text = (WORKFLOWS / "notaris.yml").read_text(encoding="utf-8")
    # Nothing names the pull request's head: no ref, sha or branch of it is checked out.
    jobs = text.split("\njobs:")[1]
    for forbidden in ("head_sha", "head_branch", "pull_request.head", "refs/pull/"):
        assert forbidden not in jobs
    run = "\n".join(s.get("run", "") for s in _steps(data))
    # The code holding the key: the approved site revision's (SOP 004 B), not the branch's.
    assert "pip install --quiet .\n" not in run and "revisi --commit --strict" in run
    assert run.index("revisi --commit") < run.index('"$RUNNER_TEMP/venv/bin/ppid" notaris --ulasan')
    assert [s["with"]["ref"] for s in checkouts] != []  # and the work tree: the default branch
    assert "chmod 600" in run and "umask 077" in run and "rm -f" in run
    assert data["permissions"] == {"contents": "write", "pull-requests": "read", "actions": "read"}


def _recorder(tmp_path, event) -> tuple[int, str, dict | None]:
    script = next(s["run"] for s in _steps(_load("ulasan.yml")) if "run" in s)
    event_path = tmp_path / "event.json"
    event_path.write_text(event if isinstance(event, str) else json.dumps(event), encoding="utf-8")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_EVENT_PATH": str(event_path), "GITHUB_STEP_SUMMARY": str(summary)}
    done = subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                          text=True)
    out = tmp_path / "ulasan" / "ulasan.json"
    saved = json.loads(out.read_text()) if out.is_file() else None
    return done.returncode, summary.read_text() if summary.is_file() else "", saved


def test_recorder_step_saves_only_the_identifiers(tmp_path):
    event = {"action": "submitted",
             "review": {"id": 80, "user": {"login": "agus-bantul"}, "state": "approved",
                        "body": "isi apa pun", "commit_id": "ab" * 20,
                        "submitted_at": "2026-11-20T03:00:00Z"},
             "pull_request": {"number": 12, "head": {"ref": "usulan", "sha": "ab" * 20}}}
    code, _, saved = _recorder(tmp_path, event)
    assert code == 0 and saved == {"review_id": 80, "pull_request": 12, "commit_id": "ab" * 20}


def test_recorder_step_refuses_a_malformed_event_with_a_summary(tmp_path):
    code, summary, saved = _recorder(tmp_path, "{rusak")
    assert code == 2 and saved is None and "tidak dapat dibaca sebagai JSON" in summary
    code, summary, saved = _recorder(tmp_path, {"review": {"id": "80", "commit_id": "x"},
                                                "pull_request": {"number": 1}})
    assert code == 2 and saved is None and "review.id" in summary
