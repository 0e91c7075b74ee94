"""Shared fixtures: real site repositories in temp dirs, driven as editors and officials would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.actions.paraf import entry_line, set_paraf_entry
from pipeline.cli.main import main
from pipeline.model.reader import load_document

ROOT = Path(__file__).resolve().parent.parent
EDITOR = ("Tim Redaksi", "redaksi@bantulkab.go.id")
OFFICIALS = {  # roster id -> (git name, e-mail, name as initialled)
    "agus": ("Agus Prasetyo", "agus.prasetyo@bantulkab.go.id", "Drs. Agus Prasetyo, M.Si."),
    "sri": ("Sri Handayani", "sri.handayani@bantulkab.go.id", "Sri Handayani, S.H., M.M."),
    "dewi": ("Dewi Lestari", "dewi.lestari@bantulkab.go.id", "Dewi Lestari, S.Sos."),
    "retno": ("Retno Widyastuti", "retno.widyastuti@bantulkab.go.id", "Dr. Retno Widyastuti, M.T."),
    "hendro": ("Hendro Wibowo", "hendro.wibowo@bantulkab.go.id", "Hendro Wibowo, S.IP."),
}

PRESS_RELEASE = """---
title: Bupati Resmikan Jembatan Kali Opak
date: 2026-11-20 09:00
jenis: siaran-pers
status: terbit
ringkasan: Jembatan baru menghubungkan dua kapanewon.
unit: Dinas Pekerjaan Umum
jenis_berita: Kegiatan Pimpinan
nomor_urut: 12
klasifikasi: "400.14.4.3"
# catatan redaksi: foto menyusul
paraf: {}
---

Bupati meresmikan jembatan sepanjang 60 meter.
"""


class SiteRepo:
    """A site repository in a temp dir: files, commits as people, and the `ppid` CLI."""

    def __init__(self, root: Path, start: datetime | None = None) -> None:
        self.root = root
        # Commits follow a clock of their own, a second apart, from the morning before the
        # initials the tests write (20 November): dates only go forward, as in real history.
        self.clock = start or datetime(2026, 11, 19, 8, 0, tzinfo=timezone(timedelta(hours=7)))

    def git(self, *args: str, who: tuple[str, str] = EDITOR, when: str | None = None) -> str:
        env = {**os.environ, "GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1],
               "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1]}
        if not when:
            last = subprocess.run(["git", "log", "-1", "--format=%cI"], cwd=self.root,
                                  capture_output=True, text=True).stdout.strip()
            if last:
                self.clock = max(self.clock, datetime.fromisoformat(last))
            self.clock += timedelta(seconds=1)
            when = self.clock.isoformat()
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
        done = subprocess.run(["git", *args], cwd=self.root, env=env, check=True,
                              capture_output=True, text=True)
        return done.stdout

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def commit(self, rel: str, message: str = "Naskah masuk", who=EDITOR) -> None:
        self.git("add", "--", rel)
        self.git("commit", "-q", "-m", message, "--", rel, who=who)

    def approve(self, rel: str, entries: list[tuple[str, str, str]], keputusan="setuju",
                sha256: str | None = None) -> None:
        """Write initials directly (role, official id, time), with the current content hash."""
        text = self.read(rel)
        doc = load_document(self.root, self.root / rel)  # as the check loads it, attachments too
        for role, who, when in entries:
            entry = {"nama": OFFICIALS[who][2], "tanggal": when, "keputusan": keputusan,
                     "sha256": sha256 or doc.content_hash}
            if keputusan == "tolak":
                entry = {**entry, "catatan": "Perbaiki judul."}
            text = set_paraf_entry(text, role, entry_line(role, entry))
        self.write(rel, text)

    def ppid(self, *args: str, capsys=None, who: str | None = None, when: str | None = None,
             signing_key: Path | None = None, identity: tuple[str, str] = EDITOR):
        """Run the real CLI in-process in this repo as `who` (an official) or `identity`."""
        saved_cwd, saved_env = Path.cwd(), dict(os.environ)
        os.chdir(self.root)
        os.environ.update(GIT_AUTHOR_NAME=identity[0], GIT_AUTHOR_EMAIL=identity[1],
                          GIT_COMMITTER_NAME=identity[0], GIT_COMMITTER_EMAIL=identity[1])
        if signing_key:  # as the official's own git config would say
            os.environ.update(GIT_CONFIG_COUNT="2", GIT_CONFIG_KEY_0="gpg.format",
                              GIT_CONFIG_VALUE_0="ssh", GIT_CONFIG_KEY_1="user.signingkey",
                              GIT_CONFIG_VALUE_1=str(signing_key))
        if who:
            name, email, _ = OFFICIALS[who]
            os.environ.update(GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email,
                              GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email)
        if when:
            os.environ["PPID_SEKARANG"] = when
        try:
            if capsys:
                capsys.readouterr()
            code = main(["--akar", str(self.root), *args])
            out = capsys.readouterr().out if capsys else ""
        finally:
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_env)
        return code, out


def make_site(root: Path, level: str = "nama", plans: bool = False,
              revisi: bool = False, start: datetime | None = None,
              periodic: bool = False) -> SiteRepo:
    """A new site repository with this project's approvals/, theme and settings, at `level`.

    Without `plans` the office does not plan through ppid (no `rencana` rule), so the quarterly
    plan reminder stays out of the findings tests count; tests/reports/test_rencana.py turns it on.
    Without `revisi` it has not adopted SOP 004 B for its site revisions (no `perubahan-situs`
    rule), so "no approved revision yet" stays out too; tests/checks/test_revisi.py turns it on.
    Without `periodic` SOP 004's periodic tasks remind of nothing (issue #15: evaluations and
    monthly uploads due); tests/checks/test_periodic.py turns them on.
    """
    root.mkdir(parents=True, exist_ok=True)
    for name in ("approvals", "theme"):
        shutil.copytree(ROOT / name, root / name)
    config = root / "approvals" / "config.yaml"
    text = re.sub(r"(?m)^tingkat_kepercayaan: .*$", f"tingkat_kepercayaan: {level}",
                  config.read_text(encoding="utf-8"))
    # A new repository has its own first state: the example's pinned root is not in it.
    text = re.sub(r"(?m)^akar_kepercayaan: .*\n", "", text)
    if not plans:
        text = re.sub(r"(?m)^  - \{sop: 004-a1-rencana-konten.*\n", "", text)
    if not revisi:
        text = re.sub(r"(?m)^  - \{sop: 004-b-pengembangan-situs.*\n", "", text)
    # Nor does it list its units (unit_kerja): the fixtures' units stay free text, no warning;
    # tests/site/test_cms.py sets a list of its own.
    text = re.sub(r"(?m)^unit_kerja:.*\n(?:  .*\n)*", "", text)
    config.write_text(text, encoding="utf-8")
    if not periodic:  # no SOP 004 periodic reminders (tugas_berkala without `bukti`), see above
        sop004 = root / "approvals" / "sop" / "004-pengelolaan-web-ppid.yaml"
        sop004.write_text(re.sub(r"(?m)^    bukti: .*\n", "", sop004.read_text(encoding="utf-8")),
                          encoding="utf-8")
    shutil.copy(ROOT / "pelicanconf.py", root / "pelicanconf.py")
    repo = SiteRepo(root, start)
    repo.git("init", "-q", "-b", "main")
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "Konfigurasi awal", who=("Admin", "admin@bantulkab.go.id"))
    return repo


@pytest.fixture(scope="session", autouse=True)
def _example_root_of_trust():
    """Pin the example's root of trust in this clone, as `make` does (contoh-akar.txt)."""
    pin = ROOT / "contoh-akar.txt"
    if pin.is_file() and (ROOT / ".git").exists():
        value = next(line for line in pin.read_text().splitlines() if not line.startswith("#"))
        subprocess.run(["git", "config", "ppid.akarKepercayaan", value.strip()], cwd=ROOT,
                       check=True)


@pytest.fixture(scope="session")
def example(tmp_path_factory):
    """The example site of this repository, checked and built once into a temp folder."""
    from pipeline.checks.run import run_check
    from pipeline.site.build import build_site

    out = tmp_path_factory.mktemp("contoh") / "output"
    result = run_check(ROOT)
    assert result.errors == []
    report = build_site(ROOT, result, output=out)
    return result, out, report


def require_tool(available: bool, reason: str) -> None:
    """Skip with a visible reason on a developer's machine; under CI a missing tool fails."""
    if not available:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: wajib tersedia)")
        pytest.skip(reason)


@pytest.fixture
def site(tmp_path: Path) -> SiteRepo:
    return make_site(tmp_path / "situs")


@pytest.fixture(autouse=True)
def _fixed_language(monkeypatch):
    """Messages in Indonesian unless a test asks otherwise; no clock override leaks in."""
    from pipeline.i18n import messages

    monkeypatch.delenv("PPID_SEKARANG", raising=False)
    messages.set_language("id")
    yield
    messages.set_language("id")


# The browser tests share one Chromium (Debian's, never a downloaded one) and one server of the
# example per session: tests/functional/test_browser.py, test_search.py and tests/site/test_layanan.py.
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def serve_folder(folder):
    """Serve a built site on this machine only, for as long as the generator lives."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # no request log in the test output
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def served(example):
    _, out, _ = example
    yield from serve_folder(out)


@pytest.fixture(scope="session")
def browser():
    require_tool(Path(CHROMIUM).exists() and shutil.which("node") is not None and AXE.is_file(),
                 "Chromium (apt: chromium) atau axe-core (npm ci) tidak tersedia")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        yield chromium
        chromium.close()
